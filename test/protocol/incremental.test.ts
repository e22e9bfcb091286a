// Property test over real JSON-RPC: random edit scripts sent as incremental didChange must leave
// the server with exactly the diagnostics, symbols and hovers of the final text opened afresh.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Diagnostic, DocumentSymbol } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type TestServer, startServer } from './lspClient';

const RUNS = Number(process.env.BYLINE_FUZZ_LSP_RUNS ?? 150);
const PIECES = ['“We won,” Lehane said. ', '"Straight," she said. ', 'Chris Lehane spoke. ', '$6 million ', '20 per cent ', '\r\n', '\n', '“', '”', '"', '’', "'", '🎉', 'according to Reid Hoffman, ', 'x', ' '];

let server: TestServer;
before(async () => (server = await startServer()));
after(async () => server.stop());

let counter = 0;

test(`random incremental edits end where a fresh open of the final text ends (${RUNS} scripts)`, async () => {
  const edit = fc.record({ a: fc.nat(), b: fc.nat(), insert: fc.array(fc.constantFrom(...PIECES), { maxLength: 3 }).map((x) => x.join('')) });
  await fc.assert(
    fc.asyncProperty(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((x) => x.join('')), fc.array(edit, { minLength: 1, maxLength: 8 }), async (start, edits) => {
      const uri = `file:///fuzz/edited-${++counter}.txt`;
      let doc = TextDocument.create(uri, 'news', 1, start);
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news', version: 1, text: start } });
      for (const e of edits) {
        const len = doc.getText().length;
        let from = e.a % (len + 1);
        let to = e.b % (len + 1);
        if (from > to) [from, to] = [to, from];
        // Never cut a surrogate pair: LSP positions are UTF-16, editors send whole characters.
        const text = doc.getText();
        if (from > 0 && /[\udc00-\udfff]/.test(text[from])) from--;
        if (to > 0 && to < len && /[\udc00-\udfff]/.test(text[to])) to++;
        // Nor a CRLF: editors never put a position between \r and \n.
        if (from > 0 && text[from - 1] === '\r' && text[from] === '\n') from--;
        if (to > 0 && to < len && text[to - 1] === '\r' && text[to] === '\n') to++;
        const change = { range: { start: doc.positionAt(from), end: doc.positionAt(to) }, text: e.insert };
        doc = TextDocument.create(uri, 'news', doc.version + 1, text.slice(0, from) + e.insert + text.slice(to));
        await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [change] });
      }
      const edited = await server.diagnostics(uri, (p) => p.version === doc.version);
      const freshUri = `file:///fuzz/fresh-${counter}.txt`;
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: freshUri, languageId: 'news', version: 1, text: doc.getText() } });
      const fresh = await server.diagnostics(freshUri);
      const strip = (d: Diagnostic[]): unknown => d.map((x) => [x.code, x.range, x.message]);
      assert.deepEqual(strip(edited), strip(fresh));
      const s1 = await server.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      const s2 = await server.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: freshUri } });
      assert.deepEqual(s1, s2);
      await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: freshUri } });
    }),
    { numRuns: RUNS },
  );
});
