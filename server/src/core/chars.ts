// Character classes shared by the core's scanners. Pure: imports nothing.

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

/** True for a letter in any script. */
export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(ch);
}

/** True for an upper-case letter in any script. */
export function isUpper(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(ch);
}

/** True for an ASCII digit. */
export function isDigit(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** True for a letter or a digit. */
export function isAlnum(ch: string | undefined): boolean {
  return isDigit(ch) || isLetter(ch);
}

/** True for white space, line breaks included. */
export function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0' || ch === '\u2009' || ch === '\u202f';
}

/** True for a line break character. */
export function isLineBreak(ch: string | undefined): boolean {
  return ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029';
}

/** Double quotation marks that open a quote. */
export const DOUBLE_OPENERS = new Set(['\u201c', '\u201e', '\u00ab']);
/** Double quotation marks that close a quote. */
export const DOUBLE_CLOSERS = new Set(['\u201d', '\u00bb']);
/** The straight double mark, which may open or close. */
export const STRAIGHT_DOUBLE = '"';

/** True for the UTF-16 code of a letter or digit (astral letters count as letters). */
export function isAlnumCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c === 0xa0 || c === 0x2009 || c === 0x202f || (c >= 0x2000 && c <= 0x206f) || (c >= 0xd800 && c <= 0xdfff)) return false;
  return LETTER.test(String.fromCharCode(c));
}

/** True for the UTF-16 code of white space, line breaks included. */
export function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

/** True for a word ending in 's or ’s (a regular expression per word costs more on long texts). */
export function endsPossessive(word: string): boolean {
  const n = word.length;
  return n >= 2 && word[n - 1] === 's' && (word[n - 2] === "'" || word[n - 2] === '\u2019');
}

/** True when text[from, to) holds a \n or a \r: a loop, where a slice and a regular expression would allocate. */
export function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/** True when an ASCII capital follows the first character ("DeepSeek", "McKinsey"). */
export function hasUpperAfterFirst(word: string): boolean {
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}
