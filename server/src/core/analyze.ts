// The one entry point of the core: text in, plain data out. The server, the CLI and
// `dist/core.js` all call `analyze`. Pure: imports nothing from editors, LSP or Node.
import type { Analysis, Claim, Finding, Quote, Speaker } from './types';
import { findQuotes } from './quotes';
import { splitParagraphs } from './paragraphs';
import { tokenize } from './tokens';
import { attributeQuotes } from './attribution';
import { findClaims } from './claims';
import { RULES } from './rules/index';
import { DEFAULT_SETTINGS, type Settings } from './settings';

/** Finds every quote, speaker, claim and problem in an article. */
export function analyze(text: string, settings: Settings = DEFAULT_SETTINGS): Analysis {
  const paragraphs = splitParagraphs(text);
  const scan = findQuotes(text, paragraphs);
  const tokens = tokenize(text);
  const { results, speakers: drafts } = attributeQuotes(text, scan.quotes, tokens, paragraphs);

  const speakers: Speaker[] = drafts.map((d) => ({
    id: d.id,
    name: d.name,
    aliases: d.aliases,
    role: d.role,
    organization: d.organization,
    kind: d.kind,
    firstMention: d.firstMention,
    mentions: d.mentions,
    quoteIds: d.quoteIds,
  }));

  const quotes: Quote[] = scan.quotes.map((q, i) => {
    const r = results[i];
    return {
      id: i,
      span: q.span,
      inner: q.inner,
      text: text.slice(q.inner.start, q.inner.end),
      kind: r.kind,
      speakerId: r.speaker?.id ?? null,
      cue: r.cue,
      cueSpan: r.cueSpan,
      mentionSpan: r.mentionSpan,
      attribution: r.method,
      nested: q.nested,
    };
  });

  const claims: Claim[] = findClaims(text, tokens).map((c) => ({ ...c, speakerId: speakerOfOffset(quotes, c.span.start) }));

  const base = { quotes, speakers, claims };
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const level = settings.rules[rule.id] ?? rule.defaultSeverity;
    if (level === 'off') continue;
    for (const hit of rule.check({ text, analysis: base, stray: scan.stray })) findings.push({ rule: rule.id, severity: level, message: hit.message, span: hit.span });
  }
  findings.sort((a, b) => a.span.start - b.span.start);
  return { ...base, findings };
}

function speakerOfOffset(quotes: Quote[], offset: number): number | null {
  for (const q of quotes) {
    if (q.span.start > offset) break;
    if (offset < q.span.end) return q.speakerId;
  }
  return null;
}
