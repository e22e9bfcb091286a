// The packaged extension as a person uses it: installs dist/byline.vsix into a fresh code-server,
// opens the sample article with Ctrl+P in headless Chromium, waits for the squiggles, rests the
// mouse on a quote and reads the hover, opens the Outline and reads its rows, and takes a
// screenshot (test-results/screenshot.png; UPDATE_SCREENSHOT=1 also copies it to docs/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Runs a command from the command palette, as a person would. */
async function runCommand(page: import('playwright-core').Page, title: string): Promise<void> {
  await page.keyboard.press('Control+Shift+P');
  await page.locator('.quick-input-widget input').waitFor({ timeout: 30_000 });
  await page.keyboard.type(title);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title.replace(/^[^:]+: /, '') }).first();
  try {
    await row.waitFor({ timeout: 15_000 });
  } catch (e) {
    await page.keyboard.press('Escape');
    throw e;
  }
  await page.keyboard.press('Enter');
}

test('a person installs the .vsix, hovers a quote and reads the Outline', { timeout: 300_000 }, async () => {
  const { ENTRY, NODE24, launchBrowser, startCodeServer } = await import('../../scripts/code-server-vscode.mjs');
  if (!existsSync('dist/byline.vsix')) execFileSync('npm', ['run', 'package'], { stdio: 'inherit' });
  const home = mkdtempSync(join(tmpdir(), 'byline-browser-'));
  const extensionsDir = join(home, 'extensions');
  const userDataDir = join(home, 'user-data');
  const workspace = join(home, 'workspace');
  mkdirSync(workspace);
  copyFileSync('test/fixtures/cnbc-deepseek.txt', join(workspace, 'cnbc-deepseek.txt'));
  const env = { ...process.env, XDG_CONFIG_HOME: join(home, 'config'), XDG_DATA_HOME: join(home, 'data'), XDG_CACHE_HOME: join(home, 'cache'), HOME: home };
  const installed = execFileSync(NODE24, [ENTRY, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--install-extension', resolve('dist/byline.vsix')], { env, encoding: 'utf8', timeout: 120_000 });
  assert.match(installed, /byline/i);

  const server = await startCodeServer({ folder: workspace, extensionsDir, userDataDir });
  const browser = await launchBrowser(server.home);
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });

    // A tidy window for the screenshot: no secondary side bar, no Welcome tab.
    if (await page.locator('.part.auxiliarybar').isVisible()) await page.keyboard.press('Control+Alt+B');
    await runCommand(page, 'View: Close All Editors').catch(() => {});

    // Open the article like a person: Ctrl+P, type its name, wait for the row, Enter.
    await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } });
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').waitFor({ timeout: 30_000 });
    await page.keyboard.type('cnbc-deepseek.txt');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'cnbc-deepseek.txt' }).first().waitFor({ timeout: 30_000 });
    await page.keyboard.press('Enter');
    await page.locator('.monaco-editor [class*="squiggly-"]').first().waitFor({ timeout: 60_000 });
    await runCommand(page, 'View: Close Other Editors in Group').catch(() => {});
    // Give the Outline the height of the side bar: fold the file list.
    await page.locator('.pane-header', { hasText: 'workspace' }).first().click().catch(() => {});

    // Open the Outline (command palette), and read its rows.
    await runCommand(page, 'Explorer: Focus on Outline View');
    const outlineRows = page.locator('.outline-pane .monaco-list-row, [id="outline"] .monaco-list-row');
    await outlineRows.filter({ hasText: 'Speakers' }).first().waitFor({ timeout: 60_000 });
    await outlineRows.filter({ hasText: 'Chris Lehane' }).first().waitFor({ timeout: 30_000 });
    const rows = await outlineRows.allInnerTexts();
    assert.ok(rows.some((r) => r.includes('Chris Lehane') && r.includes('chief global affairs officer')), `Chris Lehane is in the Outline: ${rows.join(' | ')}`);
    // Collapse Speakers to see the groups after it, then open it again.
    const speakersRow = outlineRows.filter({ hasText: 'Speakers' }).first();
    await speakersRow.locator('.monaco-tl-twistie').click();
    await outlineRows.filter({ hasText: 'Claims' }).first().waitFor({ timeout: 30_000 });
    const claimsRow = outlineRows.filter({ hasText: /^Claims/ }).first();
    await claimsRow.locator('.monaco-tl-twistie').click();
    await outlineRows.filter({ hasText: /^Unattributed/ }).first().waitFor({ timeout: 30_000 });
    const groups = await outlineRows.allInnerTexts();
    const group = (r: string): string => ['Speakers', 'Claims', 'Unattributed'].find((g) => r.startsWith(g)) ?? r;
    assert.deepEqual(groups.map(group).slice(0, 3), ['Speakers', 'Claims', 'Unattributed']);
    assert.ok(groups.includes('The fight has begun.'), 'the unattributed quote is listed');
    await speakersRow.locator('.monaco-tl-twistie').click();

    // Bring the quote into view (Ctrl+G, line number) and rest the mouse on it.
    const text = readFileSync(join(workspace, 'cnbc-deepseek.txt'), 'utf8');
    // Each speaker's quotes carry a background colour (editor decorations).
    assert.ok((await page.locator('.monaco-editor .view-overlays [class*="ced-"]').count()) > 0, 'speaker colours are drawn');

    // "Byline: Show Speakers" lists the speakers; choosing one jumps to their introduction.
    await runCommand(page, 'Byline: Show Speakers');
    const pick = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Meredith Whitaker' }).first();
    await pick.waitFor({ timeout: 30_000 });
    assert.match(await pick.innerText(), /president/);
    await page.keyboard.type('Whitaker');
    await page.keyboard.press('Enter');
    const whitakerLine = text.slice(0, text.indexOf('Meredith Whitaker')).split('\n').length;
    await page.locator('.statusbar-item', { hasText: new RegExp(`^Ln ${whitakerLine},`) }).first().waitFor({ timeout: 15_000 });


    const line = text.slice(0, text.indexOf('What DeepSeek really reinforces')).split('\n').length;
    await page.keyboard.press('Control+1'); // focus the editor, wherever it is scrolled
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').waitFor();
    await page.keyboard.type(String(line));
    await page.keyboard.press('Enter');
    const word = page.locator('.monaco-editor .view-line span', { hasText: 'reinforces' }).first();
    await word.waitFor({ timeout: 30_000 });
    // hover() waits until the quote has stopped moving (Ctrl+G scrolls the editor) before it moves
    // the mouse there. A person who sees no card nudges the mouse: up to three tries, 10 s each.
    const hover = page.locator('.monaco-hover-content', { hasText: 'Chris Lehane' }).first();
    for (let attempt = 1; ; attempt++) {
      await word.hover({ position: { x: 16 + 4 * attempt, y: 8 }, timeout: 30_000 });
      try {
        await hover.waitFor({ timeout: 10_000 });
        break;
      } catch (e) {
        if (attempt === 3) throw e;
        console.log(`no speaker card after try ${attempt}; moving the mouse again`);
        await page.mouse.move(1, 1);
      }
    }
    const hoverText = await hover.innerText();
    assert.match(hoverText, /Chris Lehane/);
    assert.match(hoverText, /chief global affairs officer/);

    // The status bar counts the article.
    const status = await page.locator('.statusbar-item', { hasText: 'speakers' }).first().innerText();
    assert.match(status, /\d+ quotes · \d+ speakers · \d+ claims/);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/screenshot.png', animations: 'disabled' });
    if (process.env.UPDATE_SCREENSHOT === '1') copyFileSync('test-results/screenshot.png', 'docs/screenshot.png');
  } catch (e) {
    mkdirSync('test-results', { recursive: true });
    await browser.pages()[0]?.screenshot({ path: 'test-results/browser-failure.png' }).catch(() => {});
    throw e;
  } finally {
    await browser.close().catch(() => {});
    server.stop();
    rmSync(home, { recursive: true, force: true });
  }
});
