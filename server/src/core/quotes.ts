// Finds quotations: straight and curly double marks, nested single quotes that are not
// apostrophes, single quotes outside double ones (headlines: ‘unavoidable’, says Hale; British copy
// that quotes with single marks, curly or straight), and quotes running over several paragraphs
// (each paragraph opens with a mark, only the last closes). An unclosed mark is reported, never matched across the document: a
// quote ends with its paragraph unless the next paragraph opens with a mark.
// Pure: imports nothing from editors, LSP or Node.
import type { Span } from './types';
import { DOUBLE_CLOSERS, DOUBLE_OPENERS, STRAIGHT_DOUBLE, isAlnum, isDigit, isLetter, isLineBreak, isSpace } from './chars';
import { type Paragraph, splitParagraphs, skipSpaces } from './paragraphs';
import { retainUntilNext } from './retained';

/** A quotation found by the scanner, before attribution. */
export interface FoundQuote {
  span: Span;
  inner: Span;
  nested: Span[];
}

/** A quotation mark with no partner. */
export interface StrayMark {
  span: Span;
  /** `unclosed`: an opening mark never closed; `unopened`: a closing mark with no opener. */
  problem: 'unclosed' | 'unopened';
}

/** Everything `findQuotes` reports. */
export interface QuoteScan {
  quotes: FoundQuote[];
  stray: StrayMark[];
}

/** Every double quotation mark; each is one character, so a match ends one past its index. */
const MARKS = /["\u201c\u201d\u201e\u00ab\u00bb]/g;

/** Finds every double-quoted span in `text`, and every mark that has no partner. */
export function findQuotes(text: string, paragraphs: Paragraph[] = splitParagraphs(text)): QuoteScan {
  const quotes: FoundQuote[] = [];
  const stray: StrayMark[] = [];
  // The quote left open by the previous paragraph, when this paragraph continues it.
  let carried: number | null = null;
  // The next ‘ or ' in the text: most articles have none, and then no paragraph looks for one.
  const singles = new SingleMarks(text);
  let nextSingle = singles.next(0);
  // A single quote left open by the previous paragraph, when this paragraph continues it.
  let carriedSingle: number | null = null;
  // The next double mark at or after where the scan stands (text.length when none is left): each
  // stretch of text is searched once, and a paragraph before it is not searched at all.
  let nextMark = -1;

  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    if (para.blank) continue;
    let open: number | null = null;
    let scanFrom = para.start;
    const firstOfParagraph = quotes.length;
    if (carried !== null) {
      // This paragraph starts with an opening mark that continues the carried quote.
      open = carried;
      carried = null;
      scanFrom = skipSpaces(text, para.start, para.end) + 1;
    }
    if (nextMark < scanFrom) nextMark = markAtOrAfter(text, scanFrom);
    for (; nextMark < para.end; nextMark = markAtOrAfter(text, nextMark + 1)) {
      const i = nextMark;
      const ch = text[i];
      if (open === null) {
        if (DOUBLE_OPENERS.has(ch) || (ch === STRAIGHT_DOUBLE && looksLikeOpener(text, i, para.end))) open = i;
        else stray.push({ span: { start: i, end: i + 1 }, problem: 'unopened' });
      } else if (DOUBLE_OPENERS.has(ch)) {
        // A second opening mark before a close: the first one was never closed.
        stray.push({ span: { start: open, end: open + 1 }, problem: 'unclosed' });
        open = i;
      } else if (DOUBLE_CLOSERS.has(ch) || ch === STRAIGHT_DOUBLE) {
        quotes.push({ span: { start: open, end: i + 1 }, inner: { start: open + 1, end: i }, nested: findNestedSingles(text, open + 1, i) });
        open = null;
      }
    }
    // Top-level single quotes (‘unavoidable’, says Hale) in the stretches outside double quotes; the
    // rest of a paragraph after an unclosed mark counts as inside it, as the grammar colours it.
    if (nextSingle >= 0 && nextSingle < para.start) nextSingle = singles.next(para.start);
    const carriedHere = carriedSingle;
    carriedSingle = null;
    if ((nextSingle >= 0 && nextSingle < para.end) || carriedHere !== null) {
      const before = quotes.length;
      const last = quotes[before - 1];
      const left = addTopLevelSingles(text, para.start, open ?? para.end, quotes, firstOfParagraph, carriedHere, singles);
      // (Added, or added in place of double quotes they hold: in text order again.)
      if (quotes.length !== before || quotes[before - 1] !== last) quotes.splice(firstOfParagraph, quotes.length - firstOfParagraph, ...quotes.slice(firstOfParagraph).sort((a, b) => a.span.start - b.span.start));
      // ‘First paragraph of a quote,⏎‘and the next one closes it,’ he said.
      const next = left === null ? null : nextNonBlank(paragraphs, p + 1);
      if (left !== null && next !== null && opensWithSingle(text, paragraphs[next])) carriedSingle = left;
    }
    if (open !== null) {
      const next = nextNonBlank(paragraphs, p + 1);
      if (next !== null && opensWithMark(text, paragraphs[next])) carried = open;
      else stray.push({ span: { start: open, end: open + 1 }, problem: 'unclosed' });
    }
  }
  // (See retained.ts.)
  retainUntilNext('single quote marks', singles);
  return { quotes, stray };
}

/** The offset of the first double mark at or after `from`, or text.length when there is none. */
function markAtOrAfter(text: string, from: number): number {
  // `test` advances `lastIndex` past the mark without building a match array (`exec` would).
  MARKS.lastIndex = from;
  return MARKS.test(text) ? MARKS.lastIndex - 1 : text.length;
}

function nextNonBlank(paragraphs: { blank: boolean }[], from: number): number | null {
  for (let i = from; i < paragraphs.length; i++) if (!paragraphs[i].blank) return i;
  return null;
}

function opensWithMark(text: string, para: Span): boolean {
  const i = skipSpaces(text, para.start, para.end);
  if (i >= para.end) return false;
  const ch = text[i];
  return DOUBLE_OPENERS.has(ch) || (ch === STRAIGHT_DOUBLE && looksLikeOpener(text, i, para.end));
}

/** A straight mark opens when it follows a space or opening punctuation and precedes a non-space. */
function looksLikeOpener(text: string, i: number, end: number): boolean {
  const before = i === 0 ? ' ' : text[i - 1];
  const after = i + 1 < end ? text[i + 1] : ' ';
  if (isSpace(after)) return false;
  return isSpace(before) || '([{\u2014\u2013-/:;,\u2018\u2019\''.includes(before) || i === 0;
}

const SINGLE_OPEN = '\u2018';
const SINGLE_CLOSE = '\u2019';
const STRAIGHT_SINGLE = "'";

/**
 * Single-quoted spans inside a double quote. An apostrophe (DeepSeek’s, hasn’t, rock 'n' roll,
 * the '90s, three months’ time) never opens or closes one.
 */
export function findNestedSingles(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let open = -1;
  for (let i = start; i < end; i++) {
    // Codes first: most characters are no single mark, and text[i] would make a string of each.
    const c = text.charCodeAt(i);
    if (c !== 0x2018 && c !== 0x2019 && c !== 39) continue;
    const ch = text[i];
    const before = i > start ? text[i - 1] : ' ';
    const after = i + 1 < end ? text[i + 1] : ' ';
    if (isAlnum(before) && isLetter(after)) continue; // hasn’t, DeepSeek’s, O'Brien
    if (open < 0) {
      if ((ch === SINGLE_OPEN || ch === STRAIGHT_SINGLE) && !isAlnum(before) && !isSpace(after) && !isElision(text, i, end)) open = i;
    } else if ((ch === SINGLE_CLOSE || ch === STRAIGHT_SINGLE) && !isSpace(before) && !isAlnum(after)) {
      out.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  return out;
}

/** Marks that end the search for a top-level single quote's closing mark: any other quotation mark. */
const BLOCKERS = new Set(['"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb']);

/**
 * The next ‘ or ' of a text, asked for at offsets that never go back: each kind of mark is searched
 * for once over the whole text, and not at all once none is left.
 */
class SingleMarks {
  private curly: number;
  private straight: number;

  constructor(private readonly text: string) {
    this.curly = text.indexOf(SINGLE_OPEN);
    this.straight = text.indexOf(STRAIGHT_SINGLE);
  }

  /** The offset of the next ‘ or ' at or after `from`, or -1. */
  next(from: number): number {
    if (this.curly >= 0 && this.curly < from) this.curly = this.text.indexOf(SINGLE_OPEN, from);
    if (this.straight >= 0 && this.straight < from) this.straight = this.text.indexOf(STRAIGHT_SINGLE, from);
    return this.curly < 0 ? this.straight : this.straight < 0 ? this.curly : Math.min(this.curly, this.straight);
  }
}

/** True when a paragraph's first character is a single mark that may open a quote. */
function opensWithSingle(text: string, para: Span): boolean {
  const i = skipSpaces(text, para.start, para.end);
  return i < para.end && (text[i] === SINGLE_OPEN || text[i] === STRAIGHT_SINGLE) && singleOpensAt(text, i, para.end);
}

/**
 * True when the single mark at `i` opens a quote: after a non-letter and before a letter, not the
 * apostrophe of an elision (rock ‘n’ roll, the ’90s, 'em).
 */
function singleOpensAt(text: string, i: number, end: number): boolean {
  const ch = text[i];
  if (ch !== SINGLE_OPEN && ch !== STRAIGHT_SINGLE) return false;
  if (i > 0 && isAlnum(text[i - 1])) return false;
  if (!isLetter(text[i + 1]) || isElision(text, i, end)) return false;
  return !((text[i + 1] === 'n' || text[i + 1] === 'N') && text[i + 2] === SINGLE_CLOSE);
}

/** True when the single mark at `j` may close a quote: after a non-space, before a non-letter. */
function singleClosesAt(text: string, j: number): boolean {
  const ch = text[j];
  return (ch === SINGLE_CLOSE || ch === STRAIGHT_SINGLE) && !isSpace(text[j - 1]) && !isAlnum(text[j + 1]);
}

/**
 * Adds the single-quoted quotes standing outside double quotes between `from` and `to`: a
 * headline's ‘unavoidable’, says Hale, and British copy that quotes with single marks, curly or
 * straight ('We will appeal,' he said). A mark opens one after a non-letter and before a letter,
 * and a quote closes at the first mark after a non-space and before a non-letter that comes before
 * any double mark and the end of the line, so that apostrophes (Hale’s, the ’90s, rock 'n' roll)
 * never open one. A straight mark closes only where the writer closes with the same mark, and the
 * councils' budgets close nothing when a later mark could. An unclosed mark stays plain, unless it
 * opened the paragraph: `carried` is such a mark of the paragraph before, which this one continues
 * (it opens with a mark); the offset of a mark that opens this paragraph and is left open is
 * returned so that the next paragraph may continue it. Double quotes of the paragraph are
 * `quotes[first…]`; a single mark inside one is a nested quote, not a top-level one.
 */
function addTopLevelSingles(text: string, from: number, to: number, quotes: FoundQuote[], first: number, carried: number | null, singles: SingleMarks): number | null {
  const doubles = quotes.slice(first);
  let d = 0;
  // The end of the line holding offset k, found once a line.
  let lineFrom = -1;
  let lineTo = -1;
  const lineEnd = (k: number): number => {
    if (k < lineFrom || k >= lineTo) {
      lineFrom = k;
      lineTo = k;
      while (lineTo < to && !isLineBreak(text[lineTo])) lineTo++;
    }
    return lineTo;
  };
  const paragraphStart = skipSpaces(text, from, to);
  // Whether a mark of the quote's kind may close it after `j`, before anything that would end the
  // search (an opener, a double mark, the end of the line). Asked at rising offsets, an answer holds
  // for every offset up to where its scan stopped, so each stretch is scanned once.
  let aheadFrom = -1;
  let aheadTo = -1;
  let aheadKind = '';
  let aheadAnswer = false;
  const closerAhead = (j: number, end: number, kind: string): boolean => {
    if (kind === aheadKind && j >= aheadFrom && j < aheadTo) return aheadAnswer;
    let k = j + 1;
    let answer = false;
    for (; k < end; k++) {
      const ch = text[k];
      if (BLOCKERS.has(ch) || ((ch === SINGLE_OPEN || (ch === STRAIGHT_SINGLE && !singleClosesAt(text, k))) && singleOpensAt(text, k, end))) break;
      // (A mark that is itself a plural's before a lower-case word, "in three months’ time", is no
      // surer a close than this one: the search goes on past it.)
      if (ch === kind && singleClosesAt(text, k) && !pluralBeforeLowerCase(text, k)) {
        answer = true;
        break;
      }
    }
    aheadFrom = j;
    aheadTo = k;
    aheadKind = kind;
    aheadAnswer = answer;
    return answer;
  };
  // Double quotes that turned out to stand inside a single one (‘He said “no”,’ she said): nested, not top-level.
  let inner: Set<FoundQuote> | null = null;
  let i = carried !== null ? paragraphStart : singles.next(from);
  for (; i >= 0 && i < to; i = singles.next(i + 1)) {
    const open = carried ?? i;
    const straight = text[i] === STRAIGHT_SINGLE;
    if (carried === null) {
      while (d < doubles.length && doubles[d].span.end <= i) d++;
      if (d < doubles.length && doubles[d].span.start <= i) continue;
      if (!singleOpensAt(text, i, to)) continue;
    }
    const end = lineEnd(i);
    let close = -1;
    let blocked = false;
    // British copy quotes inside a single quote with double marks (‘He said “no”, so we left,’ she
    // said): a double quote found in this paragraph is stepped over, and nested if the single one closes.
    const within: FoundQuote[] = [];
    let e = d;
    for (let j = i + 1; j < end && !blocked; j++) {
      const ch = text[j];
      if (BLOCKERS.has(ch)) {
        while (e < doubles.length && doubles[e].span.start < j) e++;
        if (e < doubles.length && doubles[e].span.start === j && doubles[e].span.end <= end) {
          within.push(doubles[e]);
          j = doubles[e].span.end - 1;
          continue;
        }
      }
      // (Another opener of the same kind ends the search too, so that each mark is looked at once.)
      blocked = BLOCKERS.has(ch) || ((ch === SINGLE_OPEN || (straight && ch === STRAIGHT_SINGLE && !singleClosesAt(text, j))) && singleOpensAt(text, j, end));
      if (blocked) break;
      if (!singleClosesAt(text, j) || ch !== (straight ? STRAIGHT_SINGLE : SINGLE_CLOSE)) continue;
      // "'We need the councils' support,' she said", "‘in three months’ time,’": a plural's
      // apostrophe before a lower-case word closes nothing when a later mark can ("‘Fix Our Roads’
      // plan branded ‘reckless’": the next mark opens another quote, so this one closes here).
      if (pluralBeforeLowerCase(text, j) && closerAhead(j, end, ch)) continue;
      close = j;
      break;
    }
    carried = null;
    if (close >= 0) {
      quotes.push({ span: { start: open, end: close + 1 }, inner: { start: open + 1, end: close }, nested: within.map((q) => q.span) });
      if (within.length > 0) for (const q of within) (inner ??= new Set()).add(q);
      i = close;
      continue;
    }
    // Left open to the end of its paragraph, which it opened, or whose sentence it ends: a quote that
    // may go on in the next one, if that one opens with a mark ("‘We will fight.⏎‘And win,’ she
    // said", "“People ask me,” she says. ‘There isn’t a card for it.⏎‘She gave me …’").
    if (!blocked && within.length === 0 && end >= to && (i === paragraphStart || endsSentence(text, from, to))) return dropInner(quotes, inner, open);
  }
  return dropInner(quotes, inner, null);
}

/** Removes from `quotes` the double quotes that stand inside single ones; returns `result`. */
function dropInner<T>(quotes: FoundQuote[], inner: Set<FoundQuote> | null, result: T): T {
  if (inner === null) return result;
  let kept = 0;
  for (const q of quotes) if (!inner.has(q)) quotes[kept++] = q;
  quotes.length = kept;
  return result;
}

/** True when the stretch from..to ends with a sentence's last punctuation (spaces aside). */
function endsSentence(text: string, from: number, to: number): boolean {
  let k = to - 1;
  while (k >= from && isSpace(text[k])) k--;
  return k >= from && '.!?…:'.includes(text[k]);
}

/** True when the mark at `j` may be a plural's apostrophe: after an s, before a space and a lower-case word ("the councils’ support"). */
function pluralBeforeLowerCase(text: string, j: number): boolean {
  return text[j - 1] === 's' && text[j + 1] === ' ' && /\p{Ll}/u.test(text[j + 2] ?? '');
}

/** 'n' (rock 'n' roll) and decades ('90s) start with an apostrophe, not a quote. */
function isElision(text: string, i: number, end: number): boolean {
  const a = text[i + 1];
  const b = text[i + 2];
  if ((a === 'n' || a === 'N') && (b === "'" || b === SINGLE_CLOSE)) return true;
  if (isDigit(a) && isDigit(b) && i + 3 <= end && (text[i + 3] === 's' || !isAlnum(text[i + 3]))) return true;
  if (text.startsWith('em ', i + 1) || text.startsWith('til ', i + 1) || text.startsWith('cause ', i + 1)) return true;
  return false;
}
