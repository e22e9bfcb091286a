// Byline's own small language client, in place of vscode-languageclient (which alone bundled to
// 264 KB; issue #6 wants dist/client.js under 100 KB). It runs dist/server.js over Node IPC and
// speaks JSON-RPC to it through vscode-jsonrpc (framing, IPC and `$/cancelRequest`), keeps open
// news and plain-text documents in sync, answers the server's requests (configuration,
// registrations, messages, refreshes), registers a provider for each feature the server offers,
// and restarts a crashed server as vscode-languageclient does. LSP ↔ VS Code data: convert.ts.
import { type ChildProcess, fork } from 'node:child_process';
import * as vscode from 'vscode';
import { IPCMessageReader, IPCMessageWriter, type MessageConnection, ResponseError, createMessageConnection } from 'vscode-jsonrpc/node';
import type * as lsp from 'vscode-languageserver-protocol';
import * as convert from './convert';

/** The documents Byline analyses: news articles and plain text, saved or untitled. */
export const DOCUMENT_SELECTOR: vscode.DocumentFilter[] = ['news', 'plaintext'].flatMap((language) => ['file', 'untitled'].map((scheme) => ({ language, scheme })));

/** Whether a document is one the server is told about (the selector above, as a test). */
function isSynced(doc: vscode.TextDocument): boolean {
  return vscode.languages.match(DOCUMENT_SELECTOR, doc) > 0;
}

/** After this many crashes within RESTART_WINDOW, the server is not restarted again (as in vscode-languageclient). */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60_000;
/** How long `shutdown`, then the process's exit, may take before the process is killed. */
const STOP_TIMEOUT_MS = 2_000;

/** LSP error codes after which a provider answers nothing instead of failing. */
const CANCELLED_CODES = new Set([-32800 /* RequestCancelled */, -32802 /* ServerCancelled */, -32801 /* ContentModified */]);

/** One run of the server: its process, its connection and the documents it was told are open. */
interface Session {
  process: ChildProcess;
  connection: MessageConnection;
  /** URIs sent with `didOpen` and not yet closed. */
  open: Set<string>;
  /** Whether `initialized` was sent; documents are synchronised from then on. */
  ready: boolean;
}

/** The client side of Byline's language server: process, connection, document sync and providers. */
export class LanguageClient implements vscode.Disposable {
  /** The "Byline" output channel: the server's log messages, its stderr, and the client's own notes. */
  readonly outputChannel = vscode.window.createOutputChannel('Byline');
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('byline');
  private session: Session | undefined;
  private starting: Promise<void> | undefined;
  /** Times of the recent unexpected exits, oldest first. */
  private readonly crashes: number[] = [];
  /** The server's `workspace/didChangeConfiguration` registrations: id → the sections it asked for. */
  private readonly configurationRegistrations = new Map<string, string[]>();
  private providers: vscode.Disposable[] | undefined;
  private readonly inlayHintsChanged = new vscode.EventEmitter<void>();
  private readonly semanticTokensChanged = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[];

  /** A client for the server module at `serverModule` (it is started by `start`). */
  constructor(private readonly serverModule: string) {
    // The server reads .bylinerc.json files itself; it hears of their changes from here.
    const watcher = vscode.workspace.createFileSystemWatcher('**/.bylinerc.json');
    const fileChanged = (type: lsp.FileChangeType) => (uri: vscode.Uri) => this.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri.toString(), type }] } satisfies lsp.DidChangeWatchedFilesParams);
    this.subscriptions = [
      this.outputChannel,
      this.diagnostics,
      this.inlayHintsChanged,
      this.semanticTokensChanged,
      watcher,
      watcher.onDidCreate(fileChanged(1)),
      watcher.onDidChange(fileChanged(2)),
      watcher.onDidDelete(fileChanged(3)),
      // A document whose language changes is closed and opened again by VS Code, so these three cover it.
      vscode.workspace.onDidOpenTextDocument((doc) => this.didOpen(doc)),
      vscode.workspace.onDidChangeTextDocument((e) => this.didChange(e)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.didClose(doc)),
      vscode.workspace.onDidChangeConfiguration((e) => this.didChangeConfiguration(e)),
    ];
  }

  /** Whether a server is running and initialized. */
  isRunning(): boolean {
    return this.session?.ready === true;
  }

  /**
   * Starts the server (or waits for the start under way) and tells it about the open documents.
   * Never rejects: a server that does not start is logged, and `isRunning` stays false.
   */
  start(): Promise<void> {
    this.starting ??= this.launch()
      .catch((e: unknown) => this.log('Error', `The language server did not start: ${messageOf(e)}`))
      .finally(() => (this.starting = undefined));
    return this.starting;
  }

  /** Asks the server to shut down and exit; kills it if it lingers. */
  async stop(): Promise<void> {
    await this.starting;
    const session = this.session;
    if (session === undefined) return;
    // From here on the session is no longer current: its exit is not a crash, and nothing more is sent to it.
    this.session = undefined;
    this.diagnostics.clear();
    const { process: child, connection } = session;
    const exited = new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
    try {
      await withTimeout(connection.sendRequest('shutdown'), STOP_TIMEOUT_MS);
      await connection.sendNotification('exit');
    } catch {
      // The server is gone or does not answer: it is killed below if it still runs.
    }
    if (!(await withTimeout(exited.then(() => true), STOP_TIMEOUT_MS).catch(() => false))) child.kill('SIGKILL');
    connection.dispose();
  }

  /** Stops the server and starts a new one (the command `Byline: Restart Server`). */
  async restart(): Promise<void> {
    await this.stop();
    this.crashes.length = 0;
    await this.start();
  }

  /**
   * Sends a request to the server once it runs, with the token's cancellation forwarded as
   * `$/cancelRequest`. Rejects when no server runs.
   */
  async sendRequest<R>(method: string, params: unknown, token?: vscode.CancellationToken): Promise<R> {
    await this.starting;
    const session = this.session;
    if (session === undefined || !session.ready) throw new Error('The Byline language server is not running.');
    return token === undefined ? session.connection.sendRequest<R>(method, params) : session.connection.sendRequest<R>(method, params, token);
  }

  /** Stops the server and releases everything the client made. */
  dispose(): void {
    void this.stop();
    for (const d of [...this.subscriptions, ...(this.providers ?? [])]) d.dispose();
  }

  /** Forks the server, initializes it, and opens the documents VS Code already has. */
  private async launch(): Promise<void> {
    // As vscode-languageclient does: IPC, the client's process id (the server exits if this process
    // dies), no inherited Node flags, and Electron's binary run as plain Node in desktop VS Code.
    const child = fork(this.serverModule, ['--node-ipc', `--clientProcessId=${process.pid}`], { silent: true, execArgv: [], env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
    const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    const session: Session = { process: child, connection, open: new Set(), ready: false };
    this.session = session;
    // A new server registers what it wants again.
    this.configurationRegistrations.clear();
    child.stdout?.on('data', (data: Buffer) => this.outputChannel.append(data.toString()));
    child.stderr?.on('data', (data: Buffer) => this.outputChannel.append(data.toString()));
    child.on('error', (e) => {
      this.log('Error', `Could not start the language server ${this.serverModule}: ${e.message}`);
      // A process that never spawned sends no 'exit': count it as one.
      if (child.pid === undefined) this.exited(session, null, null);
    });
    child.on('exit', (code, signal) => this.exited(session, code, signal));
    this.answerServer(connection);
    connection.onError(([error]) => {
      if (child.pid !== undefined) this.log('Error', `Connection to the language server: ${error.message}`);
    });
    connection.listen();
    try {
      const result = await connection.sendRequest<lsp.InitializeResult>('initialize', initializeParams());
      if (this.session !== session) return;
      this.providers ??= this.registerProviders(result.capabilities);
      await connection.sendNotification('initialized', {});
      session.ready = true;
    } catch (e) {
      // A process that exited is restarted (or given up on) by `exited`; one still running is stopped.
      this.log('Error', `The language server did not initialize: ${messageOf(e)}`);
      if (this.session === session) {
        void vscode.window.showErrorMessage('Byline: the language server did not start. See the output for more information.');
        this.starting = undefined;
        await this.stop();
      }
      return;
    }
    for (const doc of vscode.workspace.textDocuments) this.didOpen(doc);
  }

  /** The server process exited: a crash unless `stop` let it go. Restarts it, at most MAX_RESTARTS times in RESTART_WINDOW_MS. */
  private exited(session: Session, code: number | null, signal: NodeJS.Signals | null): void {
    session.connection.dispose();
    if (this.session !== session) return;
    this.session = undefined;
    this.diagnostics.clear();
    this.log('Error', `The language server exited unexpectedly (${signal ?? (code === null ? 'it never ran' : `exit code ${code}`)}).`);
    const now = Date.now();
    this.crashes.push(now);
    while (now - this.crashes[0] > RESTART_WINDOW_MS) this.crashes.shift();
    if (this.crashes.length > MAX_RESTARTS) {
      void vscode.window.showErrorMessage(`The Byline server crashed ${this.crashes.length} times in the last 3 minutes. The server will not be restarted. See the output for more information.`);
      return;
    }
    // A crash while starting: the next start waits until this one has given up.
    void (this.starting ?? Promise.resolve()).then(() => this.start());
  }

  /** Handlers for what the server sends: diagnostics, configuration, registrations, messages, refreshes. */
  private answerServer(connection: MessageConnection): void {
    connection.onNotification('textDocument/publishDiagnostics', (p: lsp.PublishDiagnosticsParams) => this.diagnostics.set(vscode.Uri.parse(p.uri), p.diagnostics.map(convert.asDiagnostic)));
    connection.onRequest('workspace/configuration', (p: lsp.ConfigurationParams) =>
      p.items.map((item) => plainJson(item.section === undefined ? vscode.workspace.getConfiguration(undefined, scopeOf(item.scopeUri)) : vscode.workspace.getConfiguration(undefined, scopeOf(item.scopeUri)).get(item.section))),
    );
    connection.onRequest('client/registerCapability', (p: lsp.RegistrationParams) => {
      for (const r of p.registrations) {
        if (r.method !== 'workspace/didChangeConfiguration') throw new ResponseError(-32601, `Byline's client does not support registering ${r.method}.`);
        const section = (r.registerOptions as { section?: string | string[] } | undefined)?.section;
        this.configurationRegistrations.set(r.id, section === undefined ? [] : [section].flat());
      }
      return null;
    });
    connection.onRequest('client/unregisterCapability', (p: lsp.UnregistrationParams) => {
      for (const u of p.unregisterations) this.configurationRegistrations.delete(u.id);
      return null;
    });
    connection.onNotification('window/showMessage', (p: lsp.ShowMessageParams) => {
      if (p.type === 1) void vscode.window.showErrorMessage(p.message);
      else if (p.type === 2) void vscode.window.showWarningMessage(p.message);
      else if (p.type === 3) void vscode.window.showInformationMessage(p.message);
      else this.log('Log', p.message);
    });
    connection.onNotification('window/logMessage', (p: lsp.LogMessageParams) => this.log(['', 'Error', 'Warn', 'Info', 'Log', 'Debug'][p.type] ?? 'Log', p.message));
    connection.onRequest('workspace/inlayHint/refresh', () => this.inlayHintsChanged.fire());
    connection.onRequest('workspace/semanticTokens/refresh', () => this.semanticTokensChanged.fire());
  }

  /** One provider per feature the server declared, each a request with the document and position. */
  private registerProviders(caps: lsp.ServerCapabilities): vscode.Disposable[] {
    const selector = DOCUMENT_SELECTOR;
    const at = (doc: vscode.TextDocument, position: vscode.Position): lsp.TextDocumentPositionParams => ({ textDocument: { uri: doc.uri.toString() }, position: convert.toPosition(position) });
    const providers: vscode.Disposable[] = [];
    if (caps.hoverProvider) {
      providers.push(vscode.languages.registerHoverProvider(selector, { provideHover: (doc, pos, token) => this.request('textDocument/hover', at(doc, pos), token, convert.asHover) }));
    }
    if (caps.documentSymbolProvider) {
      const label = typeof caps.documentSymbolProvider === 'object' ? caps.documentSymbolProvider.label : undefined;
      providers.push(vscode.languages.registerDocumentSymbolProvider(selector, { provideDocumentSymbols: (doc, token) => this.request('textDocument/documentSymbol', { textDocument: { uri: doc.uri.toString() } }, token, convert.asDocumentSymbols) }, { label }));
    }
    if (caps.definitionProvider) {
      providers.push(vscode.languages.registerDefinitionProvider(selector, { provideDefinition: (doc, pos, token) => this.request('textDocument/definition', at(doc, pos), token, convert.asDefinition) }));
    }
    if (caps.referencesProvider) {
      providers.push(vscode.languages.registerReferenceProvider(selector, {
        provideReferences: (doc, pos, context, token) => this.request('textDocument/references', { ...at(doc, pos), context: { includeDeclaration: context.includeDeclaration } }, token, (ls: lsp.Location[] | null) => ls?.map(convert.asLocation)),
      }));
    }
    if (caps.documentHighlightProvider) {
      providers.push(vscode.languages.registerDocumentHighlightProvider(selector, { provideDocumentHighlights: (doc, pos, token) => this.request('textDocument/documentHighlight', at(doc, pos), token, convert.asHighlights) }));
    }
    if (caps.renameProvider) {
      const prepare = typeof caps.renameProvider === 'object' && caps.renameProvider.prepareProvider === true;
      providers.push(vscode.languages.registerRenameProvider(selector, {
        provideRenameEdits: (doc, pos, newName, token) => this.request('textDocument/rename', { ...at(doc, pos), newName }, token, convert.asWorkspaceEdit),
        prepareRename: prepare ? (doc, pos, token) => this.request('textDocument/prepareRename', at(doc, pos), token, asRenameLocation) : undefined,
      }));
    }
    if (caps.codeActionProvider) {
      const kinds = typeof caps.codeActionProvider === 'object' ? caps.codeActionProvider.codeActionKinds?.map((k) => vscode.CodeActionKind.Empty.append(k)) : undefined;
      providers.push(vscode.languages.registerCodeActionsProvider(selector, {
        provideCodeActions: (doc, range, context, token) => {
          const lspContext: lsp.CodeActionContext = { diagnostics: context.diagnostics.map(convert.toDiagnostic), only: context.only === undefined ? undefined : [context.only.value], triggerKind: context.triggerKind };
          return this.request('textDocument/codeAction', { textDocument: { uri: doc.uri.toString() }, range: convert.toRange(range), context: lspContext }, token, convert.asCodeActions);
        },
      }, { providedCodeActionKinds: kinds }));
    }
    if (caps.semanticTokensProvider?.full) {
      const { legend } = caps.semanticTokensProvider;
      providers.push(vscode.languages.registerDocumentSemanticTokensProvider(selector, {
        onDidChangeSemanticTokens: this.semanticTokensChanged.event,
        provideDocumentSemanticTokens: (doc, token) => this.request('textDocument/semanticTokens/full', { textDocument: { uri: doc.uri.toString() } }, token, convert.asSemanticTokens),
      }, new vscode.SemanticTokensLegend(legend.tokenTypes, legend.tokenModifiers)));
    }
    if (caps.inlayHintProvider) {
      providers.push(vscode.languages.registerInlayHintsProvider(selector, {
        onDidChangeInlayHints: this.inlayHintsChanged.event,
        provideInlayHints: (doc, range, token) => this.request('textDocument/inlayHint', { textDocument: { uri: doc.uri.toString() }, range: convert.toRange(range) }, token, convert.asInlayHints),
      }));
    }
    return providers;
  }

  /**
   * A provider's request: the result converted, or nothing when the request was cancelled, the
   * content changed or no server runs; other errors are logged and passed on to VS Code.
   */
  private async request<R, V>(method: string, params: object, token: vscode.CancellationToken, asVsCode: (result: R) => V): Promise<V | undefined> {
    let result: R;
    try {
      result = await this.sendRequest<R>(method, params, token);
    } catch (e) {
      if (token.isCancellationRequested || !this.isRunning() || (e instanceof ResponseError && CANCELLED_CODES.has(e.code))) return undefined;
      this.log('Error', `Request ${method} failed: ${messageOf(e)}`);
      throw e;
    }
    return asVsCode(result);
  }

  private didOpen(doc: vscode.TextDocument): void {
    const session = this.session;
    const uri = doc.uri.toString();
    if (session?.ready !== true || !isSynced(doc) || session.open.has(uri)) return;
    session.open.add(uri);
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: doc.languageId, version: doc.version, text: doc.getText() } } satisfies lsp.DidOpenTextDocumentParams);
  }

  private didChange(e: vscode.TextDocumentChangeEvent): void {
    const uri = e.document.uri.toString();
    if (e.contentChanges.length === 0 || this.session?.open.has(uri) !== true) return;
    const contentChanges = e.contentChanges.map((c) => ({ range: convert.toRange(c.range), text: c.text }));
    this.notify('textDocument/didChange', { textDocument: { uri, version: e.document.version }, contentChanges } satisfies lsp.DidChangeTextDocumentParams);
  }

  private didClose(doc: vscode.TextDocument): void {
    const uri = doc.uri.toString();
    // A closed document's diagnostics go with it, whether or not a server hears of the close.
    this.diagnostics.delete(doc.uri);
    if (this.session?.open.delete(uri) !== true) return;
    this.notify('textDocument/didClose', { textDocument: { uri } } satisfies lsp.DidCloseTextDocumentParams);
  }

  /** Tells the server of changed settings in the sections it registered for, with their new values. */
  private didChangeConfiguration(e: vscode.ConfigurationChangeEvent): void {
    const sections = [...new Set([...this.configurationRegistrations.values()].flat())];
    if (this.configurationRegistrations.size === 0 || (sections.length > 0 && !sections.some((s) => e.affectsConfiguration(s)))) return;
    const settings = sections.length === 0 ? null : Object.fromEntries(sections.map((s) => [s, plainJson(vscode.workspace.getConfiguration().get(s))]));
    this.notify('workspace/didChangeConfiguration', { settings } satisfies lsp.DidChangeConfigurationParams);
  }

  /** Sends a notification to a running server; a server that just went away misses it (it gets the state again when restarted). */
  private notify(method: string, params: object): void {
    const session = this.session;
    if (session?.ready !== true) return;
    const failed = (e: unknown): void => this.log('Error', `Notification ${method} failed: ${messageOf(e)}`);
    try {
      session.connection.sendNotification(method, params).catch(failed);
    } catch (e) {
      failed(e); // The connection closed before the process's exit was handled.
    }
  }

  private log(kind: string, message: string): void {
    this.outputChannel.appendLine(`[${kind} - ${new Date().toLocaleTimeString()}] ${message}`);
  }
}

/** What the client tells the server in `initialize`: who it is, and what it can do (only what this file handles). */
function initializeParams(): lsp.InitializeParams {
  const folder = vscode.workspace.workspaceFolders?.[0];
  return {
    processId: process.pid,
    clientInfo: { name: vscode.env.appName, version: vscode.version },
    locale: vscode.env.language,
    rootUri: folder === undefined ? null : folder.uri.toString(),
    workspaceFolders: null,
    capabilities: {
      general: { positionEncodings: ['utf-16'] },
      workspace: {
        configuration: true,
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: false },
        inlayHint: { refreshSupport: true },
        semanticTokens: { refreshSupport: true },
        workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
      },
      textDocument: {
        synchronization: { dynamicRegistration: false, didSave: false, willSave: false, willSaveWaitUntil: false },
        publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, tagSupport: { valueSet: [1, 2] } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true, labelSupport: true, symbolKind: { valueSet: Array.from({ length: 26 }, (_, i) => (i + 1) as lsp.SymbolKind) } },
        definition: { linkSupport: true },
        references: {},
        documentHighlight: {},
        rename: { prepareSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'refactor.extract', 'refactor.inline', 'refactor.rewrite', 'source', 'source.organizeImports'] } }, isPreferredSupport: true, disabledSupport: true },
        // VS Code colours any token type or modifier that an extension's package.json declares.
        semanticTokens: { requests: { full: true }, tokenTypes: ['quote', 'speaker', 'cue', 'claim'], tokenModifiers: ['term', 'unattributed', 'inferred'], formats: ['relative'] },
        inlayHint: {},
      },
    },
  };
}

/** A prepareRename result as VS Code wants it; null means the place cannot be renamed. */
function asRenameLocation(r: lsp.PrepareRenameResult | null): vscode.Range | { range: vscode.Range; placeholder: string } {
  if (r === null || 'defaultBehavior' in r) throw new Error('The element can’t be renamed.');
  return 'placeholder' in r ? { range: convert.asRange(r.range), placeholder: r.placeholder } : convert.asRange(r);
}

function scopeOf(uri: string | undefined): vscode.Uri | undefined {
  return uri === undefined ? undefined : vscode.Uri.parse(uri);
}

/** A settings value as plain JSON (VS Code's configuration objects are proxies), undefined as null. */
function plainJson(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The promise, or a rejection after `ms`. */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([promise, new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms)))]).finally(() => clearTimeout(timer));
}
