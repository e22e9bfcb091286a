// The answers to `byline/documentAnnotations` (quotes, speakers and claims with ranges, for the
// client's speaker colours, status bar, navigation commands and speaker list) and to
// `byline/exportAnnotations` (the CLI's JSON or CSV of the document).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/types';
import type { Settings } from '../core/settings';
import type { DocumentAnnotations } from '../protocol';
import { CSV_HEADER, toCliCsvRows, toCliJson, toCsv } from '../cli/format';
import { formatValue, toRange } from './toProtocol';

/** Everything the client needs to draw and navigate one document. */
export function documentAnnotations(doc: TextDocument, analysis: Analysis, settings: Settings): DocumentAnnotations {
  return {
    version: doc.version,
    speakerColors: settings.speakerColors,
    quotes: analysis.quotes.map((q) => ({ range: toRange(doc, q.span), kind: q.kind, speaker: q.speakerId, text: q.text })),
    speakers: analysis.speakers.map((s) => ({ name: s.name, role: s.role, organization: s.organization, firstMention: toRange(doc, s.firstMention), quoteCount: s.quoteIds.length })),
    claims: analysis.claims.map((c) => ({ range: toRange(doc, c.span), text: c.text, kind: c.kind, display: formatValue(c) })),
  };
}

/** The document as `byline analyze --format json|csv` would write it. */
export function exportAnnotations(doc: TextDocument, analysis: Analysis, format: 'json' | 'csv'): string {
  let path = doc.uri;
  try {
    path = decodeURIComponent(new URL(doc.uri).pathname);
  } catch {
    // Not a URL: keep the URI as the path.
  }
  const file = { path, text: doc.getText(), analysis };
  return format === 'csv' ? toCsv([CSV_HEADER, ...toCliCsvRows(file)]) : `${JSON.stringify(toCliJson(file), null, 2)}\n`;
}
