// Spreads files over threads: this one and worker threads. The CLI bundle (dist/cli-main.js)
// starts itself again as a worker (main.ts calls `serveAsWorker` when it is not the main thread).
// Every thread takes the next file from one shared counter (an atomic add, no message), so a slow
// article holds up nobody and no thread waits for work while another has a queue; the main
// thread analyses files too, between reading the workers' messages, and can start the workers
// after its first files, once it knows how many cores are idle. Outcomes are keyed by the task's
// index so that the caller can report them in input order.
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { processFile, type FileOutcome, type FileTask, type Job } from './run';

/** What a worker is started with. */
interface WorkerInput {
  job: Job;
  tasks: readonly FileTask[];
  /** One Int32: the position of the next task to take, shared by every thread. */
  next: SharedArrayBuffer;
}

/** A worker sends its outcomes in groups of this many, so that messages stay few but progress moves. */
const OUTCOMES_PER_MESSAGE = 8;

/** The worker side: takes tasks from the shared counter until none is left, then says it is done. */
export function serveAsWorker(): void {
  const port = parentPort;
  if (port === null) throw new Error('serveAsWorker runs only in a worker thread');
  const { job, tasks, next } = workerData as WorkerInput;
  const counter = new Int32Array(next);
  let outcomes: FileOutcome[] = [];
  const send = (): void => {
    // Reports in bytes are handed over, not copied: each has a buffer of its own (TextEncoder's).
    port.postMessage(outcomes, outcomes.flatMap((o) => (o.payload instanceof Uint8Array ? [o.payload.buffer as ArrayBuffer] : [])));
    outcomes = [];
  };
  for (let i = Atomics.add(counter, 0, 1); i < tasks.length; i = Atomics.add(counter, 0, 1)) {
    outcomes.push(processFile(job, tasks[i]));
    if (outcomes.length === OUTCOMES_PER_MESSAGE) send();
  }
  send();
}

/**
 * Processes the tasks in this thread and up to `workers` worker threads running `script` (this
 * bundle). Without `idleCores` the workers start at once; with it they start once it gives a number
 * (it is asked after each file this thread finishes), and no more of them than it says. `onOutcome`
 * is called as each file finishes, for progress. Resolves with every outcome, in the tasks' order,
 * and how many workers ran.
 */
export async function processInThreads(
  script: string,
  job: Job,
  tasks: readonly FileTask[],
  workers: number,
  onOutcome: () => void,
  idleCores?: () => number | null,
): Promise<{ outcomes: FileOutcome[]; workers: number }> {
  const position = new Map(tasks.map((t, i) => [t.index, i]));
  const outcomes: FileOutcome[] = new Array(tasks.length);
  let done = 0;
  const record = (r: FileOutcome): void => {
    outcomes[position.get(r.index)!] = r;
    done++;
    onOutcome();
  };
  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);
  const started: Worker[] = [];
  let failure: Error | null = null;
  let running = 0;
  let wake: (() => void) | null = null;
  const settle = (): void => {
    wake?.();
    wake = null;
  };
  const start = (count: number): void => {
    for (let i = 0; i < count; i++) {
      const w = new Worker(script, { workerData: { job, tasks, next } satisfies WorkerInput });
      started.push(w);
      running++;
      w.on('message', (results: FileOutcome[]) => {
        for (const r of results) record(r);
        if (done === tasks.length) settle();
      });
      w.on('error', (e) => {
        failure ??= e;
        settle();
      });
      w.on('exit', (code) => {
        running--;
        if (code !== 0 && done < tasks.length) failure ??= new Error(`a worker thread stopped (exit code ${code}) before its files were done`);
        settle();
      });
    }
  };
  let undecided = idleCores !== undefined;
  if (!undecided) start(workers);
  try {
    // This thread takes its share too, and reads the workers' messages between two files. A worker
    // started late takes the files that are left, from the same counter.
    for (let i = Atomics.add(counter, 0, 1); i < tasks.length && failure === null; i = Atomics.add(counter, 0, 1)) {
      record(processFile(job, tasks[i]));
      const idle = undecided ? idleCores!() : null;
      if (idle !== null) {
        undecided = false;
        start(Math.min(workers, idle));
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    // Then it waits for the files the workers took (a worker ends once it has sent them all).
    while (done < tasks.length && failure === null) {
      if (running === 0) failure = new Error('the worker threads ended before their files were done');
      else await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    for (const w of started) void w.terminate();
  }
  if (failure !== null) throw failure;
  return { outcomes, workers: started.length };
}
