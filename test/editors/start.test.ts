// `npm start` as a person runs it: scripts/start.sh serves VS Code (code-server) with the packaged
// extension and prints a URL; opening that URL in headless Chromium shows the sample article with
// Byline's squiggles; Ctrl+C (SIGINT) stops the script and everything it started.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** Resolves with the first match of `pattern` in the child's output; rejects when the child exits first or after `ms`. */
function waitForOutput(child: ChildProcess, read: () => string, pattern: RegExp, ms: number): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const done = (settle: () => void) => {
      clearTimeout(timer);
      child.stdout?.off('data', check);
      child.off('exit', exit);
      settle();
    };
    const check = () => {
      const m = read().match(pattern);
      if (m) done(() => resolve(m));
    };
    const exit = (code: number | null) => done(() => reject(new Error(`npm start exited with ${code} before printing ${pattern}:\n${read()}`)));
    const timer = setTimeout(() => done(() => reject(new Error(`no ${pattern} in the output of npm start within ${ms / 1000} s:\n${read()}`))), ms);
    child.stdout?.on('data', check);
    child.once('exit', exit);
    check();
    if (child.exitCode !== null) exit(child.exitCode);
  });
}

/** The promise's value, or 'timed out' after `ms`. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | 'timed out'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timed out'>((resolve) => (timer = setTimeout(() => resolve('timed out'), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

test('npm start serves VS Code with Byline on the sample article and stops on Ctrl+C', { timeout: 300_000 }, async () => {
  const state = mkdtempSync(join(tmpdir(), 'byline-start-'));
  // BYLINE_SKIP_BUILD: scripts/test.sh has just built and packaged; start.sh builds if the .vsix is missing.
  const env = { ...process.env, BYLINE_BROWSER: '1', BYLINE_PORT: '0', BYLINE_START_STATE: state, BYLINE_SKIP_BUILD: '1' };
  const start = spawn('bash', ['scripts/start.sh'], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  start.stdout.on('data', (d) => (output += String(d)));
  start.stderr.on('data', (d) => (output += String(d)));
  const exited = new Promise<number | null>((resolve) => start.once('exit', (code) => resolve(code)));
  const browser = await chromium.launchPersistentContext(join(state, 'chromium'), {
    executablePath: process.env.BYLINE_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const [, url] = await waitForOutput(start, () => output, /open this URL in a browser to see the sample article: (\S+)/, 240_000);
    const origin = new URL(url).origin;
    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(url);
    // The URL alone opens the article, as a News Article, with Byline's squiggles on it (any
    // severity: the settings start.sh writes wrap lines, so the warnings may be below the fold).
    await page.locator('.tabs-container .tab', { hasText: 'cnbc-deepseek.txt' }).waitFor({ timeout: 90_000 });
    await page.locator('.monaco-editor :is(.squiggly-error, .squiggly-warning, .squiggly-info)').first().waitFor({ timeout: 90_000 });
    assert.match(await page.locator('.statusbar').innerText(), /News Article/);

    // Ctrl+C: the script stops code-server and exits.
    process.kill(start.pid!, 'SIGINT');
    assert.equal(await within(exited, 20_000), 130, output);
    await assert.rejects(fetch(`${origin}/healthz`), 'code-server no longer answers after Ctrl+C');
  } finally {
    await browser.close().catch(() => {});
    if (start.exitCode === null && start.signalCode === null) {
      // A failure above: SIGTERM lets the script stop code-server (its own process group) first.
      start.kill('SIGTERM');
      if ((await within(exited, 20_000)) === 'timed out') process.kill(-start.pid!, 'SIGKILL');
    }
    rmSync(state, { recursive: true, force: true });
  }
});
