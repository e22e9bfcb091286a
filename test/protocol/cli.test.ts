// The bundled CLI as a user runs it: `node dist/cli.js analyze …`, its JSON contract, text
// output, and clear errors for bad input without losing the other files' results.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function cli(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', input });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('analyze --format json prints one array with the contract fields', () => {
  const r = cli(['analyze', '--format', 'json', 'test/fixtures/cnbc-deepseek.txt']);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(r.stdout, `${JSON.stringify(out, null, 2)}\n`, 'laid out as JSON.stringify(…, null, 2) writes it');
  assert.equal(out.length, 1);
  const [file] = out;
  assert.equal(file.path, 'test/fixtures/cnbc-deepseek.txt');
  const text = readFileSync('test/fixtures/cnbc-deepseek.txt', 'utf8');
  const lehane = file.quotes.find((q: { text: string }) => q.text.startsWith('What DeepSeek really'));
  assert.deepEqual(Object.keys(lehane).sort(), ['cue', 'end', 'kind', 'speaker', 'start', 'text']);
  assert.equal(lehane.speaker, 'Chris Lehane');
  assert.equal(lehane.kind, 'speech');
  assert.equal(text.slice(lehane.start, lehane.end), `“${lehane.text}”`);
  const speaker = file.speakers.find((s: { name: string }) => s.name === 'Chris Lehane');
  assert.deepEqual(speaker, { name: 'Chris Lehane', aliases: ['Lehane'], role: 'chief global affairs officer', organization: 'OpenAI', quoteCount: 3 });
  const money = file.claims.find((c: { text: string }) => c.text === 'less than $6 million');
  assert.deepEqual(money, { text: 'less than $6 million', start: text.indexOf('less than $6 million'), end: text.indexOf('less than $6 million') + 20, kind: 'money', value: 6000000, unit: 'USD', qualifier: 'less than' });
  assert.ok(file.diagnostics.some((d: { code: string; severity: string }) => d.code === 'unattributed-quote' && d.severity === 'warning'));
});

test('a missing file gets a clear message and a non-zero exit; other files are still reported', () => {
  const r = cli(['analyze', '--format', 'json', 'no/such/file.txt', 'test/fixtures/unbalanced.txt']);
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /cannot read no\/such\/file\.txt: no such file/);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(out.map((f: { path: string }) => f.path), ['test/fixtures/unbalanced.txt']);
  assert.equal(cli(['analyze', '--format', 'json', 'no/such/file.txt']).stdout, '[]\n', 'no file gives an empty array');
});

test('offsets count UTF-16 code units after removing a BOM', () => {
  const dir = mkdtempSync(join(tmpdir(), 'byline-cli-'));
  const path = join(dir, 'bom.txt');
  writeFileSync(path, '\ufeff🎉 “Nobody owns this quote at all.”\n');
  const [file] = JSON.parse(cli(['analyze', '--format', 'json', path]).stdout);
  assert.equal(file.quotes[0].start, 3);
  assert.deepEqual(readdirSync(dir), ['bom.txt'], 'the CLI writes no file');
  rmSync(dir, { recursive: true, force: true });
});

test('text output and usage errors', () => {
  const r = cli(['analyze', 'test/fixtures/cnbc-deepseek.txt']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /Chris Lehane \(chief global affairs officer, OpenAI\): 3 quotes/);
  const bad = cli(['analyze', '--format', 'xml', 'x.txt']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--format takes json or text/);
  assert.equal(cli([]).status, 2);
  assert.equal(cli(['frobnicate']).status, 2);
});

test('- reads standard input', () => {
  const r = cli(['analyze', '--format', 'json', '-'], '“We won,” Lehane said.');
  assert.equal(JSON.parse(r.stdout)[0].quotes[0].speaker, 'Lehane');
});
