// Speaker navigation for the server: go to definition (the speaker's full introduction), find
// references (every mention and quote), document highlights, and rename across the article.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentHighlightKind, type DocumentHighlight, type Location, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { Analysis, Span, Speaker } from '../core/types';
import { toRange } from './toProtocol';

/** The speaker under an offset: on a mention by name, a resolved pronoun, or inside a quote. */
export function speakerAt(analysis: Analysis, offset: number): { speaker: Speaker; span: Span; byName: boolean } | null {
  for (const s of analysis.speakers) {
    const m = s.mentions.find((x) => x.start <= offset && offset < x.end);
    if (m !== undefined) return { speaker: s, span: m, byName: true };
  }
  for (const q of analysis.quotes) {
    if (q.speakerId === null) continue;
    const m = q.mentionSpan;
    if (m !== null && m.start <= offset && offset < m.end) return { speaker: analysis.speakers[q.speakerId], span: m, byName: false };
    if (q.span.start <= offset && offset < q.span.end) return { speaker: analysis.speakers[q.speakerId], span: q.span, byName: false };
  }
  return null;
}

/** Where the speaker is introduced: the first mention by full name, else the first mention. */
export function definitionOf(doc: TextDocument, analysis: Analysis, offset: number): Location | null {
  const hit = speakerAt(analysis, offset);
  if (hit === null) return null;
  return { uri: doc.uri, range: toRange(doc, introduction(doc, hit.speaker)) };
}

function introduction(doc: TextDocument, s: Speaker): Span {
  const text = doc.getText();
  return s.mentions.find((m) => text.slice(m.start, m.end).replace(/\s+/g, ' ').endsWith(s.name)) ?? s.firstMention;
}

/** Every mention of the speaker and every quote they said. */
export function referencesOf(doc: TextDocument, analysis: Analysis, offset: number, includeDeclaration: boolean): Location[] {
  const hit = speakerAt(analysis, offset);
  if (hit === null) return [];
  const intro = introduction(doc, hit.speaker);
  const spans = [...hit.speaker.mentions.filter((m) => includeDeclaration || m.start !== intro.start), ...hit.speaker.quoteIds.map((id) => analysis.quotes[id].span)];
  spans.sort((a, b) => a.start - b.start);
  return spans.map((s) => ({ uri: doc.uri, range: toRange(doc, s) }));
}

/** Highlights: mentions are read, quotes are what the speaker wrote. */
export function highlightsOf(doc: TextDocument, analysis: Analysis, offset: number): DocumentHighlight[] {
  const hit = speakerAt(analysis, offset);
  if (hit === null) return [];
  return [
    ...hit.speaker.mentions.map((m) => ({ range: toRange(doc, m), kind: DocumentHighlightKind.Read })),
    ...hit.speaker.quoteIds.map((id) => ({ range: toRange(doc, analysis.quotes[id].span), kind: DocumentHighlightKind.Text })),
  ];
}

/** The mention a rename starts from, with its text as the placeholder. */
export function prepareRenameAt(doc: TextDocument, analysis: Analysis, offset: number): { range: Range; placeholder: string } | null {
  const hit = speakerAt(analysis, offset);
  if (hit === null || !hit.byName || hit.speaker.kind === 'unnamed') return null;
  return { range: toRange(doc, hit.span), placeholder: hit.speaker.name };
}

/**
 * Renames a speaker everywhere: full-name mentions take the new full name, surname mentions the
 * new surname, titles stay ("Mr Lehane" → "Mr Fehane").
 */
export function renameSpeaker(doc: TextDocument, analysis: Analysis, offset: number, newName: string): WorkspaceEdit | null {
  const hit = speakerAt(analysis, offset);
  const clean = newName.replace(/\s+/g, ' ').trim();
  if (hit === null || !hit.byName || clean === '') return null;
  const s = hit.speaker;
  const text = doc.getText();
  const oldWords = s.name.split(' ');
  const newWords = clean.split(' ');
  const oldLast = oldWords[oldWords.length - 1];
  const newLast = newWords[newWords.length - 1];
  const edits: TextEdit[] = [];
  for (const m of s.mentions) {
    const written = text.slice(m.start, m.end);
    if (written.endsWith(s.name)) edits.push({ range: toRange(doc, { start: m.end - s.name.length, end: m.end }), newText: clean });
    else if (written.endsWith(oldLast)) edits.push({ range: toRange(doc, { start: m.end - oldLast.length, end: m.end }), newText: newLast });
  }
  return { changes: { [doc.uri]: edits } };
}
