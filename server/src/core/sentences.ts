// Finds where sentences start, treating quotations as part of the sentence around them and
// never breaking after abbreviations (Mr., U.S., Dr.). Pure: imports nothing from editors, LSP or Node.
import { type Token, TokenSet } from './tokens';
import { hasNewline } from './chars';
import { LEX_NOT_NAME } from './wordClasses';

/** Initials written together ("K.R", "H.N", "U.S"), as the tokenizer leaves them before their last full stop. */
const INITIALS = /^\p{Lu}(?:\.\p{Lu})+$/u;

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'vs', 'etc', 'no', 'gov', 'sen', 'rep',
  'gen', 'col', 'capt', 'sgt', 'prof', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
  'dec', 'u.s', 'u.k', 'e.g', 'i.e', 'a.m', 'p.m', 'mt', 'ft', 'det', 'supt', 'insp', 'cllr', 'rev', 'approx', 'fig', 'ald', 'coun', 'atty', 'lt', 'cpl', 'cmdr', 'adm', 'brig', 'maj', 'pvt', 'hon', 'rt',
]);

const ENDERS = new Set(['.', '!', '?']);
const CLOSING_MARKS = new Set(['"', '\u201d', '\u00bb']);
const OPENING_MARKS = new Set(['"', '\u201c', '\u2018', "'", '\u201e', '\u00ab', '(', '[']);

/** Token indices where a sentence starts (the first token of each paragraph included by the caller). */
export function sentenceStartTokens(tokens: Token[], text: string): TokenSet {
  const starts = new TokenSet(tokens.length + 1);
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k];
    if (t.word) continue;
    if (t.quoted) {
      // A quotation that ends a sentence: “… scope.” We should …
      const before = tokens[k - 1];
      const after = tokens[k + 1];
      if (CLOSING_MARKS.has(t.text) && before !== undefined && ENDERS.has(before.text) && !hasNewline(text, t.end, after.start)) {
        if ((after.word && after.cap && !after.quoted) || OPENING_MARKS.has(after.text)) starts.add(k + 1);
      }
      continue;
    }
    if (!ENDERS.has(t.text)) continue;
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    // ("No. 10" is an abbreviation; "she said no." ends a sentence.)
    const numbered = prev?.lower !== 'no' || isDigitCode(next.text.charCodeAt(0));
    if (prev !== undefined && prev.end === t.start && prev.word && ((ABBREVIATIONS.has(prev.lower) && numbered) || (prev.text.length === 1 && prev.cap))) continue;
    // ("K.R. Narasimhamurthy said": a person's initials before a name; "in the U.S. The" ends a sentence.)
    if (prev !== undefined && prev.end === t.start && prev.word && INITIALS.test(prev.text) && next.word && next.cap && next.text.length > 2 && (next.lex & LEX_NOT_NAME) === 0 && !hasNewline(text, t.end, next.start)) continue;
    if (hasNewline(text, t.end, next.start)) continue; // A new paragraph starts anyway.
    if ((next.word && (next.cap || isDigitCode(next.text.charCodeAt(0)))) || OPENING_MARKS.has(next.text)) starts.add(k + 1);
  }
  return starts;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}
