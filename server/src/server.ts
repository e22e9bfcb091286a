// The Byline language server (bundled as dist/server-main.js, which start.ts runs): creates the
// connection (IPC for VS Code, --stdio for any other editor), declares capabilities and hands each
// request to the adapter, which calls the core.
import {
  type Connection, DidChangeConfigurationNotification, MessageType, ProposedFeatures, ShowMessageNotification, TextDocumentSyncKind, TextDocuments, createConnection,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from './adapter/analyses';
import { toDiagnostic, toDocumentSymbols, toHover } from './adapter/toProtocol';
import { definitionOf, highlightsOf, prepareRenameAt, referencesOf, renameSpeaker } from './adapter/navigation';
import { LEGEND, semanticTokens } from './adapter/semanticTokens';
import { inlayHints } from './adapter/inlayHints';
import { codeActions } from './adapter/codeActions';
import { documentAnnotations, exportAnnotations } from './adapter/annotations';
import { parseSettings } from './core/settings';
import type { Analysis } from './core/types';
import { DOCUMENT_ANNOTATIONS, type DocumentAnnotationsParams, EXPORT_ANNOTATIONS, type ExportAnnotationsParams } from './protocol';
import { ConfigResolver } from './cli/config';
import { fileURLToPath } from 'node:url';

const connection: Connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let canReadConfiguration = false;
let canRegisterConfigurationChange = false;
let canRefreshInlayHints = false;
let canRefreshSemanticTokens = false;
/** Documents already told that they are too large or binary, so that Byline says it once. */
const toldSkipped = new Set<string>();

const rcFiles = new ConfigResolver();
/** Broken `.bylinerc.json` files already reported, so that each is reported once. */
const toldBrokenConfig = new Set<string>();

const cache = new AnalysisCache(async (uri) => {
  const [section] = canReadConfiguration ? await connection.workspace.getConfiguration([{ scopeUri: uri, section: 'byline' }]) : [undefined];
  return parseSettings(layerProjectConfig(uri, section));
});

/**
 * The editor's `byline` settings with the nearest `.bylinerc.json` laid over them, so that one file
 * configures the CLI and every editor alike.
 */
function layerProjectConfig(uri: string, section: unknown): unknown {
  if (!uri.startsWith('file:')) return section;
  let rc: Record<string, unknown> | null = null;
  try {
    rc = rcFiles.forFile(fileURLToPath(uri)).raw as Record<string, unknown> | null;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (!toldBrokenConfig.has(message)) {
      toldBrokenConfig.add(message);
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Byline: ${message}; using the editor's settings.` });
    }
  }
  if (rc === null) return section;
  const base = (section !== null && typeof section === 'object' ? section : {}) as Record<string, unknown>;
  const rules = { ...(base.rules as object | undefined), ...(rc.rules as object | undefined) };
  return { ...base, ...rc, rules };
}

connection.onInitialize((params) => {
  const caps = params.capabilities;
  canReadConfiguration = caps.workspace?.configuration === true;
  canRegisterConfigurationChange = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  canRefreshInlayHints = caps.workspace?.inlayHint?.refreshSupport === true;
  canRefreshSemanticTokens = caps.workspace?.semanticTokens?.refreshSupport === true;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      documentSymbolProvider: { label: 'Byline' },
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      renameProvider: { prepareProvider: true },
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      semanticTokensProvider: { legend: LEGEND, full: true },
      inlayHintProvider: true,
    },
    serverInfo: { name: 'byline', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  if (canReadConfiguration && canRegisterConfigurationChange) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'byline' });
});

connection.onDidChangeWatchedFiles(() => refreshAll());
connection.onDidChangeConfiguration(() => refreshAll());

/** Settings changed (editor or `.bylinerc.json`): read them again and refresh every open document. */
function refreshAll(): void {
  rcFiles.clear();
  toldBrokenConfig.clear();
  cache.clear();
  toldSkipped.clear();
  for (const doc of documents.all()) void publishDiagnostics(doc);
  if (canRefreshInlayHints) void connection.languages.inlayHint.refresh();
  if (canRefreshSemanticTokens) void connection.languages.semanticTokens.refresh();
}

/** Analyses the document and publishes its diagnostics, unless a newer version arrived meanwhile. */
async function publishDiagnostics(doc: TextDocument): Promise<void> {
  // TextDocuments updates one document object in place, so the version this change made is read now.
  const version = doc.version;
  const settings = await cache.settingsFor(doc.uri);
  // Let edits that already arrived be read first: a version typed over is never analysed.
  await new Promise((resolve) => setImmediate(resolve));
  const current = documents.get(doc.uri);
  if (current === undefined || current.version !== version) return; // Stale: a newer version will publish.
  const skipped = cache.skipReason(doc, settings);
  if (skipped !== null && skipped !== 'excluded' && !toldSkipped.has(doc.uri)) {
    toldSkipped.add(doc.uri);
    const why = skipped === 'too-large' ? `it is longer than byline.maxFileSize (${settings.maxFileSize.toLocaleString('en-US')} characters)` : 'it looks like a binary file (it holds NUL bytes)';
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: `Byline is not analysing ${doc.uri.split('/').pop() ?? doc.uri}: ${why}.` });
  }
  const diagnostics = skipped !== null ? [] : cache.analysisWith(doc, settings).findings.map((f) => toDiagnostic(doc, f));
  await connection.sendDiagnostics({ uri: doc.uri, version, diagnostics });
}

documents.onDidChangeContent((e) => void publishDiagnostics(e.document));
documents.onDidClose((e) => {
  cache.forget(e.document.uri);
  toldSkipped.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

/** Runs a request handler on the current analysis of a document, or answers `empty`. */
async function withAnalysis<T>(uri: string, empty: T, run: (doc: TextDocument, analysis: Analysis) => T): Promise<T> {
  const doc = documents.get(uri);
  if (doc === undefined) return empty;
  const analysis = await cache.analysisFor(doc);
  return analysis === null ? empty : run(doc, analysis);
}

connection.onHover((p) => withAnalysis(p.textDocument.uri, null, (doc, a) => toHover(doc, a, doc.offsetAt(p.position))));
connection.onDocumentSymbol((p) => withAnalysis(p.textDocument.uri, [], (doc, a) => toDocumentSymbols(doc, a)));
connection.onDefinition((p) => withAnalysis(p.textDocument.uri, null, (doc, a) => definitionOf(doc, a, doc.offsetAt(p.position))));
connection.onReferences((p) => withAnalysis(p.textDocument.uri, [], (doc, a) => referencesOf(doc, a, doc.offsetAt(p.position), p.context.includeDeclaration)));
connection.onDocumentHighlight((p) => withAnalysis(p.textDocument.uri, [], (doc, a) => highlightsOf(doc, a, doc.offsetAt(p.position))));
connection.onPrepareRename((p) => withAnalysis(p.textDocument.uri, null, (doc, a) => prepareRenameAt(doc, a, doc.offsetAt(p.position))));
connection.onRenameRequest((p) => withAnalysis(p.textDocument.uri, null, (doc, a) => renameSpeaker(doc, a, doc.offsetAt(p.position), p.newName)));
connection.onCodeAction((p) => withAnalysis(p.textDocument.uri, [], (doc, a) => codeActions(doc, a, p.context.diagnostics)));
connection.languages.semanticTokens.on((p) => withAnalysis(p.textDocument.uri, { data: [] }, (doc, a) => semanticTokens(doc, a)));
connection.languages.inlayHint.on(async (p) => {
  const doc = documents.get(p.textDocument.uri);
  if (doc === undefined || !(await cache.settingsFor(doc.uri)).inlayHints) return [];
  return withAnalysis(p.textDocument.uri, [], (d, a) => inlayHints(d, a, d.offsetAt(p.range.start), d.offsetAt(p.range.end)));
});
connection.onRequest(DOCUMENT_ANNOTATIONS, async (p: DocumentAnnotationsParams) => {
  const doc = documents.get(p.uri);
  if (doc === undefined) return null;
  const settings = await cache.settingsFor(doc.uri);
  return withAnalysis(p.uri, null, (d, a) => documentAnnotations(d, a, settings));
});
connection.onRequest(EXPORT_ANNOTATIONS, (p: ExportAnnotationsParams) => withAnalysis(p.uri, null, (d, a) => exportAnnotations(d, a, p.format === 'csv' ? 'csv' : 'json')));

documents.listen(connection);
connection.listen();
