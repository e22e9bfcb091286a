// The language server's entry point (dist/server.js): runs the server bundle (dist/server-main.js)
// through a V8 code cache kept beside it, so that a start does not compile the bundle again. The
// first start makes the cache, as does any start after the bundle, Node or V8 changed; a cache that
// is missing, stale, corrupt or cannot be written costs only that compilation, never the start.
// This file imports nothing of the server, so that it stays small.
import { readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

const BUNDLE = join(__dirname, 'server-main.js');
const CACHE = join(__dirname, 'server-main.cache');

/**
 * V8 flags for the server, set before the bundle is compiled (V8 checks them against the cache's).
 * A smaller inlining budget than V8's default of 920 bytes of bytecode makes each optimising
 * compilation of the core cheaper, so the first edits after opening an article, which run while V8
 * is still compiling, wait less: in ten interleaved pairs of `npm run bench`-style runs (240
 * one-character edits of a 10,000-word article) the keystroke p95 was lower in nine, median 12.3
 * ms against 14.3, with p50 unchanged (5.6 ms). The CLI uses the same budget (cli/start.ts).
 */
const SERVER_V8_FLAGS = ['--max-inlined-bytecode-size-cumulative=150'];

/** Runs the bundle as Node runs a CommonJS module, with the cached code when it fits. */
function startServer(): void {
  const source = readFileSync(BUNDLE, 'utf8');
  const key = cacheKey();
  const cachedData = readCache(key);
  // The same wrapper as Node's module loader, so that the bundle sees the usual module variables.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(BUNDLE), module, BUNDLE, __dirname);
  // Made after the bundle ran, the cache also holds the functions that starting compiled.
  if (cachedData === undefined || script.cachedDataRejected === true) setImmediate(() => writeCache(key, script.createCachedData()));
}

/** What a cache must have been made for: this bundle file (size and time), this V8 and this CPU. */
function cacheKey(): string {
  const { size, mtimeMs } = statSync(BUNDLE);
  return `byline-code-cache 1 ${process.versions.v8} ${process.arch} ${size} ${mtimeMs}\n`;
}

/** The cached code when the cache was made for `key`; V8 checks the rest (its flags, the source length). */
function readCache(key: string): Buffer | undefined {
  try {
    const file = readFileSync(CACHE);
    return file.toString('latin1', 0, key.length) === key ? file.subarray(key.length) : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the cache whole or not at all (a temporary file, then a rename), and ignores any failure. */
function writeCache(key: string, data: Buffer): void {
  const temporary = `${CACHE}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, Buffer.concat([Buffer.from(key, 'latin1'), data]));
    renameSync(temporary, CACHE);
  } catch {
    try {
      unlinkSync(temporary);
    } catch {
      // Nothing was written.
    }
  }
}

for (const flag of SERVER_V8_FLAGS) setFlagsFromString(flag);
startServer();
