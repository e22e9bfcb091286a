// Byline in a real VS Code, through the `vscode` API a user's editor uses: the article opens as a
// News Article, diagnostics arrive, hover, Outline, definition, code actions, semantic tokens,
// navigation commands, untitled documents and excluded files; then what Byline's own language
// client carries besides requests: a crashed server restarted, settings and `.bylinerc.json`
// changes, documents changing language. Waits on events, never on sleeps.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';

const TIMEOUT = 45_000;

/** Resolves when `probe` returns a value, checking now and on every `event`. */
function waitFor<T>(probe: () => T | undefined, event: vscode.Event<unknown>, what: string, timeoutMs = TIMEOUT): Promise<T> {
  return new Promise((resolve, reject) => {
    const now = probe();
    if (now !== undefined) return resolve(now);
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    const sub = event(() => {
      const v = probe();
      if (v !== undefined) {
        clearTimeout(timer);
        sub.dispose();
        resolve(v);
      }
    });
  });
}

function bylineDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'byline');
}

function waitForDiagnostics(uri: vscode.Uri, accept: (d: vscode.Diagnostic[]) => boolean = (d) => d.length > 0): Promise<vscode.Diagnostic[]> {
  return waitFor(() => {
    const d = bylineDiagnostics(uri);
    return accept(d) ? d : undefined;
  }, vscode.languages.onDidChangeDiagnostics, `byline diagnostics for ${uri.toString()}`);
}

function file(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

function positionOf(doc: vscode.TextDocument, needle: string, delta = 0): vscode.Position {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `"${needle}" is in the document`);
  return doc.positionAt(at + delta);
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

describe('Byline in VS Code', () => {
  let article: vscode.TextDocument;
  let diagnostics: vscode.Diagnostic[];

  before(async () => {
    article = await vscode.workspace.openTextDocument(file('cnbc-deepseek.txt'));
    await vscode.window.showTextDocument(article);
    diagnostics = await waitForDiagnostics(article.uri, (d) => d.some((x) => x.code === 'unattributed-quote'));
  });

  it('opens .txt articles as News Articles and activates', () => {
    assert.equal(article.languageId, 'news');
    assert.ok(vscode.extensions.all.some((e) => e.packageJSON.name === 'byline' && e.isActive), 'the extension is active');
  });

  it('reports the unattributed quote “The fight has begun.”', () => {
    const fight = diagnostics.find((d) => d.message.includes('The fight has begun'));
    assert.ok(fight, diagnostics.map((d) => d.message).join('\n'));
    assert.equal(fight.code, 'unattributed-quote');
    assert.equal(fight.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(article.getText(fight.range), '“The fight has begun.”');
  });

  it('shows the speaker card when hovering a quote', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', article.uri, positionOf(article, 'What DeepSeek really reinforces', 5));
    const text = hoverText(hovers);
    assert.match(text, /Chris Lehane/);
    assert.match(text, /chief global affairs officer/);
  });

  it('fills the Outline with Speakers, Claims and Unattributed', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', article.uri);
    assert.deepEqual(symbols.map((s) => s.name), ['Speakers', 'Claims', 'Unattributed']);
    const lehane = symbols[0].children.find((s) => s.name === 'Chris Lehane');
    assert.ok(lehane, 'Chris Lehane is under Speakers');
    assert.equal(lehane.children.length, 3);
    assert.ok(symbols[1].children.some((c) => c.name === 'less than $6 million'));
  });

  it('goes to the full introduction of a speaker from a surname', async () => {
    const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', article.uri, positionOf(article, 'Lehane added', 2));
    const first = locations[0];
    const range = 'targetRange' in first ? first.targetRange : first.range;
    assert.equal(article.getText(range), 'Chris Lehane');
  });

  it('colours quotes, speakers, cues and claims with semantic tokens', async () => {
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', article.uri);
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', article.uri);
    assert.deepEqual(legend.tokenTypes, ['quote', 'speaker', 'cue', 'claim']);
    assert.ok(tokens.data.length > 100);
  });

  it('jumps to the next claim and the next quote', async () => {
    const editor = await vscode.window.showTextDocument(article);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('byline.nextClaim');
    assert.equal(editor.document.offsetAt(editor.selection.active), article.getText().indexOf('less than $6 million'));
    await vscode.commands.executeCommand('byline.nextQuote');
    assert.equal(editor.document.offsetAt(editor.selection.active), article.getText().indexOf('“very real competition'));
  });

  it('analyses an untitled plain-text snippet with straight quotes', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '"Hello," she said.\n' });
    assert.equal(doc.languageId, 'plaintext');
    const found = await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => x.code === 'unattributed-quote'));
    const hello = found.find((x) => x.code === 'unattributed-quote');
    assert.equal(doc.getText(hello?.range), '"Hello,"');
  });

  it('analyses untitled plain-text documents and offers quick fixes', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'The mayor said “we will not raise taxes.\n' });
    const [d] = await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => x.code === 'unbalanced-quote'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range);
    const fix = actions.find((a) => a.title.startsWith('Insert the closing quotation mark'));
    assert.ok(fix?.edit, actions.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(doc.getText(), 'The mayor said “we will not raise taxes.”\n');
    await waitForDiagnostics(doc.uri, (ds) => !ds.some((x) => x.code === 'unbalanced-quote'));
  });

  it('finds every reference and highlights a speaker', async () => {
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', article.uri, positionOf(article, 'Lehane added', 2));
    const texts = refs.map((r) => article.getText(r.range));
    assert.ok(texts.includes('Chris Lehane'));
    assert.equal(texts.filter((t) => t.startsWith('“')).length, 3, 'his three quotes');
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', article.uri, positionOf(article, 'Whitaker said', 1));
    assert.equal(highlights.length, 4);
  });

  it('shows the resolved speaker as an inlay hint after a pronoun', async () => {
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', article.uri, new vscode.Range(0, 0, article.lineCount, 0));
    const labels = hints.map((h) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')));
    assert.ok(labels.includes(': Abishur Prakash'), labels.join(' | '));
  });

  it('fixes a name variant and converts quote styles in one undoable edit each', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'news', content: 'DeepSeek rose. DeepSeek fell. “One,” she said. “Two,” he said. Deepseek won. "Three," they said.\n' });
    const diags = await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => d.code === 'name-variant') && ds.some((d) => d.code === 'mixed-quote-style'));
    const variant = diags.find((d) => d.code === 'name-variant')!;
    const fixes = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, variant.range);
    const rename = fixes.find((a) => a.title === 'Replace with “DeepSeek”');
    assert.ok(rename?.edit && (await vscode.workspace.applyEdit(rename.edit)));
    assert.ok(doc.getText().includes('DeepSeek won.'));
    const mixed = (await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => d.code === 'mixed-quote-style') && !ds.some((d) => d.code === 'name-variant'))).find((d) => d.code === 'mixed-quote-style')!;
    const styles = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, mixed.range);
    const all = styles.find((a) => a.title.startsWith('Convert the whole article to curly marks'));
    assert.ok(all?.edit && (await vscode.workspace.applyEdit(all.edit)));
    assert.equal(doc.getText(), 'DeepSeek rose. DeepSeek fell. “One,” she said. “Two,” he said. DeepSeek won. “Three,” they said.\n');
    await vscode.commands.executeCommand('undo');
  });

  it('renames a speaker across the article', async () => {
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', article.uri, positionOf(article, 'Prakash added', 2), 'Abi Parker');
    const edits = edit.get(article.uri);
    assert.deepEqual([...new Set(edits.map((e) => e.newText))].sort(), ['Abi Parker', 'Parker']);
    assert.ok(edits.every((e) => /Prakash$/.test(article.getText(e.range))));
  });

  it('exports the annotations as JSON and CSV', async () => {
    await vscode.window.showTextDocument(article);
    const json = file('export.json');
    const csv = file('export.csv');
    await vscode.commands.executeCommand('byline.exportAnnotations', json);
    await vscode.commands.executeCommand('byline.exportAnnotations', csv);
    const data = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(json)));
    assert.ok(data.quotes.some((q: { speaker: string }) => q.speaker === 'Chris Lehane'));
    const rows = new TextDecoder().decode(await vscode.workspace.fs.readFile(csv)).trim().split('\r\n');
    assert.equal(rows[0], 'file,type,start,end,line,column,kind,text,speaker,cue,value,unit,qualifier');
    assert.ok(rows.some((r) => r.includes(',claim,') && r.includes('less than $6 million')));
  });

  it('turns a rule off for the workspace from its code action', async () => {
    const before = bylineDiagnostics(article.uri).filter((d) => d.code === 'vague-source');
    assert.ok(before.length > 0, 'vague-source is reported before');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', article.uri, before[0].range);
    const off = actions.find((a) => a.command?.command === 'byline.disableRule');
    assert.ok(off?.command);
    await vscode.commands.executeCommand(off.command.command, ...(off.command.arguments ?? []));
    await waitForDiagnostics(article.uri, (ds) => ds.length > 0 && !ds.some((d) => d.code === 'vague-source'));
    assert.equal(vscode.workspace.getConfiguration('byline').get('rules.vague-source'), 'off');
  });

  it('restarts a crashed server and brings diagnostics back', async () => {
    const pids = execFileSync('pgrep', ['-f', `dist/server.js.*clientProcessId=${process.pid}`], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
    assert.ok(pids.length >= 1, 'the language server runs');
    for (const pid of pids) process.kill(Number(pid), 'SIGKILL');
    const doc = await vscode.workspace.openTextDocument({ language: 'news', content: '“A quote typed after the crash, with nobody to say it.”\n' });
    const back = await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => d.message.includes('typed after the crash')));
    assert.equal(back[0].code, 'unattributed-quote');
    const after = execFileSync('pgrep', ['-f', `dist/server.js.*clientProcessId=${process.pid}`], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
    assert.ok(after.length >= 1 && after.every((p) => !pids.includes(p)), 'a new server process serves');
  });

  it('leaves files matched by byline.exclude alone', async () => {
    const excluded = await vscode.workspace.openTextDocument(file('requirements.txt'));
    await vscode.window.showTextDocument(excluded);
    // Prove the server has caught up: a document opened after it gets its diagnostics first.
    const probe = await vscode.workspace.openTextDocument({ language: 'news', content: '“Nobody owns this quote at all,” the page read.\n' });
    await waitForDiagnostics(probe.uri);
    assert.deepEqual(bylineDiagnostics(excluded.uri), []);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', excluded.uri, new vscode.Position(0, 3));
    assert.doesNotMatch(hoverText(hovers), /quote/i);
  });

  it('publishes new diagnostics when a byline setting changes (workspace/didChangeConfiguration)', async () => {
    const unattributed = (ds: vscode.Diagnostic[]): vscode.Diagnostic[] => ds.filter((d) => d.code === 'unattributed-quote');
    await waitForDiagnostics(article.uri, (ds) => unattributed(ds).some((d) => d.severity === vscode.DiagnosticSeverity.Warning));
    const config = vscode.workspace.getConfiguration('byline');
    await config.update('rules.unattributed-quote', 'error', vscode.ConfigurationTarget.Workspace);
    try {
      await waitForDiagnostics(article.uri, (ds) => unattributed(ds).length > 0 && unattributed(ds).every((d) => d.severity === vscode.DiagnosticSeverity.Error));
    } finally {
      await config.update('rules.unattributed-quote', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForDiagnostics(article.uri, (ds) => unattributed(ds).length > 0 && unattributed(ds).every((d) => d.severity === vscode.DiagnosticSeverity.Warning));
  });

  it('reads a .bylinerc.json written beside the article, and its removal (workspace/didChangeWatchedFiles)', async () => {
    await waitForDiagnostics(article.uri, (ds) => ds.some((d) => d.code === 'unattributed-quote'));
    const rc = file('.bylinerc.json');
    await vscode.workspace.fs.writeFile(rc, new TextEncoder().encode('{ "rules": { "unattributed-quote": "off" } }\n'));
    try {
      await waitForDiagnostics(article.uri, (ds) => ds.length > 0 && !ds.some((d) => d.code === 'unattributed-quote'));
    } finally {
      await vscode.workspace.fs.delete(rc);
    }
    await waitForDiagnostics(article.uri, (ds) => ds.some((d) => d.code === 'unattributed-quote'));
  });

  it('analyses a document that becomes plain text, and clears its diagnostics when it leaves', async () => {
    const markdown = await vscode.workspace.openTextDocument({ language: 'markdown', content: '“A quote that nobody says, first in Markdown.”\n' });
    // Markdown is not Byline's: a document opened after it gets its diagnostics, and this one none.
    const probe = await vscode.workspace.openTextDocument({ language: 'news', content: '“A quote that nobody says, as a probe.”\n' });
    await waitForDiagnostics(probe.uri);
    assert.deepEqual(bylineDiagnostics(markdown.uri), []);
    // VS Code closes a document and opens it again when its language changes.
    const plain = await vscode.languages.setTextDocumentLanguage(markdown, 'plaintext');
    await waitForDiagnostics(plain.uri, (ds) => ds.some((d) => d.code === 'unattributed-quote'));
    await vscode.languages.setTextDocumentLanguage(plain, 'markdown');
    await waitForDiagnostics(plain.uri, (ds) => ds.length === 0);
  });
});
