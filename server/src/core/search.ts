// Binary search over items kept in text order, and a cursor over spans for offsets that grow.
// Pure: imports nothing from editors, LSP or Node.
import type { Span } from './types';

/**
 * How many of the leading `items` satisfy `before`, which must hold for a prefix of them and fail
 * for the rest (items in text order, asked "does this one come before the offset?").
 */
export function countBefore<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Finds which of some ordered, disjoint spans holds each offset of a series that mostly grows: from
 * where the previous offset was found, reading on, rather than by a search over all of them (a
 * binary search still finds an offset that went back).
 */
export class SpanCursor {
  private readonly items: readonly { span: Span }[];
  /** The first item that ends after the previous offset. */
  private next = 0;
  private previous = 0;

  constructor(items: readonly { span: Span }[]) {
    this.items = items;
  }

  /** Index of the item whose span holds `offset`, or -1. */
  indexAt(offset: number): number {
    const items = this.items;
    let lo = this.next;
    if (offset < this.previous) {
      lo = 0;
      let hi = items.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (items[mid].span.end <= offset) lo = mid + 1;
        else hi = mid;
      }
    } else {
      while (lo < items.length && items[lo].span.end <= offset) lo++;
    }
    this.next = lo;
    this.previous = offset;
    return lo < items.length && items[lo].span.start <= offset ? lo : -1;
  }
}
