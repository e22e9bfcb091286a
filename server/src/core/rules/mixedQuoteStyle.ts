// Rule `mixed-quote-style`: straight and curly quotation marks mixed in one article. The marks of
// the less used style are flagged. Pure: imports nothing from editors, LSP or Node.
import type { Rule, RuleHit } from './rule';

/** The double quotation marks the rule counts: straight, and curly opening and closing. */
const DOUBLE_MARKS = /["\u201c\u201d]/g;

/** Counts the article's double quotation marks by style, in one native scan of the text. */
export function countQuoteStyles(text: string): { straight: number; curly: number } {
  let straight = 0;
  let curly = 0;
  // `test` moves `lastIndex` one past each mark without building a match array.
  DOUBLE_MARKS.lastIndex = 0;
  while (DOUBLE_MARKS.test(text)) {
    if (text.charCodeAt(DOUBLE_MARKS.lastIndex - 1) === 34) straight++;
    else curly++;
  }
  return { straight, curly };
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
