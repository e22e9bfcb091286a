// A language-server session for `npm run bench`, adapted from test/protocol/lspClient.ts: spawns the
// bundled `dist/server.js --stdio`, speaks JSON-RPC through vscode-jsonrpc, and stamps every
// published diagnostics with the time it arrived, so that latencies are measured at the wire.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { type MessageConnection, StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

/** A zero-based line and UTF-16 character, as LSP counts them. */
export interface Position { line: number; character: number }

/** A running server, with what it published. */
export interface BenchServer {
  connection: MessageConnection;
  process: ChildProcess;
  /** Milliseconds from spawning the process to receiving the `initialize` result. */
  initializeMs: number;
  /** Resolves with the arrival time (performance.now()) of the first publication for `uri` at `version`. */
  published(uri: string, version: number, timeoutMs?: number): Promise<number>;
  /** The versions published for `uri` so far, in arrival order. */
  publishedVersions(uri: string): number[];
  /** The resident set size of the server process in KiB (VmRSS), and its peak (VmHWM). */
  memoryKiB(): { rss: number; peak: number };
  stop(): Promise<void>;
}

/** Spawns `dist/server.js --stdio`, initializes it without workspace configuration and returns the session. */
export async function startBenchServer(): Promise<BenchServer> {
  const t0 = performance.now();
  const child = spawn(process.execPath, ['dist/server.js', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const arrivals = new Map<string, Map<number, number>>();
  const order = new Map<string, number[]>();
  const waiters: { uri: string; version: number; resolve: (t: number) => void }[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    const at = performance.now();
    if (p.version === undefined) return;
    let byVersion = arrivals.get(p.uri);
    if (byVersion === undefined) arrivals.set(p.uri, (byVersion = new Map()));
    if (!byVersion.has(p.version)) byVersion.set(p.version, at);
    let versions = order.get(p.uri);
    if (versions === undefined) order.set(p.uri, (versions = []));
    versions.push(p.version);
    for (let i = waiters.length - 1; i >= 0; i--) {
      if (waiters[i].uri === p.uri && waiters[i].version === p.version) {
        waiters[i].resolve(at);
        waiters.splice(i, 1);
      }
    }
  });
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification('window/showMessage', () => undefined);
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  const initializeMs = performance.now() - t0;
  await connection.sendNotification('initialized', {});
  return {
    connection,
    process: child,
    initializeMs,
    published(uri, version, timeoutMs = 60_000) {
      const seen = arrivals.get(uri)?.get(version);
      if (seen !== undefined) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} version ${version} within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ uri, version, resolve: (t) => (clearTimeout(timer), resolve(t)) });
      });
    },
    publishedVersions: (uri) => order.get(uri) ?? [],
    memoryKiB() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const field = (name: string): number => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
      return { rss: field('VmRSS'), peak: field('VmHWM') };
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

/** The LSP position of a UTF-16 offset in `text`. */
export function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl !== -1 && nl < offset; nl = text.indexOf('\n', nl + 1)) {
    line++;
    lineStart = nl + 1;
  }
  return { line, character: offset - lineStart };
}
