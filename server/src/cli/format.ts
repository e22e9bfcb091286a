// Formats an analysis for `byline analyze`: the JSON contract of `--format json`, a readable
// report, and CSV rows (`--format csv`, RFC 4180); and the joining of per-file pieces into one output.
import type { Analysis } from '../core/types';
import { LineIndex } from './lines';

/** One analysed file. */
export interface FileResult {
  path: string;
  text: string;
  analysis: Analysis;
}

/** The JSON object for one file, exactly as the CLI contract gives it. */
export function toCliJson({ path, analysis }: FileResult): unknown {
  const name = (id: number | null): string | null => (id === null ? null : analysis.speakers[id].name);
  return {
    path,
    quotes: analysis.quotes.map((q) => ({ text: q.text, start: q.span.start, end: q.span.end, kind: q.kind, speaker: name(q.speakerId), cue: q.cue })),
    speakers: analysis.speakers.map((s) => ({ name: s.name, aliases: s.aliases, role: s.role, organization: s.organization, quoteCount: s.quoteIds.length })),
    claims: analysis.claims.map((c) => ({ text: c.text, start: c.span.start, end: c.span.end, kind: c.kind, value: c.value, unit: c.unit, qualifier: c.qualifier })),
    diagnostics: analysis.findings.map((f) => ({ code: f.rule, severity: f.severity, message: f.message, start: f.span.start, end: f.span.end })),
  };
}

/**
 * The JSON of one file as an element of the `--format json` array, laid out exactly as
 * `JSON.stringify(array, null, 2)` lays it out there, so that each file can be serialised where it
 * was analysed (in a worker thread) and the array joined from the pieces (`joinEncoded`).
 */
export function toCliJsonElement(result: FileResult): string {
  // Stringifying a one-element array indents the object as an element; cut the brackets around it.
  return JSON.stringify([toCliJson(result)], null, 2).slice(ELEMENT_OPEN.length, -ELEMENT_CLOSE.length);
}

const ELEMENT_OPEN = '[\n  ';
const ELEMENT_CLOSE = '\n]';

/** Opening, separator and closing that turn `toCliJsonElement` pieces into the JSON array, as `JSON.stringify(array, null, 2)` writes it. */
export const CLI_JSON_ARRAY = { open: ELEMENT_OPEN, separator: ',\n  ', close: ELEMENT_CLOSE } as const;

/**
 * UTF-8 pieces joined into one buffer with `separator` between them and `open`/`close` around them
 * (or `empty` instead when there is no piece), ready for one write.
 */
export function joinEncoded(pieces: readonly Uint8Array[], open: string, separator: string, close: string, empty = ''): Buffer {
  if (pieces.length === 0) return Buffer.from(empty);
  const sep = Buffer.from(separator);
  const parts: Uint8Array[] = [Buffer.from(open)];
  for (let i = 0; i < pieces.length; i++) {
    if (i > 0) parts.push(sep);
    parts.push(pieces[i]);
  }
  parts.push(Buffer.from(close));
  return Buffer.concat(parts);
}

/** A readable report for one file. */
export function toCliText({ path, text, analysis }: FileResult): string {
  const lines = new LineIndex(text);
  const lineCol = (offset: number): string => {
    const at = lines.at(offset);
    return `${at.line}:${at.column}`;
  };
  const out: string[] = [`${path}`];
  out.push(`  ${analysis.quotes.length} quotes · ${analysis.speakers.length} speakers · ${analysis.claims.length} claims`);
  out.push('  Speakers:');
  for (const s of analysis.speakers) out.push(`    ${s.name}${s.role !== null || s.organization !== null ? ` (${[s.role, s.organization].filter(Boolean).join(', ')})` : ''}: ${s.quoteIds.length} quotes`);
  out.push('  Quotes:');
  for (const q of analysis.quotes) {
    const who = q.speakerId === null ? (q.kind === 'term' ? 'term' : 'unattributed') : analysis.speakers[q.speakerId].name;
    out.push(`    ${lineCol(q.span.start)}  [${who}]  “${q.text.replace(/\s+/g, ' ').slice(0, 70)}”`);
  }
  out.push('  Claims:');
  for (const c of analysis.claims) out.push(`    ${lineCol(c.span.start)}  ${c.kind}  ${c.text.replace(/\s+/g, ' ')}${c.value !== null ? `  = ${c.value}${c.unit !== null ? ` ${c.unit}` : ''}` : ''}`);
  out.push('  Diagnostics:');
  for (const f of analysis.findings) out.push(`    ${lineCol(f.span.start)}  ${f.severity}  ${f.message}  ${f.rule}`);
  return `${out.join('\n')}\n`;
}

/** The header of `byline analyze --format csv`: the editor's export columns, with file, line and column added. */
export const CSV_HEADER = ['file', 'type', 'start', 'end', 'line', 'column', 'kind', 'text', 'speaker', 'cue', 'value', 'unit', 'qualifier'];

/** One CSV row per quote, then one per claim (lines and columns 1-based, columns in UTF-16 code units). */
export function toCliCsvRows({ path, text, analysis }: FileResult): string[][] {
  const lines = new LineIndex(text);
  const name = (id: number | null): string => (id === null ? '' : analysis.speakers[id].name);
  const rows: string[][] = [];
  for (const q of analysis.quotes) {
    const at = lines.at(q.span.start);
    rows.push([path, 'quote', String(q.span.start), String(q.span.end), String(at.line), String(at.column), q.kind, q.text, name(q.speakerId), q.cue ?? '', '', '', '']);
  }
  for (const c of analysis.claims) {
    const at = lines.at(c.span.start);
    rows.push([path, 'claim', String(c.span.start), String(c.span.end), String(at.line), String(at.column), c.kind, c.text, '', '', c.value === null ? '' : String(c.value), c.unit ?? '', c.qualifier ?? '']);
  }
  return rows;
}

/** CSV lines with RFC 4180 quoting (fields with a comma, quote, CR or LF are quoted) and CRLF endings. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const cell = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return rows.map((r) => `${r.map(cell).join(',')}\r\n`).join('');
}
