// Runs a bundle through a V8 code cache kept beside it, for the two launchers: the language
// server's (start.ts) and the CLI's (cli/start.ts). The first run makes the cache, as does any run
// after the bundle, Node or V8 changed; a cache that is missing, stale, corrupt or cannot be
// written costs only the compilation, never the run. Imports only Node, so that a launcher stays small.
import { readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

/** When a fresh cache is written: as soon as the bundle has started, or when the process exits. */
export type CacheMoment = 'after-start' | 'at-exit';

/**
 * Runs `bundle` as Node runs a CommonJS module, with the cached code in `cache` when it fits, and
 * writes a fresh cache when there was none that fitted. A cache made at exit also holds every
 * function the run compiled (for the CLI, the whole core); one made after start, the start's.
 */
export function runBundle(bundle: string, cache: string, moment: CacheMoment, v8Flags: readonly string[] = []): void {
  // Before anything is compiled: V8 also keys its cache on the flags, so every run sets the same.
  for (const flag of v8Flags) setFlagsFromString(flag);
  const source = readFileSync(bundle, 'utf8');
  const key = cacheKey(bundle);
  const cachedData = readCache(cache, key);
  // The same wrapper as Node's module loader, so that the bundle sees the usual module variables.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
  const module = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  if (cachedData !== undefined && script.cachedDataRejected !== true) return;
  const write = (): void => writeCache(cache, key, script.createCachedData());
  if (moment === 'after-start') setImmediate(write);
  else process.once('exit', write);
}

/** What a cache must have been made for: this bundle file (size and time), this V8 and this CPU. */
function cacheKey(bundle: string): string {
  const { size, mtimeMs } = statSync(bundle);
  return `byline-code-cache 1 ${process.versions.v8} ${process.arch} ${size} ${mtimeMs}\n`;
}

/** The cached code when the cache was made for `key`; V8 checks the rest (its flags, the source length). */
function readCache(cache: string, key: string): Buffer | undefined {
  try {
    const file = readFileSync(cache);
    return file.toString('latin1', 0, key.length) === key ? file.subarray(key.length) : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the cache whole or not at all (a temporary file, then a rename), and ignores any failure. */
function writeCache(cache: string, key: string, data: Buffer): void {
  const temporary = `${cache}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, Buffer.concat([Buffer.from(key, 'latin1'), data]));
    renameSync(temporary, cache);
  } catch {
    try {
      unlinkSync(temporary);
    } catch {
      // Nothing was written.
    }
  }
}
