// The npm package as a user gets it: `npm pack` (from the built dist/), a global install of the
// tarball into a temporary prefix without the network, and the `byline` command it puts on the
// PATH, including a run large enough to start worker threads from the installed bundle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The environment without the variables an outer `npm run`/`npm test` sets for its scripts. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_'))), ...extra };
}

function npm(args: string[], cwd: string, env: NodeJS.ProcessEnv): string {
  const r = spawnSync('npm', args, { cwd, env, encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.status, 0, `npm ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

test('npm pack gives a package whose byline command works after a global install', (t) => {
  const root = mkdtempSync(join(tmpdir(), 'byline-pack-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const prefix = join(root, 'prefix');
  const env = cleanEnv({ npm_config_cache: join(root, 'cache'), npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' });

  const packed = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', root], resolve('.'), env)) as { filename: string; files: { path: string }[] }[];
  const files = packed[0].files.map((f) => f.path).sort();
  assert.deepEqual(files, ['CHANGELOG.md', 'LICENSE', 'README.md', 'dist/cli-main.js', 'dist/cli.js', 'dist/core.js', 'dist/server-main.js', 'dist/server.js', 'package.json']);

  npm(['install', '--global', '--offline', '--ignore-scripts', '--prefix', prefix, join(root, packed[0].filename)], root, env);
  const byline = join(prefix, 'bin', 'byline');
  const run = (args: string[], cwd = resolve('.')): { status: number | null; stdout: string; stderr: string } => spawnSync(byline, args, { cwd, encoding: 'utf8', env: cleanEnv({}) });

  const version = run(['--version']);
  assert.equal(version.stdout, `${JSON.parse(readFileSync('package.json', 'utf8')).version}\n`, version.stderr);
  const clean = run(['check', 'test/fixtures/cli/newsroom/clean.txt']);
  assert.equal(clean.status, 0, clean.stderr);
  assert.equal(clean.stdout, '✔ no problems in 1 file\n');
  const flagged = run(['check', '--format', 'sarif', 'test/fixtures/cli/newsroom']);
  assert.equal(flagged.status, 1, flagged.stderr);
  assert.equal(JSON.parse(flagged.stdout).runs[0].results.length, 4);

  // A worker thread: the installed bundle starts itself again through the bin link.
  const many = join(root, 'many');
  mkdirSync(many);
  for (let i = 0; i < 60; i++) writeFileSync(join(many, `a-${String(i).padStart(2, '0')}.txt`), `Headline ${i}\n\n“Nobody owns quote number ${i}.”\n`);
  const big = run(['check', '--verbose', '--jobs', '2', '--format', 'json', many]);
  assert.equal(big.status, 0, big.stderr);
  assert.match(big.stderr, /60 articles in \d+ ms .*2 threads/);
  assert.equal((JSON.parse(big.stdout) as unknown[]).length, 60);
});
