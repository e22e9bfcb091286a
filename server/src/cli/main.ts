// The Byline command line: `byline analyze [--format json|text] FILE...` prints what the core finds
// in each article. It reads files and writes only to standard output and standard error.
import { readFileSync } from 'node:fs';
import { analyze } from '../core/analyze';
import { toCliJson, toCliText } from './format';

const USAGE = 'Usage: byline analyze [--format json|text] FILE...';

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === undefined) {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command !== 'analyze') {
    process.stderr.write(`byline: unknown command '${command}'.\n${USAGE}\n`);
    return 2;
  }
  let format: 'json' | 'text' = 'text';
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i];
      if (v !== 'json' && v !== 'text') {
        process.stderr.write(`byline: --format takes json or text, not '${v ?? ''}'.\n`);
        return 2;
      }
      format = v;
    } else if (a.startsWith('-') && a !== '-') {
      process.stderr.write(`byline: unknown option '${a}'.\n${USAGE}\n`);
      return 2;
    } else files.push(a);
  }
  if (files.length === 0) {
    process.stderr.write(`byline: no files given.\n${USAGE}\n`);
    return 2;
  }
  let failed = false;
  const results = [];
  for (const path of files) {
    let text: string;
    try {
      text = readArticle(path);
    } catch (e) {
      failed = true;
      const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as NodeJS.ErrnoException).code === 'EISDIR' ? 'is a folder' : (e as Error).message;
      process.stderr.write(`byline: cannot read ${path}: ${reason}.\n`);
      continue;
    }
    results.push({ path, text, analysis: analyze(text) });
  }
  process.stdout.write(format === 'json' ? `${JSON.stringify(results.map(toCliJson), null, 2)}\n` : results.map(toCliText).join('\n'));
  return failed ? 1 : 0;
}

/** Reads a file as UTF-8 without its byte-order mark; `-` reads standard input. */
function readArticle(path: string): string {
  const text = readFileSync(path === '-' ? 0 : path, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

process.exitCode = main(process.argv.slice(2));
