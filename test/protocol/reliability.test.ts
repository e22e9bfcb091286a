// The server and the CLI under faults and distrust: a request that throws fails alone and the
// server keeps serving; a document changed while requests on it are in flight still answers from
// consistent data; neither the server nor the CLI opens a network connection.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Diagnostic, DocumentSymbol, Hover } from 'vscode-languageserver-protocol';
import { startServer } from './lspClient';

const ARTICLE = readFileSync('test/fixtures/cnbc-deepseek.txt', 'utf8');
const NO_NETWORK = resolve('test/protocol/support/no-network.cjs');

test('a request that throws fails alone; the server keeps serving', async () => {
  const s = await startServer();
  try {
    const uri = 'file:///r/a.txt';
    await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news', version: 1, text: '“We won,” Lehane said.\n' } });
    await s.diagnostics(uri);
    // Malformed parameters make the handler throw.
    await assert.rejects(s.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: null }));
    await assert.rejects(s.connection.sendRequest('textDocument/rename', { textDocument: { uri } }));
    const hover = await s.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
    assert.ok(hover !== null, 'the next request is served');
    assert.equal(s.process.exitCode, null, 'the server is still running');
  } finally {
    await s.stop();
  }
});

test('requests sent between rapid edits answer for a consistent version', async () => {
  const s = await startServer();
  try {
    const uri = 'file:///r/busy.txt';
    await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news', version: 1, text: ARTICLE } });
    const pending: Promise<unknown>[] = [];
    let text = ARTICLE;
    for (let v = 2; v <= 41; v++) {
      const insert = v % 2 === 0 ? '“A quote nobody said at all.” ' : '';
      const change = v % 2 === 0 ? { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: insert } : { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 30 } }, text: '' };
      text = v % 2 === 0 ? insert + text : text.slice(30);
      await s.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [change] });
      pending.push(s.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } }));
      pending.push(s.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } }));
    }
    const answers = await Promise.all(pending);
    assert.equal(answers.length, 80);
    for (const a of answers.filter((_x, i) => i % 2 === 0) as DocumentSymbol[][]) assert.deepEqual(a.map((g) => g.name), ['Speakers', 'Claims', 'Unattributed']);
    const final = await s.diagnostics(uri, (p) => p.version === 41);
    assert.equal(text, ARTICLE, 'the edits cancel out');
    const fresh = await startServer();
    try {
      await fresh.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news', version: 1, text } });
      const expected = await fresh.diagnostics(uri);
      const key = (d: Diagnostic[]): unknown => d.map((x) => [x.code, x.range]);
      assert.deepEqual(key(final), key(expected));
    } finally {
      await fresh.stop();
    }
  } finally {
    await s.stop();
  }
});

test('the server opens no network connection', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'byline-net-'));
  const log = join(dir, 'server.json');
  const s = await startServer({ nodeArgs: ['--require', NO_NETWORK], env: { BYLINE_NET_LOG: log } });
  const uri = 'file:///r/net.txt';
  await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news', version: 1, text: ARTICLE } });
  await s.diagnostics(uri);
  await s.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 12, character: 5 } });
  await s.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
  await s.stop();
  assert.deepEqual(JSON.parse(readFileSync(log, 'utf8')), []);
  rmSync(dir, { recursive: true, force: true });
});

test('the CLI opens no network connection', () => {
  const dir = mkdtempSync(join(tmpdir(), 'byline-net-'));
  const log = join(dir, 'cli.json');
  const r = spawnSync(process.execPath, ['--require', NO_NETWORK, 'dist/cli.js', 'analyze', '--format', 'json', 'test/fixtures/cnbc-deepseek.txt'], { encoding: 'utf8', env: { ...process.env, BYLINE_NET_LOG: log } });
  assert.equal(r.status, 0, r.stderr);
  assert.ok(JSON.parse(r.stdout)[0].quotes.length > 0);
  assert.deepEqual(JSON.parse(readFileSync(log, 'utf8')), []);
  rmSync(dir, { recursive: true, force: true });
});

test('the network guard itself works (a connection attempt is recorded and refused)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'byline-net-'));
  const log = join(dir, 'probe.json');
  const r = spawnSync(process.execPath, ['--require', NO_NETWORK, '-e', "try { require('node:net').connect(80, '127.0.0.1') } catch {}"], { encoding: 'utf8', env: { ...process.env, BYLINE_NET_LOG: log } });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(readFileSync(log, 'utf8')).length, 1);
  rmSync(dir, { recursive: true, force: true });
});

test('a .bylinerc.json beside the article configures the server too', async () => {
  const { mkdirSync, writeFileSync: write } = await import('node:fs');
  const { pathToFileURL } = await import('node:url');
  const dir = mkdtempSync(join(tmpdir(), 'byline-rc-'));
  mkdirSync(join(dir, 'drafts'));
  write(join(dir, '.bylinerc.json'), JSON.stringify({ rules: { 'unattributed-quote': 'off', 'unbalanced-quote': 'hint' } }));
  const s = await startServer({ configuration: true, settings: { rules: { 'unbalanced-quote': 'error' } } });
  try {
    const uri = pathToFileURL(join(dir, 'drafts', 'story.txt')).href;
    await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news', version: 1, text: '“Nobody said this at all.”\nAn “unclosed mark.\n' } });
    const diags = await s.diagnostics(uri);
    assert.deepEqual(diags.map((d) => [d.code, d.severity]), [['unbalanced-quote', 4]]);
  } finally {
    await s.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
