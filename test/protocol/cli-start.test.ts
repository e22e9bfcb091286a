// The CLI's start (server/src/cli/start.ts), on a copy of its two bundles: it prints what the CLI
// bundle prints, and it writes nothing beside itself (no code cache: the CLI writes no file it was
// not asked to write).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ARTICLE = 'test/fixtures/cnbc-deepseek.txt';

/** What `analyze --format json` prints for the fixture, run from `script`. */
function analyzeWith(script: string): string {
  const r = spawnSync(process.execPath, [script, 'analyze', '--format', 'json', ARTICLE], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  return r.stdout;
}

test('the launcher prints what the CLI bundle prints and writes no file', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'byline-cli-start-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  for (const name of ['cli.js', 'cli-main.js']) copyFileSync(join('dist', name), join(dir, name));
  const expected = analyzeWith('dist/cli-main.js');
  assert.equal(analyzeWith(join(dir, 'cli.js')), expected);
  assert.ok(JSON.parse(expected).length === 1, 'one article analysed');
  assert.equal(analyzeWith(join(dir, 'cli.js')), expected);
  assert.deepEqual(readdirSync(dir).sort(), ['cli-main.js', 'cli.js'], 'nothing written beside the CLI');
});
