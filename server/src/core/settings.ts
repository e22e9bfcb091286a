// Byline's settings: one typed shape, its defaults, and a parser that never throws.
// The VS Code manifest's `byline.*` configuration must agree with DEFAULT_SETTINGS (a test checks).
// Pure: imports nothing from editors, LSP or Node.
import type { Severity } from './types';
import { RULES } from './rules/index';

/** A rule's configured level: a severity, or off. */
export type RuleLevel = Severity | 'off';

/** Every setting Byline reads. */
export interface Settings {
  /** Globs of files that are not articles; Byline leaves them alone. */
  exclude: string[];
  /** Level per rule id. */
  rules: Record<string, RuleLevel>;
  /** Give each speaker's quotes their own colour in the editor. */
  speakerColors: boolean;
  /** Show the resolved speaker after pronouns and on continuation quotes. */
  inlayHints: boolean;
  /** Articles larger than this many characters are not analysed (Byline says so once). */
  maxFileSize: number;
}

/** Files that are not articles, by default. */
export const DEFAULT_EXCLUDE: readonly string[] = [
  '**/requirements*.txt',
  '**/constraints*.txt',
  '**/CMakeLists.txt',
  '**/LICENSE*',
  '**/COPYING*',
  '**/robots.txt',
  '**/node_modules/**',
  '**/.git/**',
  '**/*.min.txt',
];

/** The settings used when none are given. */
export const DEFAULT_SETTINGS: Settings = {
  exclude: [...DEFAULT_EXCLUDE],
  rules: Object.fromEntries(RULES.map((r) => [r.id, r.defaultSeverity])),
  speakerColors: true,
  inlayHints: true,
  maxFileSize: 2_000_000,
};

const LEVELS = new Set<RuleLevel>(['off', 'hint', 'information', 'warning', 'error']);

/** Reads settings from any value (a `byline` configuration section); bad parts fall back to defaults. */
export function parseSettings(raw: unknown): Settings {
  const out: Settings = { ...DEFAULT_SETTINGS, exclude: [...DEFAULT_SETTINGS.exclude], rules: { ...DEFAULT_SETTINGS.rules } };
  if (raw === null || typeof raw !== 'object') return out;
  const r = raw as Record<string, unknown>;
  if (typeof r.speakerColors === 'boolean') out.speakerColors = r.speakerColors;
  if (typeof r.inlayHints === 'boolean') out.inlayHints = r.inlayHints;
  if (typeof r.maxFileSize === 'number' && Number.isFinite(r.maxFileSize) && r.maxFileSize > 0) out.maxFileSize = r.maxFileSize;
  if (Array.isArray(r.exclude)) out.exclude = r.exclude.filter((x): x is string => typeof x === 'string');
  if (r.rules !== null && typeof r.rules === 'object') {
    for (const [id, level] of Object.entries(r.rules as Record<string, unknown>)) {
      if (id in out.rules && typeof level === 'string' && LEVELS.has(level as RuleLevel)) out.rules[id] = level as RuleLevel;
    }
  }
  return out;
}
