// The answer to `byline/documentAnnotations`: quotes, speakers and claims with ranges, for the
// client's speaker colours, status bar, navigation commands, speaker list and export.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/types';
import type { Settings } from '../core/settings';
import type { DocumentAnnotations } from '../protocol';
import { toCliJson } from '../cli/format';
import { formatValue, toRange } from './toProtocol';

/** Everything the client needs to draw and navigate one document. */
export function documentAnnotations(doc: TextDocument, analysis: Analysis, settings: Settings): DocumentAnnotations {
  const path = (() => {
    try {
      return decodeURIComponent(new URL(doc.uri).pathname);
    } catch {
      return doc.uri;
    }
  })();
  return {
    version: doc.version,
    speakerColors: settings.speakerColors,
    quotes: analysis.quotes.map((q) => ({ range: toRange(doc, q.span), kind: q.kind, speaker: q.speakerId, text: q.text })),
    speakers: analysis.speakers.map((s) => ({ name: s.name, role: s.role, organization: s.organization, firstMention: toRange(doc, s.firstMention), quoteCount: s.quoteIds.length })),
    claims: analysis.claims.map((c) => ({ range: toRange(doc, c.span), text: c.text, kind: c.kind, display: formatValue(c) })),
    export: toCliJson({ path, text: doc.getText(), analysis }),
  };
}
