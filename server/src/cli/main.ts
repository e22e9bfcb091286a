// The Byline command line. `byline check` reports problems as text, JSON or SARIF with an exit code
// for CI; `byline analyze` prints what the core finds as text, JSON or CSV. Paths are files,
// folders, globs or `-`. Settings come from the nearest `.bylinerc.json`. It reads files and
// writes only to standard output and standard error; it runs no shell. This is dist/cli-main.js,
// which dist/cli.js (start.ts) runs through a code cache; for much text the same bundle is started
// again as worker threads (see pool.ts).
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isMainThread } from 'node:worker_threads';
import { parseArgs, USAGE, type RunOptions } from './args';
import { checkJson, checkText, countSeverities, type CheckedFile } from './check';
import { ConfigError, ConfigResolver } from './config';
import { collectTargets, STDIN_NAME } from './files';
import { CLI_JSON_ARRAY, CSV_HEADER, joinEncoded, toCsv } from './format';
import { idleCoresSince, sampleCpu, type CpuSample } from './idle';
import { processInThreads, serveAsWorker } from './pool';
import { Progress } from './progress';
import { processFile, type FileOutcome, type FileTask, type Job } from './run';
import { toSarif, type SarifNotification } from './sarif';
import { BYLINE_VERSION } from './version';

/**
 * Without --jobs, each thread beyond the first needs at least this much text to analyse. A worker
 * starts about 80 ms after the main thread and analyses slowly until V8 has optimised the core in
 * it too: a run in two threads takes about half a second more CPU than in one (with the launcher's
 * V8 flags, start.ts). On 2 cores, 400 short articles (1 MB) took about as long in two threads as
 * in one, and 1,000 (2.4 MB) about a quarter less time when the second core was free (a busy one
 * is not used: see idle.ts). Less text is done as soon by one thread, which leaves the other cores
 * to V8's compiler threads and to other programs.
 */
const BYTES_PER_THREAD = 1024 * 1024;

async function main(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') return print(`${USAGE}\n`, 0);
  if (parsed.kind === 'version') return print(`${BYLINE_VERSION}\n`, 0);
  if (parsed.kind === 'error') {
    process.stderr.write(`byline: ${parsed.message}.\n${parsed.showUsage ? `${USAGE}\n` : ''}`);
    return 2;
  }
  try {
    return await run(parsed.options);
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`byline: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

async function run(o: RunOptions): Promise<number> {
  const started = performance.now();
  const cpuAtStart = sampleCpu();
  const configs = new ConfigResolver();
  const { targets, errors } = collectTargets(o.paths, configs, o.stdinFilename ?? STDIN_NAME);
  for (const c of configs.loadedFiles()) for (const p of c.problems) warn(`${c.file}: ${p}`);
  const notifications: SarifNotification[] = [];
  for (const e of errors) {
    warn(e.message);
    notifications.push({ level: 'error', message: e.message, fsPath: e.arg, display: e.arg });
  }

  const job: Job = o.command === 'check' ? 'check' : (`analyze-${o.format}` as Job);
  const tasks: FileTask[] = targets.map((t, index) => ({ index, ...t }));
  const { outcomes, threads } = await processAll(job, tasks, o.jobs, cpuAtStart);
  if (o.verbose) {
    const used = configs.loadedFiles().map((c) => c.file);
    const ms = performance.now() - started;
    warn(`${plural(tasks.length, 'article')} in ${ms.toFixed(0)} ms (${((tasks.length / Math.max(ms, 1)) * 1000).toFixed(0)} a second), ${threads > 1 ? `${threads} threads` : 'one thread'}; settings from ${used.length === 0 ? 'the defaults' : used.join(', ')}`);
  }

  const ioFailed = reportNotes(tasks, outcomes, notifications) || errors.length > 0;
  const done = outcomes.filter((x) => x.payload !== undefined);
  if (o.command === 'analyze') {
    writeAnalysis(o.format, done);
    return ioFailed ? 1 : 0;
  }
  const files = done.map((x) => x.payload as CheckedFile);
  if (o.format === 'json') process.stdout.write(checkJson(files));
  else if (o.format === 'sarif') {
    const located = done.map((x) => ({ ...(x.payload as CheckedFile), fsPath: tasks[x.index].path === '-' ? null : tasks[x.index].path }));
    process.stdout.write(`${JSON.stringify(toSarif(located, notifications, process.cwd()), null, 2)}\n`);
  } else process.stdout.write(checkText(files));
  if (ioFailed) return 2;
  const counts = countSeverities(files);
  const tooMany = o.maxWarnings !== null && counts.warning > o.maxWarnings;
  if (tooMany) warn(`${plural(counts.warning, 'warning')}, more than the ${o.maxWarnings} that --max-warnings allows`);
  return counts.error > 0 || tooMany ? 1 : 0;
}

/** Says on standard error what happened to files that were not simply analysed; true when one failed. */
function reportNotes(tasks: readonly FileTask[], outcomes: readonly FileOutcome[], notifications: SarifNotification[]): boolean {
  let failed = false;
  for (const out of outcomes) {
    const t = tasks[out.index];
    const fsPath = t.path === '-' ? null : t.path;
    for (const w of out.warnings) {
      warn(`${t.display}: ${w}`);
      notifications.push({ level: 'warning', message: `${t.display}: ${w}.`, fsPath, display: t.display });
    }
    if (out.skipped !== undefined) {
      warn(`skipped ${t.display}: ${out.skipped}`);
      notifications.push({ level: 'note', message: `Skipped ${t.display}: ${out.skipped}.`, fsPath, display: t.display });
    }
    if (out.failed !== undefined) {
      failed = true;
      warn(out.failed);
      notifications.push({ level: 'error', message: `${out.failed}.`, fsPath, display: t.display });
    }
  }
  return failed;
}

/** Writes `byline analyze` output, joined from each file's finished report: the JSON contract (unchanged since the first CLI), CSV or text. */
function writeAnalysis(format: string, done: readonly FileOutcome[]): void {
  const reports = done.map((x) => x.payload as Uint8Array);
  const { open, separator, close } = CLI_JSON_ARRAY;
  if (format === 'json') process.stdout.write(joinEncoded(reports, open, separator, `${close}\n`, '[]\n'));
  else if (format === 'csv') process.stdout.write(joinEncoded(reports, toCsv([CSV_HEADER]), '', '', toCsv([CSV_HEADER])));
  else process.stdout.write(joinEncoded(reports, '', '\n', ''));
}

/**
 * Processes every task, spread over threads when there is much text (without --jobs, only on cores
 * that other programs left idle since `cpuAtStart`); outcomes in task order, and the threads used.
 */
async function processAll(job: Job, tasks: FileTask[], jobs: number | null, cpuAtStart: CpuSample): Promise<{ outcomes: FileOutcome[]; threads: number }> {
  const progress = new Progress(tasks.length);
  const files = tasks.filter((t) => t.path !== '-');
  let threads = threadsFor(files, jobs);
  // Standard input can be read only in the main thread: first, before it takes files.
  const stdin = tasks.filter((t) => t.path === '-').map((t) => {
    const out = processFile(job, t);
    progress.tick();
    return out;
  });
  let outcomes: FileOutcome[];
  if (threads > 1) {
    const idleCores = jobs === null ? () => idleCoresSince(cpuAtStart) : undefined;
    const pooled = await processInThreads(__filename, job, files, threads - 1, () => progress.tick(), idleCores);
    outcomes = [...pooled.outcomes, ...stdin].sort((a, b) => a.index - b.index);
    threads = 1 + pooled.workers;
  } else {
    outcomes = tasks.map((t) => {
      if (t.path === '-') return stdin.shift()!;
      const out = processFile(job, t);
      progress.tick();
      return out;
    });
  }
  progress.finish();
  return { outcomes, threads };
}

/** How many threads may analyse the files: as many as --jobs says, else one per core (at most 8) and fewer when the text is small. */
function threadsFor(files: readonly FileTask[], jobs: number | null): number {
  if (jobs !== null) return Math.max(1, Math.min(jobs, 8, files.length));
  const most = Math.min(availableParallelism(), 8);
  if (most <= 1 || files.length <= 1) return 1;
  let bytes = 0;
  for (const f of files) {
    try {
      bytes += statSync(f.path).size;
    } catch {
      // Reading it will say what is wrong.
    }
    if (bytes >= (most - 1) * BYTES_PER_THREAD) return Math.min(most, files.length);
  }
  return Math.min(most, files.length, 1 + Math.floor(bytes / BYTES_PER_THREAD));
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function print(text: string, code: number): number {
  process.stdout.write(text);
  return code;
}

function warn(sentence: string): void {
  process.stderr.write(`byline: ${sentence}${/[.!?]$/.test(sentence) ? '' : '.'}\n`);
}

if (isMainThread) {
  // A reader that stops early (`byline check . | head`) is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`byline: internal error: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = 2;
    },
  );
} else {
  serveAsWorker();
}
