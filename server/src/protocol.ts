// Byline's non-standard LSP messages: every method string, its parameter and result types, and
// which side sends it. Both the client and the server import this module; it imports nothing.

/** An LSP range (zero-based lines, UTF-16 characters). */
export interface WireRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/**
 * `byline/documentAnnotations`, client → server: everything the client draws or navigates for
 * one document (speaker colours, the status bar, next/previous claim and quote, the speaker list).
 * Answered from the same analysis as diagnostics and hovers.
 */
export const DOCUMENT_ANNOTATIONS = 'byline/documentAnnotations';

/** Parameters of `byline/documentAnnotations`. */
export interface DocumentAnnotationsParams {
  uri: string;
}

/** One quote as the client sees it. */
export interface AnnotatedQuote {
  range: WireRange;
  kind: 'speech' | 'term';
  /** Index into `speakers`, or null. */
  speaker: number | null;
  text: string;
}

/** One speaker as the client sees it. */
export interface AnnotatedSpeaker {
  name: string;
  role: string | null;
  organization: string | null;
  firstMention: WireRange;
  quoteCount: number;
}

/** One numeric claim as the client sees it. */
export interface AnnotatedClaim {
  range: WireRange;
  text: string;
  kind: string;
  /** The normalised value with its unit, as the Outline shows it. */
  display: string;
}

/** The result of `byline/documentAnnotations`; null when the document is excluded or too large. */
export interface DocumentAnnotations {
  version: number;
  /** Whether the user wants per-speaker colours for this document. */
  speakerColors: boolean;
  quotes: AnnotatedQuote[];
  speakers: AnnotatedSpeaker[];
  claims: AnnotatedClaim[];
}

/**
 * `byline/exportAnnotations`, client → server: the document's annotations as the CLI writes them
 * (`byline analyze --format json` or `csv`), asked only when the user exports. Null when Byline
 * does not analyse the document.
 */
export const EXPORT_ANNOTATIONS = 'byline/exportAnnotations';

/** Parameters of `byline/exportAnnotations`. */
export interface ExportAnnotationsParams {
  uri: string;
  format: 'json' | 'csv';
}

/** `byline.disableRule`, a client command that code actions name: turns a rule off for the workspace. */
export const DISABLE_RULE_COMMAND = 'byline.disableRule';
