// `byline check` as a user runs it (the bundled CLI in a subprocess): the text report and its
// summary, exit codes and --max-warnings, folders, globs and standard input, `.bylinerc.json`
// (nearest wins, exclude globs, broken files), positions in UTF-16 columns, and bad input that
// must not crash it. Fixtures: test/fixtures/cli/ and throwaway folders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, lines, tempTree } from './support/cli';

const NEWSROOM = 'test/fixtures/cli/newsroom';
const PLAIN = 'test/fixtures/cli/plain';

test('check prints file:line:col  severity  message  rule-id, then a summary; an error means exit 1', () => {
  const r = cli(['check', NEWSROOM]);
  assert.equal(r.status, 1, r.stderr);
  assert.equal(r.stderr, '');
  const out = lines(r.stdout);
  assert.equal(out.length, 5, r.stdout);
  // Folders are walked in name order; drafts/ is excluded by the newsroom's .bylinerc.json.
  assert.match(out[0], /^test\/fixtures\/cli\/newsroom\/desk\/story\.txt:3:1 {2}error {2}No speaker found for the quote “Nobody owns this quote either\.”\.? {2}unattributed-quote$/);
  assert.match(out[1], /^test\/fixtures\/cli\/newsroom\/desk\/story\.txt:5:1 {2}information {2}.*Some officials.* {2}vague-source$/);
  assert.match(out[2], /^test\/fixtures\/cli\/newsroom\/unattributed\.txt:3:1 {2}warning {2}.+ {2}unattributed-quote$/);
  assert.match(out[3], /^test\/fixtures\/cli\/newsroom\/unbalanced\.txt:3:12 {2}error {2}.+ {2}unbalanced-quote$/);
  assert.equal(out[4], '✖ 4 problems (2 errors, 1 warning, 1 information) in 3 of 4 files');
});

test('exit codes: 0 when clean or only warnings, 1 over --max-warnings, 2 for usage errors', () => {
  const clean = cli(['check', `${NEWSROOM}/clean.txt`]);
  assert.equal(clean.status, 0);
  assert.equal(clean.stdout, '✔ no problems in 1 file\n');
  const warned = cli(['check', `${NEWSROOM}/unattributed.txt`]);
  assert.equal(warned.status, 0, 'warnings alone do not fail without --max-warnings');
  assert.match(warned.stdout, /✖ 1 problem \(0 errors, 1 warning\) in 1 file\n$/);
  assert.equal(cli(['check', '--max-warnings', '1', `${NEWSROOM}/unattributed.txt`]).status, 0);
  const over = cli(['check', '--max-warnings=0', `${NEWSROOM}/unattributed.txt`]);
  assert.equal(over.status, 1);
  assert.equal(over.stderr, 'byline: 1 warning, more than the 0 that --max-warnings allows.\n');
  for (const args of [['check'], ['check', '--format', 'xml', 'a.txt'], ['check', '--max-warnings', 'many', 'a.txt'], ['check', '--frobnicate', 'a.txt'], ['check', '-', '-'], ['analyze', '--max-warnings', '1', 'a.txt'], ['frobnicate']]) {
    const r = cli(args);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, /^byline: /);
    assert.equal(r.stdout, '', 'usage errors print nothing on standard output');
  }
  assert.match(cli(['check', '--format', 'xml', 'a.txt']).stderr, /--format takes text or json or sarif for check, not 'xml'/);
  const help = cli(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /byline check \[--format text\|json\|sarif\] \[--max-warnings N\] PATH\.\.\./);
  const version = cli(['--version']);
  assert.equal(version.stdout, `${JSON.parse(readFileSync('package.json', 'utf8')).version}\n`);
});

test('the nearest .bylinerc.json wins; its exclude globs skip folders; a file named on the command line is always checked', () => {
  // desk/.bylinerc.json makes unattributed-quote an error and, having no "exclude" or vague-source
  // setting of its own, keeps their defaults; the newsroom's turns vague-source off.
  const r = cli(['check', '--format', 'json', NEWSROOM]);
  const files = JSON.parse(r.stdout) as { path: string; diagnostics: { code: string; severity: string }[] }[];
  assert.deepEqual(
    files.map((f) => f.path),
    ['clean.txt', 'desk/story.txt', 'unattributed.txt', 'unbalanced.txt'].map((f) => `${NEWSROOM}/${f}`),
  );
  const desk = files[1].diagnostics.map((d) => `${d.code}:${d.severity}`);
  assert.deepEqual(desk, ['unattributed-quote:error', 'vague-source:information']);
  const newsroom = files[2].diagnostics.map((d) => `${d.code}:${d.severity}`);
  assert.deepEqual(newsroom, ['unattributed-quote:warning'], 'vague-source is off in the newsroom');
  const draft = cli(['check', `${NEWSROOM}/drafts/wip.txt`]);
  assert.equal(draft.status, 1);
  assert.match(draft.stdout, /wip\.txt:1:8 {2}error {2}.+ {2}unbalanced-quote/);
});

test('folders take *.txt files only and skip the default excludes (requirements files)', () => {
  const r = cli(['check', '--format', 'json', PLAIN]);
  assert.deepEqual(
    (JSON.parse(r.stdout) as { path: string }[]).map((f) => f.path),
    [`${PLAIN}/story.txt`],
  );
});

test('globs the shell left alone are expanded, honour exclude, and must match something', () => {
  const r = cli(['check', '--format', 'json', 'test/fixtures/cli/**/*.txt']);
  assert.equal(r.status, 1, r.stderr);
  assert.deepEqual(
    (JSON.parse(r.stdout) as { path: string }[]).map((f) => f.path),
    [`${NEWSROOM}/clean.txt`, `${NEWSROOM}/desk/story.txt`, `${NEWSROOM}/unattributed.txt`, `${NEWSROOM}/unbalanced.txt`, `${PLAIN}/story.txt`],
  );
  const one = cli(['check', '--format', 'json', `${NEWSROOM}/un*.txt`]);
  assert.equal((JSON.parse(one.stdout) as unknown[]).length, 2);
  const none = cli(['check', 'test/fixtures/cli/**/*.nothing.txt', `${NEWSROOM}/clean.txt`]);
  assert.equal(none.status, 2);
  assert.match(none.stderr, /no articles match test\/fixtures\/cli\/\*\*\/\*\.nothing\.txt/);
  assert.match(none.stdout, /no problems in 1 file/, 'the other arguments are still checked');
});

test('a missing file or a folder without articles is an I/O error (exit 2); the other files are still reported, each once', (t) => {
  const r = cli(['check', 'no/such/file.txt', `${NEWSROOM}/unattributed.txt`, NEWSROOM]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /byline: cannot read no\/such\/file\.txt: no such file\./);
  assert.equal(lines(r.stdout).filter((l) => l.includes('unattributed.txt:')).length, 1);
  assert.match(r.stdout, /in 3 of 4 files\n$/);
  const empty = tempTree(t, { 'notes.md': '# Notes\n', 'requirements.txt': 'flask\n' });
  const none = cli(['check', empty]);
  assert.equal(none.status, 2);
  assert.match(none.stderr, /no articles in .+ \(no \*\.txt file that is not excluded\)/);
});

test('- reads standard input; --stdin-filename names it and picks its .bylinerc.json', () => {
  const text = 'The council meets on Monday.\n\n“Nobody owns this quote at all.”\n';
  const plain = cli(['check', '-'], { input: text });
  assert.match(plain.stdout, /^<stdin>:3:1 {2}warning {2}.+ {2}unattributed-quote$/m);
  const named = cli(['check', '--stdin-filename', `${NEWSROOM}/desk/new.txt`, '-'], { input: text });
  assert.equal(named.status, 1);
  assert.match(named.stdout, /^test\/fixtures\/cli\/newsroom\/desk\/new\.txt:3:1 {2}error {2}.+ {2}unattributed-quote$/m);
});

test('a broken .bylinerc.json stops the run with exit 2 and names the file; unknown rules are warned about', (t) => {
  const root = tempTree(t, { 'a/.bylinerc.json': '{ "rules": { "unattributed-quote": "off", } }', 'a/story.txt': '“Hello there.”\n', 'b/.bylinerc.json': '{ "rules": { "no-such-rule": "off", "unbalanced-quote": "loud" } }', 'b/story.txt': '“Hello there.”\n' });
  const broken = cli(['check', join(root, 'a')]);
  assert.equal(broken.status, 2);
  assert.equal(broken.stdout, '');
  assert.match(broken.stderr, new RegExp(`invalid configuration ${join(root, 'a', '.bylinerc.json').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: not valid JSON`));
  const odd = cli(['check', join(root, 'b')]);
  assert.equal(odd.status, 0);
  assert.match(odd.stderr, /b\/\.bylinerc\.json: unknown rule "no-such-rule" is ignored\./);
  assert.match(odd.stderr, /rule "unbalanced-quote": level should be one of off, hint, information, warning, error\./);
  const arr = tempTree(t, { '.bylinerc.json': '[]', 'story.txt': 'x\n' });
  assert.match(cli(['check', arr]).stderr, /expected a JSON object/);
});

test('lines and columns are 1-based; columns count UTF-16 code units; CRLF, lone CR and a BOM are handled', (t) => {
  const root = tempTree(t, {
    'crlf.txt': '\ufeffHeadline\r\n\r\n🎉 “Nobody owns this quote at all.”\r\n',
    'cr.txt': 'Headline\r\r“Nobody owns this quote at all.”\r',
  });
  const r = cli(['check', '--format', 'json', root]);
  const [cr, crlf] = JSON.parse(r.stdout) as { diagnostics: { line: number; column: number; endLine: number; endColumn: number; start: number; end: number }[] }[];
  assert.deepEqual(pick(crlf.diagnostics[0]), { line: 3, column: 4, endLine: 3, endColumn: 36, start: 15, end: 47 });
  assert.deepEqual(pick(cr.diagnostics[0]), { line: 3, column: 1, endLine: 3, endColumn: 33, start: 10, end: 42 });
  assert.match(cli(['check', join(root, 'crlf.txt')]).stdout, /crlf\.txt:3:4 {2}warning/);
});

function pick(d: { line: number; column: number; endLine: number; endColumn: number; start: number; end: number }): object {
  return { line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn, start: d.start, end: d.end };
}

test('invalid UTF-8 is read with replacement characters and a warning; binary and oversized files are skipped', (t) => {
  const root = tempTree(t, {
    'latin1.txt': Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' owner said nothing.\n\n“Nobody owns this quote at all.”\n')]),
    'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]),
    'small/.bylinerc.json': '{ "maxFileSize": 10 }',
    'small/long.txt': 'This article is longer than ten characters.\n',
  });
  const r = cli(['check', '--format', 'json', root]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /byline: .*latin1\.txt: not valid UTF-8; the invalid bytes were read as U\+FFFD\./);
  assert.match(r.stderr, /byline: skipped .*binary\.txt: binary file \(it contains NUL bytes\)\./);
  assert.match(r.stderr, /byline: skipped .*long\.txt: larger than maxFileSize \(44 > 10 characters\)\./);
  const files = JSON.parse(r.stdout) as { path: string; diagnostics: { code: string }[] }[];
  assert.deepEqual(files.map((f) => f.path.slice(root.length + 1)), ['latin1.txt']);
  assert.deepEqual(files[0].diagnostics.map((d) => d.code), ['unattributed-quote']);
  const analyzed = JSON.parse(cli(['analyze', '--format', 'json', join(root, 'latin1.txt')]).stdout);
  assert.equal(analyzed[0].quotes[0].start, 'Caf\ufffd owner said nothing.\n\n'.length);
});

test('the JSON report has positions, offsets and counts per file; the CLI writes no file', (t) => {
  const root = tempTree(t, { 'story.txt': readFileSync(`${NEWSROOM}/unbalanced.txt`, 'utf8') });
  const before = readdirSync(root);
  const r = cli(['check', '--format', 'json', 'story.txt'], { cwd: root });
  assert.equal(r.status, 1);
  const [file] = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(file), ['path', 'diagnostics', 'errorCount', 'warningCount', 'informationCount', 'hintCount']);
  assert.equal(file.path, 'story.txt');
  assert.equal(file.errorCount, 1);
  assert.deepEqual(Object.keys(file.diagnostics[0]), ['code', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'start', 'end']);
  for (const format of ['text', 'json', 'sarif']) cli(['check', '--format', format, '.'], { cwd: root });
  assert.deepEqual(readdirSync(root), before, 'the CLI writes no file');
});
