// Rule `unbalanced-quote`: an opening mark never closed in its paragraph, or a closing mark with
// no opener. Pure: imports nothing from editors, LSP or Node.
import type { Rule } from './rule';

export const unbalancedQuote: Rule = {
  id: 'unbalanced-quote',
  defaultSeverity: 'error',
  description: 'A quotation mark with no partner in its paragraph.',
  docs: [
    'Every opening quotation mark needs a closing one in the same paragraph. The one exception is a',
    'quote that runs over several paragraphs: each of its paragraphs opens with a mark and only the last',
    'one closes.',
    '',
    'Byline never guesses a partner further away, so the rest of the article is read as it stands.',
  ].join('\n'),
  check({ stray }) {
    return stray.map((m) => ({
      span: m.span,
      message: m.problem === 'unclosed' ? 'This quotation mark is never closed in its paragraph.' : 'This closing quotation mark has no opening mark.',
    }));
  },
};
