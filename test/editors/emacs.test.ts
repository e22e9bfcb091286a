// Emacs with eglot as a third, independent LSP client: `emacs --batch -Q` runs
// test/editors/emacs/eglot.el, which starts the bundled server (dist/server.js) over stdio through
// eglot on a copy of the sample article; the test checks what an Emacs user would see: the
// diagnostics that reach Flymake, the hover on a quote and the document symbols (the outline).
// Needs `emacs` and eglot (scripts/setup-editors.sh installs emacs-nox and elpa-eglot) and
// `npm run build`. Without emacs it is skipped locally and fails in CI (CI=true).
import { test } from 'node:test';
import { type Diagnostic, type DocumentSymbol, hoverText, sampleArticle } from './support/article';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const emacsInstalled = spawnSync('emacs', ['--version'], { encoding: 'utf8' }).status === 0;
const skip = !emacsInstalled && process.env.CI !== 'true' ? 'emacs is not installed (scripts/setup-editors.sh installs it)' : false;
const SERVER = resolve('dist/server.js');
const SCRIPT = resolve('test/editors/emacs/eglot.el');
/** eglot.el's own waits add up to 53 s; this bounds the whole run. */
const RUN_TIMEOUT_MS = 60_000;

interface Result {
  /** The LSP diagnostics behind what Flymake shows, as eglot keeps them. */
  diagnostics: Diagnostic[];
  /** Flymake's own text for each diagnostic. */
  flymake: string[];
  hover: { contents: unknown } | null;
  symbols: DocumentSymbol[] | null;
  emacs: string;
  eglot: string | null;
  errors: string[];
}

test('Emacs (eglot) gets diagnostics, a hover and document symbols from Byline', { skip, timeout: RUN_TIMEOUT_MS + 10_000 }, (t) => {
  assert.ok(emacsInstalled, 'emacs must be installed in CI: run scripts/setup-editors.sh');
  assert.ok(existsSync(SERVER), 'dist/server.js is missing: run `npm run build`');

  const { dir, article, line, character } = sampleArticle(t, 'byline-emacs-');

  const resultPath = join(dir, 'result.json');
  const run = spawnSync('emacs', ['--batch', '-Q', '-l', SCRIPT], {
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
      // Keep ~/.emacs.d (project.el's list of projects, eglot's state) out of the user's home.
      HOME: dir,
    },
  });
  const output = `emacs exit ${run.status}${run.signal ? ` (killed by ${run.signal} after ${RUN_TIMEOUT_MS} ms)` : ''}\nstdout: ${run.stdout}\nstderr: ${run.stderr}`;
  assert.ok(existsSync(resultPath), `eglot.el wrote no result\n${output}`);
  const result = JSON.parse(readFileSync(resultPath, 'utf8')) as Result;
  t.diagnostic(`Emacs ${result.emacs}, eglot ${result.eglot}`);
  assert.deepEqual(result.errors, [], output);
  assert.equal(run.status, 0, output);

  const unattributed = result.diagnostics.filter((d) => d.code === 'unattributed-quote' && d.source === 'byline');
  assert.ok(unattributed.length >= 1, `an unattributed-quote diagnostic from byline among ${JSON.stringify(result.diagnostics.map((d) => d.code))}`);
  assert.ok(result.flymake.some((m) => m.includes('[unattributed-quote]')), `Flymake shows it: ${JSON.stringify(result.flymake)}`);

  assert.ok(result.hover, 'a hover on the Lehane quote');
  assert.match(hoverText(result.hover.contents), /Chris Lehane/);

  assert.ok(result.symbols, 'document symbols');
  const top = result.symbols.map((s) => s.name);
  for (const group of ['Speakers', 'Claims', 'Unattributed']) assert.ok(top.includes(group), `a top-level ${group} symbol among ${JSON.stringify(top)}`);
  const speakers = result.symbols.find((s) => s.name === 'Speakers')?.children ?? [];
  assert.ok(speakers.some((s) => s.name === 'Chris Lehane'), `Chris Lehane under Speakers: ${JSON.stringify(speakers.map((s) => s.name))}`);
});
