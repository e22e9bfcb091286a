// Quote detection, data-driven: each ⟦…⟧ marks a whole quotation (marks included) that Byline
// must find, and nothing else. Stray marks are checked the same way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotes } from '../../server/src/core/quotes';
import { marked, showSpans } from './helpers/markers';

const QUOTES: string[] = [
  'He said ⟦“We won.”⟧',
  '⟦"We won,"⟧ she said, ⟦"and we will win again."⟧',
  'Straight and curly: ⟦"one"⟧ and ⟦“two”⟧.',
  'Apostrophes are not quotes: DeepSeek’s model hasn’t won, it’s rock \'n\' roll from the \'90s.',
  '⟦“DeepSeek’s model hasn’t won,”⟧ he said.',
  '⟦“It is the ‘bigger is better’ paradigm,”⟧ she said.',
  '⟦“First paragraph of a long quote.\n“Second paragraph, still the same quote.\n“Last paragraph closes it.”⟧ he said.',
  '⟦“Open, then a blank line.\n\n“And the continuation closes.”⟧',
  'Brackets inside: ⟦“the fear surrounding [DeepSeek] is misplaced.”⟧',
  'Quotes at the start and end: ⟦“a”⟧ ⟦“b”⟧',
  'Emoji inside 🎉 ⟦“we did it 🎉”⟧ done.',
  'A quote ending a line ⟦“the end,”⟧\nNext line.',
  'Guillemets: ⟦«bonjour»⟧ said the minister.',
  // Curly single quotes outside double ones: headlines.
  'Council tax rise ⟦‘unavoidable’⟧, says Hale',
  'Minister’s ⟦‘Hale’s plan is dead’⟧ remark',
  'Rock ‘n’ roll, the ’90s, Hale’s plan and the councils’ budgets hold no quote.',
  'An unclosed ‘single quote is no quote.',
  // British copy nests double marks in single ones, and a plural's apostrophe closes nothing when a later mark can.
  '⟦‘He said “no”, so we left,’⟧ she said.',
  "⟦'He said \"no\", so we left,'⟧ she said.",
  '⟦‘When we look back in three months’ time, it will be fine,’⟧ said Jane Smith.',
  'So-called ⟦‘forever chemicals’⟧ in sludge, to report on in three months’ time.',
  'Ministers’ £3bn ⟦‘Fix Our Roads’⟧ plan branded ⟦‘reckless’⟧ by councils',
  '⟦‘This’⟧ and ⟦‘that’⟧ and ⟦‘these’⟧.',
  '‘Unclosed, with a ⟦“double”⟧ one after it.',
  '⟦“Inside a double, ‘this’ is nested,”⟧ and ⟦‘that’⟧ is not.',
  'A ‘9 to 5’ job (a digit first) and a ‘ spaced’ mark hold no quote.',
  'A single quote ends with its line: ‘no close\nhere’ either.',
  // British copy quoting with single marks, curly or straight, over one paragraph or several.
  "⟦'We will fight this,'⟧ Smith said. ⟦'It is wrong.'⟧",
  "⟦'We need the councils' support,'⟧ she said.",
  "Smith called it ⟦'a disgrace'⟧ and said he'd appeal in the '90s style of rock 'n' roll.",
  '⟦‘We will fight this. It is wrong.\n‘And we will win,’⟧ Smith said.',
  "⟦'We will fight this.\n'And we will win,'⟧ Smith said.",
  "The Smiths' house and the Joneses' garden hold no quote, nor does 'em.",
  'An open ‘mark mid-paragraph\n⟦‘And a new one’⟧ is a quote of its own.',
  '⟦‘People ask me,’⟧ she says. ⟦‘There isn’t a card for it.\n‘She gave me a kidney.’⟧',
];

for (const input of QUOTES) {
  test(`finds quotes: ${input.replace(/\n/g, '⏎')}`, () => {
    const { text, spans } = marked(input);
    const found = findQuotes(text).quotes.map((q) => q.span);
    assert.equal(showSpans(text, found), showSpans(text, spans));
  });
}

const STRAY: string[] = [
  'He said ⟦“⟧We won.',
  'An unclosed quote ⟦“⟧stops at its paragraph.\nThe next paragraph is read as it stands: ⟦“ok”⟧',
  'A closing mark with no opener⟦”⟧ here.',
  'A straight mark left open ⟦"⟧here.\nNext.',
  'Two openers ⟦“⟧one ⟦“two”⟧',
];

for (const input of STRAY) {
  test(`reports stray marks and keeps good quotes: ${input.replace(/\n/g, '⏎')}`, () => {
    const { text, spans } = marked(input);
    const scan = findQuotes(text);
    const found = [...scan.stray.map((s) => s.span), ...scan.quotes.map((q) => q.span)];
    assert.equal(showSpans(text, found), showSpans(text, spans));
  });
}

const NESTED: string[] = [
  '“It is the ⟦‘bigger is better’⟧ paradigm.”',
  '“He called it ⟦\'a disaster\'⟧, and it’s worse.”',
  '“We played rock \'n\' roll in the \'90s and DeepSeek’s model hasn’t.”',
  '“In three months’ time, O\'Brien’s team will win.”',
  '“The Joneses’ house is ⟦‘huge’⟧.”',
];

for (const input of NESTED) {
  test(`nested single quotes are not apostrophes: ${input}`, () => {
    const { text, spans } = marked(input);
    const [q] = findQuotes(text).quotes;
    assert.ok(q !== undefined, 'the double quote is found');
    assert.equal(showSpans(text, q.nested), showSpans(text, spans));
  });
}

test('a quote never spans a paragraph break unless the next paragraph opens with a mark', () => {
  const text = '“Never closed.\nA normal paragraph with “a quote” in it.';
  const scan = findQuotes(text);
  assert.deepEqual(scan.quotes.map((q) => text.slice(q.inner.start, q.inner.end)), ['a quote']);
  assert.equal(scan.stray.length, 1);
  assert.equal(scan.stray[0].problem, 'unclosed');
});

test('CRLF and CR line ends split paragraphs like LF', () => {
  for (const eol of ['\r\n', '\r', '\n']) {
    const text = `“Unclosed.${eol}“Continues, closed.”${eol}After.`;
    const scan = findQuotes(text);
    assert.equal(scan.quotes.length, 1, JSON.stringify(eol));
    assert.equal(scan.stray.length, 0);
  }
});
