// Semantic tokens: quotes (by kind), speaker mentions, attribution cues and numeric claims, as
// single-line, non-overlapping tokens (claims and mentions inside a quote split it).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SemanticTokensBuilder, type SemanticTokensLegend } from 'vscode-languageserver';
import type { Analysis, Span } from '../core/types';

/** Token types; package.json maps each to a TextMate scope so default themes colour them. */
export const TOKEN_TYPES = ['quote', 'speaker', 'cue', 'claim'] as const;
/** Token modifiers. */
export const TOKEN_MODIFIERS = ['term', 'unattributed', 'inferred'] as const;

/** The legend the server declares. */
export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

interface Piece extends Span {
  type: number;
  modifiers: number;
  priority: number;
}

/** The semantic tokens of the whole document. */
export function semanticTokens(doc: TextDocument, analysis: Analysis): { data: number[] } {
  const pieces: Piece[] = [];
  for (const q of analysis.quotes) {
    const mods = (q.kind === 'term' ? 1 : 0) | (q.kind === 'speech' && q.speakerId === null ? 2 : 0) | (q.attribution !== null && q.attribution !== 'explicit' ? 4 : 0);
    pieces.push({ ...q.span, type: 0, modifiers: mods, priority: 0 });
    if (q.cueSpan !== null) pieces.push({ ...q.cueSpan, type: 2, modifiers: 0, priority: 1 });
    if (q.mentionSpan !== null) pieces.push({ ...q.mentionSpan, type: 1, modifiers: q.attribution === 'pronoun' ? 4 : 0, priority: 2 });
  }
  for (const s of analysis.speakers) for (const m of s.mentions) pieces.push({ ...m, type: 1, modifiers: 0, priority: 2 });
  for (const c of analysis.claims) pieces.push({ ...c.span, type: 3, modifiers: 0, priority: 3 });
  return { data: encode(doc, flatten(pieces)) };
}

/** Removes overlaps: a higher-priority piece cuts the lower one it sits in. */
function flatten(pieces: Piece[]): Piece[] {
  const bounds = new Set<number>();
  for (const p of pieces) {
    bounds.add(p.start);
    bounds.add(p.end);
  }
  const cuts = [...bounds].sort((a, b) => a - b);
  const out: Piece[] = [];
  // Pieces are few per document; for each elementary segment keep the top-priority cover.
  const sorted = [...pieces].sort((a, b) => a.start - b.start);
  let active: Piece[] = [];
  let next = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i];
    const b = cuts[i + 1];
    while (next < sorted.length && sorted[next].start <= a) active.push(sorted[next++]);
    active = active.filter((p) => p.end > a);
    let top: Piece | undefined;
    for (const p of active) if (p.start <= a && p.end >= b && (top === undefined || p.priority > top.priority)) top = p;
    if (top === undefined) continue;
    const last = out[out.length - 1];
    if (last !== undefined && last.end === a && last.type === top.type && last.modifiers === top.modifiers) last.end = b;
    else out.push({ start: a, end: b, type: top.type, modifiers: top.modifiers, priority: top.priority });
  }
  return out;
}

function encode(doc: TextDocument, pieces: Piece[]): number[] {
  const builder = new SemanticTokensBuilder();
  for (const p of pieces) {
    const start = doc.positionAt(p.start);
    const end = doc.positionAt(p.end);
    for (let line = start.line; line <= end.line; line++) {
      const from = line === start.line ? start.character : 0;
      const lineEnd = line === end.line ? end.character : doc.offsetAt({ line: line + 1, character: 0 }) - doc.offsetAt({ line, character: 0 });
      const text = doc.getText({ start: { line, character: from }, end: { line, character: lineEnd } }).replace(/[\r\n]+$/, '');
      if (text.length > 0) builder.push(line, from, text.length, p.type, p.modifiers);
    }
  }
  return builder.build().data;
}
