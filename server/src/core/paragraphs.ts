// Splits a text into paragraphs (lines; CRLF, LF and CR all end one). Pure: imports nothing.
import type { Span } from './types';
import { isSpace, isSpaceCode } from './chars';

/** One paragraph: its span without the line break, and whether it holds only white space. */
export interface Paragraph extends Span {
  blank: boolean;
}

/** Every line of the text as a paragraph, in order. */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : -1;
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === -1) {
      out.push({ start, end: i, blank: isBlank(text, start, i) });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  return out;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** Offset of the first non-space character in [start, end), or end. */
export function skipSpaces(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isSpace(text[i])) i++;
  return i;
}
