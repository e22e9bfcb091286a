// Finds and reads `.bylinerc.json`: the nearest one in the file's folder or any folder above it
// wins (no merging). Its shape is the VS Code `byline` section (`{ "exclude": [...], "rules":
// { "unattributed-quote": "off" } }`), read with the core's `parseSettings`. Results are cached
// per folder. Node's fs is allowed here; the core never reads files.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { matchesGlob } from '../glob';
import { parseSettings, DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { RULES } from '../core/rules/index';

/** The configuration file's name. */
export const CONFIG_FILE = '.bylinerc.json';

/** A configuration file that cannot be read or is not valid JSON. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`invalid configuration ${file}: ${reason}`);
  }
}

/** The settings that apply in one folder, and where they came from. */
export interface FolderConfig {
  settings: Settings;
  /** The absolute path of the `.bylinerc.json` used, or null when none was found (defaults). */
  file: string | null;
  /** That file's JSON value, for callers that layer it over other settings; null with no file. */
  raw: unknown;
  /** Problems that did not stop the file being used (unknown rules, bad levels), as sentences. */
  problems: string[];
}

const LEVELS = ['off', 'hint', 'information', 'warning', 'error'];

/** Reads one configuration file: its raw JSON value (for callers that merge it with other settings). */
export function readConfigFile(file: string): unknown {
  let body: string;
  try {
    body = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(file, (e as Error).message);
  }
  if (body.charCodeAt(0) === 0xfeff) body = body.slice(1);
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (e) {
    throw new ConfigError(file, `not valid JSON (${(e as Error).message})`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError(file, 'expected a JSON object like { "rules": { "unattributed-quote": "off" } }');
  return raw;
}

/** What `parseSettings` would silently ignore in a raw configuration, as sentences. */
export function configProblems(raw: unknown): string[] {
  const problems: string[] = [];
  const r = raw as Record<string, unknown>;
  if (r.exclude !== undefined && (!Array.isArray(r.exclude) || r.exclude.some((x) => typeof x !== 'string'))) problems.push('"exclude" should be an array of glob strings');
  if (r.rules !== undefined) {
    if (r.rules === null || typeof r.rules !== 'object' || Array.isArray(r.rules)) problems.push('"rules" should be an object of rule ids and levels');
    else {
      for (const [id, level] of Object.entries(r.rules as Record<string, unknown>)) {
        if (!RULES.some((rule) => rule.id === id)) problems.push(`unknown rule "${id}" is ignored`);
        else if (typeof level !== 'string' || !LEVELS.includes(level)) problems.push(`rule "${id}": level should be one of ${LEVELS.join(', ')}`);
      }
    }
  }
  return problems;
}

/** Finds the configuration of files in each folder, reading each file and folder once. */
export class ConfigResolver {
  private readonly byFolder = new Map<string, FolderConfig>();
  private readonly byFile = new Map<string, FolderConfig>();

  /** The configuration for a file (by its path). Throws ConfigError for a broken `.bylinerc.json`. */
  forFile(path: string): FolderConfig {
    return this.forFolder(dirname(resolve(path)));
  }

  /** The configuration for files directly in this folder. Throws ConfigError for a broken `.bylinerc.json`. */
  forFolder(folder: string): FolderConfig {
    const abs = resolve(folder);
    const cached = this.byFolder.get(abs);
    if (cached !== undefined) return cached;
    const candidate = join(abs, CONFIG_FILE);
    let found: FolderConfig;
    if (isFile(candidate)) {
      found = this.byFile.get(candidate) ?? this.load(candidate);
    } else {
      const parent = dirname(abs);
      found = parent === abs ? { settings: DEFAULT_SETTINGS, file: null, raw: null, problems: [] } : this.forFolder(parent);
    }
    this.byFolder.set(abs, found);
    return found;
  }

  /** Forgets everything read, e.g. when a watcher sees a `.bylinerc.json` change. */
  clear(): void {
    this.byFolder.clear();
    this.byFile.clear();
  }

  /** Every configuration file read so far, in the order first read. */
  loadedFiles(): FolderConfig[] {
    return [...this.byFile.values()];
  }

  private load(file: string): FolderConfig {
    const raw = readConfigFile(file);
    const loaded = { settings: parseSettings(raw), file, raw, problems: configProblems(raw) };
    this.byFile.set(file, loaded);
    return loaded;
  }
}

/**
 * True when a path matches one of the configuration's `exclude` globs. Each glob is tried on the
 * absolute path (as the server does, so `**\/drafts/**` works everywhere) and, when the settings
 * came from a `.bylinerc.json`, on the path relative to that file's folder (so `drafts/**` works).
 */
export function isExcluded(path: string, config: FolderConfig): boolean {
  const abs = toSlashes(resolve(path));
  const rel = config.file === null ? null : toSlashes(relative(dirname(config.file), resolve(path)));
  return config.settings.exclude.some((glob) => matchesGlob(abs, glob, GLOB) || (rel !== null && !rel.startsWith('../') && matchesGlob(rel, glob, GLOB)));
}

/**
 * True when every file under this folder is excluded, so a walk need not enter it: some glob
 * ends in `/**` and its head matches the folder.
 */
export function isFolderExcluded(folder: string, config: FolderConfig): boolean {
  const abs = toSlashes(resolve(folder));
  const rel = config.file === null ? null : toSlashes(relative(dirname(config.file), resolve(folder)));
  return config.settings.exclude.some((glob) => {
    if (!glob.endsWith('/**')) return false;
    const head = glob.slice(0, -3);
    return matchesGlob(abs, head, GLOB) || (rel !== null && rel !== '' && !rel.startsWith('../') && matchesGlob(rel, head, GLOB));
  });
}

const GLOB = { dot: true, nocase: true } as const;

function toSlashes(p: string): string {
  return sep === '\\' ? p.replace(/\\/g, '/') : p;
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}
