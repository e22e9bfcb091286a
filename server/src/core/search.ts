// Binary search over items kept in text order. Pure: imports nothing from editors, LSP or Node.

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
