// Rule `mixed-quote-style`: straight and curly quotation marks mixed in one article. The marks of
// the less used style are flagged. Pure: imports nothing from editors, LSP or Node.
import type { Rule, RuleHit } from './rule';

/** Counts the article's double quotation marks by style. */
export function countQuoteStyles(text: string): { straight: number; curly: number } {
  return { straight: count(text, '"'), curly: count(text, '\u201c') + count(text, '\u201d') };
}

/** How many times `mark` occurs in `text` (indexOf skips ahead natively, faster than a loop in JS). */
function count(text: string, mark: string): number {
  let n = 0;
  for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) n++;
  return n;
}

export const mixedQuoteStyle: Rule = {
  id: 'mixed-quote-style',
  defaultSeverity: 'information',
  description: 'Straight and curly quotation marks mixed in one article.',
  docs: [
    'An article should use one style of quotation marks: curly (“ ” ‘ ’) or straight (" \').',
    'Byline counts both and flags the marks of the less used style. The quick fix converts one quote',
    'or the whole article to the dominant style, apostrophes included.',
  ].join('\n'),
  check({ text, analysis }) {
    const { straight, curly } = countQuoteStyles(text);
    if (straight === 0 || curly === 0) return [];
    const minorityIsStraight = straight <= curly;
    const hits: RuleHit[] = [];
    for (const q of analysis.quotes) {
      const open = text[q.span.start];
      const isStraight = open === '"';
      if (isStraight !== minorityIsStraight) continue;
      hits.push({ span: q.span, message: `${isStraight ? 'Straight' : 'Curly'} quotation marks in an article that mostly uses ${isStraight ? 'curly' : 'straight'} ones (${curly} curly, ${straight} straight).` });
    }
    return hits;
  },
};
