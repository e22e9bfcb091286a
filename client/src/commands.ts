// Byline's commands, one map: navigation between claims and quotes, the speaker list, export of
// the annotations, turning a rule off, and server controls. Each takes what it needs from the
// annotation store and the language client.
import * as vscode from 'vscode';
import type { LanguageClient } from './languageClient';
import { type AnnotationStore, toVsRange } from './annotations';
import { EXPORT_ANNOTATIONS, type WireRange } from '../../server/src/protocol';

/** What a command may use. */
export interface CommandContext {
  client: LanguageClient;
  store: AnnotationStore;
}

type Command = (ctx: CommandContext, ...args: unknown[]) => unknown;

/** Every command Byline registers, by id (each is also declared in package.json). */
export const COMMANDS: Record<string, Command> = {
  'byline.nextClaim': (ctx) => jump(ctx, 'claims', 1),
  'byline.previousClaim': (ctx) => jump(ctx, 'claims', -1),
  'byline.nextQuote': (ctx) => jump(ctx, 'quotes', 1),
  'byline.previousQuote': (ctx) => jump(ctx, 'quotes', -1),
  'byline.showSpeakers': showSpeakers,
  'byline.exportAnnotations': exportAnnotations,
  'byline.disableRule': (_ctx, rule) => disableRule(rule),
  'byline.restartServer': (ctx) => ctx.client.restart(),
  'byline.showOutput': (ctx) => ctx.client.outputChannel.show(),
};

async function activeAnnotations(ctx: CommandContext): Promise<{ editor: vscode.TextEditor; a: NonNullable<Awaited<ReturnType<AnnotationStore['get']>>> } | null> {
  const editor = vscode.window.activeTextEditor;
  if (editor === undefined) {
    void vscode.window.showInformationMessage('Byline: open an article first.');
    return null;
  }
  const a = await ctx.store.get(editor.document);
  if (a === null) {
    void vscode.window.showInformationMessage('Byline does not analyse this document.');
    return null;
  }
  return { editor, a };
}

/** Moves the cursor to the next or previous claim or quote after the cursor, wrapping around. */
async function jump(ctx: CommandContext, what: 'claims' | 'quotes', direction: 1 | -1): Promise<void> {
  const got = await activeAnnotations(ctx);
  if (got === null) return;
  const ranges = got.a[what].map((x: { range: WireRange }) => toVsRange(x.range));
  if (ranges.length === 0) {
    void vscode.window.showInformationMessage(`Byline: this article has no ${what === 'claims' ? 'numeric claims' : 'quotes'}.`);
    return;
  }
  const here = got.editor.selection.active;
  const target = direction === 1 ? (ranges.find((r) => r.start.isAfter(here)) ?? ranges[0]) : ([...ranges].reverse().find((r) => r.start.isBefore(here)) ?? ranges[ranges.length - 1]);
  got.editor.selection = new vscode.Selection(target.start, target.start);
  got.editor.revealRange(target, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** A quick pick of the article's speakers; choosing one jumps to their introduction. */
async function showSpeakers(ctx: CommandContext): Promise<void> {
  const got = await activeAnnotations(ctx);
  if (got === null) return;
  const items = got.a.speakers.map((s) => ({
    label: s.name,
    description: [s.role, s.organization].filter((x) => x !== null).join(', '),
    detail: `${s.quoteCount} ${s.quoteCount === 1 ? 'quote' : 'quotes'}`,
    range: toVsRange(s.firstMention),
  }));
  const pick = await vscode.window.showQuickPick(items, { title: 'Byline: speakers in this article', placeHolder: items.length === 0 ? 'No speakers found' : 'Jump to a speaker' });
  if (pick === undefined) return;
  got.editor.selection = new vscode.Selection(pick.range.start, pick.range.end);
  got.editor.revealRange(pick.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Writes the article's annotations as JSON or CSV (as the CLI writes them) to a file the user chooses. */
async function exportAnnotations(ctx: CommandContext, target?: unknown): Promise<void> {
  const got = await activeAnnotations(ctx);
  if (got === null) return;
  const base = got.editor.document.uri;
  const uri = target instanceof vscode.Uri ? target : await vscode.window.showSaveDialog({
    defaultUri: base.scheme === 'file' ? base.with({ path: base.path.replace(/\.[^./]*$/, '') + '.byline.json' }) : undefined,
    filters: { JSON: ['json'], CSV: ['csv'] },
    title: 'Byline: export annotations',
  });
  if (uri === undefined) return;
  const format = uri.path.toLowerCase().endsWith('.csv') ? 'csv' : 'json';
  const body = await ctx.client.sendRequest<string | null>(EXPORT_ANNOTATIONS, { uri: base.toString(), format });
  if (body === null) return;
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(body));
  void vscode.window.showInformationMessage(`Byline: annotations written to ${vscode.workspace.asRelativePath(uri)}.`);
}

/** Turns a rule off in the workspace settings (the code action "Turn off the rule"). */
async function disableRule(rule: unknown): Promise<void> {
  if (typeof rule !== 'string') return;
  const target = vscode.workspace.workspaceFolders === undefined ? vscode.ConfigurationTarget.Global : vscode.ConfigurationTarget.Workspace;
  await vscode.workspace.getConfiguration('byline').update(`rules.${rule}`, 'off', target);
  void vscode.window.showInformationMessage(`Byline: the rule ‘${rule}’ is off in this ${target === vscode.ConfigurationTarget.Workspace ? 'workspace' : 'installation'}.`);
}
