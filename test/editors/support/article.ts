// Shared by the headless-editor tests (Neovim, Emacs): a private copy of the sample article, the
// position of the Lehane quote to hover, the text of a hover in any of LSP's three shapes, and the
// shapes of the diagnostics and symbols they report.
import assert from 'node:assert/strict';
import type { TestContext } from 'node:test';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A diagnostic as the headless editors report it. */
export interface Diagnostic {
  code?: string | number;
  source?: string;
  message: string;
}

/** A document symbol as the headless editors report it. */
export interface DocumentSymbol {
  name: string;
  children?: DocumentSymbol[];
}

/** A temporary folder holding cnbc-deepseek.txt (removed after the test), and where to hover. */
export function sampleArticle(t: TestContext, prefix: string): { dir: string; article: string; line: number; character: number } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const article = join(dir, 'cnbc-deepseek.txt');
  copyFileSync('test/fixtures/cnbc-deepseek.txt', article);
  // Hover on the "DeepSeek" of “What DeepSeek really reinforces…”, which Chris Lehane said.
  const text = readFileSync(article, 'utf8');
  const offset = text.indexOf('“What DeepSeek really reinforces');
  assert.ok(offset >= 0, 'the sample article holds the Lehane quote');
  const before = text.slice(0, offset + 7);
  return { dir, article, line: before.split('\n').length - 1, character: before.length - (before.lastIndexOf('\n') + 1) };
}

/** The text of a hover's contents, whichever of LSP's three shapes the server sent. */
export function hoverText(contents: unknown): string {
  if (typeof contents === 'string') return contents;
  if (Array.isArray(contents)) return contents.map(hoverText).join('\n');
  if (contents && typeof contents === 'object' && 'value' in contents) return String(contents.value);
  return '';
}
