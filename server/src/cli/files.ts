// Turns the CLI's path arguments into the list of articles to read, and reads one article.
// Arguments are files (always read, even when an `exclude` glob matches them), folders (walked
// recursively for `*.txt`, honouring `exclude`), globs that the shell did not expand (same), and
// `-` for standard input. Reading never throws on bad bytes: invalid UTF-8 becomes U+FFFD with a
// warning, and a file with NUL bytes is binary and skipped.
import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { matchesGlob } from '../glob';
import type { Settings } from '../core/settings';
import { type ConfigResolver, isExcluded, isFolderExcluded } from './config';

/** How reports name standard input when --stdin-filename is not given. */
export const STDIN_NAME = '<stdin>';

/** One article to analyse. */
export interface Target {
  /** The path to read, or `-` for standard input. */
  path: string;
  /** The name used in reports: the path as the user wrote it or as the walk built it. */
  display: string;
  settings: Settings;
}

/** A path argument that gave no article, as a sentence for standard error. */
export interface TargetError {
  arg: string;
  message: string;
}

/** The articles the arguments name, in argument order (folders sorted by name), each once. */
export function collectTargets(args: string[], configs: ConfigResolver, stdinName: string): { targets: Target[]; errors: TargetError[] } {
  const targets: Target[] = [];
  const errors: TargetError[] = [];
  const seen = new Set<string>();
  const add = (path: string, display: string): void => {
    const key = path === '-' ? '-' : resolve(path);
    if (seen.has(key)) return;
    seen.add(key);
    // Standard input takes the configuration of the folder of --stdin-filename, else of the current folder.
    const settings = configs.forFile(path === '-' ? (stdinName === STDIN_NAME ? join(process.cwd(), STDIN_NAME) : stdinName) : path).settings;
    targets.push({ path, display, settings });
  };
  for (const arg of args) {
    if (arg === '-') {
      add('-', stdinName);
      continue;
    }
    let isDir = false;
    let exists = true;
    try {
      isDir = statSync(arg).isDirectory();
    } catch (e) {
      exists = false;
      if (!hasMagic(arg)) {
        errors.push({ arg, message: `cannot read ${arg}: ${describeError(e)}` });
        continue;
      }
    }
    if (exists && !isDir) {
      add(arg, arg);
      continue;
    }
    const found = exists ? walk(arg, configs, () => true) : expandGlob(arg, configs);
    for (const f of found) add(f, f);
    if (found.length === 0) errors.push({ arg, message: exists ? `no articles in ${arg} (no *.txt file that is not excluded)` : `no articles match ${arg}` });
  }
  return { targets, errors };
}

/** A Node error as a short phrase. */
export function describeError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return (e as Error).message;
}

/** True when the argument has glob characters the shell left unexpanded. */
function hasMagic(arg: string): boolean {
  return /[*?[\]{}]/.test(arg);
}

/** Expands a glob: walks from its longest literal folder and keeps matching `.txt` files. */
function expandGlob(pattern: string, configs: ConfigResolver): string[] {
  const slashed = pattern.replace(/\\/g, '/');
  const parts = slashed.split('/');
  const literal: string[] = [];
  for (const p of parts) {
    if (hasMagic(p)) break;
    literal.push(p);
  }
  const base = literal.length === 0 ? '.' : literal.join('/') === '' ? '/' : literal.join('/');
  try {
    if (!statSync(base).isDirectory()) return [];
  } catch {
    return [];
  }
  const prefix = literal.length === 0 ? './' : '';
  return walk(base, configs, (path) => matchesGlob(prefix + path, slashed, { dot: false }) || matchesGlob(path, slashed, { dot: false }));
}

/**
 * Every `*.txt` file under a folder that the filter keeps and no `exclude` glob matches, sorted by
 * name at each level. Symbolic links to folders are not followed (no cycles); links to files are.
 */
function walk(root: string, configs: ConfigResolver, keep: (path: string) => boolean): string[] {
  const out: string[] = [];
  const visit = (folder: string): void => {
    // A folder that is a symbolic link is entered only when named as the root.
    const config = configs.forFolder(folder);
    if (isFolderExcluded(folder, config)) return;
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const path = childPath(folder, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          isFile = statSync(path).isFile();
        } catch {
          isFile = false;
        }
        isDir = false;
      }
      if (isDir) visit(path);
      else if (isFile && e.name.toLowerCase().endsWith('.txt') && keep(path.replace(/\\/g, '/')) && !isExcluded(path, config)) out.push(path);
    }
  };
  visit(root);
  return out;
}

/** A child's path that keeps the folder as written (`./drafts` stays `./drafts/x.txt`, for globs). */
function childPath(folder: string, name: string): string {
  if (folder === '.') return name;
  return folder.endsWith('/') || folder.endsWith(sep) ? folder + name : folder + sep + name;
}

/** What reading one article gave: its text (with warnings), or why it was skipped. */
export type ReadResult = { text: string; warnings: string[] } | { skipped: string };

/** Reads an article as UTF-8 without its byte-order mark; `-` reads standard input. Throws only on I/O errors. */
export function readArticle(path: string, maxFileSize: number): ReadResult {
  const bytes = readFileSync(path === '-' ? 0 : path);
  if (bytes.includes(0)) return { skipped: 'binary file (it contains NUL bytes)' };
  const warnings: string[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    warnings.push('not valid UTF-8; the invalid bytes were read as U+FFFD');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.length > maxFileSize) return { skipped: `larger than maxFileSize (${text.length} > ${maxFileSize} characters)` };
  return { text, warnings };
}
