// Neovim as a second, independent LSP client: headless `nvim` runs test/editors/neovim/lsp.lua,
// which starts the bundled server over stdio on the sample article; the test checks what a
// Neovim user would see: diagnostics, the hover on a quote, the document symbols, a code action.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const haveNvim = nvim.status === 0;

test('Neovim gets diagnostics, a hover, document symbols and a code action from Byline', { skip: !haveNvim && process.env.CI !== 'true' ? 'nvim is not installed (scripts/setup-editors.sh installs it)' : false }, () => {
  assert.ok(haveNvim, 'nvim must be installed in CI (scripts/setup-editors.sh)');
  const dir = mkdtempSync(join(tmpdir(), 'byline-nvim-'));
  const article = join(dir, 'cnbc-deepseek.txt');
  copyFileSync('test/fixtures/cnbc-deepseek.txt', article);
  const text = readFileSync(article, 'utf8');
  const offset = text.indexOf('What DeepSeek really reinforces') + 5;
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  const col = offset - (before.lastIndexOf('\n') + 1);
  const resultPath = join(dir, 'result.json');
  const run = spawnSync('nvim', ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${resolve('test/editors/neovim/lsp.lua')}`], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, BYLINE_RESULT: resultPath, BYLINE_ARTICLE: article, BYLINE_SERVER: resolve('dist/server.js'), BYLINE_HOVER_LINE: String(line), BYLINE_HOVER_COL: String(col), XDG_STATE_HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir },
  });
  const result = JSON.parse(readFileSync(resultPath, 'utf8'));
  assert.deepEqual(result.errors, [], run.stderr);
  assert.equal(run.status, 0, run.stderr);
  const unattributed = result.diagnostics.filter((d: { code: string; source: string }) => d.code === 'unattributed-quote' && d.source === 'byline');
  assert.ok(unattributed.length >= 1, 'at least one unattributed-quote diagnostic');
  assert.match(result.hover.contents.value, /Chris Lehane/);
  const names = result.symbols.map((s: { name: string }) => s.name);
  assert.deepEqual(names, ['Speakers', 'Claims', 'Unattributed']);
  assert.ok(result.symbols[0].children.some((s: { name: string }) => s.name === 'Chris Lehane'));
  assert.ok(Array.isArray(result.actions) && result.actions.some((a: { title: string }) => /Turn off the rule/.test(a.title)), 'a code action for the first diagnostic');
});
