// The Byline VS Code client: starts the language server (dist/server.js over IPC) for news and
// plain-text documents, and registers Byline's commands from one map. Everything it creates is
// pushed into `context.subscriptions`.
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** Byline's commands, by id (each also listed in package.json). */
const COMMANDS: Record<string, (c: LanguageClient) => unknown> = {
  'byline.restartServer': (c) => c.restart(),
  'byline.showOutput': (c) => c.outputChannel.show(),
};

/** Starts the language client. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'news', scheme: 'file' },
      { language: 'news', scheme: 'untitled' },
      { language: 'plaintext', scheme: 'file' },
      { language: 'plaintext', scheme: 'untitled' },
    ],
  };
  client = new LanguageClient('byline', 'Byline', serverOptions, clientOptions);
  const started = client;
  for (const [id, run] of Object.entries(COMMANDS)) context.subscriptions.push(vscode.commands.registerCommand(id, () => run(started)));
  context.subscriptions.push(started);
  await started.start();
}

/** Stops the language client. */
export async function deactivate(): Promise<void> {
  await client?.stop();
}
