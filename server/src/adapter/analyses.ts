// One analysis per (document, version), shared by every feature; per-document settings read
// through `workspace/configuration` and cached until the configuration changes. Documents that
// are excluded, too large or binary are not analysed. Only the documents used most recently keep
// their analysis between requests: the editor asks for tokens, hints and symbols of the ones in
// view, and an analysis weighs several times its text, so fifty open articles would otherwise
// keep fifty. A document that lost its analysis is analysed again when a feature asks for it.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { minimatch } from 'minimatch';
import { analyze } from '../core/analyze';
import type { Analysis } from '../core/types';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';

/** Reads the `byline` section for one document; the server wires it to the client. */
export type SettingsReader = (uri: string) => Promise<Settings>;

/** Why a document is not analysed. */
export type Skipped = 'excluded' | 'too-large' | 'binary';

/** How many documents keep their latest analysis: more than an editor shows side by side. */
export const KEPT_ANALYSES = 8;

/** Caches analyses (of the most recently used documents) and settings (of every open document). */
export class AnalysisCache {
  /** In order of use, the most recent last. */
  private readonly analyses = new Map<string, { version: number; analysis: Analysis }>();
  private readonly settings = new Map<string, Promise<Settings>>();

  constructor(private readonly readSettings: SettingsReader) {}

  /** The settings of a document (cached). */
  settingsFor(uri: string): Promise<Settings> {
    let s = this.settings.get(uri);
    if (s === undefined) {
      s = this.readSettings(uri).catch(() => DEFAULT_SETTINGS);
      this.settings.set(uri, s);
    }
    return s;
  }

  /** The analysis of this version of the document, computed once; null when it is skipped. */
  async analysisFor(doc: TextDocument): Promise<Analysis | null> {
    const settings = await this.settingsFor(doc.uri);
    if (skipReason(doc, settings) !== null) return null;
    return this.analysisWith(doc, settings);
  }

  /** Like `analysisFor`, when the settings are already at hand. */
  analysisWith(doc: TextDocument, settings: Settings): Analysis {
    const cached = this.analyses.get(doc.uri);
    this.analyses.delete(doc.uri);
    const analysis = cached !== undefined && cached.version === doc.version ? cached.analysis : analyze(doc.getText(), settings);
    this.analyses.set(doc.uri, { version: doc.version, analysis });
    // The least recently used document lets its analysis go.
    if (this.analyses.size > KEPT_ANALYSES) this.analyses.delete(this.analyses.keys().next().value!);
    return analysis;
  }

  /** Forgets a closed document. */
  forget(uri: string): void {
    this.analyses.delete(uri);
    this.settings.delete(uri);
  }

  /** Forgets every setting and analysis (the configuration changed). */
  clear(): void {
    this.analyses.clear();
    this.settings.clear();
  }
}

/** Why this document is not analysed, or null when it is. */
export function skipReason(doc: TextDocument, settings: Settings): Skipped | null {
  if (isExcluded(doc.uri, settings)) return 'excluded';
  if (doc.getText().length > settings.maxFileSize) return 'too-large';
  if (doc.getText().includes('\u0000')) return 'binary';
  return null;
}

/** True when the document's path matches one of the `byline.exclude` globs. */
export function isExcluded(uri: string, settings: Settings): boolean {
  let path: string;
  try {
    const u = new URL(uri);
    path = decodeURIComponent(u.pathname);
  } catch {
    return false;
  }
  return settings.exclude.some((glob) => minimatch(path, glob, { dot: true, nocase: true }));
}
