// One analysis per (document, version), shared by every feature; per-document settings read
// through `workspace/configuration` and cached until the configuration changes. Documents that
// are excluded, too large or binary are not analysed. An analysis weighs several times its text,
// so only documents that features asked about lately (the editor asks for tokens, hints and
// symbols of the ones in view) keep theirs between requests; the analysis made only to publish the
// diagnostics of any other open document is let go at once, and made again if a feature asks.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { matchesGlob } from '../glob';
import { analyze } from '../core/analyze';
import type { Analysis } from '../core/types';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';

/** Reads the `byline` section for one document; the server wires it to the client. */
export type SettingsReader = (uri: string) => Promise<Settings>;

/** Why a document is not analysed. */
export type Skipped = 'excluded' | 'too-large' | 'binary';

/** How many documents that features asked about keep their analysis: more than an editor shows side by side. */
export const KEPT_ANALYSES = 8;

/** Caches settings (of every open document) and analyses (of the documents features want). */
export class AnalysisCache {
  /** Documents whose analysis a feature asked for, the most recent last; at most KEPT_ANALYSES. */
  private readonly wanted = new Set<string>();
  /** The latest analysis of each wanted document. */
  private readonly analyses = new Map<string, { version: number; analysis: Analysis }>();
  private readonly settings = new Map<string, Promise<Settings>>();
  /** Whether each document's path matches an `exclude` glob of the settings named: matched once, not at every change. */
  private readonly excluded = new Map<string, { settings: Settings; excluded: boolean }>();

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

  /** The analysis a feature asks for: of this version of the document, computed once; null when it is skipped. */
  async analysisFor(doc: TextDocument): Promise<Analysis | null> {
    const settings = await this.settingsFor(doc.uri);
    if (this.skipReason(doc, settings) !== null) return null;
    this.want(doc.uri);
    return this.analysisWith(doc, settings);
  }

  /** The analysis of this version of the document, when the settings are already at hand; kept if a feature wants it. */
  analysisWith(doc: TextDocument, settings: Settings): Analysis {
    const cached = this.analyses.get(doc.uri);
    if (cached !== undefined && cached.version === doc.version) return cached.analysis;
    const analysis = analyze(doc.getText(), settings);
    if (this.wanted.has(doc.uri)) this.analyses.set(doc.uri, { version: doc.version, analysis });
    return analysis;
  }

  /** Why this version of the document is not analysed under these settings (its own), or null when it is. */
  skipReason(doc: TextDocument, settings: Settings): Skipped | null {
    let known = this.excluded.get(doc.uri);
    if (known?.settings !== settings) {
      known = { settings, excluded: isExcluded(doc.uri, settings) };
      this.excluded.set(doc.uri, known);
    }
    return skipReason(doc, settings, known.excluded);
  }

  /** Marks a document as wanted by a feature; the one wanted longest ago beyond the limit lets its analysis go. */
  private want(uri: string): void {
    this.wanted.delete(uri);
    this.wanted.add(uri);
    if (this.wanted.size <= KEPT_ANALYSES) return;
    const oldest = this.wanted.values().next().value!;
    this.wanted.delete(oldest);
    this.analyses.delete(oldest);
  }

  /** Forgets a closed document. */
  forget(uri: string): void {
    this.wanted.delete(uri);
    this.analyses.delete(uri);
    this.settings.delete(uri);
    this.excluded.delete(uri);
  }

  /** Forgets every setting and analysis (the configuration changed). */
  clear(): void {
    this.analyses.clear();
    this.settings.clear();
    this.excluded.clear();
  }
}

/** Why this document is not analysed, or null when it is; `excluded` is whether its path matches an `exclude` glob, when already known. */
export function skipReason(doc: TextDocument, settings: Settings, excluded = isExcluded(doc.uri, settings)): Skipped | null {
  if (excluded) return 'excluded';
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
  return settings.exclude.some((glob) => matchesGlob(path, glob, { dot: true, nocase: true }));
}
