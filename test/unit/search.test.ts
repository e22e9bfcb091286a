// SpanCursor: for each offset of a series, the span that holds it, as a search over all the spans
// would find it, whether the offsets grow, stay or go back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SpanCursor } from '../../server/src/core/search';

/** Ordered, disjoint spans written as [start, end) pairs, and the offsets asked for in turn. */
const CASES: [spans: [number, number][], offsets: number[]][] = [
  [[], [0, 5, 3]],
  [[[2, 5]], [0, 2, 4, 5, 9]],
  [[[2, 5], [5, 8], [12, 20]], [0, 1, 2, 5, 5, 7, 8, 11, 12, 19, 20, 25]],
  // Offsets that go back: a claim whose qualifier starts before the claim before it.
  [[[2, 5], [5, 8], [12, 20]], [13, 6, 3, 14, 1, 30, 12]],
  [[[0, 1], [1, 2], [2, 3], [10, 11]], [2, 2, 0, 10, 3, 9, 10]],
];

/** The index of the span holding `offset`, or -1, by looking at every span. */
function holding(spans: [number, number][], offset: number): number {
  return spans.findIndex(([start, end]) => start <= offset && offset < end);
}

for (const [spans, offsets] of CASES) {
  test(`span cursor over ${JSON.stringify(spans)} at ${offsets.join(', ')}`, () => {
    const cursor = new SpanCursor(spans.map(([start, end]) => ({ span: { start, end } })));
    assert.deepEqual(offsets.map((o) => cursor.indexAt(o)), offsets.map((o) => holding(spans, o)));
  });
}
