// Large runs of the CLI: --jobs (or, without it, much text) shares the files with worker threads
// started from the same bundle, and every report is byte-for-byte what one thread gives, in input
// order (standard input included); the progress line appears only on a terminal and only after a second.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateArticle } from '../../scripts/bench/articles';
import { CLI, cli, tempTree } from './support/cli';

/** A folder of `n` generated articles, plus one with invalid UTF-8 and one binary file among them. */
function articles(t: Parameters<typeof tempTree>[0], n: number, words: number): string {
  const files: Record<string, string | Buffer> = {};
  for (let i = 0; i < n; i++) files[`a-${String(i).padStart(4, '0')}.txt`] = generateArticle(9_000 + i, { words });
  files['a-0007-latin1.txt'] = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]);
  files['a-0042-binary.txt'] = Buffer.from([0x00, 0xff]);
  return tempTree(t, files);
}

test('--jobs 2 runs in two threads and every format matches one thread, in input order', (t) => {
  const root = articles(t, 118, 150);
  const stdin = '“Nobody owns this quote at all.”\n';
  // Standard input sits between two folders' worth of files; it is read in the main thread.
  const args = [join(root, 'a-01*.txt'), '-', root];
  for (const [command, format] of [['check', 'json'], ['check', 'text'], ['check', 'sarif'], ['analyze', 'json'], ['analyze', 'csv'], ['analyze', 'text']]) {
    const one = cli([command, '--format', format, '--jobs', '1', '--verbose', ...args], { input: stdin });
    const many = cli([command, '--format', format, '--jobs', '2', '--verbose', ...args], { input: stdin });
    assert.match(one.stderr, /121 articles in \d+ ms .*one thread/, one.stderr);
    assert.match(many.stderr, /121 articles in \d+ ms .*2 threads/, many.stderr);
    assert.equal(many.status, one.status, `${command} ${format}`);
    assert.equal(many.stdout, one.stdout, `${command} --format ${format}: workers give the same report`);
    const notes = (s: string): string => s.replace(/^byline: \d+ articles in .*\n/m, '');
    assert.equal(notes(many.stderr), notes(one.stderr), 'messages come in input order');
  }
  const stdout = cli(['analyze', '--format', 'json', '--jobs', '2', ...args], { input: stdin }).stdout;
  const json = JSON.parse(stdout) as { path: string }[];
  assert.equal(stdout, `${JSON.stringify(json, null, 2)}\n`, 'the array joined from the workers\' pieces is laid out as JSON.stringify(…, null, 2) writes it');
  const names = json.map((f) => f.path.replace(`${root}/`, ''));
  // The glob gives a-0100…a-0117; then stdin; then the folder's other files (each file once).
  assert.deepEqual(names.slice(0, 19), [...Array.from({ length: 18 }, (_, i) => `a-01${String(i).padStart(2, '0')}.txt`), '<stdin>']);
  assert.equal(names[19], 'a-0000.txt');
  assert.equal(names.length, 118 + 1 + 1, 'the binary file is skipped, the invalid UTF-8 one is read');
  assert.equal(names.indexOf('a-0007-latin1.txt') + 1, names.indexOf('a-0007.txt'), 'folders are walked in name order');
  assert.ok(!names.includes('a-0042-binary.txt'));
});

test('without --jobs, little text (here 50 files, 22 KB) stays in one thread; no progress line when standard error is not a terminal', (t) => {
  const root = articles(t, 48, 60);
  const r = cli(['check', '--verbose', root]);
  assert.match(r.stderr, /50 articles in \d+ ms .*one thread/);
  assert.doesNotMatch(r.stderr, /\r|\d+\/\d+ files/);
});

test('a progress line is drawn on a terminal once the run takes more than a second, then erased', { skip: !existsSync('/usr/bin/script') && 'needs script(1) for a terminal' }, (t) => {
  // Four long articles (about 0.8 s of analysis each here, since the core got faster) make the run
  // last well over a second, so the line is due and the test does not skip.
  const root = articles(t, 4, 250_000);
  const log = join(root, 'terminal.log');
  // script(1) gives the CLI a terminal; standard output goes to a file so only stderr reaches it.
  const command = `'${process.execPath}' '${CLI}' check --jobs 1 --format json '${root}' > '${join(root, 'out.json')}'`;
  const started = Date.now();
  const r = spawnSync('script', ['-q', '-e', '-c', command, log], { encoding: 'utf8', timeout: 120_000 });
  const ms = Date.now() - started;
  assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
  assert.equal(JSON.parse(readFileSync(join(root, 'out.json'), 'utf8')).length, 5);
  const screen = readFileSync(log, 'utf8');
  assert.doesNotMatch(screen, /^\[|"path"/m, 'standard output stays off the terminal');
  if (ms < 1_500) return t.skip(`the run took only ${ms} ms; no progress line is due`);
  const ERASE = '\r\x1b[K';
  const draws = screen.split(ERASE).slice(1);
  assert.ok(draws.length >= 2, `the line is drawn and erased: ${JSON.stringify(screen)}`);
  assert.match(draws[0], /^byline: [1-5]\/6 files$/, 'the line counts files');
  assert.doesNotMatch(draws[draws.length - 1], /^byline: \d+\/6 files/, 'and is erased at the end');
});
