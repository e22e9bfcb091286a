// Formats an analysis for the CLI: the JSON contract of `byline analyze --format json`, and text.
import type { Analysis } from '../core/types';

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

/** A readable report for one file. */
export function toCliText({ path, text, analysis }: FileResult): string {
  const lineCol = (offset: number): string => {
    let line = 1;
    let col = 1;
    for (let i = 0; i < offset; i++) {
      if (text[i] === '\n') {
        line++;
        col = 1;
      } else col++;
    }
    return `${line}:${col}`;
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
