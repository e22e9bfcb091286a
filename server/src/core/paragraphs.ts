// Splits a text into paragraphs (lines; CRLF, LF and CR all end one). Pure: imports nothing.
import type { Span } from './types';
import { isSpace, isSpaceCode } from './chars';

/** One paragraph: its span without the line break, and whether it holds only white space. */
export interface Paragraph extends Span {
  blank: boolean;
}

/** The characters that end a line; CRLF is one break. */
const LINE_BREAK = /[\n\r\u2028\u2029]/g;

/** Every line of the text as a paragraph, in order. */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  // The regular expression skips from break to break natively, faster than a loop over every character.
  LINE_BREAK.lastIndex = 0;
  while (LINE_BREAK.test(text)) {
    const i = LINE_BREAK.lastIndex - 1;
    out.push({ start, end: i, blank: isBlank(text, start, i) });
    if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) LINE_BREAK.lastIndex = i + 2;
    start = LINE_BREAK.lastIndex;
  }
  out.push({ start, end: text.length, blank: isBlank(text, start, text.length) });
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
