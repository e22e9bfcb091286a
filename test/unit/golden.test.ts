// Golden articles: every `test/fixtures/*.txt` has a readable `*.golden` beside it (findings as
// underlined excerpts with rule ids, quotes with speakers, claims, then the Outline). A mismatch
// fails; `UPDATE_GOLDEN=1` rewrites the files on purpose.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol } from 'vscode-languageserver';
import { analyze } from '../../server/src/core/analyze';
import { formatValue, toDocumentSymbols } from '../../server/src/adapter/toProtocol';

const DIR = 'test/fixtures';

function render(text: string): string {
  const a = analyze(text);
  const doc = TextDocument.create('file:///golden.txt', 'news', 1, text);
  const out: string[] = ['== Findings'];
  for (const f of a.findings) {
    const start = doc.positionAt(f.span.start);
    const lineText = doc.getText({ start: { line: start.line, character: 0 }, end: { line: start.line + 1, character: 0 } }).replace(/[\r\n]+$/, '');
    const end = doc.positionAt(f.span.end);
    const width = (end.line === start.line ? end.character : lineText.length) - start.character;
    out.push(`${start.line + 1}:${start.character + 1} ${f.severity} ${f.rule}: ${f.message}`);
    out.push(`  | ${lineText}`);
    out.push(`  | ${' '.repeat(start.character)}${'^'.repeat(Math.max(1, width))}`);
  }
  out.push('', '== Quotes');
  for (const q of a.quotes) {
    const p = doc.positionAt(q.span.start);
    const who = q.kind === 'term' ? 'term' : q.speakerId === null ? 'UNATTRIBUTED' : `${a.speakers[q.speakerId].name}${q.attribution !== 'explicit' ? ` (${q.attribution})` : ''}`;
    out.push(`${p.line + 1}:${p.character + 1} [${who}]${q.cue !== null ? ` cue=${q.cue}` : ''} “${q.text.replace(/\s+/g, ' ').slice(0, 80)}”`);
  }
  out.push('', '== Speakers');
  for (const s of a.speakers) out.push(`${s.name} | ${s.kind} | role: ${s.role ?? '-'} | organisation: ${s.organization ?? '-'} | aliases: ${s.aliases.join(', ') || '-'} | quotes: ${s.quoteIds.length}`);
  out.push('', '== Claims');
  for (const c of a.claims) {
    const p = doc.positionAt(c.span.start);
    out.push(`${p.line + 1}:${p.character + 1} ${c.kind} “${c.text}” = ${formatValue(c)}${c.qualifier !== null ? ` (qualifier: ${c.qualifier})` : ''}${c.speakerId !== null ? ` — ${a.speakers[c.speakerId].name}` : ''}`);
  }
  out.push('', '== Outline');
  const walk = (symbols: DocumentSymbol[], depth: number): void => {
    for (const s of symbols) {
      out.push(`${'  '.repeat(depth)}${s.name}${s.detail ? ` — ${s.detail}` : ''}`);
      walk(s.children ?? [], depth + 1);
    }
  };
  walk(toDocumentSymbols(doc, a), 0);
  return `${out.join('\n')}\n`;
}

const fixtures = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

test('there are golden articles', () => assert.ok(fixtures.length >= 5, `only ${fixtures.length} fixtures`));

for (const name of fixtures) {
  test(`golden: ${name}`, () => {
    let text = readFileSync(join(DIR, name), 'utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const actual = render(text);
    const goldenPath = join(DIR, name.replace(/\.txt$/, '.golden'));
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(goldenPath)) {
      if (process.env.CI === 'true' && !existsSync(goldenPath)) assert.fail(`${goldenPath} is missing; run UPDATE_GOLDEN=1 locally and commit it`);
      writeFileSync(goldenPath, actual);
      return;
    }
    assert.equal(actual, readFileSync(goldenPath, 'utf8'), `${name}: output differs from ${goldenPath} (UPDATE_GOLDEN=1 rewrites it)`);
  });
}
