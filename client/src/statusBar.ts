// The status bar item: "N quotes · N speakers · N claims" for the active article; a click opens
// the speaker list.
import * as vscode from 'vscode';
import type { AnnotationStore } from './annotations';

/** Shows the counts of the active article. */
export class CountsStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('byline.counts', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly store: AnnotationStore) {
    this.item.name = 'Byline';
    this.item.command = 'byline.showSpeakers';
    this.item.tooltip = 'Byline: show the speakers of this article';
    this.subscriptions.push(
      this.item,
      store.onDidChange((doc) => {
        if (doc === vscode.window.activeTextEditor?.document) void this.update();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => void this.update()),
    );
    void this.update();
  }

  private async update(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    const a = doc === undefined ? null : (this.store.peek(doc) ?? (await this.store.get(doc)));
    if (a === null || a === undefined) {
      this.item.hide();
      return;
    }
    const n = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;
    this.item.text = `$(quote) ${n(a.quotes.length, 'quote', 'quotes')} · ${n(a.speakers.length, 'speaker', 'speakers')} · ${n(a.claims.length, 'claim', 'claims')}`;
    this.item.show();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
