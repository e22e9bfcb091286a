// Splits text into word and punctuation tokens with their offsets, in one pass.
// Pure: imports nothing from editors, LSP or Node.
import { hasUpperAfterFirst, isAlnumCode, isSpaceCode, isUpper } from './chars';
import { LEX_INNER_CAPITAL, wordClasses } from './wordClasses';

/** In `Lexeme.bits`, above the word classes: the token is a word (letters or digits). */
const TOKEN_WORD = 1 << 20;
/** In `Lexeme.bits`: a word that starts with an upper-case letter. */
const TOKEN_CAP = 1 << 21;
/** In `Lexeme.bits`: the token lies inside a quotation. */
const TOKEN_QUOTED = 1 << 22;
/** In `Lexeme.bits`: a word that starts with an ASCII digit ("2024", "3.5", "30m"). */
const TOKEN_DIGIT = 1 << 23;
/** In `Lexeme.bits`: the word classes (every LEX_* bit of wordClasses.ts lies below bit 20). */
const TOKEN_LEX = TOKEN_WORD - 1;

/** What every occurrence of one word (or punctuation mark) shares: its text, its lower case and its flags. */
class Lexeme {
  readonly text: string;
  readonly lower: string;
  /** The word classes with the TOKEN_* flags (never TOKEN_QUOTED, which is the token's own). */
  readonly bits: number;

  constructor(text: string, lower: string, bits: number) {
    this.text = text;
    this.lower = lower;
    this.bits = bits;
  }
}

/**
 * A word or a single punctuation character. A long text has hundreds of thousands of tokens, all
 * alive until the analysis ends, so a token keeps only three fields: its start, its lexeme (the text
 * and the lower case it shares with every other occurrence of the same word) and its flags (the
 * lexeme's, with TOKEN_QUOTED): the passes test the flags of every token, pass after pass, and read
 * them from the token itself, one load where the lexeme's took two.
 */
export class Token {
  start: number;
  private lexeme: Lexeme;
  private bits: number;

  constructor(start: number, lexeme: Lexeme) {
    this.start = start;
    this.lexeme = lexeme;
    this.bits = lexeme.bits;
  }

  /** The token as written. */
  get text(): string {
    return this.lexeme.text;
  }

  /** Lower-case text, for lexicon look-ups. */
  get lower(): string {
    return this.lexeme.lower;
  }

  /** Where the token ends: its text is text.slice(start, end). */
  get end(): number {
    return this.start + this.lexeme.text.length;
  }

  /** True for words (letters or digits), false for punctuation. */
  get word(): boolean {
    return (this.bits & TOKEN_WORD) !== 0;
  }

  /** True when a word starts with an upper-case letter. */
  get cap(): boolean {
    return (this.bits & TOKEN_CAP) !== 0;
  }

  /** True for a word that starts with an ASCII digit: the claim finder asks it of every token. */
  get digit(): boolean {
    return (this.bits & TOKEN_DIGIT) !== 0;
  }

  /** True when the token lies inside a quotation. */
  get quoted(): boolean {
    return (this.bits & TOKEN_QUOTED) !== 0;
  }

  set quoted(value: boolean) {
    this.bits = value ? this.bits | TOKEN_QUOTED : this.bits & ~TOKEN_QUOTED;
  }

  /** Makes this token another one: tokenize reuses the tokens of the previous text (see `reusedTokens`). */
  reuse(start: number, lexeme: Lexeme): void {
    this.start = start;
    this.lexeme = lexeme;
    this.bits = lexeme.bits;
  }

  /** A word's lexicon classes and shape flags (`LEX_*` bits of wordClasses.ts, worked out once per distinct word); 0 for punctuation. */
  get lex(): number {
    return this.bits & TOKEN_LEX;
  }
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

/** The lexemes of the punctuation marks below U+2070 (ASCII, Latin-1, curly quotes, dashes), by character code, made on first sight. */
const MARKS: (Lexeme | undefined)[] = [];
/** The lexemes of the other marks and symbols (€, emoji), made on first sight. */
const OTHER_MARKS = new Map<string, Lexeme>();

/** The lexeme of a punctuation mark or symbol that is not a word: its flags are 0. */
function markLexeme(text: string, i: number, len: number): Lexeme {
  const c = text.charCodeAt(i);
  if (len === 1 && c < 0x2070) {
    let mark = MARKS[c];
    if (mark === undefined) {
      const s = intern(String.fromCharCode(c));
      mark = MARKS[c] = new Lexeme(s, s, 0);
    }
    return mark;
  }
  const s = text.slice(i, i + len);
  let mark = OTHER_MARKS.get(s);
  if (mark === undefined) {
    // (Kept apart from the text, as the word table keeps its words; the map stays small.)
    const own = intern(ownCopy(text, i, i + len));
    mark = new Lexeme(own, own, 0);
    if (OTHER_MARKS.size < 4096) OTHER_MARKS.set(own, mark);
  }
  return mark;
}


/**
 * The distinct words of one text. Every occurrence of a word shares one entry, made once: its string,
 * its lower case, its word classes and whether it is capitalised. Most words of an article repeat, and
 * a repeated word then costs no new string and no look-up in the lexicon. Open addressing over a hash
 * the tokenizer computes while it scans the word.
 */
class WordTable {
  /** Per slot: the word with its lower case and token flags (its word classes with TOKEN_WORD and TOKEN_CAP). */
  private words: (Lexeme | undefined)[];
  private hashes: Int32Array;
  /** Per slot: where the word's characters start in `chars` (a word longer than SCANNED has none there). */
  private offsets: Int32Array;
  /** The characters of the words, one after the other. */
  private chars = new Uint16Array(16_384);
  private used = 0;
  private mask: number;
  private count = 0;

  constructor(capacity: number) {
    this.words = new Array<Lexeme | undefined>(capacity).fill(undefined);
    this.hashes = new Int32Array(capacity);
    this.offsets = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /** How many distinct words the table holds. */
  size(): number {
    return this.count;
  }

  /**
   * The lexeme of the word text[start, end), whose hash is `hash` and whose characters are in
   * `scanned` (up to SCANNED of them), made on first sight.
   */
  lexemeOf(text: string, start: number, end: number, hash: number, plain: boolean, hyphenated: boolean): Lexeme {
    const len = end - start;
    let slot = (hash ^ (hash >>> 15)) & this.mask;
    for (;;) {
      const known = this.words[slot];
      if (known === undefined) break;
      // (A word is compared with the characters the scan copied out: reading typed arrays costs far
      // less than a call of startsWith on the text, which took a quarter of the tokenizer's time.)
      if (this.hashes[slot] === hash && known.text.length === len && (len <= SCANNED ? this.sameAsScanned(this.offsets[slot], len) : text.startsWith(known.text, start))) return known;
      slot = (slot + 1) & this.mask;
    }
    // The table outlives the text: a long word is copied, since a slice of 13 characters or more
    // would keep the whole text it was cut from alive.
    const word = intern(len < 13 ? text.slice(start, end) : ownCopy(text, start, end));
    const c = word.charCodeAt(0);
    // "al-Harbi", "bin-Salman": a lower-case particle joined to a capitalised name is a name.
    const cap = c < 128 ? (c >= 65 && c <= 90) || (!plain && c >= 97 && isParticleName(word)) : isUpper(word[0]);
    const lower = plain ? word : intern(word.toLowerCase());
    const made = new Lexeme(word, lower, wordClasses(lower, hyphenated) | (hasUpperAfterFirst(word) ? LEX_INNER_CAPITAL : 0) | TOKEN_WORD | (cap ? TOKEN_CAP : 0) | (c >= 48 && c <= 57 ? TOKEN_DIGIT : 0));
    this.words[slot] = made;
    this.hashes[slot] = hash;
    this.offsets[slot] = len <= SCANNED ? this.keepScanned(len) : -1;
    if (++this.count * 2 > this.mask) this.grow();
    return made;
  }

  /** True when `scanned` holds the `len` characters kept at `offset`. */
  private sameAsScanned(offset: number, len: number): boolean {
    const chars = this.chars;
    for (let m = 0; m < len; m++) if (chars[offset + m] !== scanned[m]) return false;
    return true;
  }

  /** Keeps the first `len` characters of `scanned`; returns where they start in `chars`. */
  private keepScanned(len: number): number {
    if (this.used + len > this.chars.length) {
      const more = new Uint16Array(this.chars.length * 2);
      more.set(this.chars);
      this.chars = more;
    }
    const at = this.used;
    for (let m = 0; m < len; m++) this.chars[at + m] = scanned[m];
    this.used += len;
    return at;
  }

  /** Doubles the table. */
  private grow(): void {
    const { words, hashes, offsets } = this;
    const capacity = words.length * 2;
    this.words = new Array<Lexeme | undefined>(capacity).fill(undefined);
    this.hashes = new Int32Array(capacity);
    this.offsets = new Int32Array(capacity);
    this.mask = capacity - 1;
    for (let old = 0; old < words.length; old++) {
      if (words[old] === undefined) continue;
      let to = (hashes[old] ^ (hashes[old] >>> 15)) & this.mask;
      while (this.words[to] !== undefined) to = (to + 1) & this.mask;
      this.words[to] = words[old];
      this.hashes[to] = hashes[old];
      this.offsets[to] = offsets[old];
    }
  }
}

/** The most characters of a word the scan copies into `scanned`; a longer word is compared with startsWith. */
const SCANNED = 64;

/** The characters of the word being scanned (its first SCANNED), for WordTable.lexemeOf. */
const scanned = new Uint16Array(SCANNED);

/**
 * An object in dictionary mode (a property deleted that was not the last one added leaves it so),
 * through which `intern` has V8 internalize a string: a property's name is stored internalized.
 * (In dictionary mode, names come and go without making a hidden class for each.)
 */
const internBox: Record<string, number> = Object.create(null) as Record<string, number>;
internBox.a = 0;
internBox.b = 0;
delete internBox.a;

/**
 * The internalized string equal to `s` (the one copy V8 keeps of each content, as it keeps its
 * literals). Each lexeme's text and lower case are internalized once, when the word is first seen:
 * the passes compare them with literals ("said", ",") and look them up in sets millions of times,
 * and V8 compares two internalized strings by address, where a string cut from the text must be
 * compared character by character (a site that has only met internalized strings compiles to one
 * pointer comparison).
 */
function intern(s: string): string {
  // (A name that is an array index, "2024", would be kept as an element: numbers are left as they are.)
  const c = s.charCodeAt(0);
  if (s === 'b' || (c >= 48 && c <= 57)) return s;
  internBox[s] = 0;
  const keys = Object.keys(internBox);
  const own = keys[keys.length - 1];
  delete internBox[s];
  return own;
}

/** A string holding text[start, end) that does not share the text's memory: a table that outlives the text keeps this, not a slice. */
export function ownCopy(text: string, start: number, end: number): string {
  // In pieces: a word of a million letters would overflow the arguments of one call.
  const pieces: string[] = [];
  for (let from = start; from < end; from += 4096) {
    const codes: number[] = [];
    for (let k = from; k < end && k < from + 4096; k++) codes.push(text.charCodeAt(k));
    pieces.push(String.fromCharCode(...codes));
  }
  return pieces.join('');
}

/** The most distinct words the shared table keeps: an article has a few thousand. */
const SHARED_WORDS = 16_384;

/**
 * The word table shared by successive texts: the editor analyses the same article again at every
 * keystroke, and articles share most of their words, so a word's classes are worked out once. What
 * the table returns depends only on the word's characters, never on which text brought it in.
 */
let shared: WordTable | null = null;

/** The most tokens kept for reuse: a text of about a megabyte. */
const REUSED_TOKENS = 1 << 18;

/**
 * The tokens of the previous text, which the next one reuses: the editor analyses the same article
 * again at every keystroke, and a long text has hundreds of thousands of tokens, all alive until its
 * analysis ends. New ones would each be copied twice by the garbage collector, out of the young
 * generation; reused ones already live in the old generation. No result of `analyze` keeps a token.
 */
const reusedTokens: Token[] = [];

/**
 * The array tokenize returned for the previous text, filled again in place for the next one: an
 * array grown by push to hundreds of thousands of tokens is copied at each growth (six megabytes of
 * copies for a 1 MB text), and the editor tokenizes texts of about the same length again and again.
 */
const lastTokens: Token[] = [];

/** The k-th token of a text, reused from the previous text when it had as many. */
function tokenFor(k: number, start: number, lexeme: Lexeme): Token {
  if (k < reusedTokens.length) {
    const t = reusedTokens[k];
    t.reuse(start, lexeme);
    return t;
  }
  const t = new Token(start, lexeme);
  if (k < REUSED_TOKENS) reusedTokens.push(t);
  return t;
}

/**
 * Every token of `text` in order. `quoted` is filled in later by the caller. The tokens, and the
 * array that holds them, are valid until the next call, which reuses them: `analyze` reads them and
 * keeps none.
 */
export function tokenize(text: string): Token[] {
  const out = lastTokens;
  let count = 0;
  const n = text.length;
  // A text of more distinct words than that (a book, a word list) left them behind: this text starts
  // afresh. (Checked here, before the loop, rather than after it: V8 compiles the loop of a long text
  // while it runs, before the end of the function was ever reached, and that code would be thrown away
  // at the end of every text.)
  if (shared !== null && shared.size() > SHARED_WORDS) shared = null;
  const table = (shared ??= new WordTable(4096));
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
      let hash = c;
      scanned[0] = c;
      let j = i + 1;
      for (;;) {
        for (; j < n; j++) {
          const d = text.charCodeAt(j);
          if (!isPlainCode(d)) {
            if (!isAlnumCode(d)) break;
            plain = false;
          }
          if (j - i < SCANNED) scanned[j - i] = d;
          hash = (Math.imul(hash, 31) + d) | 0;
        }
        if (j + 1 < n && isJoiner(text.charCodeAt(j)) && isAlnumCode(text.charCodeAt(j + 1))) {
          const joiner = text.charCodeAt(j);
          const next = text.charCodeAt(j + 1);
          if (joiner === 45) hyphenated = true;
          if (!isPlainCode(next)) plain = false;
          if (j + 1 - i < SCANNED) {
            scanned[j - i] = joiner;
            scanned[j + 1 - i] = next;
          }
          hash = (Math.imul(Math.imul(hash, 31) + joiner, 31) + next) | 0;
          j += 2;
        } else break;
      }
      const t = tokenFor(count, i, table.lexemeOf(text, i, j, hash, plain, hyphenated));
      if (count < out.length) out[count] = t;
      else out.push(t);
      count++;
      i = j;
      continue;
    }
    // Surrogate pairs (emoji) stay one token so that no range splits them.
    const len = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    const t = tokenFor(count, i, markLexeme(text, i, len));
    if (count < out.length) out[count] = t;
    else out.push(t);
    count++;
    i += len;
  }
  out.length = count;
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

/**
 * Index of the first token at or after `from` whose start is at or after `offset`: tokenAt for an
 * offset a few tokens on, read forward rather than searched for. Every token before `from` must
 * start before `offset`.
 */
export function tokenAtFrom(tokens: Token[], from: number, offset: number): number {
  let k = from;
  while (k < tokens.length && tokens[k].start < offset) k++;
  return k;
}

/**
 * The texts of tokens [from, to) joined by single spaces, as `tokens.slice(from, to).map((x) =>
 * x.text).join(' ')` would give them (`from` is never negative). A loop allocates no arrays, and
 * leaves V8 no array whose elements kind differs between its tiers (the result of `map` did, and
 * deoptimised the name readers at `join`).
 */
export function tokenTexts(tokens: readonly Token[], from: number, to: number): string {
  const end = Math.min(to, tokens.length);
  let out = from < end ? tokens[from].text : '';
  for (let k = from + 1; k < end; k++) out += ' ' + tokens[k].text;
  return out;
}

/** The lower-case forms of tokens [from, to) joined by single spaces: tokenTexts for `lower`. */
export function tokenLowers(tokens: readonly Token[], from: number, to: number): string {
  const end = Math.min(to, tokens.length);
  let out = from < end ? tokens[from].lower : '';
  for (let k = from + 1; k < end; k++) out += ' ' + tokens[k].lower;
  return out;
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
