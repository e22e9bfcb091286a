// The Byline VS Code client: starts the language server (dist/server.js over IPC) for news and
// plain-text documents, registers the commands from one map, and draws what the server finds
// (speaker colours, the status bar counts). Everything it creates goes into `context.subscriptions`.
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { AnnotationStore } from './annotations';
import { COMMANDS } from './commands';
import { SpeakerColors } from './decorations';
import { CountsStatus } from './statusBar';

let client: LanguageClient | undefined;

/** Starts the language client and Byline's editor features. */
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
    // The server reads .bylinerc.json files itself; it hears of their changes through the client.
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.bylinerc.json') },
  };
  client = new LanguageClient('byline', 'Byline', serverOptions, clientOptions);
  const store = new AnnotationStore(client);
  const ctx = { client, store };
  for (const [id, run] of Object.entries(COMMANDS)) context.subscriptions.push(vscode.commands.registerCommand(id, (...args: unknown[]) => run(ctx, ...args)));
  context.subscriptions.push(client, store, new SpeakerColors(store), new CountsStatus(store));
  await client.start();
}

/** Stops the language client. */
export async function deactivate(): Promise<void> {
  await client?.stop();
}
