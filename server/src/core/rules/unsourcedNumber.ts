// Rule `unsourced-number`: a numeric claim outside any quote in a sentence that names no source.
// Dates, durations and ordinals are left alone. Pure: imports nothing from editors, LSP or Node.
import type { Rule } from './rule';

const CHECKED = new Set(['money', 'percent', 'count', 'measure', 'other']);

export const unsourcedNumber: Rule = {
  id: 'unsourced-number',
  defaultSeverity: 'information',
  description: 'A figure with no source: outside any quote, in a sentence that attributes nothing.',
  docs: [
    'Fact-checkers start from the numbers. This figure is not inside a quote and its sentence names no',
    'source (*said*, *according to*, *a report by*), so a reader cannot tell where it comes from.',
    '',
    'Points in time (dates), durations, ordinals and ages are not flagged.',
  ].join('\n'),
  check({ analysis }) {
    // Claims and quotes are both in article order: one walk finds the quote around each claim.
    const hits = [];
    let q = 0;
    for (const c of analysis.claims) {
      while (q < analysis.quotes.length && analysis.quotes[q].span.end < c.span.end) q++;
      const inQuote = q < analysis.quotes.length && analysis.quotes[q].span.start <= c.span.start;
      if (c.speakerId === null && CHECKED.has(c.kind) && c.unit !== 'age' && !inQuote) hits.push({ span: c.span, message: `No source for the figure “${c.text}”.` });
    }
    return hits;
  },
};
