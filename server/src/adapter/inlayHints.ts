// Inlay hints: after a pronoun that was resolved ("he said") and at the start of a quote whose
// speaker was carried over from the paragraph before, the speaker's name.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type InlayHint, InlayHintKind } from 'vscode-languageserver';
import type { Analysis } from '../core/types';

/** Hints within [start, end) of the document. */
export function inlayHints(doc: TextDocument, analysis: Analysis, start: number, end: number): InlayHint[] {
  const hints: InlayHint[] = [];
  const seen = new Set<number>();
  for (const q of analysis.quotes) {
    if (q.speakerId === null || q.span.end < start || q.span.start > end) continue;
    const name = analysis.speakers[q.speakerId].name;
    if (q.attribution === 'pronoun' && q.mentionSpan !== null && !seen.has(q.mentionSpan.end)) {
      seen.add(q.mentionSpan.end);
      hints.push({ position: doc.positionAt(q.mentionSpan.end), label: `: ${name}`, kind: InlayHintKind.Parameter, paddingLeft: false, tooltip: `Byline resolved this pronoun to ${name}.` });
    }
    if (q.attribution === 'continuation') {
      hints.push({ position: doc.positionAt(q.span.start), label: `${name}:`, kind: InlayHintKind.Parameter, paddingRight: true, tooltip: `Continues the quote of ${name} from the paragraph before.` });
    }
  }
  return hints;
}
