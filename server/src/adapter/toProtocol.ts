// The one place where core data becomes LSP data: offsets to positions (UTF-16, as LSP and
// JavaScript both count), findings to diagnostics, the analysis to hovers and document symbols.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type Diagnostic, DiagnosticSeverity, DocumentSymbol, type Hover, MarkupKind, type Range, SymbolKind } from 'vscode-languageserver';
import type { Analysis, AttributionMethod, Claim, Finding, Quote, Severity, Span, Speaker } from '../core/types';
import { ruleById } from '../core/rules/index';

/** A core span as an LSP range in this document. */
export function toRange(doc: TextDocument, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** A finding as a diagnostic: source `byline`, the rule id as code. */
export function toDiagnostic(doc: TextDocument, f: Finding): Diagnostic {
  return {
    range: toRange(doc, f.span),
    severity: SEVERITY[f.severity],
    code: f.rule,
    source: 'byline',
    message: f.message,
  };
}

/** The hover at an offset: a card (claim, quote, speaker), then the explanation of any rule flagged there. */
export function toHover(doc: TextDocument, analysis: Analysis, offset: number): Hover | null {
  const card = cardAt(doc, analysis, offset);
  const explanations = analysis.findings
    .filter((f) => f.span.start <= offset && offset < f.span.end)
    .map((f) => ruleById(f.rule))
    .filter((r, i, all) => r !== undefined && all.indexOf(r) === i)
    .map((r) => `**${r!.id}** — ${r!.description}\n\n${r!.docs}`);
  if (card === null && explanations.length === 0) return null;
  const value = [card?.value, ...explanations].filter((x) => x !== undefined).join('\n\n---\n\n');
  const range = card?.range ?? toRange(doc, analysis.findings.find((f) => f.span.start <= offset && offset < f.span.end)!.span);
  return { contents: { kind: MarkupKind.Markdown, value }, range };
}

function cardAt(doc: TextDocument, analysis: Analysis, offset: number): { value: string; range: Range } | null {
  const hover = cardHover(doc, analysis, offset);
  return hover === null ? null : { value: (hover.contents as { value: string }).value, range: hover.range! };
}

function cardHover(doc: TextDocument, analysis: Analysis, offset: number): Hover | null {
  const claim = analysis.claims.find((c) => c.span.start <= offset && offset < c.span.end);
  if (claim !== undefined) return { contents: { kind: MarkupKind.Markdown, value: claimCard(analysis, claim) }, range: toRange(doc, claim.span) };
  const quote = innermostQuoteAt(analysis, offset);
  if (quote !== undefined) return { contents: { kind: MarkupKind.Markdown, value: quoteCard(doc, analysis, quote) }, range: toRange(doc, quote.span) };
  for (const s of analysis.speakers) {
    const m = s.mentions.find((x) => x.start <= offset && offset < x.end);
    if (m !== undefined) return { contents: { kind: MarkupKind.Markdown, value: speakerCard(doc, s) }, range: toRange(doc, m) };
  }
  for (const q of analysis.quotes) {
    if (q.attribution === 'pronoun' && q.speakerId !== null && q.mentionSpan !== null && q.mentionSpan.start <= offset && offset < q.mentionSpan.end) {
      const s = analysis.speakers[q.speakerId];
      return { contents: { kind: MarkupKind.Markdown, value: `${speakerCard(doc, s)}\n\n*Inferred: this pronoun refers to ${escapeMarkdown(s.name)}.*` }, range: toRange(doc, q.mentionSpan) };
    }
  }
  return null;
}

function innermostQuoteAt(analysis: Analysis, offset: number): Quote | undefined {
  return analysis.quotes.find((q) => q.span.start <= offset && offset < q.span.end);
}

function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_[\]|<>])/g, '\\$1');
}

function speakerCard(doc: TextDocument, s: Speaker): string {
  const lines = [`**${escapeMarkdown(s.name)}**`];
  const role = [s.role, s.organization].filter((x) => x !== null).map((x) => escapeMarkdown(x as string)).join(', ');
  if (role !== '') lines.push(`*${role}*`);
  if (s.aliases.length > 0) lines.push(`Also: ${s.aliases.map(escapeMarkdown).join(', ')}`);
  const line = doc.positionAt(s.firstMention.start).line + 1;
  lines.push(`${s.quoteIds.length} ${s.quoteIds.length === 1 ? 'quote' : 'quotes'} in this article · first mentioned on line ${line}`);
  return lines.join('\n\n');
}

function quoteCard(doc: TextDocument, analysis: Analysis, q: Quote): string {
  if (q.kind === 'term') return '**Term in quotes** — no speaker: a word or name set off by quotation marks.';
  if (q.speakerId === null) return '**Unattributed quote** — Byline found no speaker for this quote.';
  const s = analysis.speakers[q.speakerId];
  const parts = [speakerCard(doc, s)];
  const how = INFERRED[q.attribution ?? 'explicit'];
  parts.push(q.cue !== null ? `Cue: *${escapeMarkdown(q.cue)}*${how}` : `Attribution${how}`);
  return parts.join('\n\n');
}

function claimCard(analysis: Analysis, c: Claim): string {
  const lines = [`**${c.kind} claim** — ${escapeMarkdown(c.text)}`];
  if (c.value !== null) lines.push(`Value: ${formatValue(c)}`);
  if (c.upper !== null) lines.push(`Range: ${formatValue(c)} to ${formatValue({ ...c, value: c.upper })}`);
  if (c.qualifier !== null) lines.push(`Qualifier: ${escapeMarkdown(c.qualifier)}`);
  lines.push(`Source: ${c.speakerId !== null ? escapeMarkdown(analysis.speakers[c.speakerId].name) : 'none stated'}`);
  return lines.join('\n\n');
}

/** A claim's normalised value with its unit, as the outline and hover show it. */
export function formatValue(c: Claim): string {
  if (c.value === null) return c.unit ?? c.kind;
  const n = c.kind === 'date' ? String(c.value) : Number.isInteger(c.value) ? c.value.toLocaleString('en-US') : String(Number(c.value.toPrecision(6)));
  if (c.unit === null) return n;
  if (c.unit === '%') return `${n}%`;
  return `${n} ${c.unit}`;
}

/** The Outline: Speakers → quotes, Claims in article order, Unattributed. */
export function toDocumentSymbols(doc: TextDocument, analysis: Analysis): DocumentSymbol[] {
  const quoteSymbol = (q: Quote): DocumentSymbol => DocumentSymbol.create(shorten(q.text), q.kind === 'term' ? 'term' : undefined, SymbolKind.String, toRange(doc, q.span), toRange(doc, q.span));
  const speakers = analysis.speakers.map((s) => {
    const children = s.quoteIds.map((id) => quoteSymbol(analysis.quotes[id]));
    const spans = [s.firstMention, ...s.quoteIds.map((id) => analysis.quotes[id].span)];
    return DocumentSymbol.create(s.name, detailOf(s), s.kind === 'person' ? SymbolKind.Constructor : SymbolKind.Class, toRange(doc, cover(spans)), toRange(doc, s.firstMention), children);
  });
  const claims = analysis.claims.map((c) => DocumentSymbol.create(c.text.replace(/\s+/g, ' '), formatValue(c), SymbolKind.Number, toRange(doc, c.span), toRange(doc, c.span)));
  const unattributed = analysis.quotes.filter((q) => q.speakerId === null && q.kind === 'speech').map(quoteSymbol);
  const group = (name: string, kind: SymbolKind, children: DocumentSymbol[]): DocumentSymbol => {
    const range = children.length > 0 ? { start: children[0].range.start, end: children.reduce((e, c) => (compare(c.range.end, e) > 0 ? c.range.end : e), children[0].range.end) } : { start: doc.positionAt(0), end: doc.positionAt(0) };
    const first = children.reduce((s, c) => (compare(c.range.start, s) < 0 ? c.range.start : s), range.start);
    const full = { start: first, end: range.end };
    return DocumentSymbol.create(name, `${children.length}`, kind, full, { start: first, end: first }, children);
  };
  return [group('Speakers', SymbolKind.Namespace, speakers), group('Claims', SymbolKind.Namespace, claims), group('Unattributed', SymbolKind.Namespace, unattributed)];
}

/** A speaker's role and organisation, for the Outline; nothing when they only repeat the name ("senior backbencher"). */
function detailOf(s: Speaker): string {
  const detail = [s.role, s.organization].filter((x) => x !== null).join(', ');
  return detail.toLowerCase() === s.name.toLowerCase() ? '' : detail;
}

function cover(spans: Span[]): Span {
  let start = Infinity;
  let end = -Infinity;
  for (const s of spans) {
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
  }
  return { start, end };
}

function compare(a: { line: number; character: number }, b: { line: number; character: number }): number {
  return a.line - b.line || a.character - b.character;
}

function shorten(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

/** How the hover says a speaker was inferred, by attribution method. */
const INFERRED: Record<AttributionMethod, string> = {
  explicit: '',
  pronoun: ' (inferred from a pronoun)',
  continuation: ' (inferred from the paragraph before)',
  echo: ' (inferred: the same words are quoted from this speaker elsewhere)',
  headline: ' (inferred: a headline quote, from the first speaker the article quotes)',
};
