// The tokenizer reuses the tokens of the previous text: a token reused from a text before, even
// one marked as quoted there, reads exactly as a new one would; tokenAtFrom finds what tokenAt finds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenAt, tokenAtFrom, tokenize } from '../../server/src/core/tokens';

/**
 * Each case: the text tokenised first (its tokens all marked quoted, as inside a quotation), then
 * the text tokenised after it, and its tokens. A word is written as is, with ^ when it is
 * capitalised; punctuation gets a · after it.
 */
const CASES: [before: string, text: string, tokens: string][] = [
  ['“We won, and we will win again,” Maria Delgado said on Tuesday.', 'He said no.', 'He^ said no .·'],
  ['A short one.', '“Never,” she told DeepSeek’s co-founder.', '“· Never^ ,· ”· she told DeepSeek’s^ co-founder .·'],
  ['Prices rose 4.5% — the most since 2008 — said Acme Corp.', 'Costs: €30m 🙂 (U.S. figures)', 'Costs^ :· €· 30m 🙂· (· U.S^ .· figures )·'],
  ['Prices rose.', '', ''],
  ['', 'al-Harbi said, “Yes.”', 'al-Harbi^ said ,· “· Yes^ .· ”·'],
];

/** The tokens of `text` written as in CASES. */
function written(text: string): string {
  const tokens = tokenize(text);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text, `token at ${t.start}`);
  assert.ok(tokens.every((t) => !t.quoted), 'no token starts quoted');
  return tokens.map((t) => `${t.text}${t.word ? '' : '·'}${t.cap ? '^' : ''}`).join(' ');
}

for (const [before, text, expected] of CASES) {
  test(`tokens reused after ${JSON.stringify(before.slice(0, 24))}: ${JSON.stringify(text)}`, () => {
    const fresh = written(text);
    for (const t of tokenize(before)) t.quoted = true;
    assert.equal(written(text), fresh);
    assert.equal(fresh, expected);
  });
}

test('a token marked quoted and then unquoted reads as before', () => {
  const tokens = tokenize('Maria said “no”.');
  const before = tokens.map((t) => [t.text, t.lower, t.word, t.cap, t.lex]);
  for (const t of tokens) t.quoted = true;
  assert.ok(tokens.every((t) => t.quoted));
  for (const t of tokens) t.quoted = false;
  assert.deepEqual(tokens.map((t) => [t.text, t.lower, t.word, t.cap, t.lex, t.quoted]), before.map((b) => [...b, false]));
});

test('tokenAtFrom reads forward to the token tokenAt finds', () => {
  const text = '“We won,” said Dale R. Corrigan, 45, of U.S. Steel — 3.5% up.';
  const tokens = tokenize(text);
  for (let offset = 0; offset <= text.length + 1; offset++) {
    const found = tokenAt(tokens, offset);
    // From every token that starts before the offset, and from the first one.
    for (let from = 0; from <= found; from++) assert.equal(tokenAtFrom(tokens, from, offset), found, `offset ${offset} from ${from}`);
  }
});
