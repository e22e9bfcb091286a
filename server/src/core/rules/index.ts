// The rule registry: every diagnostic rule, in the order they are listed in settings.
// Settings, the manifest's configuration and diagnostic hovers all read it.
// Pure: imports nothing from editors, LSP or Node.
import type { Rule } from './rule';
import { unattributedQuote } from './unattributedQuote';
import { unbalancedQuote } from './unbalancedQuote';
import { vagueSource } from './vagueSource';
import { unsourcedNumber } from './unsourcedNumber';
import { nameVariant } from './nameVariant';
import { speakerNotIntroduced } from './speakerNotIntroduced';
import { mixedQuoteStyle } from './mixedQuoteStyle';

/** Every rule Byline knows. */
export const RULES: readonly Rule[] = [unattributedQuote, unbalancedQuote, vagueSource, unsourcedNumber, nameVariant, speakerNotIntroduced, mixedQuoteStyle];

/** The rule with this id, or undefined. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

export type { Rule, RuleInput, RuleHit } from './rule';
