// The rule registry: every diagnostic rule, in the order they are listed in settings.
// Settings, the manifest's configuration and diagnostic hovers all read it.
// Pure: imports nothing from editors, LSP or Node.
import type { Rule } from './rule';
import { unattributedQuote } from './unattributedQuote';
import { unbalancedQuote } from './unbalancedQuote';

/** Every rule Byline knows. */
export const RULES: readonly Rule[] = [unattributedQuote, unbalancedQuote];

/** The rule with this id, or undefined. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

export type { Rule, RuleInput, RuleHit } from './rule';
