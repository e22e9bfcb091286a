// Reads the CLI's command line into options, or a usage error. No side effects.

/** The usage text of `byline --help`. */
export const USAGE = `Usage: byline check [--format text|json|sarif] [--max-warnings N] PATH...
       byline analyze [--format text|json|csv] PATH...

PATH is a file, a folder (every *.txt in it and below, except the "exclude" globs), a glob in
quotes ("articles/**/*.txt"), or - for standard input.

Options:
  --format F           the report's format (check: text, json or sarif; analyze: text, json or csv)
  --max-warnings N     check: exit 1 when there are more than N warnings (default: no limit)
  --jobs N             threads that analyse (default: one per idle core, fewer for less than 1 MB a thread)
  --stdin-filename F   the name of standard input in reports and for finding .bylinerc.json
  --verbose            say on standard error which settings files, how many threads and how long
  -h, --help           this text
  -v, --version        Byline's version

Settings come from the nearest .bylinerc.json in each file's folder or above, for example
{ "exclude": ["drafts/**"], "rules": { "unattributed-quote": "off" } }.
Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors or too many warnings
(analyze: a file could not be read), 2 usage, configuration or I/O error.`;

/** The formats each command accepts; text is the default for both. */
export const FORMATS = { check: ['text', 'json', 'sarif'], analyze: ['json', 'text', 'csv'] } as const;

/** A command line that runs a command. */
export interface RunOptions {
  command: 'check' | 'analyze';
  format: string;
  /** check: the number of warnings allowed before exit code 1, or null for no limit. */
  maxWarnings: number | null;
  /** The threads that analyse files (this one included), or null to choose from the cores and the amount of text. */
  jobs: number | null;
  /** The name of standard input in reports, or null. */
  stdinFilename: string | null;
  /** Say on standard error which configuration files were read, how many threads ran and how long it took. */
  verbose: boolean;
  paths: string[];
}

/** What the command line asks for. */
export type Parsed = { kind: 'help' } | { kind: 'version' } | { kind: 'run'; options: RunOptions } | { kind: 'error'; message: string; showUsage: boolean };

/** Reads the arguments after `node cli.js`. */
export function parseArgs(argv: readonly string[]): Parsed {
  const [command, ...rest] = argv;
  if (command === undefined) return { kind: 'error', message: 'no command given', showUsage: true };
  if (command === '--help' || command === '-h' || command === 'help') return { kind: 'help' };
  if (command === '--version' || command === '-v') return { kind: 'version' };
  if (command !== 'check' && command !== 'analyze') return { kind: 'error', message: `unknown command '${command}'`, showUsage: true };
  const options: RunOptions = { command, format: 'text', maxWarnings: null, jobs: null, stdinFilename: null, verbose: false, paths: [] };
  let onlyPaths = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (onlyPaths || a === '-' || !a.startsWith('-')) {
      options.paths.push(a);
      continue;
    }
    if (a === '--') {
      onlyPaths = true;
      continue;
    }
    if (a === '--help' || a === '-h') return { kind: 'help' };
    if (a === '--verbose') {
      options.verbose = true;
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq >= 0 ? a.slice(0, eq) : a;
    const takesValue = ['--format', '--max-warnings', '--jobs', '--stdin-filename'].includes(name);
    if (!takesValue) return { kind: 'error', message: `unknown option '${a}'`, showUsage: true };
    const value = eq >= 0 ? a.slice(eq + 1) : rest[++i];
    if (value === undefined) return { kind: 'error', message: `${name} needs a value`, showUsage: true };
    if (name === '--format') {
      const allowed: readonly string[] = FORMATS[command];
      if (!allowed.includes(value)) return { kind: 'error', message: `--format takes ${allowed.join(' or ')} for ${command}, not '${value}'`, showUsage: false };
      options.format = value;
    } else if (name === '--max-warnings') {
      if (command !== 'check') return { kind: 'error', message: '--max-warnings is an option of check', showUsage: false };
      if (!/^\d+$/.test(value)) return { kind: 'error', message: `--max-warnings takes a whole number of 0 or more, not '${value}'`, showUsage: false };
      options.maxWarnings = Number(value);
    } else if (name === '--jobs') {
      if (!/^\d+$/.test(value) || Number(value) < 1) return { kind: 'error', message: `--jobs takes a whole number of 1 or more, not '${value}'`, showUsage: false };
      options.jobs = Number(value);
    } else {
      options.stdinFilename = value;
    }
  }
  if (options.paths.length === 0) return { kind: 'error', message: 'no files given', showUsage: true };
  if (options.paths.filter((p) => p === '-').length > 1) return { kind: 'error', message: 'standard input (-) can be read only once', showUsage: false };
  return { kind: 'run', options };
}
