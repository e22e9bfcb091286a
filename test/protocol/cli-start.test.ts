// The CLI's start through its code cache (server/src/cli/start.ts), on a copy of its two bundles:
// the first run writes the cache as it exits, later runs use it, and a cache that is corrupt or
// cannot be written changes nothing in what the CLI prints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ARTICLE = 'test/fixtures/cnbc-deepseek.txt';

/** A folder holding a copy of dist/cli.js and dist/cli-main.js, and where its cache goes. */
function copyOfCli(): { dir: string; script: string; cache: string } {
  const dir = mkdtempSync(join(tmpdir(), 'byline-cli-start-'));
  for (const name of ['cli.js', 'cli-main.js']) copyFileSync(join('dist', name), join(dir, name));
  return { dir, script: join(dir, 'cli.js'), cache: join(dir, 'cli-main.cache') };
}

/** What `analyze --format json` prints for the fixture, run from `script`. */
function analyzeWith(script: string): string {
  const r = spawnSync(process.execPath, [script, 'analyze', '--format', 'json', ARTICLE], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  return r.stdout;
}

test('the first run writes the code cache, later runs use it and print the same', (t) => {
  const { dir, script, cache } = copyOfCli();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const expected = analyzeWith('dist/cli.js');
  assert.equal(analyzeWith(script), expected);
  assert.ok(existsSync(cache), 'the cache was written');
  const made = readFileSync(cache);
  assert.match(made.toString('latin1', 0, 40), /^byline-code-cache /);
  assert.equal(analyzeWith(script), expected);
  assert.deepEqual(readFileSync(cache), made, 'a cache that fits is not written again');
});

test('a corrupt cache is replaced and one that cannot be written is skipped', (t) => {
  const { dir, script, cache } = copyOfCli();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const expected = analyzeWith('dist/cli.js');
  writeFileSync(cache, 'not a code cache');
  assert.equal(analyzeWith(script), expected);
  assert.ok(readFileSync(cache).length > 10_000, 'the cache was made again');
  rmSync(cache);
  mkdirSync(cache); // A folder where the cache file should go: writing it fails.
  assert.equal(analyzeWith(script), expected);
  assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'no temporary file is left behind');
});
