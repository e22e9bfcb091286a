// Runs one CLI job over a list of articles: each file is read, analysed and turned into the data its
// report needs, in this thread or shared with worker threads (pool.ts) when there is much text.
// The outcomes come back in input order, whichever thread finished first.
import { analyze } from '../core/analyze';
import type { Settings } from '../core/settings';
import { type CheckedFile, toCheckedFile } from './check';
import { readArticle, describeError, type ReadResult } from './files';
import { toCliCsvRows, toCliJsonElement, toCliText, toCsv } from './format';

/** What the report needs from each file. */
export type Job = 'check' | 'analyze-json' | 'analyze-text' | 'analyze-csv';

/** One file to process; plain data, so it can cross to a worker thread. */
export interface FileTask {
  index: number;
  /** The path to read, or `-` for standard input. */
  path: string;
  /** The name reports use. */
  display: string;
  settings: Settings;
}

/** What became of one file. Exactly one of `payload`, `skipped`, `failed` is set. */
export interface FileOutcome {
  index: number;
  /** Warnings about a file that was still analysed (invalid UTF-8). */
  warnings: string[];
  /** Why the file was not analysed (binary, too large). */
  skipped?: string;
  /** Why the file could not be read or analysed. */
  failed?: string;
  /**
   * What the report needs: a CheckedFile (check, whose counts and summary need the objects) or, for
   * analyze, the file's finished report in UTF-8 (its JSON array element, readable text or CSV
   * rows). The report is serialised and encoded where the file was analysed, so worker threads
   * share that work and hand back bytes that cross threads without a copy (see pool.ts).
   */
  payload?: CheckedFile | Uint8Array;
}

const utf8 = new TextEncoder();

/** Reads, analyses and prepares one file; never throws. Standard input (`-`) is read in the main thread only. */
export function processFile(job: Job, task: FileTask): FileOutcome {
  let read: ReadResult;
  try {
    read = readArticle(task.path, task.settings.maxFileSize);
  } catch (e) {
    return { index: task.index, warnings: [], failed: `cannot read ${task.display}: ${describeError(e)}` };
  }
  if ('skipped' in read) return { index: task.index, warnings: [], skipped: read.skipped };
  try {
    const analysis = analyze(read.text, task.settings);
    const result = { path: task.display, text: read.text, analysis };
    const payload = job === 'check' ? toCheckedFile(task.display, read.text, analysis) : utf8.encode(job === 'analyze-json' ? toCliJsonElement(result) : job === 'analyze-text' ? toCliText(result) : toCsv(toCliCsvRows(result)));
    return { index: task.index, warnings: read.warnings, payload };
  } catch (e) {
    return { index: task.index, warnings: read.warnings, failed: `internal error while analysing ${task.display}: ${(e as Error).stack ?? String(e)}` };
  }
}
