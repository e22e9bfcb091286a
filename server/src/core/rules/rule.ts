// The shape of a diagnostic rule: one file per rule, registered in `rules/index.ts`.
// Pure: imports nothing from editors, LSP or Node.
import type { Analysis, Severity, Span } from '../types';
import type { StrayMark } from '../quotes';
import type { Token } from '../tokens';

/** What a rule may read: the text and the analysis without findings. */
export interface RuleInput {
  text: string;
  analysis: Omit<Analysis, 'findings'>;
  stray: StrayMark[];
  /** The text's tokens, with `quoted` set for those inside quotations. */
  tokens: Token[];
}

/** A rule's finding before its configured severity is applied. */
export interface RuleHit {
  span: Span;
  message: string;
  /** The replacement a quick fix offers, when the rule knows it. */
  suggestion?: string;
}

/** One diagnostic rule: its id is the diagnostic `code` and the settings key. */
export interface Rule {
  id: string;
  defaultSeverity: Severity;
  /** One line, shown in settings. */
  description: string;
  /** Markdown shown in the hover of a diagnostic. */
  docs: string;
  check(input: RuleInput): RuleHit[];
}
