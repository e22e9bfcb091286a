// The one entry point of the core: text in, plain data out. The server, the CLI and
// `dist/core.js` all call `analyze`. Pure: imports nothing from editors, LSP or Node.
import type { Analysis, Claim, Finding, Quote, Speaker } from './types';
import { findQuotes } from './quotes';
import { splitParagraphs } from './paragraphs';
import { tokenize } from './tokens';
import { attributeQuotes } from './attribution';
import { findClaims } from './claims';
import { RULES } from './rules/index';
import type { SpeakerDraft } from './speakers';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { SpanCursor } from './search';
import { retainUntilNext } from './retained';

/** Finds every quote, speaker, claim and problem in an article. */
export function analyze(text: string, settings: Settings = DEFAULT_SETTINGS): Analysis {
  const paragraphs = splitParagraphs(text);
  const scan = findQuotes(text, paragraphs);
  const tokens = tokenize(text);
  const { results, sentenceSources, registry } = attributeQuotes(text, scan.quotes, tokens, paragraphs);

  // The arrays below are filled by push into array literals, not made by `map`: V8's optimised `map`
  // makes arrays of another elements kind (holey) than its unoptimised one (packed), and the rules
  // and the server, which read these arrays, were optimised for one kind and thrown away at the
  // other. An array literal's kind is remembered where it is written, so that even an empty one has
  // the kind of the full ones.

  // Who stands behind each claim: the speaker of the quote it sits in, else the source its sentence names.
  const found = findClaims(text, tokens);
  const claimSources: (SpeakerDraft | null)[] = [];
  // (The claims come in text order: the quote and the sentence of each are looked for on from those
  // of the one before.)
  const inQuote = new SpanCursor(scan.quotes);
  const inSentence = new SpanCursor(sentenceSources);
  for (const c of found) {
    const q = inQuote.indexAt(c.span.start);
    const s = q < 0 ? inSentence.indexAt(c.span.start) : -1;
    const draft = q >= 0 ? results[q].speaker : s >= 0 ? sentenceSources[s].speaker : null;
    if (draft !== null) draft.claimCount++;
    claimSources.push(draft);
  }
  // (See retained.ts.)
  retainUntilNext('span cursor', inSentence);
  const drafts = registry.finish();

  const speakers: Speaker[] = [];
  for (const d of drafts) {
    speakers.push({
      id: d.id,
      name: d.name,
      aliases: d.aliases,
      role: d.role,
      organization: d.organization,
      kind: d.kind,
      firstMention: d.firstMention,
      mentions: d.mentions,
      quoteIds: d.quoteIds,
    });
  }

  const quotes: Quote[] = [];
  for (let i = 0; i < scan.quotes.length; i++) {
    const q = scan.quotes[i];
    const r = results[i];
    quotes.push({
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
    });
  }

  // Written out field by field: a spread of each claim costs far more on a long article.
  const claims: Claim[] = [];
  for (let i = 0; i < found.length; i++) {
    const c = found[i];
    const source = claimSources[i];
    claims.push({ span: c.span, text: c.text, kind: c.kind, value: c.value, upper: c.upper, unit: c.unit, qualifier: c.qualifier, speakerId: source === null ? null : source.id });
  }

  const base = { quotes, speakers, claims };
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const level = settings.rules[rule.id] ?? rule.defaultSeverity;
    if (level === 'off') continue;
    // Two literals rather than a spread: `suggestion` is there only when the rule knows one.
    for (const hit of rule.check({ text, analysis: base, stray: scan.stray, tokens })) {
      findings.push(hit.suggestion !== undefined ? { rule: rule.id, severity: level, message: hit.message, span: hit.span, suggestion: hit.suggestion } : { rule: rule.id, severity: level, message: hit.message, span: hit.span });
    }
  }
  findings.sort((a, b) => a.span.start - b.span.start);
  return { ...base, findings };
}
