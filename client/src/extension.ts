// The Byline VS Code client: starts the language server (dist/server.js over IPC, through Byline's
// own small client in languageClient.ts) for news and plain-text documents, registers the commands
// from one map, and draws what the server finds (speaker colours, the status bar counts).
// Everything it creates goes into `context.subscriptions`.
import * as vscode from 'vscode';
import { LanguageClient } from './languageClient';
import { AnnotationStore } from './annotations';
import { COMMANDS } from './commands';
import { SpeakerColors } from './decorations';
import { CountsStatus } from './statusBar';

let client: LanguageClient | undefined;

/** Starts the language client and Byline's editor features. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = new LanguageClient(context.asAbsolutePath('dist/server.js'));
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
