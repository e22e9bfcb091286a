// Judges how many cores other programs leave idle, from every core's idle time and this process's
// CPU time over the first stretch of a run. A worker thread repays its start and its own warm-up of
// the core only on a core that would otherwise sit idle: on 2 cores, 1,000 short articles took
// 15-25% less time in two threads than in one when the second core was free, and 20-30% more when
// another program kept it busy.
import { cpus } from 'node:os';

/** How long the run goes before the cores are judged: long enough for the cores' idle counters (10 ms steps on Linux) to say something. */
const JUDGE_AFTER_MS = 100;

/** The cores' idle time and this process's CPU time at one moment. */
export interface CpuSample {
  at: number;
  cores: number;
  idleMs: number;
  ownMs: number;
}

/** Reads the cores' idle time and this process's CPU time (all its threads) now. */
export function sampleCpu(): CpuSample {
  const all = cpus();
  const own = process.cpuUsage();
  return { at: performance.now(), cores: all.length, idleMs: all.reduce((sum, c) => sum + c.times.idle, 0), ownMs: (own.user + own.system) / 1000 };
}

/** How many cores besides this thread's own other programs left idle since `since` (see `idleCoresBetween`); null until the run is JUDGE_AFTER_MS old. */
export function idleCoresSince(since: CpuSample): number | null {
  // Asked after every file: the clock first, since listing the cores reads the system's files.
  return performance.now() - since.at < JUDGE_AFTER_MS ? null : idleCoresBetween(since, sampleCpu());
}

/**
 * How many cores besides this thread's own other programs left idle between two samples, rounded
 * to the nearest core. What the cores did not idle and this process did not use, other programs
 * used. When the system does not say (no cores listed), every core counts as idle.
 */
export function idleCoresBetween(since: CpuSample, now: CpuSample): number {
  const ms = now.at - since.at;
  if (now.cores === 0 || now.cores !== since.cores || ms <= 0) return Infinity;
  const others = (now.cores * ms - (now.idleMs - since.idleMs) - (now.ownMs - since.ownMs)) / ms;
  return Math.max(0, Math.floor(now.cores - 1 - others + 0.5));
}
