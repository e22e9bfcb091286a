// The core as a library (`dist/core.js`): `analyze(text, settings?)` and its plain data types.
// Pure: imports nothing from editors, LSP or Node.
export { analyze } from './analyze';
export { DEFAULT_SETTINGS, parseSettings } from './settings';
export type { Settings, RuleLevel } from './settings';
export { RULES, ruleById } from './rules/index';
export type * from './types';
