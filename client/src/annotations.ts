// Keeps the annotations (quotes, speakers, claims) of the active article, fetched through
// `byline/documentAnnotations` whenever the server publishes new diagnostics for it.
import * as vscode from 'vscode';
import type { LanguageClient } from './languageClient';
import { DOCUMENT_ANNOTATIONS, type DocumentAnnotations, type WireRange } from '../../server/src/protocol';

/** Fetches and caches annotations per document version, and says when they change. */
export class AnnotationStore implements vscode.Disposable {
  /**
   * The last answer per document, with the version it was asked for. A document Byline skips is
   * kept too (as null): else each redraw that the refresh triggers would ask again, without end.
   */
  private readonly cache = new Map<string, { version: number; annotations: DocumentAnnotations | null }>();
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires when a document's annotations were refreshed. */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly client: LanguageClient) {
    this.subscriptions.push(
      this.changed,
      vscode.languages.onDidChangeDiagnostics((e) => {
        for (const uri of e.uris) {
          const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
          if (doc !== undefined) void this.refresh(doc);
        }
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.cache.delete(d.uri.toString())),
    );
  }

  /** The annotations of this version of the document, fetched when missing; null when Byline skips it. */
  async get(doc: vscode.TextDocument): Promise<DocumentAnnotations | null> {
    const cached = this.cache.get(doc.uri.toString());
    if (cached !== undefined && cached.version === doc.version) return cached.annotations;
    return this.refresh(doc);
  }

  /** The cached annotations, whatever their version; null when Byline skips the document, undefined when not asked yet. */
  peek(doc: vscode.TextDocument): DocumentAnnotations | null | undefined {
    return this.cache.get(doc.uri.toString())?.annotations;
  }

  private async refresh(doc: vscode.TextDocument): Promise<DocumentAnnotations | null> {
    if (!this.client.isRunning()) return null;
    const version = doc.version;
    let result: DocumentAnnotations | null;
    try {
      result = await this.client.sendRequest<DocumentAnnotations | null>(DOCUMENT_ANNOTATIONS, { uri: doc.uri.toString() });
    } catch {
      return null;
    }
    this.cache.set(doc.uri.toString(), { version: result?.version ?? version, annotations: result });
    this.changed.fire(doc);
    return result;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}

/** A wire range as a VS Code range. */
export function toVsRange(r: WireRange): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}
