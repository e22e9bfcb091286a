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
  const add = (span: Span, type: number, modifiers: number, priority: number): void => {
    pieces.push({ start: span.start, end: span.end, type, modifiers, priority });
  };
  for (const q of analysis.quotes) {
    const mods = (q.kind === 'term' ? 1 : 0) | (q.kind === 'speech' && q.speakerId === null ? 2 : 0) | (q.attribution !== null && q.attribution !== 'explicit' ? 4 : 0);
    add(q.span, 0, mods, 0);
    if (q.cueSpan !== null) add(q.cueSpan, 2, 0, 1);
    if (q.mentionSpan !== null) add(q.mentionSpan, 1, q.attribution === 'pronoun' ? 4 : 0, 2);
  }
  for (const s of analysis.speakers) for (const m of s.mentions) add(m, 1, 0, 2);
  for (const c of analysis.claims) add(c.span, 3, 0, 3);
  return { data: encode(doc, flatten(pieces)) };
}

/**
 * Removes overlaps: a higher-priority piece cuts the lower one it sits in; of equal priorities the
 * one that starts first (then the one added first) wins. A sweep over the boundaries, in place.
 */
function flatten(pieces: Piece[]): Piece[] {
  const cuts = new Float64Array(pieces.length * 2);
  pieces.forEach((p, i) => {
    cuts[2 * i] = p.start;
    cuts[2 * i + 1] = p.end;
  });
  cuts.sort();
  const sorted = [...pieces].sort((a, b) => a.start - b.start);
  const out: Piece[] = [];
  // The pieces covering the current segment, in `sorted` order; few, since marks overlap little.
  const active: Piece[] = [];
  let next = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i];
    const b = cuts[i + 1];
    if (a === b) continue;
    while (next < sorted.length && sorted[next].start <= a) active.push(sorted[next++]);
    let kept = 0;
    for (const p of active) if (p.end > a) active[kept++] = p;
    active.length = kept;
    let top: Piece | undefined;
    for (const p of active) if (top === undefined || p.priority > top.priority) top = p;
    if (top === undefined) continue;
    const last = out[out.length - 1];
    if (last !== undefined && last.end === a && last.type === top.type && last.modifiers === top.modifiers) last.end = b;
    else out.push({ start: a, end: b, type: top.type, modifiers: top.modifiers, priority: top.priority });
  }
  return out;
}

/** Encodes pieces (in order, not overlapping) as one token per line they touch, line breaks left out. */
function encode(doc: TextDocument, pieces: Piece[]): number[] {
  const text = doc.getText();
  const builder = new SemanticTokensBuilder();
  for (const p of pieces) {
    const start = doc.positionAt(p.start);
    const endLine = doc.positionAt(p.end).line;
    let lineStart = p.start - start.character;
    for (let line = start.line; line <= endLine; line++) {
      const from = line === start.line ? p.start : lineStart;
      const nextLineStart = line === endLine ? p.end : doc.offsetAt({ line: line + 1, character: 0 });
      let to = line === endLine ? p.end : nextLineStart;
      while (to > from && (text.charCodeAt(to - 1) === 10 || text.charCodeAt(to - 1) === 13)) to--;
      if (to > from) builder.push(line, from - lineStart, to - from, p.type, p.modifiers);
      lineStart = nextLineStart;
    }
  }
  return builder.build().data;
}
