// Spreads files over worker threads. The bundle stays one file: dist/cli.js starts itself again as
// a worker (main.ts calls `serveAsWorker` when it is not the main thread). Workers get small
// batches as they finish, one queued ahead, so a slow article does not hold up the rest; outcomes
// are keyed by the task's index so the caller can report them in input order.
import { Worker, parentPort } from 'node:worker_threads';
import { processFile, type FileOutcome, type FileTask, type Job } from './run';

/** What the main thread sends a worker. */
interface Batch {
  job: Job;
  tasks: FileTask[];
}

/** The worker side: answers each batch with its outcomes, one per task. */
export function serveAsWorker(): void {
  const port = parentPort;
  if (port === null) throw new Error('serveAsWorker runs only in a worker thread');
  port.on('message', (batch: Batch) => {
    const outcomes = batch.tasks.map((t) => processFile(batch.job, t));
    // Reports in bytes are handed over, not copied: each has a buffer of its own (TextEncoder's).
    const reports = outcomes.flatMap((o) => (o.payload instanceof Uint8Array ? [o.payload.buffer as ArrayBuffer] : []));
    port.postMessage(outcomes, reports);
  });
}

/**
 * Processes the tasks in `threads` workers running `script` (this bundle). `onOutcome` is called as
 * each file finishes, for progress. Resolves with every outcome, in the tasks' order.
 */
export function processInWorkers(script: string, job: Job, tasks: readonly FileTask[], threads: number, onOutcome: () => void): Promise<FileOutcome[]> {
  return new Promise((resolvePool, rejectPool) => {
    const position = new Map(tasks.map((t, i) => [t.index, i]));
    const outcomes: FileOutcome[] = new Array(tasks.length);
    const workers: Worker[] = [];
    // Small batches balance the load; a few files per message keep the messages cheap.
    const batchSize = Math.max(1, Math.min(16, Math.floor(tasks.length / (threads * 8))));
    let next = 0;
    let done = 0;
    let settled = false;
    const settle = (error?: Error): void => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      if (error !== undefined) rejectPool(error);
      else resolvePool(outcomes);
    };
    const feed = (w: Worker): void => {
      if (next >= tasks.length) return;
      const batch = tasks.slice(next, next + batchSize);
      next += batch.length;
      w.postMessage({ job, tasks: batch } satisfies Batch);
    };
    for (let i = 0; i < Math.min(threads, tasks.length); i++) {
      const w = new Worker(script);
      workers.push(w);
      w.on('message', (results: FileOutcome[]) => {
        for (const r of results) {
          outcomes[position.get(r.index)!] = r;
          done++;
          onOutcome();
        }
        if (done === tasks.length) settle();
        else feed(w);
      });
      w.on('error', (e) => settle(e));
      w.on('exit', (code) => {
        if (!settled) settle(new Error(`a worker thread stopped (exit code ${code}) before its files were done`));
      });
      // Two batches in flight: the worker starts the second while its first answer crosses to this
      // thread and the next batch comes back, instead of waiting idle for it.
      feed(w);
      feed(w);
    }
  });
}
