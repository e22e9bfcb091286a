// A minimal LSP client for protocol tests: spawns the bundled `dist/server.js --stdio` and speaks
// real JSON-RPC to it through vscode-jsonrpc, collecting published diagnostics as they arrive.
import { type ChildProcess, spawn } from 'node:child_process';
import { type MessageConnection, StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

/** A running server and a connection to it. */
export interface TestServer {
  connection: MessageConnection;
  process: ChildProcess;
  /** What the server answered to `initialize`. */
  initializeResult: { capabilities: Record<string, unknown>; serverInfo?: { name: string } };
  /** Resolves with the diagnostics of `uri` once a publication matches `accept`. */
  diagnostics(uri: string, accept?: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<Diagnostic[]>;
  stop(): Promise<void>;
}

/** Starts `dist/server.js --stdio` (or another copy of it: `script`) and initializes it. */
export async function startServer(initOptions: { configuration?: boolean; settings?: unknown; nodeArgs?: string[]; env?: NodeJS.ProcessEnv; script?: string } = {}): Promise<TestServer> {
  const child = spawn(process.execPath, [...(initOptions.nodeArgs ?? []), initOptions.script ?? 'dist/server.js', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...initOptions.env } });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const published: PublishDiagnosticsParams[] = [];
  const waiters: { uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (d: Diagnostic[]) => void }[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
    for (let i = waiters.length - 1; i >= 0; i--) {
      if (waiters[i].uri === p.uri && waiters[i].accept(p)) {
        waiters[i].resolve(p.diagnostics);
        waiters.splice(i, 1);
      }
    }
  });
  connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => params.items.map(() => initOptions.settings ?? null));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const initializeResult: TestServer['initializeResult'] = await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { workspace: { configuration: initOptions.configuration ?? false }, textDocument: { hover: { contentFormat: ['markdown'] }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } } },
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    process: child,
    initializeResult,
    diagnostics(uri, accept = () => true, timeoutMs = 10_000) {
      for (let i = published.length - 1; i >= 0; i--) if (published[i].uri === uri && accept(published[i])) return Promise.resolve(published[i].diagnostics);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ uri, accept, resolve: (d) => (clearTimeout(timer), resolve(d)) });
      });
    },
    async stop() {
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {
        // The server may already be gone.
      }
      connection.dispose();
      if (child.exitCode === null) await new Promise<void>((r) => child.once('exit', () => r()));
    },
  };
}
