// The Byline language server entry: creates the connection (IPC for VS Code, --stdio for any
// other editor), declares capabilities and hands each request to the adapter, which calls the core.
import {
  type Connection, DidChangeConfigurationNotification, ProposedFeatures, TextDocumentSyncKind, TextDocuments, createConnection,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from './adapter/analyses';
import { toDiagnostic, toDocumentSymbols, toHover } from './adapter/toProtocol';
import { parseSettings } from './core/settings';

const connection: Connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let canReadConfiguration = false;

const cache = new AnalysisCache(async (uri) => {
  if (!canReadConfiguration) return parseSettings(undefined);
  const [section] = await connection.workspace.getConfiguration([{ scopeUri: uri, section: 'byline' }]);
  return parseSettings(section);
});

connection.onInitialize((params) => {
  canReadConfiguration = params.capabilities.workspace?.configuration === true;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      documentSymbolProvider: { label: 'Byline' },
    },
    serverInfo: { name: 'byline', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  if (canReadConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'byline' });
});

connection.onDidChangeConfiguration(() => {
  cache.clear();
  for (const doc of documents.all()) void publishDiagnostics(doc);
});

/** Analyses the document and publishes its diagnostics, unless a newer version arrived meanwhile. */
async function publishDiagnostics(doc: TextDocument): Promise<void> {
  const analysis = await cache.analysisFor(doc);
  const current = documents.get(doc.uri);
  if (current === undefined || current.version !== doc.version) return; // Stale: a newer version will publish.
  const diagnostics = analysis === null ? [] : analysis.findings.map((f) => toDiagnostic(doc, f));
  await connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
}

documents.onDidChangeContent((e) => void publishDiagnostics(e.document));
documents.onDidClose((e) => {
  cache.forget(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onHover(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  if (doc === undefined) return null;
  const analysis = await cache.analysisFor(doc);
  return analysis === null ? null : toHover(doc, analysis, doc.offsetAt(params.position));
});

connection.onDocumentSymbol(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  if (doc === undefined) return null;
  const analysis = await cache.analysisFor(doc);
  return analysis === null ? [] : toDocumentSymbols(doc, analysis);
});

documents.listen(connection);
connection.listen();
