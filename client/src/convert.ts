// The one place where LSP data becomes VS Code data and back: ranges, diagnostics, hovers, symbols,
// locations, highlights, edits, code actions and inlay hints. Pure functions over `vscode` classes;
// the LSP types are imported for type-checking only, so that none of vscode-languageserver-protocol
// ends up in dist/client.js.
import * as vscode from 'vscode';
import type * as lsp from 'vscode-languageserver-protocol';

/** An LSP position as a VS Code position. */
export function asPosition(p: lsp.Position): vscode.Position {
  return new vscode.Position(p.line, p.character);
}

/** An LSP range as a VS Code range. */
export function asRange(r: lsp.Range): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

/** A VS Code position as an LSP position. */
export function toPosition(p: vscode.Position): lsp.Position {
  return { line: p.line, character: p.character };
}

/** A VS Code range as an LSP range. */
export function toRange(r: vscode.Range): lsp.Range {
  return { start: toPosition(r.start), end: toPosition(r.end) };
}

/** An LSP location as a VS Code location. */
export function asLocation(l: lsp.Location): vscode.Location {
  return new vscode.Location(vscode.Uri.parse(l.uri), asRange(l.range));
}

// LSP counts severities 1 (error) to 4 (hint), VS Code 0 to 3; symbol kinds and highlight kinds are
// likewise one higher in LSP. Diagnostic tags and inlay hint kinds have the same numbers in both.

/** An LSP diagnostic as a VS Code diagnostic (a code with a `codeDescription` becomes `{ value, target }`). */
export function asDiagnostic(d: lsp.Diagnostic): vscode.Diagnostic {
  const result = new vscode.Diagnostic(asRange(d.range), typeof d.message === 'string' ? d.message : d.message.value, d.severity === undefined ? vscode.DiagnosticSeverity.Error : ((d.severity - 1) as vscode.DiagnosticSeverity));
  if (d.code !== undefined) result.code = d.codeDescription === undefined ? d.code : { value: d.code, target: vscode.Uri.parse(d.codeDescription.href) };
  if (d.source !== undefined) result.source = d.source;
  if (d.tags !== undefined) result.tags = d.tags.filter((t) => t === 1 || t === 2) as vscode.DiagnosticTag[];
  if (d.relatedInformation !== undefined) result.relatedInformation = d.relatedInformation.map((r) => new vscode.DiagnosticRelatedInformation(asLocation(r.location), r.message));
  return result;
}

/** A VS Code diagnostic as an LSP diagnostic, as a code action request sends them back. */
export function toDiagnostic(d: vscode.Diagnostic): lsp.Diagnostic {
  const result: lsp.Diagnostic = { range: toRange(d.range), message: d.message, severity: (d.severity + 1) as lsp.DiagnosticSeverity };
  if (typeof d.code === 'object') {
    result.code = d.code.value;
    result.codeDescription = { href: d.code.target.toString() };
  } else if (d.code !== undefined) {
    result.code = d.code;
  }
  if (d.source !== undefined) result.source = d.source;
  if (d.tags !== undefined) result.tags = d.tags.map((t) => t as lsp.DiagnosticTag);
  if (d.relatedInformation !== undefined) result.relatedInformation = d.relatedInformation.map((r) => ({ location: { uri: r.location.uri.toString(), range: toRange(r.location.range) }, message: r.message }));
  return result;
}

/** Markup or a marked string (the old hover format) as Markdown. */
function asMarkdown(m: lsp.MarkupContent | lsp.MarkedString): vscode.MarkdownString {
  if (typeof m === 'string') return new vscode.MarkdownString(m);
  if ('kind' in m) return m.kind === 'markdown' ? new vscode.MarkdownString(m.value) : new vscode.MarkdownString().appendText(m.value);
  return new vscode.MarkdownString().appendCodeblock(m.value, m.language);
}

/** An LSP hover as a VS Code hover with Markdown contents. */
export function asHover(h: lsp.Hover | null): vscode.Hover | undefined {
  if (h === null) return undefined;
  const contents = Array.isArray(h.contents) ? h.contents.map(asMarkdown) : [asMarkdown(h.contents)];
  return new vscode.Hover(contents, h.range === undefined ? undefined : asRange(h.range));
}

/** Hierarchical LSP symbols as VS Code document symbols, children included. */
export function asDocumentSymbols(symbols: lsp.DocumentSymbol[] | lsp.SymbolInformation[] | null): vscode.DocumentSymbol[] | vscode.SymbolInformation[] | undefined {
  if (symbols === null) return undefined;
  const convert = (s: lsp.DocumentSymbol): vscode.DocumentSymbol => {
    const result = new vscode.DocumentSymbol(s.name, s.detail ?? '', (s.kind - 1) as vscode.SymbolKind, asRange(s.range), asRange(s.selectionRange));
    result.children = (s.children ?? []).map(convert);
    return result;
  };
  // Byline's server sends the hierarchical form; the flat form is converted too, for any other server.
  return symbols.map((s) => ('location' in s ? new vscode.SymbolInformation(s.name, (s.kind - 1) as vscode.SymbolKind, s.containerName ?? '', asLocation(s.location)) : convert(s))) as vscode.DocumentSymbol[] | vscode.SymbolInformation[];
}

/** A definition result (a location, locations or location links) as VS Code locations or links. */
export function asDefinition(d: lsp.Definition | lsp.LocationLink[] | null): vscode.Location[] | vscode.LocationLink[] | undefined {
  if (d === null) return undefined;
  const all = Array.isArray(d) ? d : [d];
  return all.map((l) =>
    'targetUri' in l
      ? { originSelectionRange: l.originSelectionRange === undefined ? undefined : asRange(l.originSelectionRange), targetUri: vscode.Uri.parse(l.targetUri), targetRange: asRange(l.targetRange), targetSelectionRange: asRange(l.targetSelectionRange) }
      : asLocation(l),
  ) as vscode.Location[] | vscode.LocationLink[];
}

/** Document highlights, with their kinds. */
export function asHighlights(hs: lsp.DocumentHighlight[] | null): vscode.DocumentHighlight[] | undefined {
  return hs?.map((h) => new vscode.DocumentHighlight(asRange(h.range), h.kind === undefined ? undefined : ((h.kind - 1) as vscode.DocumentHighlightKind)));
}

/** An LSP workspace edit (`changes` or the text edits of `documentChanges`) as a VS Code workspace edit. */
export function asWorkspaceEdit(e: lsp.WorkspaceEdit | null): vscode.WorkspaceEdit | undefined {
  if (e === null) return undefined;
  const result = new vscode.WorkspaceEdit();
  for (const [uri, edits] of Object.entries(e.changes ?? {})) result.set(vscode.Uri.parse(uri), edits.map(asTextEdit));
  for (const change of e.documentChanges ?? []) {
    if ('textDocument' in change) result.set(vscode.Uri.parse(change.textDocument.uri), change.edits.map((x) => asTextEdit(x as lsp.TextEdit)));
    else if (change.kind === 'create') result.createFile(vscode.Uri.parse(change.uri), change.options);
    else if (change.kind === 'rename') result.renameFile(vscode.Uri.parse(change.oldUri), vscode.Uri.parse(change.newUri), change.options);
    else if (change.kind === 'delete') result.deleteFile(vscode.Uri.parse(change.uri), change.options);
  }
  return result;
}

function asTextEdit(e: lsp.TextEdit): vscode.TextEdit {
  return new vscode.TextEdit(asRange(e.range), e.newText);
}

/** An LSP command as a VS Code command (Byline's commands are the client's own, run as they are). */
function asCommand(c: lsp.Command): vscode.Command {
  return { title: c.title, command: c.command, arguments: c.arguments };
}

/** Code actions and bare commands as VS Code code actions and commands. */
export function asCodeActions(actions: (lsp.CodeAction | lsp.Command)[] | null): (vscode.CodeAction | vscode.Command)[] | undefined {
  return actions?.map((a) => {
    if (typeof a.command === 'string') return asCommand(a as lsp.Command);
    const action = a as lsp.CodeAction;
    const result = new vscode.CodeAction(action.title, action.kind === undefined ? undefined : vscode.CodeActionKind.Empty.append(action.kind));
    if (action.diagnostics !== undefined) result.diagnostics = action.diagnostics.map(asDiagnostic);
    if (action.isPreferred !== undefined) result.isPreferred = action.isPreferred;
    if (action.edit !== undefined) result.edit = asWorkspaceEdit(action.edit);
    if (action.command !== undefined) result.command = asCommand(action.command);
    if (action.disabled !== undefined) result.disabled = action.disabled;
    return result;
  });
}

/** Semantic tokens: the data as it came, in a Uint32Array. */
export function asSemanticTokens(t: lsp.SemanticTokens | null): vscode.SemanticTokens | undefined {
  return t === null ? undefined : new vscode.SemanticTokens(new Uint32Array(t.data), t.resultId);
}

/** Inlay hints: label (a string or parts), position, kind, padding, tooltip and edits. */
export function asInlayHints(hints: lsp.InlayHint[] | null): vscode.InlayHint[] | undefined {
  const tooltip = (t: string | lsp.MarkupContent | undefined): string | vscode.MarkdownString | undefined => (t === undefined || typeof t === 'string' ? t : asMarkdown(t));
  return hints?.map((h) => {
    const label =
      typeof h.label === 'string'
        ? h.label
        : h.label.map((p) => {
          const part = new vscode.InlayHintLabelPart(p.value);
          part.tooltip = tooltip(p.tooltip);
          if (p.location !== undefined) part.location = asLocation(p.location);
          if (p.command !== undefined) part.command = asCommand(p.command);
          return part;
        });
    const result = new vscode.InlayHint(asPosition(h.position), label, h.kind as vscode.InlayHintKind | undefined);
    result.tooltip = tooltip(h.tooltip);
    result.paddingLeft = h.paddingLeft;
    result.paddingRight = h.paddingRight;
    if (h.textEdits !== undefined) result.textEdits = h.textEdits.map(asTextEdit);
    return result;
  });
}
