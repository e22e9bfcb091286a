// Neovim as a second, independent LSP client: headless `nvim` runs test/editors/neovim/lsp.lua,
// which starts the bundled server (dist/server.js) over stdio on a copy of the sample article; the
// test checks what a Neovim user would see: the diagnostics, the hover on a quote, the document
// symbols (the outline) and a quick fix. Needs `nvim` (scripts/setup-editors.sh installs it) and
// `npm run build`. Without nvim it is skipped locally and fails in CI (CI=true).
import { test } from 'node:test';
import { type Diagnostic, type DocumentSymbol, hoverText, sampleArticle } from './support/article';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const nvimInstalled = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;
const skip = !nvimInstalled && process.env.CI !== 'true' ? 'nvim is not installed (scripts/setup-editors.sh installs it)' : false;
const SERVER = resolve('dist/server.js');
const SCRIPT = resolve('test/editors/neovim/lsp.lua');
/** nvim's own waits add up to 45 s (lsp.lua); this bounds the whole run. */
const RUN_TIMEOUT_MS = 60_000;

interface Result {
  diagnostics: Diagnostic[];
  hover: { contents: unknown } | null;
  symbols: DocumentSymbol[] | null;
  actions: { title: string }[] | null;
  errors: string[];
}

test('Neovim gets diagnostics, a hover, document symbols and a code action from Byline', { skip, timeout: RUN_TIMEOUT_MS + 10_000 }, (t) => {
  assert.ok(nvimInstalled, 'nvim must be installed in CI: run scripts/setup-editors.sh');
  assert.ok(existsSync(SERVER), 'dist/server.js is missing: run `npm run build`');

  const { dir, article, line, character } = sampleArticle(t, 'byline-nvim-');

  const resultPath = join(dir, 'result.json');
  const run = spawnSync('nvim', ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${SCRIPT}`], {
    encoding: 'utf8',
    timeout: RUN_TIMEOUT_MS,
    killSignal: 'SIGKILL',
    env: {
      ...process.env,
      BYLINE_RESULT: resultPath,
      BYLINE_ARTICLE: article,
      BYLINE_SERVER: SERVER,
      BYLINE_HOVER_LINE: String(line),
      BYLINE_HOVER_COL: String(character),
      // Keep nvim's state, data, config and LSP log (cache) out of the user's home.
      XDG_STATE_HOME: dir,
      XDG_DATA_HOME: dir,
      XDG_CONFIG_HOME: dir,
      XDG_CACHE_HOME: dir,
    },
  });
  const output = `nvim exit ${run.status}${run.signal ? ` (killed by ${run.signal} after ${RUN_TIMEOUT_MS} ms)` : ''}\nstdout: ${run.stdout}\nstderr: ${run.stderr}`;
  assert.ok(existsSync(resultPath), `lsp.lua wrote no result\n${output}`);
  const result = JSON.parse(readFileSync(resultPath, 'utf8')) as Result;
  assert.deepEqual(result.errors, [], output);
  assert.equal(run.status, 0, output);

  const unattributed = result.diagnostics.filter((d) => d.code === 'unattributed-quote' && d.source === 'byline');
  assert.ok(unattributed.length >= 1, `an unattributed-quote diagnostic from byline among ${JSON.stringify(result.diagnostics.map((d) => d.code))}`);

  assert.ok(result.hover, 'a hover on the Lehane quote');
  assert.match(hoverText(result.hover.contents), /Chris Lehane/);

  assert.ok(result.symbols, 'document symbols');
  const top = result.symbols.map((s) => s.name);
  for (const group of ['Speakers', 'Claims', 'Unattributed']) assert.ok(top.includes(group), `a top-level ${group} symbol among ${JSON.stringify(top)}`);
  const speakers = result.symbols.find((s) => s.name === 'Speakers')?.children ?? [];
  assert.ok(speakers.some((s) => s.name === 'Chris Lehane'), `Chris Lehane under Speakers: ${JSON.stringify(speakers.map((s) => s.name))}`);

  assert.ok(result.actions?.some((a) => /Turn off the rule/.test(a.title)), `a quick fix for the first diagnostic: ${JSON.stringify(result.actions)}`);
});
