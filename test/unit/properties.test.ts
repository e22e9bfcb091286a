// Property tests on the core: random articles built from quotes of every kind, apostrophes,
// numbers, names, every line ending, tabs, emoji and other astral characters, right-to-left text
// and very long lines. Invariants: no exception; every span lies inside the text and never splits
// a surrogate pair; quotes are ordered and disjoint; output is deterministic. fast-check shrinks a
// failing case; shrunk cases are kept in test/fixtures/regressions.json and always run first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { analyze } from '../../server/src/core/analyze';
import type { Analysis, Span } from '../../server/src/core/types';

/** Runs per property; CI and the default run tens of thousands in all. */
const RUNS = Number(process.env.BYLINE_FUZZ_RUNS ?? 10000);

const FRAGMENTS = [
  '“', '”', '"', '‘', '’', "'", '«', '»', '„', ' ', ' ', ' ', '\n', '\r\n', '\r', '\t', '\n\n', ',', '.', ':', '—', '(', ')', '[', ']',
  'said', 'says', 'told', 'added', 'according to', 'he', 'she', 'they', 'it', 'Mr', 'Dr', 'Chris Lehane', 'Lehane', 'Reid Hoffman',
  'OpenAI', 'a spokeswoman', 'party sources', 'DeepSeek’s', "hasn't", "rock 'n' roll", "the '90s", 'months’ time', "O'Brien",
  '$6 million', '£522,000', '0.01%', '20 per cent', '1989', 'two countries', 'a dozen', 'second-largest', 'R1', 'GPT-4', 'COVID-19',
  '3.5bn', '60mph', 'three to four weeks', '$4.2bn-$4.35bn', 'less than', 'about', '1830 GMT', '31 December',
  '🎉', '😀', '𝔸', '👩‍👩‍👧', 'مرحبا', 'שלום', 'é', '\u00a0', '\u200b', 'x'.repeat(300), 'word ',
];

const article = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 80 }).map((parts) => parts.join(''));

function spansOf(a: Analysis): Span[] {
  const out: Span[] = [];
  for (const q of a.quotes) {
    out.push(q.span, q.inner, ...q.nested);
    if (q.cueSpan) out.push(q.cueSpan);
    if (q.mentionSpan) out.push(q.mentionSpan);
  }
  for (const s of a.speakers) out.push(s.firstMention, ...s.mentions);
  for (const c of a.claims) out.push(c.span);
  for (const f of a.findings) out.push(f.span);
  return out;
}

function isLow(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
}

function checkInvariants(text: string): void {
  const a = analyze(text);
  for (const s of spansOf(a)) {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length, `span ${JSON.stringify(s)} inside ${text.length}`);
    assert.ok(!isLow(text, s.start) || s.start === 0, `span start ${s.start} splits a surrogate pair`);
    assert.ok(s.end === text.length || !isLow(text, s.end), `span end ${s.end} splits a surrogate pair`);
  }
  for (let i = 0; i < a.quotes.length; i++) {
    const q = a.quotes[i];
    assert.equal(q.text, text.slice(q.inner.start, q.inner.end));
    if (i > 0) assert.ok(a.quotes[i - 1].span.end <= q.span.start, 'quotes are ordered and disjoint');
    if (q.speakerId !== null) assert.ok(a.speakers[q.speakerId].quoteIds.includes(q.id));
  }
  for (const c of a.claims) assert.equal(c.text, text.slice(c.span.start, c.span.end));
  assert.deepEqual(analyze(text), a, 'deterministic');
}

const regressions: string[] = JSON.parse(readFileSync('test/fixtures/regressions.json', 'utf8'));

test('kept regression cases hold the invariants', () => {
  for (const text of regressions) checkInvariants(text);
});

test(`random articles hold the invariants (${RUNS} cases)`, () => {
  fc.assert(fc.property(article, (text) => checkInvariants(text)), { numRuns: RUNS, seed: Number(process.env.BYLINE_FUZZ_SEED ?? Date.now() % 100000) });
});

test(`random Unicode text holds the invariants (${RUNS} cases)`, () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => checkInvariants(text)), { numRuns: RUNS });
});

test(`random edits: analysing the edited text equals analysing it from scratch (${Math.round(RUNS / 3)} cases)`, () => {
  // The core keeps no state between calls: a document edited step by step analyses like its final text.
  const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 8 }), insert: fc.constantFrom(...FRAGMENTS) });
  fc.assert(
    fc.property(article, fc.array(edit, { maxLength: 10 }), (start, edits) => {
      let text = start;
      for (const e of edits) {
        const at = e.at % (text.length + 1);
        text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
        analyze(text);
      }
      assert.deepEqual(analyze(text), analyze(`${text}`));
    }),
    { numRuns: Math.round(RUNS / 3) },
  );
});
