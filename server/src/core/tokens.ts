// Splits text into word and punctuation tokens with their offsets, in one pass.
// Pure: imports nothing from editors, LSP or Node.
import { isAlnumCode, isSpaceCode, isUpper } from './chars';
import { wordClasses } from './wordClasses';

/** A word or a single punctuation character. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-case text, for lexicon look-ups. */
  lower: string;
  /** True for words (letters or digits), false for punctuation. */
  word: boolean;
  /** True when a word starts with an upper-case letter. */
  cap: boolean;
  /** True when the token lies inside a quotation. */
  quoted: boolean;
  /** The lexicon classes of a word (`LEX_*` bits of wordClasses.ts, looked up once here); 0 for punctuation. */
  lex: number;
}

/** ' ’ - . & and the two Unicode hyphens join letters into one word (DeepSeek’s, co-founder, U.S). */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45 || c === 46 || c === 38 || c === 0x2010 || c === 0x2011;
}

/** Lower-case particles joined by a hyphen to a capitalised name ("al-Harbi", "bin-Salman"). */
const HYPHEN_PARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'ben']);

/** True for a name opening with a lower-case particle, a hyphen and a capital ("al-Harbi"). */
export function isParticleName(word: string): boolean {
  const dash = word.indexOf('-');
  if (dash < 2 || dash > 3 || dash + 1 >= word.length) return false;
  const next = word.charCodeAt(dash + 1);
  return next >= 65 && next <= 90 && HYPHEN_PARTICLES.has(word.slice(0, dash));
}

/** A lower-case ASCII letter or a digit: characters that toLowerCase leaves as they are. */
function isPlainCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** The General Punctuation block (curly quotes, dashes, ellipsis) as strings, made once rather than per mark. */
const GENERAL_PUNCTUATION: readonly string[] = Array.from({ length: 0x70 }, (_, k) => String.fromCharCode(0x2000 + k));

/** Every token of `text` in order. `quoted` is filled in later by the caller. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    if (isAlnumCode(c)) {
      // Most words are plain lower-case ASCII: noticing that while scanning spares a toLowerCase.
      let plain = isPlainCode(c);
      let hyphenated = false;
      let j = i + 1;
      for (;;) {
        for (; j < n; j++) {
          const d = text.charCodeAt(j);
          if (isPlainCode(d)) continue;
          if (!isAlnumCode(d)) break;
          plain = false;
        }
        if (j + 1 < n && isJoiner(text.charCodeAt(j)) && isAlnumCode(text.charCodeAt(j + 1))) {
          if (text.charCodeAt(j) === 45) hyphenated = true;
          if (!isPlainCode(text.charCodeAt(j + 1))) plain = false;
          j += 2;
        } else break;
      }
      const t = text.slice(i, j);
      // "al-Harbi", "bin-Salman": a lower-case particle joined to a capitalised name is a name.
      const cap = c < 128 ? (c >= 65 && c <= 90) || (!plain && c >= 97 && isParticleName(t)) : isUpper(text[i]);
      const lower = plain ? t : t.toLowerCase();
      out.push({ start: i, end: j, text: t, lower, word: true, cap, quoted: false, lex: wordClasses(lower, hyphenated) });
      i = j;
      continue;
    }
    // Surrogate pairs (emoji) stay one token so that no range splits them.
    const len = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    const t = len === 2 ? text.slice(i, i + 2) : c >= 0x2000 && c < 0x2070 ? GENERAL_PUNCTUATION[c - 0x2000] : text[i];
    out.push({ start: i, end: i + len, text: t, lower: t, word: false, cap: false, quoted: false, lex: 0 });
    i += len;
  }
  return out;
}

/** Index of the first token whose start is at or after `offset` (binary search). */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A set of token indexes, one byte per token: the hot loops ask it far faster than a Set<number>. */
export class TokenSet {
  private readonly bits: Uint8Array;

  constructor(size: number) {
    this.bits = new Uint8Array(size);
  }

  add(k: number): void {
    this.bits[k] = 1;
  }

  has(k: number): boolean {
    return this.bits[k] === 1;
  }
}
