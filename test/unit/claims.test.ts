// Numeric claims, data-driven: each ⟦…⟧ marks a claim Byline must find (qualifier and range
// included), with its kind, normalised value and unit; text outside the marks holds no claim.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { marked, showSpans } from './helpers/markers';

type Expect = [kind: string, value: number | null, unit: string | null];

const CASES: [input: string, expected: Expect[]][] = [
  ['It cost ⟦less than $6 million⟧ to train.', [['money', 6e6, 'USD']]],
  ['He paid ⟦$1m⟧ (⟦£522,000⟧) for it.', [['money', 1e6, 'USD'], ['money', 522000, 'GBP']]],
  ['Profits rose to ⟦£82.7m⟧.', [['money', 82.7e6, 'GBP']]],
  ['A deal worth ⟦€3bn⟧ was signed.', [['money', 3e9, 'EUR']]],
  ['Big Tech spends ⟦billions of dollars⟧ on AI.', [['money', null, 'USD']]],
  ['⟦Only 0.01%⟧ of those will move.', [['percent', 0.01, '%']]],
  ['Turnout fell ⟦20 per cent⟧.', [['percent', 20, '%']]],
  ['Unemployment rose ⟦3 percentage points⟧.', [['percent', 3, 'percentage points']]],
  ['It happened in ⟦1989⟧.', [['date', 1989, null]]],
  ['The summit on ⟦Monday⟧ was busy.', [['date', null, null]]],
  ['There are ⟦just two countries⟧ that can build this.', [['count', 2, 'countries']]],
  ['The plant employs ⟦1,000 jobs⟧.', [['count', 1000, 'jobs']]],
  ['In ⟦three months⟧’ time it will change.', [['duration', 3, 'month']]],
  ['The tower is ⟦508m⟧ tall and trains run at ⟦60mph⟧.', [['measure', 508, 'm'], ['measure', 60, 'mph']]],
  ['It was the ⟦second-largest⟧ deal.', [['ordinal', 2, null]]],
  ['Results for the ⟦third quarter⟧ were strong.', [['ordinal', 3, null]]],
  ['⟦About two-thirds⟧ agreed.', [['other', 2 / 3, null]]],
  ['The release came ⟦six months ago⟧.', [['date', 6, 'month']]],
  ['Sales fell in ⟦April 2004⟧.', [['date', 2004, null]]],
  ['The vote is on ⟦31 December⟧.', [['date', null, null]]],
  // Not claims: numbers inside names and idioms.
  ['The R1 model beat o1 and GPT-4 after COVID-19 and the G7 summit on Radio 4.', []],
  ['Never in a million years, one of these days.', []],
  ['She reads Il Sole 24 Ore and runs Windows 11.', []],
  ['He listens to Five Live and Radio 4.', []],
  ['Smith, aged ⟦45⟧, and the ⟦45-year-old⟧ signed a ⟦10-year⟧ deal.', [['other', 45, 'age'], ['other', 45, 'age'], ['duration', 10, 'year']]],
  ['In the ⟦mid-1990s⟧ it ran until ⟦10:30⟧.', [['date', 1990, null], ['date', null, null]]],
  ['⟦A third⟧ of staff and ⟦half⟧ the board won ⟦2-1⟧, scoring ⟦twice⟧.', [['other', 1 / 3, null], ['other', 0.5, null], ['other', null, null], ['count', 2, 'times']]],
  ['The app has ⟦5m users⟧ and ⟦10k runners⟧ joined.', [['count', 5e6, 'users'], ['count', 1e4, 'runners']]],
  ['Revenue reached ⟦102.6bn⟧.', [['money', 102.6e9, null]]],
];

for (const [input, expected] of CASES) {
  test(`claims: ${input}`, () => {
    const { text, spans } = marked(input);
    const claims = analyze(text).claims;
    assert.equal(showSpans(text, claims.map((c) => c.span)), showSpans(text, spans));
    const got = claims.map((c): Expect => [c.kind, c.value === null ? null : Number(c.value.toPrecision(10)), c.unit]);
    assert.deepEqual(got, expected.map(([k, v, u]): Expect => [k, v === null ? null : Number(v.toPrecision(10)), u]));
  });
}

test('a claim inside a quote is stated by the quote’s speaker', () => {
  const a = analyze('“I think 0.01% of those is going to be moved,” Riparbelli said.');
  assert.equal(a.claims.length, 1);
  assert.equal(a.claims[0].speakerId, 0);
  assert.equal(a.speakers[0].name, 'Riparbelli');
});

test('ranges keep both bounds', () => {
  const a = analyze('It takes three to four weeks and costs $4.2m-$4.35m, between 1% and 2% of sales.');
  assert.deepEqual(a.claims.map((c) => [c.text, c.kind, c.value, c.upper, c.unit]), [
    ['three to four weeks', 'duration', 3, 4, 'week'],
    ['$4.2m-$4.35m', 'money', 4.2e6, 4.35e6, 'USD'],
    ['between 1% and 2%', 'percent', 1, 2, '%'],
  ]);
});

test('qualifiers are recorded', () => {
  const a = analyze('It cost less than $6 million, up to 20 per cent more.');
  assert.deepEqual(a.claims.map((c) => c.qualifier), ['less than', 'up to']);
});
