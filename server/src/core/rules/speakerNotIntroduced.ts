// Rule `speaker-not-introduced`: a person quoted before, or without, being named in full.
// Pure: imports nothing from editors, LSP or Node.
import type { Rule, RuleHit } from './rule';

export const speakerNotIntroduced: Rule = {
  id: 'speaker-not-introduced',
  defaultSeverity: 'information',
  description: 'A person quoted before, or without, being named in full.',
  docs: [
    'News style introduces a speaker by full name (and usually role) the first time, then uses the',
    'surname. Byline flags a quote whose speaker has not yet been named in full at that point.',
  ].join('\n'),
  check({ analysis, text }) {
    const hits: RuleHit[] = [];
    for (const s of analysis.speakers) {
      if (s.kind !== 'person' || s.quoteIds.length === 0) continue;
      const first = analysis.quotes[s.quoteIds[0]];
      const full = s.mentions.find((m) => s.name.includes(' ') && text.slice(m.start, m.end).replace(/\s+/g, ' ').endsWith(s.name));
      const fullNameAt = full?.start ?? Infinity;
      // “…,” according to Chris Lehane: naming in the quote's own attribution counts as introducing.
      const introducedBy = Math.max(first.span.end, first.mentionSpan?.end ?? 0);
      if (fullNameAt <= introducedBy) continue;
      const where = first.mentionSpan ?? first.span;
      hits.push({
        span: where,
        message: s.name.includes(' ') ? `${s.name} is quoted here before being introduced by full name.` : `${s.name} is quoted without ever being introduced by full name.`,
      });
    }
    return hits;
  },
};
