// Protocol tests for the editor features beyond diagnostics: definition, references, highlights,
// rename, quick fixes, semantic tokens, inlay hints, the annotations request, and files Byline
// must leave alone (too large, binary). Real JSON-RPC to the bundled server.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { CodeAction, Diagnostic, InlayHint, Location, SemanticTokens, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { type TestServer, startServer } from './lspClient';
import { DOCUMENT_ANNOTATIONS, type DocumentAnnotations, EXPORT_ANNOTATIONS } from '../../server/src/protocol';

const ARTICLE = readFileSync('test/fixtures/cnbc-deepseek.txt', 'utf8');
const URI = 'file:///articles/cnbc.txt';
let server: TestServer;

function pos(text: string, needle: string, delta = 0): { line: number; character: number } {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, needle);
  const before = text.slice(0, offset + delta);
  return { line: before.split('\n').length - 1, character: before.length - before.lastIndexOf('\n') - 1 };
}

function textAt(text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  const lines = text.split('\n');
  if (range.start.line === range.end.line) return lines[range.start.line].slice(range.start.character, range.end.character);
  return [lines[range.start.line].slice(range.start.character), ...lines.slice(range.start.line + 1, range.end.line), lines[range.end.line].slice(0, range.end.character)].join('\n');
}

before(async () => {
  server = await startServer();
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'news', version: 1, text: ARTICLE } });
  await server.diagnostics(URI);
});
after(async () => server.stop());

const req = <T>(method: string, params: unknown): Promise<T> => server.connection.sendRequest<T>(method, params);

test('go to definition on a surname lands on the full introduction', async () => {
  const loc = await req<Location>('textDocument/definition', { textDocument: { uri: URI }, position: pos(ARTICLE, 'Lehane added', 2) });
  assert.equal(textAt(ARTICLE, loc.range), 'Chris Lehane');
});

test('find references lists every mention and every quote of the speaker', async () => {
  const refs = await req<Location[]>('textDocument/references', { textDocument: { uri: URI }, position: pos(ARTICLE, 'Lehane added', 2), context: { includeDeclaration: true } });
  const texts = refs.map((r) => textAt(ARTICLE, r.range));
  assert.ok(texts.includes('Chris Lehane'));
  assert.equal(texts.filter((t) => t === 'Lehane').length, 3);
  assert.equal(texts.filter((t) => t.startsWith('“')).length, 3, 'three quotes');
});

test('document highlights mark the mentions and quotes of the speaker under the cursor', async () => {
  const hl = await req<{ range: unknown }[]>('textDocument/documentHighlight', { textDocument: { uri: URI }, position: pos(ARTICLE, 'Whitaker said', 1) });
  assert.equal(hl.length, 4, 'Meredith Whitaker, Whitaker and her two quotes');
});

test('rename a speaker across the article: full names and surnames', async () => {
  const prep = await req<{ placeholder: string }>('textDocument/prepareRename', { textDocument: { uri: URI }, position: pos(ARTICLE, 'Prakash added', 1) });
  assert.equal(prep.placeholder, 'Abishur Prakash');
  const edit = await req<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: URI }, position: pos(ARTICLE, 'Prakash added', 1), newName: 'Abi Parker' });
  const edits = edit.changes?.[URI] ?? [];
  assert.deepEqual([...new Set(edits.map((e) => e.newText))].sort(), ['Abi Parker', 'Parker']);
  assert.equal(edits.filter((e) => e.newText === 'Parker').length, 2);
  assert.equal(edits.filter((e) => e.newText === 'Abi Parker').length, 1);
});

test('semantic tokens mark quotes, speakers, cues and claims', async () => {
  const tokens = await req<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: URI } });
  const types = ['quote', 'speaker', 'cue', 'claim'];
  const decoded: { text: string; type: string }[] = [];
  let line = 0;
  let char = 0;
  const lines = ARTICLE.split('\n');
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [dl, dc, len, type] = tokens.data.slice(i, i + 4);
    line += dl;
    char = dl === 0 ? char + dc : dc;
    decoded.push({ text: lines[line].slice(char, char + len), type: types[type] });
  }
  assert.ok(decoded.some((t) => t.type === 'speaker' && t.text === 'Lehane'));
  assert.ok(decoded.some((t) => t.type === 'cue' && t.text === 'added'));
  assert.ok(decoded.some((t) => t.type === 'claim' && t.text === 'less than $6 million'));
  assert.ok(decoded.some((t) => t.type === 'claim' && t.text === '0.01%'), 'a claim inside a quote');
  assert.ok(decoded.some((t) => t.type === 'quote' && t.text.startsWith('“What DeepSeek')));
});

test('semantic tokens stop at line ends: a quote over several paragraphs gets one token per line, the same with CRLF or CR', async () => {
  const lf = readFileSync('test/fixtures/multi-paragraph.txt', 'utf8').replace(/\r\n?/g, '\n');
  const tokensOf = async (text: string, name: string): Promise<number[]> => {
    const uri = `file:///articles/tokens-${name}.txt`;
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news', version: 1, text } });
    await server.diagnostics(uri);
    const { data } = await req<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    return data;
  };
  const data = await tokensOf(lf, 'lf');
  const lines = lf.split('\n');
  let line = 0;
  let char = 0;
  let quoteLines = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    assert.ok(char + data[i + 2] <= lines[line].length, `token ${i / 5} ends within line ${line}`);
    if (data[i + 3] === 0 && data[i] > 0) quoteLines++;
  }
  assert.ok(quoteLines > 1, 'quote tokens on several lines');
  assert.deepEqual(await tokensOf(lf.replace(/\n/g, '\r\n'), 'crlf'), data, 'CRLF line ends change nothing');
  assert.deepEqual(await tokensOf(lf.replace(/\n/g, '\r'), 'cr'), data, 'lone CR line ends change nothing');
});

test('inlay hints name the speaker a pronoun was resolved to', async () => {
  const hints = await req<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: URI }, range: { start: { line: 0, character: 0 }, end: { line: 999, character: 0 } } });
  const he = hints.find((h) => h.label === ': Abishur Prakash');
  assert.ok(he, JSON.stringify(hints.map((h) => h.label)));
  assert.equal(textAt(ARTICLE, { start: { line: he.position.line, character: he.position.character - 3 }, end: { line: he.position.line, character: he.position.character + 7 } }), ' he stated');
});

test('the annotations request carries quotes, speakers and claims', async () => {
  const a = await req<DocumentAnnotations>(DOCUMENT_ANNOTATIONS, { uri: URI });
  assert.equal(a.version, 1);
  assert.ok(a.speakers.some((s) => s.name === 'Chris Lehane' && s.quoteCount === 3));
  assert.ok(a.claims.some((c) => c.text === '0.01%' && c.display === '0.01%'));
  assert.ok(a.quotes.length >= 20);
});

test('the export request writes the document as the CLI does, in JSON and CSV', async () => {
  const a = await req<DocumentAnnotations>(DOCUMENT_ANNOTATIONS, { uri: URI });
  const json = JSON.parse(await req<string>(EXPORT_ANNOTATIONS, { uri: URI, format: 'json' }));
  assert.equal(json.path, '/articles/cnbc.txt');
  assert.equal(json.quotes.length, a.quotes.length);
  assert.ok(json.quotes.some((q: { speaker: string }) => q.speaker === 'Chris Lehane'));
  const rows = (await req<string>(EXPORT_ANNOTATIONS, { uri: URI, format: 'csv' })).trim().split('\r\n');
  assert.equal(rows[0], 'file,type,start,end,line,column,kind,text,speaker,cue,value,unit,qualifier');
  assert.equal(rows.length, 1 + a.quotes.length + a.claims.length);
});

async function actionsFor(uri: string, text: string, code: string): Promise<{ actions: CodeAction[]; diagnostic: Diagnostic }> {
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news', version: 1, text } });
  const diags = await server.diagnostics(uri);
  const diagnostic = diags.find((d) => d.code === code);
  assert.ok(diagnostic, `a ${code} diagnostic`);
  const actions = await req<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
  return { actions, diagnostic };
}

test('quick fix: insert the missing closing mark', async () => {
  const { actions } = await actionsFor('file:///a/unbalanced.txt', 'The mayor said “we will not raise taxes.\n', 'unbalanced-quote');
  const fix = actions.find((a) => a.title.startsWith('Insert the closing'));
  assert.ok(fix?.edit?.changes);
  assert.deepEqual(fix.edit.changes['file:///a/unbalanced.txt'], [{ range: { start: { line: 0, character: 40 }, end: { line: 0, character: 40 } }, newText: '”' }]);
  assert.ok(actions.some((a) => a.command?.command === 'byline.disableRule' && a.command.arguments?.[0] === 'unbalanced-quote'));
});

test('quick fix: replace a name variant with the usual spelling', async () => {
  const { actions } = await actionsFor('file:///a/variant.txt', 'DeepSeek rose. DeepSeek fell. Deepseek won.\n', 'name-variant');
  const fix = actions.find((a) => a.title === 'Replace with “DeepSeek”');
  assert.deepEqual(fix?.edit?.changes?.['file:///a/variant.txt'], [{ range: { start: { line: 0, character: 30 }, end: { line: 0, character: 38 } }, newText: 'DeepSeek' }]);
});

test('quick fix: convert a quote, or the whole article, to the dominant style', async () => {
  const text = '“One,” she said. “Two,” she said. "It\'s three," she said. Don\'t.\n';
  const { actions } = await actionsFor('file:///a/mixed.txt', text, 'mixed-quote-style');
  const one = actions.find((a) => a.title === 'Convert this quote to curly marks');
  assert.deepEqual(one?.edit?.changes?.['file:///a/mixed.txt'].map((e) => [e.range.start.character, e.newText]), [[34, '“'], [46, '”'], [37, '’']]);
  const all = actions.find((a) => a.title.startsWith('Convert the whole article'));
  assert.deepEqual(all?.edit?.changes?.['file:///a/mixed.txt'].map((e) => [e.range.start.character, e.newText]), [[34, '“'], [46, '”'], [37, '’'], [61, '’']]);
});

test('a document over byline.maxFileSize gets no analysis and one clear message', async () => {
  const s = await startServer({ configuration: true, settings: { maxFileSize: 50 } });
  const messages: string[] = [];
  s.connection.onNotification('window/showMessage', (m: { message: string }) => void messages.push(m.message));
  try {
    const uri = 'file:///a/long.txt';
    await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news', version: 1, text: `“${'word '.repeat(40)}”\n` } });
    assert.deepEqual(await s.diagnostics(uri, (p) => p.version === 1), []);
    await s.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: `“${'word '.repeat(41)}”\n` }] });
    assert.deepEqual(await s.diagnostics(uri, (p) => p.version === 2), []);
    assert.equal(messages.length, 1, messages.join(' | '));
    assert.match(messages[0], /long\.txt.*byline\.maxFileSize \(50 characters\)/);
    const hover = await s.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } });
    assert.equal(hover, null);
  } finally {
    await s.stop();
  }
});

test('a binary document (NUL bytes) is skipped with a message', async () => {
  const messages: string[] = [];
  server.connection.onNotification('window/showMessage', (m: { message: string }) => void messages.push(m.message));
  const uri = 'file:///a/binary.txt';
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: '“abc\u0000def\n' } });
  assert.deepEqual(await server.diagnostics(uri), []);
  assert.ok(messages.some((m) => /binary\.txt.*NUL/.test(m)));
});
