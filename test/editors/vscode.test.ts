// Runs the extension-host suite (test/vscode/suite) in a real VS Code through
// @vscode/test-electron's runTests. Where desktop VS Code can be downloaded set
// BYLINE_VSCODE_EXECUTABLE to it; here the executable is code-server driven by headless Chromium
// (scripts/code-server-vscode.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { runTests } from '@vscode/test-electron';

test('the extension-host suite passes in a real VS Code', { timeout: 400_000 }, async () => {
  execFileSync(process.execPath, ['scripts/build-vscode-tests.mjs'], { stdio: 'inherit' });
  const workspace = mkdtempSync(join(tmpdir(), 'byline-workspace-'));
  copyFileSync('test/fixtures/cnbc-deepseek.txt', join(workspace, 'cnbc-deepseek.txt'));
  writeFileSync(join(workspace, 'requirements.txt'), '“an unattributed quote in a requirements file”\nrequests==2.0\n');
  const code = await runTests({
    vscodeExecutablePath: process.env.BYLINE_VSCODE_EXECUTABLE ?? resolve('scripts/code-server-vscode.mjs'),
    extensionDevelopmentPath: resolve('.'),
    extensionTestsPath: resolve('out/vscode-suite/index.js'),
    launchArgs: [workspace],
  }).finally(() => rmSync(workspace, { recursive: true, force: true }));
  assert.equal(code, 0);
});
