// Timing and printing helpers for `npm run bench`: repeated runs with warm-up, median and p95,
// and a plain-text table with aligned columns. No thresholds: the benchmark only reports.

/** Summary of repeated timings, in milliseconds. */
export interface Timings { runs: number; median: number; p95: number; max: number; min: number }

/** Summarises samples: median, nearest-rank 95th percentile, minimum and maximum. */
export function summarize(samples: number[]): Timings {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { runs: sorted.length, median, p95: at(0.95), max: sorted[sorted.length - 1], min: sorted[0] };
}

/** How long to keep repeating a measurement. */
export interface RunPlan { warmup: number; minRuns: number; maxRuns: number; budgetMs: number }

const collectGarbage = (globalThis as { gc?: () => void }).gc;

/** Times `run` after `warmup` untimed calls, at least `minRuns` and at most `maxRuns` times, stopping
 *  once `budgetMs` has been spent. Collects garbage once before the warm-up when node has
 *  --expose-gc, so that a case does not pay for the garbage of the one before; the runs then pay
 *  for their own collections, as they would in the server. */
export function timeRepeated(run: () => unknown, plan: RunPlan): Timings {
  collectGarbage?.();
  for (let i = 0; i < plan.warmup; i++) run();
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < plan.maxRuns && (samples.length < plan.minRuns || performance.now() - start < plan.budgetMs)) {
    const t0 = performance.now();
    run();
    samples.push(performance.now() - t0);
  }
  return summarize(samples);
}

/** The asynchronous twin of `timeRepeated`. */
export async function timeRepeatedAsync(run: () => Promise<unknown>, plan: RunPlan): Promise<Timings> {
  collectGarbage?.();
  for (let i = 0; i < plan.warmup; i++) await run();
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < plan.maxRuns && (samples.length < plan.minRuns || performance.now() - start < plan.budgetMs)) {
    const t0 = performance.now();
    await run();
    samples.push(performance.now() - t0);
  }
  return summarize(samples);
}

/** Formats a number with a fixed count of decimals and thousands separators. */
export function fmt(n: number, decimals = 1): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** A titled table printed with aligned columns; the first column is left-aligned, the rest right. */
export class Table {
  private readonly rows: string[][] = [];
  private readonly notes: string[] = [];

  constructor(private readonly title: string, private readonly header: string[]) {}

  /** Adds one row (cells as already-formatted strings). */
  add(...cells: string[]): void {
    this.rows.push(cells);
  }

  /** Adds a sentence printed under the rows, not aligned. */
  note(text: string): void {
    this.notes.push(text);
  }

  /** The table as text. */
  render(): string {
    const all = [this.header, ...this.rows];
    const widths = this.header.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
    const line = (r: string[]): string => `  ${r.map((cell, c) => (c === 0 ? (cell ?? '').padEnd(widths[c]) : (cell ?? '').padStart(widths[c]))).join('  ')}`.trimEnd();
    const rule = `  ${widths.map((w) => '-'.repeat(w)).join('  ')}`;
    return [this.title, line(this.header), rule, ...this.rows.map(line), ...this.notes.map((n) => `  ${n}`)].join('\n');
  }
}
