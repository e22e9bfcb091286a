// Rule `unattributed-quote`: a quotation of speech with no speaker found.
// Pure: imports nothing from editors, LSP or Node.
import type { Rule } from './rule';

export const unattributedQuote: Rule = {
  id: 'unattributed-quote',
  defaultSeverity: 'warning',
  description: 'A quotation of speech with no speaker found.',
  docs: [
    'Readers need to know who said every quotation. Byline found no speaker for this one: no cue verb',
    '(*said*, *told*, *according to*, …) names a person, organisation or source next to it, and it does not',
    'continue a quote from the previous paragraph.',
    '',
    'Fix it by naming the speaker: `“…,” Lehane said.`',
  ].join('\n'),
  check({ analysis, text }) {
    return analysis.quotes
      .filter((q) => q.kind === 'speech' && q.speakerId === null)
      .map((q) => ({ span: q.span, message: `No speaker found for the quote “${shorten(text.slice(q.inner.start, q.inner.end))}”.` }));
  },
};

function shorten(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}
