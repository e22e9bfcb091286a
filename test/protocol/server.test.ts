// Protocol tests: the bundled server over real JSON-RPC (stdio): initialize, didOpen,
// diagnostics, hover, document symbols, incremental changes, settings and excluded files.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { DocumentSymbol, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { type TestServer, startServer } from './lspClient';
import { RULES } from '../../server/src/core/rules/index';
import { KEPT_ANALYSES } from '../../server/src/adapter/analyses';

const ARTICLE = readFileSync('test/fixtures/cnbc-deepseek.txt', 'utf8');
const URI = 'file:///articles/cnbc-deepseek.txt';
let server: TestServer;

/** The LSP position of the first occurrence of `needle` in `text`, `delta` characters into it. */
function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" is in the text`);
  const before = text.slice(0, offset + delta);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

before(async () => {
  server = await startServer();
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'news', version: 1, text: ARTICLE } });
});
after(async () => server.stop());

test('initialize declares incremental sync, hover and document symbols', () => {
  const { capabilities, serverInfo } = server.initializeResult;
  assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: 2 });
  assert.equal(capabilities.hoverProvider, true);
  assert.ok(capabilities.documentSymbolProvider);
  assert.equal(serverInfo?.name, 'byline');
});

test('didOpen publishes byline diagnostics with rule ids as codes', async () => {
  const diags = await server.diagnostics(URI);
  assert.ok(diags.length > 0);
  for (const d of diags) {
    assert.equal(d.source, 'byline');
    assert.ok(RULES.some((r) => r.id === d.code), String(d.code));
  }
  const fight = diags.find((d) => typeof d.message === 'string' && d.message.includes('The fight has begun'));
  assert.ok(fight, 'the unattributed “The fight has begun.” is reported');
  assert.equal(fight.code, 'unattributed-quote');
  assert.equal(fight.severity, 2);
  assert.deepEqual(fight.range.start, positionOf(ARTICLE, '“The fight has begun.”'));
});

test('hover on a quote shows the speaker card', async () => {
  const hover = await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: URI }, position: positionOf(ARTICLE, 'What DeepSeek really reinforces', 5) });
  assert.ok(hover !== null);
  const md = (hover.contents as MarkupContent).value;
  assert.match(md, /Chris Lehane/);
  assert.match(md, /chief global affairs officer/);
  assert.match(md, /OpenAI/);
  assert.match(md, /3 quotes/);
  assert.match(md, /added/);
});

test('an article that many others were opened after still answers hovers and symbols', async () => {
  const uris = Array.from({ length: KEPT_ANALYSES + 2 }, (_, i) => `file:///articles/many-${i}.txt`);
  for (const uri of uris) {
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news', version: 1, text: ARTICLE } });
    await server.diagnostics(uri);
  }
  // The first article's analysis was let go to bound memory; it is analysed again, the same.
  const hover = await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: uris[0] }, position: positionOf(ARTICLE, 'What DeepSeek really reinforces', 5) });
  assert.match((hover?.contents as MarkupContent).value, /Chris Lehane/);
  const [first, last] = await Promise.all([uris[0], uris[uris.length - 1]].map((uri) => server.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } })));
  assert.deepEqual(first, last);
  for (const uri of uris) await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
});

test('hover on a number shows the claim card', async () => {
  const hover = await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: URI }, position: positionOf(ARTICLE, '$6 million', 2) });
  assert.ok(hover !== null);
  const md = (hover.contents as MarkupContent).value;
  assert.match(md, /money/);
  assert.match(md, /6,000,000 USD/);
  assert.match(md, /less than/);
});

test('hover on a range shows both bounds and the source', async () => {
  const uri = 'file:///articles/range.txt';
  const text = '“It will take three to four weeks,” said Jane Smith.\n';
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news', version: 1, text } });
  await server.diagnostics(uri);
  const hover = await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'three', 2) });
  const md = (hover?.contents as MarkupContent).value;
  assert.match(md, /duration claim/);
  assert.match(md, /Range: 3 week to 4 week/);
  assert.match(md, /Source: Jane Smith/);
});

test('hover on plain text returns nothing', async () => {
  const hover = await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: URI }, position: positionOf(ARTICLE, 'Synopsis', 2) });
  assert.equal(hover, null);
});

test('document symbols: Speakers with their quotes, Claims, Unattributed', async () => {
  const symbols = await server.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: URI } });
  assert.deepEqual(symbols.map((s) => s.name), ['Speakers', 'Claims', 'Unattributed']);
  const speakers = symbols[0].children ?? [];
  const lehane = speakers.find((s) => s.name === 'Chris Lehane');
  assert.ok(lehane, 'Chris Lehane is a speaker');
  assert.equal(lehane.detail, 'chief global affairs officer, OpenAI');
  assert.equal(lehane.children?.length, 3);
  assert.ok(speakers.some((s) => s.name === 'Reid Hoffman'));
  const claims = symbols[1].children ?? [];
  assert.ok(claims.some((c) => c.name === 'less than $6 million' && c.detail === '6,000,000 USD'));
  const starts = claims.map((c) => c.range.start.line * 1e6 + c.range.start.character);
  assert.deepEqual(starts, [...starts].sort((a, b) => a - b), 'claims are in article order');
  assert.ok((symbols[2].children ?? []).some((c) => c.name === 'The fight has begun.'));
});

test('an incremental change that adds and then removes a quote updates diagnostics', async () => {
  const uri = 'file:///articles/edit.txt';
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news', version: 1, text: 'First line.\nSecond line.\n' } });
  assert.deepEqual(await server.diagnostics(uri, (p) => p.version === 1), []);
  await server.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '“Nobody owns this quote at all.” ' }],
  });
  const added = (await server.diagnostics(uri, (p) => p.version === 2)).filter((d) => d.code === 'unattributed-quote');
  assert.equal(added.length, 1);
  assert.equal(added[0].code, 'unattributed-quote');
  assert.deepEqual(added[0].range, { start: { line: 1, character: 0 }, end: { line: 1, character: 32 } });
  await server.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 3 },
    contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 33 } }, text: '' }],
  });
  assert.deepEqual(await server.diagnostics(uri, (p) => p.version === 3), []);
});

test('edits that arrive together are analysed once: only the last version gets diagnostics', async () => {
  const uri = 'file:///articles/typed-over.txt';
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news', version: 1, text: ARTICLE } });
  await server.diagnostics(uri, (p) => p.version === 1);
  const published: number[] = [];
  // The history is searched too, so the first version's publication is left out.
  const last = server.diagnostics(uri, (p) => (p.version !== 1 && published.push(p.version ?? -1), p.version === 11));
  // Ten one-letter insertions in one write, as a fast typist's editor may deliver them while the
  // server is busy: they all reach the server's queue before it analyses anything.
  const frames = Array.from({ length: 10 }, (_, i) => {
    const body = JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri, version: i + 2 }, contentChanges: [{ range: { start: { line: 0, character: i }, end: { line: 0, character: i } }, text: 'x' }] } });
    return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
  });
  server.process.stdin!.write(frames.join(''));
  await last;
  // Answered after everything sent before it, so any late publication for an older version has arrived.
  await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
  assert.deepEqual(published, [11], 'the typed-over versions are neither analysed nor published, and the last is published once');
  await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
});

test('settings from workspace/configuration turn a rule off and change a severity', async () => {
  const s = await startServer({ configuration: true, settings: { rules: { 'unattributed-quote': 'off', 'unbalanced-quote': 'warning', 'speaker-not-introduced': 'off' } } });
  try {
    const uri = 'file:///articles/settings.txt';
    await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news', version: 1, text: '“Nobody said this at all.”\nAn “unclosed mark.\n' } });
    const diags = await s.diagnostics(uri);
    assert.deepEqual(diags.map((d) => [d.code, d.severity]), [['unbalanced-quote', 2]]);
  } finally {
    await s.stop();
  }
});

test('files matched by byline.exclude get no diagnostics', async () => {
  const uri = 'file:///project/requirements.txt';
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: '“An unattributed quote in a requirements file.”\n' } });
  assert.deepEqual(await server.diagnostics(uri), []);
  const hover = await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } });
  assert.equal(hover, null);
});

test('CRLF, emoji and a BOM give ranges on the right characters', async () => {
  const uri = 'file:///articles/crlf.txt';
  const text = '\ufeffHeadline 🎉\r\nShe smiled 😀 “Nobody owns this quote at all.”\r\n';
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news', version: 1, text } });
  const d = (await server.diagnostics(uri)).find((x) => x.code === 'unattributed-quote');
  assert.ok(d);
  // Line 1: "She smiled 😀 " is 14 UTF-16 code units (the emoji counts two).
  assert.deepEqual(d.range, { start: { line: 1, character: 14 }, end: { line: 1, character: 46 } });
});
