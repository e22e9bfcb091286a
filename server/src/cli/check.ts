// `byline check` reports: the findings of each file with 1-based lines and columns, as text
// (`file:line:col  severity  message  rule-id` and a summary line) or JSON. SARIF is in sarif.ts.
import type { Analysis, Severity } from '../core/types';
import { LineIndex } from './lines';

/** One finding, placed. Columns count UTF-16 code units; `endColumn` is just past the last one. */
export interface CheckDiagnostic {
  code: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** UTF-16 offsets into the text without its byte-order mark, as in `byline analyze`. */
  start: number;
  end: number;
}

/** The findings of one checked file. */
export interface CheckedFile {
  /** The file as reports name it. */
  path: string;
  diagnostics: CheckDiagnostic[];
}

/** How many findings of each severity. */
export type Counts = Record<Severity, number>;

/** The findings of one analysis, placed in its text, in text order. */
export function toCheckedFile(path: string, text: string, analysis: Analysis): CheckedFile {
  const lines = new LineIndex(text);
  const diagnostics = analysis.findings.map((f) => {
    const start = lines.at(f.span.start);
    const end = lines.at(f.span.end);
    return { code: f.rule, severity: f.severity, message: f.message, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, start: f.span.start, end: f.span.end };
  });
  diagnostics.sort((a, b) => a.start - b.start || a.end - b.end || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { path, diagnostics };
}

/** Counts findings by severity. */
export function countSeverities(files: readonly CheckedFile[]): Counts {
  const counts: Counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of files) for (const d of f.diagnostics) counts[d.severity]++;
  return counts;
}

/** The text report: one line per finding, then a summary line. */
export function checkText(files: readonly CheckedFile[]): string {
  const out: string[] = [];
  for (const f of files) for (const d of f.diagnostics) out.push(`${f.path}:${d.line}:${d.column}  ${d.severity}  ${d.message.replace(/\s+/g, ' ')}  ${d.code}`);
  out.push(summaryLine(files));
  return `${out.join('\n')}\n`;
}

/** `✖ 12 problems (3 errors, 9 warnings) in 4 files`, with information and hints when there are any. */
export function summaryLine(files: readonly CheckedFile[]): string {
  const c = countSeverities(files);
  const total = c.error + c.warning + c.information + c.hint;
  const checked = plural(files.length, 'file');
  if (total === 0) return `✔ no problems in ${checked}`;
  const parts = [plural(c.error, 'error'), plural(c.warning, 'warning')];
  if (c.information > 0) parts.push(`${c.information} information`);
  if (c.hint > 0) parts.push(plural(c.hint, 'hint'));
  const withProblems = files.filter((f) => f.diagnostics.length > 0).length;
  return `✖ ${plural(total, 'problem')} (${parts.join(', ')}) in ${withProblems === files.length ? checked : `${withProblems} of ${checked}`}`;
}

/** The JSON report: one object per file with its findings and counts. */
export function checkJson(files: readonly CheckedFile[]): string {
  const body = files.map((f) => {
    const c = countSeverities([f]);
    return { path: f.path, diagnostics: f.diagnostics, errorCount: c.error, warningCount: c.warning, informationCount: c.information, hintCount: c.hint };
  });
  return `${JSON.stringify(body, null, 2)}\n`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
