// Helpers for the CLI tests: run the bundled `dist/cli.js` as a subprocess, and make throwaway
// folders of articles that are removed when the test ends.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { TestContext } from 'node:test';

/** The bundled CLI. */
export const CLI = resolve('dist/cli.js');

/** What one run of the CLI gave. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/cli.js ARGS` (from `cwd`, default the repository) with optional standard input. */
export function cli(args: readonly string[], options: { input?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input: options.input ?? '', cwd: options.cwd, env: options.env ?? process.env, timeout: 60_000 });
  if (r.error !== undefined) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary folder holding these files (relative path → content), removed after the test. */
export function tempTree(t: TestContext, files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'byline-cli-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  for (const [path, body] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, body);
  }
  return root;
}

/** Lines of a report, without the final empty one. */
export function lines(text: string): string[] {
  return text.split('\n').filter((l, i, all) => !(l === '' && i === all.length - 1));
}
