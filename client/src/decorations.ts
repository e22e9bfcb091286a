// Gives each speaker's quotes their own subtle, stable colour (the colour follows the speaker's
// name, so it stays the same across edits and sessions). Turned off by `byline.speakerColors`.
import * as vscode from 'vscode';
import { type AnnotationStore, toVsRange } from './annotations';

/** Soft hues that read on light and dark themes alike. */
const PALETTE = ['rgba(66,133,244,0.13)', 'rgba(219,68,55,0.12)', 'rgba(15,157,88,0.13)', 'rgba(244,160,0,0.15)', 'rgba(171,71,188,0.13)', 'rgba(0,172,193,0.14)', 'rgba(255,112,67,0.13)', 'rgba(124,179,66,0.15)'];

/** The palette index of a speaker: a hash of the name, so it never depends on order. */
export function colorIndex(name: string): number {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  return (h >>> 0) % PALETTE.length;
}

/** Draws the speaker colours of visible articles. */
export class SpeakerColors implements vscode.Disposable {
  private readonly types = PALETTE.map((c) => vscode.window.createTextEditorDecorationType({ backgroundColor: c, borderRadius: '2px', rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed }));
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly store: AnnotationStore) {
    this.subscriptions.push(
      store.onDidChange((doc) => this.drawAll(doc)),
      vscode.window.onDidChangeVisibleTextEditors(() => {
        for (const e of vscode.window.visibleTextEditors) void this.draw(e);
      }),
    );
  }

  private drawAll(doc: vscode.TextDocument): void {
    for (const e of vscode.window.visibleTextEditors) if (e.document === doc) void this.draw(e);
  }

  private async draw(editor: vscode.TextEditor): Promise<void> {
    const a = this.store.peek(editor.document) ?? (await this.store.get(editor.document));
    const ranges: vscode.Range[][] = PALETTE.map(() => []);
    if (a !== null && a !== undefined && a.speakerColors) {
      for (const q of a.quotes) if (q.speaker !== null) ranges[colorIndex(a.speakers[q.speaker].name)].push(toVsRange(q.range));
    }
    this.types.forEach((t, i) => editor.setDecorations(t, ranges[i]));
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    for (const t of this.types) t.dispose();
  }
}
