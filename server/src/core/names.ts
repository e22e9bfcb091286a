// Reads names from tokens: capitalised runs with titles and particles (Mr Tony Blair, Jeroen van
// der Veer), pronouns and unnamed sources (a Jive spokeswoman). Pure: imports nothing from
// editors, LSP or Node.
import { type Token, type TokenSet, tokenLowers, tokenTexts } from './tokens';
import { endsPossessive, isDigit } from './chars';
import { FEMALE_FIRST_NAMES, KIN_SEX, MALE_FIRST_NAMES, NAME_PARTICLES, POSSESSIVE_PRONOUNS, ORGANIZATION_DESCRIPTIONS, ORGANIZATION_WORDS, PRONOUNS, ROLE_NOUNS, SOURCE_NOUNS, TITLES, words } from './lexicon';
import { LEX_AUXILIARY, LEX_CUE, LEX_LONG_TITLE_START, LEX_NAME_PARTICLE, LEX_NOT_NAME, LEX_PAIR_TITLE_START, LEX_ROLE_NOUN, LEX_TITLE } from './wordClasses';

/** A name as written: its tokens [from, to), its title, and the name without title or 's. */
export interface NameRun {
  from: number;
  to: number;
  start: number;
  end: number;
  /** The title as written ("Mr", "Prime Minister"), or null. */
  title: string | null;
  /** The name without its title or possessive ending ("Tony Blair"). */
  name: string;
  /** The words of `name`. */
  words: string[];
}

/**
 * Who a cue points at: a name, a pronoun, or an unnamed source, over tokens [from, to). Every kind
 * has every field (null or undefined where it does not apply) and is made by one of the three
 * functions below, so that all subjects share one hidden class in V8: the functions that read
 * subjects then stay monomorphic instead of being optimised again for each new layout.
 */
export type Subject =
  | { kind: 'name'; from: number; to: number; run: NameRun; word: null; text: null; written: undefined }
  | { kind: 'pronoun'; from: number; to: number; run: null; word: string; text: null; written: undefined }
  | { kind: 'unnamed'; from: number; to: number; run: null; word: null; text: string; written: string | undefined };

/** A name as a subject ("Tony Blair said"). */
export function nameSubject(run: NameRun, from: number, to: number): Subject {
  return { kind: 'name', from, to, run, word: null, text: null, written: undefined };
}

/** A pronoun as a subject ("she said"); `word` in lower case. */
export function pronounSubject(word: string, from: number, to: number): Subject {
  return { kind: 'pronoun', from, to, run: null, word, text: null, written: undefined };
}

/** An unnamed source ("a spokeswoman"); `written` is the longer phrase as written, when there is one. */
export function unnamedSubject(text: string, from: number, to: number, written?: string): Subject {
  return { kind: 'unnamed', from, to, run: null, word: null, text, written };
}

const PREPOSITIONS = new Set(words(`of for at in from with by on to about and or`));
/** Words that may stand before a role noun ("the former chief executive"). */
const ROLE_MODIFIERS = new Set(words(`former senior deputy acting interim lead chief executive managing vice global general founding veteran local shadow foreign home party opposition independent retired new`));
/**
 * True when "and" at a name's end joins two halves of one organisation's name: the name so far is
 * an organisation's (Department of Health), or the capitalised words after it end in one (Markets
 * Authority, Eastfield NHS Foundation Trust). "Tom and Jane Smith" stay two names.
 */
function andJoinsOrganisation(tokens: Token[], words: string[], k: number, to: number): boolean {
  if (words.some((w) => ORGANIZATION_WORDS.has(w.toLowerCase())) && words.includes('of')) return true;
  let m = k;
  while (m < to && m - k < 5 && tokens[m].word && tokens[m].cap && !tokens[m].quoted) m++;
  return m > k && ORGANIZATION_WORDS.has(tokens[m - 1].lower);
}

/** Job titles written as acronyms before a name. */
export const JOB_ACRONYMS: ReadonlySet<string> = new Set(['ceo', 'cfo', 'coo', 'cto', 'cmo', 'cio', 'mp', 'msp', 'mep', 'mla', 'td']);

/** Letters after a name: honours, professions, generations. */
const POST_NOMINALS = new Set(words(`kc qc sc bl mp mep msp ms obe cbe mbe kbe dbe jr sr phd frs esq`));

/**
 * Whether a name so far ends in a first name and a surname ("Senate Minority Leader Maria Delgado"),
 * after which "of Nevada" says where the person is from, not the rest of a body's name. The first
 * name is one Byline knows, or any name right after a job word ("Senate Minority Leader Bive
 * Delgado": a first name of no list is still a person's after "Leader").
 */
function isPersonPair(words: string[]): boolean {
  // ("Senate Minority Leader Maria K. Delgado": the initial aside.)
  if (words.length >= 3 && MIDDLE_INITIAL.test(words[words.length - 2])) return isPersonPair([...words.slice(0, -2), words[words.length - 1]]);
  // ("Senate Minority Leader Ana de la Cruz": the surname's particles aside.)
  let p = words.length - 2;
  while (p > 0 && isNameParticle(words[p])) p--;
  if (p < words.length - 2) return isPersonPair([...words.slice(0, p + 1), words[words.length - 1]]);
  if (words.length < 2 || ORGANIZATION_WORDS.has(words[words.length - 1].toLowerCase())) return false;
  const first = words[words.length - 2].toLowerCase();
  if (MALE_FIRST_NAMES.has(first) || FEMALE_FIRST_NAMES.has(first)) return true;
  return words.length >= 3 && ROLE_NOUNS.has(words[words.length - 3].toLowerCase()) && !ORGANIZATION_WORDS.has(first) && !ROLE_NOUNS.has(first) && PLAIN_NAME.test(words[words.length - 2]) && PLAIN_NAME.test(words[words.length - 1]);
}

/** A party's members, as the word before a name says them. */
const PARTY_MEMBERS: ReadonlySet<string> = new Set(['democrat', 'republican']);

/** True for a surname's particle as a word of a name ("de", "van", "Ní", "bin"), whatever its case. */
export function isNameParticle(word: string): boolean {
  return NAME_PARTICLES.has(word.toLowerCase());
}

/** A middle initial with its full stop (the "M." of "Sheila M. Brannigan"). */
export const MIDDLE_INITIAL = /^\p{Lu}\.$/u;

/** A word written as a name: a capital, then small letters (hyphens and apostrophes inside). */
export const PLAIN_NAME = /^\p{Lu}\p{Ll}+(?:['\u2019-]\p{Lu}?\p{Ll}+)*$/u;

/** Quotation marks, as tokens. */
const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '\u201c', '\u201d', "'", '\u2018', '\u2019']);

/** An age that stands for a person ("the 39-year-old"). */
export const AGED = /^\d+-year-old$/;

/** Letters after a name in capitals ("KC", "SC", "MP"), which are not a name of their own. */
export function isPostNominal(t: Token): boolean {
  return t.word && POST_NOMINALS.has(t.lower) && t.text === t.text.toUpperCase();
}

/** A generation after a name ("Tom Reed Jr.", "Sr"). */
export const GENERATIONS: ReadonlySet<string> = new Set(['jr', 'sr']);

/** Abbreviations that end a body's name with a full stop ("Acme Corp.", "Halden Inc."). */
const CORPORATE_ABBREVIATIONS: ReadonlySet<string> = new Set(['corp', 'inc', 'ltd', 'co', 'bros', 'plc', 'llc']);

/**
 * Where what follows a name starts: after "Jr." or "Sr." when one stands at `j` ("Tom Reed Jr.
 * said"), or after the full stop of a body's abbreviation that ends the name ("Acme Corp. said"); else `j`.
 */
export function afterNameEnding(tokens: Token[], j: number): number {
  const t = tokens[j];
  if (t === undefined) return j;
  const before = tokens[j - 1];
  if (t.text === '.' && before !== undefined && before.end === t.start && before.word && CORPORATE_ABBREVIATIONS.has(before.lower)) return j + 1;
  if (!t.word || !t.cap || t.quoted || !GENERATIONS.has(t.lower)) return j;
  return tokens[j + 1]?.text === '.' && tokens[j + 1].start === t.end ? j + 2 : j + 1;
}

/** Possessive determiners before a role ("its executive director, Tamsin Greaves,"). */
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our']);
const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'another', 'two', 'three', 'several', 'some', 'many', 'other']);

function isNameWord(t: Token | undefined): boolean {
  return t !== undefined && t.word && t.cap && (t.lex & LEX_NOT_NAME) === 0 && !isPartyTag(t);
}

/** "D-Ohio", "R-N.Y": an American politician's party and state, never a name. */
export function isPartyTag(t: Token): boolean {
  return t.text.length > 2 && t.text[1] === '-' && (t.text[0] === 'D' || t.text[0] === 'R' || t.text[0] === 'I') && isUpperAscii(t.text.charCodeAt(2));
}

function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** The word without a final ' or ’, or 's or ’s ("Reuters'", "Hale’s"). */
function stripPossessive(word: string): string {
  const n = word.length;
  const last = word.charCodeAt(n - 1);
  if (last === 39 || last === 0x2019) return word.slice(0, -1);
  if (last === 115 && n >= 2 && (word.charCodeAt(n - 2) === 39 || word.charCodeAt(n - 2) === 0x2019)) return word.slice(0, -2);
  return word;
}

/** The title that starts at token i, as [token count, text], or null. */
function titleAt(tokens: Token[], i: number, to: number): [number, string] | null {
  const t = tokens[i];
  if (t === undefined || !t.word || !t.cap) return null;
  // "Mayor-elect Maria Delgado": a title about to be taken up.
  if (t.lower.endsWith('-elect') && TITLES.has(t.lower.slice(0, -6))) return [1, t.text];
  // The tokenizer has looked the word up among the titles and their first words (wordClasses.ts).
  if ((t.lex & (LEX_TITLE | LEX_PAIR_TITLE_START | LEX_LONG_TITLE_START)) === 0) return null;
  // "Special Agent in Charge", "Detective Chief Inspector": titles of three or four words.
  if ((t.lex & LEX_LONG_TITLE_START) !== 0) for (const n of [4, 3]) {
    if (i + n > to || !tokens.slice(i, i + n).every((x) => x.word)) continue;
    const words = tokens.slice(i, i + n);
    if (TITLES.has(words.map((x) => x.lower).join(' '))) return [n, words.map((x) => x.text).join(' ')];
  }
  if (i + 1 < to && (t.lex & LEX_PAIR_TITLE_START) !== 0 && tokens[i + 1].word && tokens[i + 1].cap && TITLES.has(`${t.lower} ${tokens[i + 1].lower}`)) {
    return [2, `${t.text} ${tokens[i + 1].text}`];
  }
  // "Lt. Gov.", "Maj. Gen.": a pair whose words keep their full stops.
  if (i + 3 < to && (t.lex & LEX_PAIR_TITLE_START) !== 0 && tokens[i + 1].text === '.' && tokens[i + 1].start === t.end && tokens[i + 2].word && tokens[i + 2].cap && tokens[i + 3].text === '.' && tokens[i + 3].start === tokens[i + 2].end && TITLES.has(`${t.lower} ${tokens[i + 2].lower}`)) {
    return [4, `${t.text}. ${tokens[i + 2].text}.`];
  }
  if ((t.lex & LEX_TITLE) !== 0) {
    // "Mr." keeps its full stop inside the title.
    if (i + 1 < to && tokens[i + 1].text === '.' && tokens[i + 1].start === t.end) return [2, `${t.text}.`];
    return [1, t.text];
  }
  return null;
}

/** Reads a name that starts at token i (no further than token `to`), or null. */
export function readNameForward(tokens: Token[], i: number, to: number): NameRun | null {
  // A name, or the title before it, starts with a capitalised word: most words are not one.
  // ("ap Gwynfor said", "van der Veer told": a surname that opens with its particles, too.)
  if (i >= to || tokens[i] === undefined || !tokens[i].word || (!tokens[i].cap && !particlesThenCap(tokens, i, to))) return null;
  let j = i;
  let title: string | null = null;
  const tt = titleAt(tokens, j, to);
  if (tt !== null && (isCapAt(tokens, j + tt[0], to) || particlesThenCap(tokens, j + tt[0], to))) {
    title = tt[1];
    j += tt[0];
  }
  const words: string[] = [];
  while (j < to) {
    const t = tokens[j];
    // "Senator Ramon "Bong" Villareal": a nickname in quotes inside a name is left out of it.
    if (words.length > 0 && QUOTE_MARKS.has(t.text)) {
      let k = j + 1;
      while (k < to && k - j <= 2 && tokens[k].word && tokens[k].cap) k++;
      if (k > j + 1 && k + 1 < to && QUOTE_MARKS.has(tokens[k].text) && tokens[k + 1].word && tokens[k + 1].cap && !tokens[k + 1].quoted) {
        j = k + 1;
        continue;
      }
    }
    if (t.quoted) break;
    // "Writer Neil Coppendale": a capitalised role word before a name is not part of it.
    // ("Dean Mowbray": a job word that is also a first name opens the name.)
    // ("Police Scotland", "Police Service of Northern Ireland": a body's word opens the body's name.)
    // ("Democrat Maria Delgado", "Republican Tom Reed": a party's member, then the name; "Republican
    // Sen. Carol Whitaker" keeps its title.)
    // ("Shooter Losana Vainikolo", "Magistrate Nomvula Dlamini-Khoza", "Nigerian Chidi Okonkwo": a word
    // for what someone does or is, before a first name and a surname, too; "Bengaluru-based Vidyasetu
    // Infotech": where a body is based.)
    if (words.length === 0 && title === null && t.word && t.cap && (((t.lex & LEX_ROLE_NOUN) !== 0 && !MALE_FIRST_NAMES.has(t.lower) && !FEMALE_FIRST_NAMES.has(t.lower) && !ORGANIZATION_WORDS.has(t.lower)) || (PARTY_MEMBERS.has(t.lower) && titleAt(tokens, j + 1, to) === null) || describesBeforeFullName(tokens, j, to) || (t.lower.indexOf('-') > 0 && WHERE_BASED.test(t.lower))) && isCapAt(tokens, j + 1, to)) {
      j++;
      continue;
    }
    // "The Metalworkers' Federation": a plural possessive inside an organisation's name.
    if (words.length > 0 && (t.text === "'" || t.text === '\u2019') && tokens[j - 1].end === t.start && words[words.length - 1].endsWith('s') && tokens[j + 1]?.cap && ORGANIZATION_WORDS.has(tokens[j + 1].lower)) {
      words[words.length - 1] += t.text;
      j++;
      continue;
    }
    // "S. Lakshmi Narasimhan", "E. Jean Carroll": an initial before the first name (not "I.").
    if (words.length === 0 && t.word && t.text.length === 1 && t.cap && t.text !== 'I' && tokens[j + 1]?.text === '.' && tokens[j + 1].start === t.end && isCapAt(tokens, j + 2, to) && tokens[j + 2].word && PLAIN_NAME.test(tokens[j + 2].text) && (tokens[j + 2].lex & LEX_NOT_NAME) === 0 && isCapAt(tokens, j + 3, to)) {
      words.push(`${t.text}.`);
      j += 2;
      continue;
    }
    // "K. Ramesh": an initial before a surname, as Indian names are written, where a name ends.
    if (words.length === 0 && t.word && t.text.length === 1 && t.cap && t.text !== 'I' && tokens[j + 1]?.text === '.' && tokens[j + 1].start === t.end && isCapAt(tokens, j + 2, to) && tokens[j + 2].word && tokens[j + 2].text.length > 2 && PLAIN_NAME.test(tokens[j + 2].text) && (tokens[j + 2].lex & LEX_NOT_NAME) === 0 && !(tokens[j + 3]?.word && tokens[j + 3].cap)) {
      words.push(`${t.text}.`);
      j += 2;
      continue;
    }
    // "Dale R. Corrigan": a middle initial with its full stop.
    if (words.length > 0 && t.word && t.text.length === 1 && t.cap && tokens[j + 1]?.text === '.' && tokens[j + 1].start === t.end && isCapAt(tokens, j + 2, to) && tokens[j + 2].word && tokens[j + 2].text.length > 1) {
      words.push(`${t.text}.`);
      j += 2;
      continue;
    }
    // "Halden plc": a company's lower-case ending is part of its name, and ends it.
    if (words.length > 0 && t.word && !t.cap && (t.lower === 'plc' || t.lower === 'llc') && t.text === t.lower) {
      words.push(t.text);
      j++;
      break;
    }
    // "Simon Aldred KC", "Jane Doe MP": letters after a full name are not part of it.
    if (words.length >= 2 && t.word && POST_NOMINALS.has(t.lower)) break;
    // "Republican Sen. Carol Whitaker": a title with its full stop starts a new name.
    if (words.length > 0 && t.word && (t.lex & LEX_TITLE) !== 0 && tokens[j + 1]?.text === '.' && tokens[j + 1].start === t.end && isCapAt(tokens, j + 2, to)) break;
    // "Harlow Chief Executive Martin Szabo", "Pine Ridge CEO Greg Gunderson": a job title of several
    // words, or in capitals, between a body and a person starts the person's name.
    if (words.length > 0 && t.word && t.cap) {
      const title = titleAt(tokens, j, to);
      if (title !== null && (title[0] > 1 || JOB_ACRONYMS.has(t.lower)) && isCapAt(tokens, j + title[0], to)) break;
    }
    // ("Shortly after 8am", "Taped to the mirror", "Based in Lagos,": an adverb or a participle
    // before its preposition opens no name.)
    if (words.length === 0 && t.text.length > 4 && endsInLyOrEd(t.text) && t.word && PARTICIPLE_PREPOSITIONS.has(tokens[j + 1]?.lower ?? '') && !MALE_FIRST_NAMES.has(t.lower) && !FEMALE_FIRST_NAMES.has(t.lower)) break;
    if (t.word && t.cap && !isPartyTag(t) && (words.length > 0 || (t.lex & LEX_NOT_NAME) === 0 || opensNameAnyway(tokens, j, to))) {
      // "U.S. Attorney": an initialism keeps its full stop inside a name.
      if (t.text[1] === '.' && /^[A-Z](?:\.[A-Z])+$/.test(t.text) && tokens[j + 1]?.text === '.' && tokens[j + 1].start === t.end && isCapAt(tokens, j + 2, to)) {
        words.push(`${t.text}.`);
        j += 2;
        continue;
      }
      words.push(t.text);
      j++;
      if (endsPossessive(t.text)) break;
    } else if (words.length > 0 && (t.lower === 'of' || t.lower === 'for') && words.some((w) => ORGANIZATION_WORDS.has(w.toLowerCase())) && !isPersonPair(words) && (isCapAt(tokens, j + 1, to) || (tokens[j + 1]?.lower === 'the' && isCapAt(tokens, j + 2, to)))) {
      // "Office for National Statistics", "Bank of England", "Office of the U.S. Trade Representative".
      words.push(t.text);
      j++;
      if (tokens[j].lower === 'the') {
        words.push(tokens[j].text);
        j++;
      }
    } else if (words.length > 0 && (t.lower === 'and' || t.text === '&') && isCapAt(tokens, j + 1, to) && (t.text === '&' || andJoinsOrganisation(tokens, words, j + 1, to))) {
      // "Competition and Markets Authority", "Department of Health and Social Care"; an ampersand
      // always joins ("Cardinal Ridge Power & Light", "Marks & Spencer").
      words.push(t.text);
      j++;
    } else if ((words.length > 0 || title !== null || j === i) && t.word && (t.lex & LEX_NAME_PARTICLE) !== 0) {
      // Particles: van der Veer, von der Leyen, de la Cruz; after a title too ("Mr. van der Linde").
      let k = j;
      while (k < to && tokens[k].word && (tokens[k].lex & LEX_NAME_PARTICLE) !== 0 && k - j < 3) k++;
      if (!isCapAt(tokens, k, to)) break;
      for (let m = j; m < k; m++) words.push(tokens[m].text);
      j = k;
    } else break;
  }
  if (words.length === 0) return null;
  words[words.length - 1] = stripPossessive(words[words.length - 1]);
  let from = j;
  // (A word with a full stop, "U.S." or the initial of "Dale R. Corrigan", took two tokens.)
  for (let n = words.length; n > 0; n--) from -= endsWithFullStop(words[n - 1]) ? 2 : 1;
  if (title !== null) from = i;
  // "Transport Secretary Louise Haigh", "Labour MP Sarah Champion", "Det Insp Mike Ross": the
  // capitalised role words are a title, the name follows the last of them.
  let lastRole = -1;
  for (let r = 0; r < words.length - 1; r++) {
    const classes = nameWordClasses(words[r]);
    // ("Dean Mowbray": a job word that is also a first name, before a surname alone, opens the name.)
    if (r === 0 && words.length === 2 && (classes & NAME_WORD_FIRST_NAME) !== 0) continue;
    if ((classes & NAME_WORD_ROLE) !== 0) lastRole = r;
  }
  if (lastRole >= 0 && !ORGANIZATION_WORDS.has(words[words.length - 1].toLowerCase())) {
    const roleWords = words.splice(0, lastRole + 1).join(' ');
    title = title === null ? roleWords : `${title} ${roleWords}`;
  }
  // "MP for Moore Plains Brett Kinsella", "Minister of Water and Energy Yusuf Kadrani": after a
  // role's "for" or "of", the constituency or portfolio comes first, the person's two names last.
  // (Not "a spokeswoman for the Department of Transport": a body's name is no person's.)
  // (The role's preposition is looked for first: most names follow none, and need no more.)
  const prep = title === null && words.length >= 2 && j - 2 >= i ? rolePrepositionBefore(tokens, i) : -1;
  // ("Minister for Energy Yusuf K. Kadrani": a middle initial makes three.)
  const initial = words.length >= 3 && MIDDLE_INITIAL.test(words[words.length - 2]);
  // ("MLA from Dausa Ana de la Cruz": a surname's particles belong to the person.)
  let particles = 0;
  while (particles < 3 && words.length - 2 - particles > 0 && isNameParticle(words[words.length - 2 - particles])) particles++;
  // ("Leader of the Opposition H.N. Basavaraj": initials before the surname make the person's name.)
  let initials = 0;
  while (initials < 2 && words.length - 2 - initials >= 0 && INITIALS_WORD.test(words[words.length - 2 - initials])) initials++;
  if (prep >= 0 && !words.some((w, k) => (w.endsWith('.') && !(initial && k === words.length - 2) && !(k >= words.length - 1 - initials)) || (!/^\p{Lu}/u.test(w) && !(k >= words.length - 1 - particles && k < words.length - 1))) && !ORGANIZATION_WORDS.has(words[words.length - 1].toLowerCase())) {
    // "Secretary for Commerce Vincent Tam Chi-keung": a Cantonese given name makes three.
    // "Minister for Personnel and Parliamentary Affairs Mahendra Singh Rathore": the person follows
    // the portfolio's last word.
    let size = (initial || /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[words.length - 1]) ? 3 : 2) + particles;
    let portfolioEnd = words.length - 1;
    while (portfolioEnd >= 0 && !PORTFOLIO_WORDS.has(words[portfolioEnd].toLowerCase())) portfolioEnd--;
    if (portfolioEnd >= 0 && words.length - portfolioEnd - 1 >= 2 && words.length - portfolioEnd - 1 <= 4) size = words.length - portfolioEnd - 1;
    if (initials > 0 && !initial) size = initials + 1;
    if (i - prep - 1 + words.length > size && words.length >= size) {
      const person = words.slice(-size);
      // (An initial's full stop is a token of its own.)
      let span = 0;
      for (const w of person) span += endsWithFullStop(w) ? 2 : 1;
      return { from: j - span, to: j, start: tokens[j - span].start, end: tokens[j - 1].end, title: null, name: person.join(' '), words: person };
    }
  }
  // Most names are one word: no join needed. (The words are copied into a list of their own length:
  // one grown by push keeps room for seventeen, and most runs live as long as the analysis.)
  return { from, to: j, start: tokens[from].start, end: tokens[j - 1].end, title, name: words.length === 1 ? words[0] : words.join(' '), words: words.slice() };
}

/** In `nameWordClasses`: the word is a first name the lexicon knows. */
const NAME_WORD_FIRST_NAME = 1;
/** In `nameWordClasses`: the word is a title or a job ("Secretary", "MP", "Det."). */
const NAME_WORD_ROLE = 2;

/**
 * The answers of nameWordClasses by the word as written (at most 4,096 words kept): most names are
 * read several times, and a word of a name would otherwise be lower-cased and looked up each time.
 */
const nameWordClassesOf = new Map<string, number>();

/** What a word inside a name says about it (NAME_WORD_* bits): it depends on the word alone. */
function nameWordClasses(word: string): number {
  let classes = nameWordClassesOf.get(word);
  if (classes === undefined) {
    if (nameWordClassesOf.size >= 4096) nameWordClassesOf.clear();
    const lower = word.toLowerCase();
    const firstName = MALE_FIRST_NAMES.has(lower) || FEMALE_FIRST_NAMES.has(lower);
    const role = TITLES.has(lower.endsWith('.') ? lower.slice(0, -1) : lower) || ROLE_NOUNS.has(lower);
    classes = (firstName ? NAME_WORD_FIRST_NAME : 0) | (role ? NAME_WORD_ROLE : 0);
    nameWordClassesOf.set(word, classes);
  }
  return classes;
}

/** Initials with their full stop, as a name's words hold them ("K.", "H.N."). */
const INITIALS_WORD = /^\p{Lu}(?:\.\p{Lu})*\.$/u;

function endsWithFullStop(word: string): boolean {
  return word.charCodeAt(word.length - 1) === 46;
}

/** Tokens from..to as the article writes them: words spaced, commas kept on the word before. */
function phraseOf(tokens: Token[], from: number, to: number): string {
  return tokenTexts(tokens, from, to).replace(/ ,/g, ',');
}

/** Words that join clauses, never part of a source's description ("… mansion’ as friends say"). */
const CONJUNCTIONS = new Set(words(`as and or but that when while if because so than then where after before since until though although`));

/** Role words whose "for" or "of" names a constituency or portfolio ("MP for", "Minister of"). */
export const SEAT_ROLES: ReadonlySet<string> = new Set(words(`mp td msp mep mla ms minister secretary state senator member councillor representative commissioner mayor governor leader dean director head president chancellor provost professor chair chairman chairwoman superintendent commander controller registrar officer secretary-general`));

/** Last words of ministerial portfolios and offices ("… Parliamentary Affairs", "Leader of the Opposition"). */
const PORTFOLIO_WORDS = new Set(words(`affairs transport health energy finance justice education defence defense environment development commerce trade industry agriculture housing communities culture sport employment interior security infrastructure economy planning works resources fisheries tourism opposition state treasury welfare pensions skills science technology innovation enterprise media arts heritage equalities policing immigration borders children families wales scotland ireland sports examinations`));

/**
 * The index of a role's "for" or "of" that the capitalised words before token `i` follow
 * ("MP for Moore Plains …", "Minister of Water and Energy …"), or -1.
 */
export function rolePrepositionBefore(tokens: Token[], i: number): number {
  let k = i - 1;
  while (k >= 0 && i - k <= 6 && tokens[k].word && (tokens[k].cap || tokens[k].lower === 'and') && !tokens[k].quoted) k--;
  // "Leader of the Opposition …": the article before the portfolio.
  if (tokens[k]?.lower === 'the') k--;
  const prep = tokens[k];
  const role = tokens[k - 1];
  if (prep === undefined || role === undefined || (prep.lower !== 'for' && prep.lower !== 'of' && prep.lower !== 'from')) return -1;
  return role.word && SEAT_ROLES.has(role.lower) ? k : -1;
}

/**
 * True when a word that alone is no name opens one here: "Police" before a capitalised word
 * ("Police Scotland", "Police Service of Northern Ireland", not "police said"), a first name that is
 * also a common word before a surname and a comma or a cue ("Will Decker, a spokesman").
 */
function opensNameAnyway(tokens: Token[], i: number, to: number): boolean {
  if (tokens[i].lower === 'police') return isCapAt(tokens, i + 1, to);
  // "Will Decker, a spokesman for the campaign,", "May Lin said": a first name that is also a common
  // word opens a name when a surname follows and then a comma or a cue.
  // ("Howard and June Pelletier rode it out": the second first name of a couple too.)
  // ("Nor Hayati Ismail said": a third name may come before the comma or the cue.)
  const after = isCapAt(tokens, i + 2, to) && (tokens[i + 2].lex & LEX_NOT_NAME) === 0 ? tokens[i + 3] : tokens[i + 2];
  const couple = tokens[i - 1]?.lower === 'and' && tokens[i - 2]?.cap === true && (MALE_FIRST_NAMES.has(tokens[i - 2].lower) || FEMALE_FIRST_NAMES.has(tokens[i - 2].lower));
  // ("On Sunday Ezeokoli said", "in May Lin said": after a preposition the word is a date.)
  return WORDS_THAT_ARE_FIRST_NAMES.has(tokens[i].lower) && !DATE_LEADS.has(tokens[i - 1]?.lower ?? '') && isCapAt(tokens, i + 1, to) && (tokens[i + 1].lex & LEX_NOT_NAME) === 0 && after !== undefined && (couple || after.text === ',' || (after.word && !after.cap && (after.lex & LEX_CUE) !== 0));
}

/**
 * Whether the capitalised word at `j` says what the person named after it does or is, before their
 * first name and surname: one of PERSON_DESCRIPTORS, or a doer's word ending in -ist or -eer
 * ("Pianist", "Volunteer") that is no first name, before two capitalised words ending in no body's
 * word ("Walker Books Ltd" stays whole). (Words in -er, -or and -ian are left to the list: Juniper,
 * Lillian, Archer and Baker open names too.)
 */
function describesBeforeFullName(tokens: Token[], j: number, to: number): boolean {
  const t = tokens[j];
  // (The word first: most capitalised words are neither, and the rest costs more.)
  if (!(PERSON_DESCRIPTORS.has(t.lower) || (t.text.length >= 6 && (t.lower.endsWith('ist') || t.lower.endsWith('eer'))))) return false;
  if (!isCapAt(tokens, j + 1, to) || !isCapAt(tokens, j + 2, to) || !PLAIN_NAME.test(tokens[j + 1].text) || (tokens[j + 1].lex & LEX_NOT_NAME) !== 0) return false;
  if (MALE_FIRST_NAMES.has(t.lower) || FEMALE_FIRST_NAMES.has(t.lower)) return false;
  let last = j + 2;
  while (last + 1 < to && last < j + 4 && isCapAt(tokens, last + 1, to)) last++;
  if (ORGANIZATION_WORDS.has(tokens[last].lower)) return false;
  return PERSON_DESCRIPTORS.has(t.lower) || /^\p{Lu}\p{Ll}+(?:ist|eer)$/u.test(t.text);
}

/** Where a body is based or a person from ("Bengaluru-based"), before its name. */
const WHERE_BASED = /-(?:based|born|bred|headquartered|listed|owned|registered|educated)$/;

/**
 * Capitalised words for what someone does or is, before a first name and a surname ("Magistrate
 * Nomvula Dlamini-Khoza"): no part of the name (readNameForward). PRE_NAME_DESCRIPTIONS holds the
 * narrower set collectNameRuns drops at a sentence's start before a first name alone.
 */
export const PERSON_DESCRIPTORS: ReadonlySet<string> = new Set(words(`
  magistrate resident veteran independent elder freshman sophomore junior senior
  shooter batter opener spinner setter closer shopkeeper shopowner stallholder hawker vendor trader teacher lecturer
  researcher driver worker labourer laborer plumber electrician mechanic welder miner brewer winemaker filmmaker designer
  photographer writer singer songwriter rapper drummer dancer player runner swimmer rower boxer fighter wrestler climber
  skier golfer sprinter veterinarian librarian historian physician technician pediatrician paediatrician dietitian optician
  centre center prop hooker lock libero guard debutant rookie substitute skipper keeper midfielder defender striker winger
  goalkeeper forward captain coach trainer jockey bowler batsman all-rounder quarterback pitcher catcher shortstop reliever
  student pupil graduate nurse paramedic firefighter constable sergeant detective inspector midwife surgeon dentist pastor
  preacher vicar chaplain imam rabbi activist campaigner novelist author poet actor actress artist farmer grower fisherman
  landlord tenant homeowner commuter shopper motorist cyclist pensioner widow widower mother father grandmother grandfather
  survivor victim witness neighbour neighbor volunteer organiser organizer
`));

/**
 * Words that never start a name unless a surname, then a comma or a cue, follow: they are first
 * names too ("Sunday Ezeokoli, the market chairman,", as Nigerian names have days of the week).
 */
const WORDS_THAT_ARE_FIRST_NAMES: ReadonlySet<string> = new Set(['will', 'may', 'june', 'april', 'august', 'sunday', 'monday', 'friday', 'nor']);

/** Words after which a month or a day is a date, not a first name. */
const DATE_LEADS: ReadonlySet<string> = new Set(words(`on in by until till since last next this that every each from before after the a late early of through to for`));

function isCapAt(tokens: Token[], i: number, to: number): boolean {
  return i < to && tokens[i].word && tokens[i].cap && !tokens[i].quoted;
}

/** True when name particles and then a capitalised word start at token i ("van der Linde" after "Mr."). */
function particlesThenCap(tokens: Token[], i: number, to: number): boolean {
  let k = i;
  while (k < to && k - i < 3 && tokens[k].word && (tokens[k].lex & LEX_NAME_PARTICLE) !== 0) k++;
  return k > i && isCapAt(tokens, k, to);
}

/** A capital letter alone, as a middle initial is written ("M" of "Claire M. Whitcombe"). */
function isInitial(t: Token): boolean {
  return t.word && t.text.length === 1 && t.cap && !t.quoted;
}

/** Reads a name that ends at token j (no earlier than token `from`), or null. */
export function readNameBackward(tokens: Token[], j: number, from: number): NameRun | null {
  // ("Halden plc said": the name its lower-case ending closes.)
  if (j - 1 >= from && (tokens[j]?.text === 'plc' || tokens[j]?.text === 'llc')) {
    const run = readNameBackward(tokens, j - 1, from);
    return run !== null && run.to === j ? readNameForward(tokens, run.from, j + 1) ?? run : null;
  }
  // ("The Metropolitan Police said": a body's word that is no name alone ends one after a capital.)
  if (j < from || tokens[j] === undefined || tokens[j].quoted) return null;
  if (!isNameWord(tokens[j]) && !(j - 1 >= from && tokens[j].word && tokens[j].cap && ORGANIZATION_WORDS.has(tokens[j].lower) && isNameWord(tokens[j - 1]) && !tokens[j - 1].quoted)) return null;
  let i = j;
  while (i - 1 >= from) {
    const t = tokens[i - 1];
    // "Claire M. Whitcombe": a middle initial with its full stop, between capitalised words.
    if (t.text === '.' && i - 3 >= from && isInitial(tokens[i - 2]) && tokens[i - 2].end === t.start && tokens[i - 3].word && tokens[i - 3].cap && !tokens[i - 3].quoted) {
      i -= 2;
      continue;
    }
    if (t.quoted || !t.word) break;
    const orgJoin = (t.lower === 'of' || t.lower === 'for') && i - 2 >= from && tokens[i - 2].cap && ORGANIZATION_WORDS.has(tokens[i - 2].lower);
    // "Daluria's Foreign Minister Nadia Ferhat": the owner is not part of the name.
    if (t.cap && endsPossessive(t.text)) break;
    if (t.cap || orgJoin) {
      i--;
      continue;
    }
    // "Pieter van der Linde": one or more particles between capitalised words.
    let p = i - 1;
    while (p >= from && tokens[p].word && !tokens[p].quoted && (tokens[p].lex & LEX_NAME_PARTICLE) !== 0 && i - p <= 3) p--;
    if (p < i - 1 && p >= from && tokens[p].word && tokens[p].cap && !tokens[p].quoted) i = p;
    else if (p < i - 1 && tokens[p + 1].cap) {
      // "De la Cruz warned": the name opens with a capitalised particle.
      i = p + 1;
      break;
    } else break;
  }
  // Drop leading words that are sentence starters ("However", "The").
  while (i <= j && (tokens[i].lex & LEX_NOT_NAME) !== 0 && titleAt(tokens, i, j + 1) === null && !opensNameAnyway(tokens, i, j + 1)) i++;
  if (i > j) return null;
  // "Special Agent in Charge Rachel Odom": a title with lower-case words ends where the run starts.
  // ("Mr. Faizal said": a title with its full stop ends just where the run starts.)
  for (let s = Math.max(from, i - 3); s < i; s++) {
    const title = titleAt(tokens, s, j + 1);
    if (title !== null && ((s + title[0] > i && s + title[0] <= j) || (s + title[0] === i && title[1].endsWith('.')))) return readNameForward(tokens, s, j + 1);
  }
  // A title is part of the run; a title followed by nothing is no name.
  const run = readNameForward(tokens, i, j + 1);
  // "FBI Special Agent Monica Tran": the body ends where a title starts; the person ends at j.
  if (run !== null && run.to <= j) {
    const person = readNameForward(tokens, run.to, j + 1);
    if (person !== null && person.title !== null && person.to === j + 1) return person;
  }
  return run;
}

/**
 * "His lawyer, Jane Doe, said", "said one of the organisers, Jane Doe.": the name set off after the
 * comma at token `comma`, when a comma, a full stop or the end of the stretch follows it (where the
 * name works may come between: "Another agent, Howard Pruitt of Crestline Talent, said"); else null.
 */
export function nameSetOffAfter(tokens: Token[], comma: number, to: number): NameRun | null {
  if (tokens[comma]?.text !== ',') return null;
  const named = readNameForward(tokens, comma + 1, to);
  if (named === null) return null;
  let end = named.to;
  if (/^(?:of|at|from)$/.test(tokens[end]?.lower ?? '') && isCapAt(tokens, end + 1, to)) {
    end++;
    while (end < to && end < named.to + 6 && ((tokens[end].word && tokens[end].cap) || tokens[end].text === '&')) end++;
  }
  return tokens[end]?.text === ',' || tokens[end]?.text === '.' || end >= to ? named : null;
}

/**
 * The name a source's own phrase gives from token `k` on ("A drone unit commander with the 118th
 * Brigade named Andrii, who …", "a nurse called Maria Ruiz said"): within twelve tokens, before any
 * comma, a name of at most three words after "named" or "called", then a comma or a cue; null otherwise.
 */
function nameGivenAfter(tokens: Token[], k: number, to: number): NameRun | null {
  for (let m = k; m < to && m < k + 12; m++) {
    const t = tokens[m];
    if (t.quoted || t.text === ',' || t.text === '.' || t.text === ';') return null;
    if (t.lower !== 'named' && t.lower !== 'called') continue;
    const run = readNameForward(tokens, m + 1, to);
    const after = run === null ? undefined : tokens[run.to];
    return run !== null && run.words.length <= 3 && after !== undefined && (after.text === ',' || (after.word && (after.lex & LEX_CUE) !== 0)) ? run : null;
  }
  return null;
}

/** True when token k opens "who asked not to be named", "who was not authorised to speak publicly" and the like. */
export function asksNotToBeNamed(tokens: Token[], k: number): boolean {
  return tokens[k]?.lower === 'who' && /^(?:asked|spoke|requested|declined|did|was|were|is|are|has|had|would|could)$/.test(tokens[k + 1]?.lower ?? '') && /\b(?:named|identified|anonymity|publicly|authori[sz]ed|record)\b/.test(tokenLowers(tokens, k + 1, k + 11));
}

/** The nouns of a person not named ("a woman in a red fleece", "a young man"). */
export const PERSON_NOUN: ReadonlySet<string> = new Set(['man', 'woman']);
/** The words that open a description of someone new ("a", "one", "another"). */
export const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another']);

/**
 * Where a description that ends at token `k` ends with what sets it apart, when a cue follows
 * ("a woman in a red fleece| said"): the cue's token, within seven words; `k` otherwise.
 */
function qualifierBeforeCue(tokens: Token[], k: number, to: number): number {
  let m = k;
  while (m < to && m - k < 7 && tokens[m].word && !tokens[m].quoted && (tokens[m].lex & LEX_CUE) === 0) m++;
  return m > k && m < to && tokens[m].word && !tokens[m].quoted && (tokens[m].lex & LEX_CUE) !== 0 ? m : k;
}

/** Reads a subject (pronoun, unnamed source or name) starting at token i. */
export function readSubjectForward(tokens: Token[], i: number, to: number): Subject | null {
  const t = tokens[i];
  if (t === undefined || i >= to || !t.word || t.quoted) return null;
  // "her son, Tom Abernathy": a possessive before a noun is no pronoun subject.
  if (PRONOUNS.has(t.lower) && !(POSSESSIVES.has(t.lower) && tokens[i + 1]?.word && !tokens[i + 1].cap)) return pronounSubject(t.lower, i, i + 1);
  // "one of them said": one of the sources "they" stands for.
  if (t.lower === 'one' && tokens[i + 1]?.lower === 'of' && tokens[i + 2]?.lower === 'them' && i + 3 <= to) return pronounSubject('they', i, i + 3);
  // "one of the people said": one of the sources named before.
  // ("one of the two ministers": a number before the noun.)
  const n = /^(?:two|three|four|five|six|few)$/.test(tokens[i + 3]?.lower ?? '') ? i + 4 : i + 3;
  if (t.lower === 'one' && tokens[i + 1]?.lower === 'of' && /^(?:the|those)$/.test(tokens[i + 2]?.lower ?? '') && tokens[n]?.word && SOURCE_NOUNS.has(tokens[n].lower) && n + 1 <= to) {
    // ("one of the organisers, Jane Doe, said": the name set off after it.)
    const named = nameSetOffAfter(tokens, n + 1, to);
    if (named !== null) return nameSubject(named, i, named.to);
    // ("“…,” one of the two ministers at the centre of the dispute said".)
    return unnamedSubject(`one of the ${tokens[n].text}`, i, qualifierBeforeCue(tokens, n + 1, to));
  }
  // "34-year-old Tom Reed told": an age before the name.
  if (AGED.test(t.lower) && i + 1 < to) {
    const aged = readSubjectForward(tokens, i + 1, to);
    if (aged !== null && aged.kind === 'name') return { ...aged, from: i };
  }
  // "One mother, whose two sons train at the club, put it plainly": a parent unnamed.
  if (INDEFINITE.has(t.lower) && i + 1 < to && tokens[i + 1].word && /^(?:mother|father|mum|dad|parent|grandmother|grandfather|grandparent)$/.test(tokens[i + 1].lower) && !tokens[i + 2]?.cap) {
    return unnamedSubject(tokens[i + 1].text, i, i + 2);
  }
  // "said a woman in a red fleece who …", "said an elderly man": a person not (yet) named.
  if (INDEFINITE.has(t.lower)) {
    let h = i + 1;
    while (h < to && h - i <= 2 && tokens[h].word && !tokens[h].cap && !PERSON_NOUN.has(tokens[h].lower) && !PREPOSITIONS.has(tokens[h].lower) && (tokens[h].lex & LEX_CUE) === 0) h++;
    if (h < to && tokens[h].word && PERSON_NOUN.has(tokens[h].lower) && !tokens[h + 1]?.cap) {
      // ("“…,” a woman in a red fleece said": what sets them apart, up to the cue.)
      // (The whole description, as the article gives it, is another name for them: "woman in a red fleece".)
      const end = qualifierBeforeCue(tokens, h + 1, to);
      const described = end > h + 1 ? end : qualifierEnd(tokens, h + 1, to);
      return described !== null && described > i + 2 ? unnamedSubject(tokens[h].text, i, end, tokenTexts(tokens, i + 1, described)) : unnamedSubject(tokens[h].text, i, end);
    }
  }
  // "“…,” her husband said", "said Kasim's father": a relative, whom attribution may find named.
  if (POSSESSIVE_PRONOUNS.has(t.lower) && i + 2 <= to && tokens[i + 1].word && KIN_SEX.has(tokens[i + 1].lower) && !(tokens[i + 2]?.text === ',' || tokens[i + 2]?.cap)) {
    return unnamedSubject(`${t.text} ${tokens[i + 1].text}`, i, i + 2);
  }
  const unnamed = readUnnamedForward(tokens, i, to);
  if (unnamed !== null) {
    // "His lawyer, Jane Doe, said": the name in the appositive is who speaks.
    const named = nameSetOffAfter(tokens, unnamed.to, to) ?? nameGivenAfter(tokens, unnamed.to, to);
    if (named !== null) return nameSubject(named, i, named.to);
    return unnamed;
  }
  const run = readNameForward(tokens, i, to);
  if (run !== null) {
    if (run.to < to && endsPossessive(tokens[run.to - 1].text) && tokens[run.to].word && KIN_SEX.has(tokens[run.to].lower)) {
      if (!(tokens[run.to + 1]?.text === ',' || tokens[run.to + 1]?.cap)) return unnamedSubject(`${tokenTexts(tokens, run.from, run.to)} ${tokens[run.to].text}`, run.from, run.to + 1);
      // ("said Reed’s wife, Mary": the relative the name set off after it names.)
      const named = nameSetOffAfter(tokens, run.to + 1, to);
      if (named !== null) return nameSubject(named, run.from, named.to);
    }
    // "FBI Special Agent Monica Tran": a body, then a titled person.
    if (run.to < to && titleAt(tokens, run.to, to) !== null) {
      const person = readNameForward(tokens, run.to, to);
      if (person !== null && person.title !== null) return nameSubject(person, run.from, person.to);
    }
    // "Castlefield boss Wayne Ellery": an organisation, a role, then the person.
    let k = run.to;
    while (k < to && k < run.to + 3 && tokens[k].word && !tokens[k].cap && (tokens[k].lex & LEX_ROLE_NOUN) !== 0) k++;
    // ("State water operator Aliran Johor Bhd said", "State transport and digital committee chairman
    // Wong Kah Meng welcomed": a word, then what the body is or the job, then the name.)
    if (k === run.to && run.words.length === 1) {
      let m = run.to;
      while (m < to && m < run.to + 6 && tokens[m].word && !tokens[m].cap && !tokens[m].quoted && (tokens[m].lex & LEX_CUE) === 0 && (!PREPOSITIONS.has(tokens[m].lower) || tokens[m].lower === 'and')) m++;
      if (m > run.to && isCapAt(tokens, m, to) && (ORGANIZATION_DESCRIPTIONS.has(tokens[m - 1].lower) || (tokens[m - 1].lex & LEX_ROLE_NOUN) !== 0)) k = m;
    }
    if (k > run.to) {
      const person = readNameForward(tokens, k, to);
      if (person !== null) return nameSubject(person, run.from, person.to);
    }
    return nameSubject(run, run.from, run.to);
  }
  // "said one senior compositor at a major vendor, who asked not to be named": whoever asks not to be
  // named is a source, whatever the noun.
  if (INDEFINITE.has(tokens[i].lower)) {
    let h = i + 1;
    // ("A former ThermaSeal salesman, who asked not to be named,": capitalised words may qualify the noun.)
    while (h < to && h - i <= 4 && tokens[h].word && !tokens[h].quoted && !PREPOSITIONS.has(tokens[h].lower) && tokens[h].lower !== 'who' && (tokens[h].lex & LEX_CUE) === 0) h++;
    while (h > i + 1 && tokens[h - 1].cap) h--;
    if (h > i + 1) {
      let m = h;
      if (m < to && /^(?:at|from|with|in|for)$/.test(tokens[m].lower)) while (m < to && m - h < 8 && tokens[m].word) m++;
      // ("A county official who was not authorized to speak publicly told NPR": no comma before "who".)
      const w = tokens[m]?.text === ',' ? m + 1 : m;
      if (asksNotToBeNamed(tokens, w)) {
        const head = tokenTexts(tokens, i + 1, h);
        return m > h ? unnamedSubject(head, i, h, tokenTexts(tokens, i + 1, m)) : unnamedSubject(head, i, h);
      }
      // ("One sysadmin who runs IT for a group of dental practices, and who asked not to be named,":
      // a clause that describes them comes first, and is another name for them.)
      if (tokens[w]?.lower === 'who') {
        let c = w + 1;
        while (c < to && c - w <= 16 && tokens[c].word && !tokens[c].quoted) c++;
        const a = tokens[c + 1]?.lower === 'and' ? c + 2 : c + 1;
        if (tokens[c]?.text === ',' && asksNotToBeNamed(tokens, a)) return unnamedSubject(tokenTexts(tokens, i + 1, h), i, h, tokenTexts(tokens, i + 1, c));
      }
    }
  }
  // "said guitarist Dave O'Brien", "said the chief executive, Jane Doe": a role, then the name.
  let j = i;
  if (DETERMINERS.has(tokens[j].lower) || POSSESSIVES.has(tokens[j].lower)) j++;
  for (let k = 0; k < 4 && j < to && tokens[j].word && !tokens[j].cap && ((tokens[j].lex & LEX_ROLE_NOUN) !== 0 || ROLE_MODIFIERS.has(tokens[j].lower) || (k < 2 && /^[a-z][a-z-]{2,}(?:['\u2019]s)?$/.test(tokens[j].text) && (tokens[j].lex & LEX_NOT_NAME) === 0 && !PREPOSITIONS.has(tokens[j].lower))); k++) j++;
  // "its vice president for policy, Alana Ruiz,": the role's own "for policy".
  if (j > i && (tokens[j]?.lower === 'for' || tokens[j]?.lower === 'of')) {
    let m = j + 1;
    while (m < to && m - j <= 4 && tokens[m].word && !tokens[m].cap) m++;
    if (tokens[m]?.text === ',') j = m;
  }
  if (j > i && tokens[j]?.text === ',') j++;
  if (j > i && j < to) {
    const named = readNameForward(tokens, j, to);
    if (named !== null) return nameSubject(named, i, named.to);
  }
  // "“…,” the striker said": a role with "the" and no name is a description of someone named before.
  // ("…,” said the jockey.": inverted, the role ends the clause.)
  // ("“…,” the operator posted on X": a body described.)
  if (tokens[i].lower === 'the' && i + 1 < to && tokens[i + 1].word && !tokens[i + 1].cap && ((tokens[i + 1].lex & LEX_ROLE_NOUN) !== 0 || ORGANIZATION_DESCRIPTIONS.has(tokens[i + 1].lower) || AGED.test(tokens[i + 1].lower)) && (((tokens[i + 2]?.lex ?? 0) & LEX_CUE) !== 0 || i + 2 >= to || !tokens[i + 2].word)) {
    return unnamedSubject(tokens[i + 1].text, i, i + 2);
  }
  // "the council leader said", "the former billing supervisor said": a role after one or two lower-case words.
  if (tokens[i].lower === 'the') {
    for (let n = i + 2; n <= i + 3 && n < to; n++) {
      const w = tokens[n - 1];
      if (!w.word || w.cap || w.quoted || (w.lex & LEX_CUE) !== 0) break;
      if (tokens[n].word && !tokens[n].cap && (tokens[n].lex & LEX_ROLE_NOUN) !== 0 && ((tokens[n + 1]?.lex ?? 0) & LEX_CUE) !== 0) {
        return unnamedSubject(tokenTexts(tokens, i + 1, n + 1), i, n + 1);
      }
    }
  }
  return null;
}

/** Prepositions that open no source ("outside the court", "during the hearing"). */
const PLACE_PREPOSITIONS = new Set(['outside', 'inside', 'in', 'at', 'during', 'on']);
/** True for a word ending in "ly" or "ed" (read by character codes: this runs for every capitalised word). */
function endsInLyOrEd(w: string): boolean {
  const a = w.charCodeAt(w.length - 2);
  const b = w.charCodeAt(w.length - 1);
  return (a === 108 && b === 121) || (a === 101 && b === 100);
}

/** Prepositions after which a capitalised word ending in -ly or -ed is an adverb or a participle. */
const PARTICIPLE_PREPOSITIONS = new Set(words(`after before to by in with at on into from under over for`));

/** "a Jive spokeswoman", "party sources", "the senior government official": up to three modifiers. */
function readUnnamedForward(tokens: Token[], i: number, to: number): Subject | null {
  let j = i;
  if (DETERMINERS.has(tokens[j].lower)) j++;
  const first = j;
  for (let k = 0; k < 8 && j < to && (k < 4 || tokens[j - 1].cap || /^(?:for|of|and)$/.test(tokens[j - 1].lower)); k++, j++) {
    const t = tokens[j];
    // "‘…’ as friends say": a conjunction opens no source.
    // ("That letter, which was handed into court, warned": nor does a verb's auxiliary, nor run on past "into".)
    if (k === 0 && (CONJUNCTIONS.has(t.lower) || PLACE_PREPOSITIONS.has(t.lower) || (t.lex & LEX_AUXILIARY) !== 0)) return null;
    if (t.lower === 'into' || t.lower === 'onto') return null;
    // "a Department for Transport spokeswoman": a small word between capitals belongs to the name.
    const insideName = j > first && tokens[j - 1].cap && /^(?:for|of|and)$/.test(t.lower) && isCapAt(tokens, j + 1, to);
    if (!t.word || t.quoted || (PREPOSITIONS.has(t.lower) && !insideName) || (t.lex & LEX_CUE) !== 0) return null;
    // "a Department for Transport spokeswoman": a capitalised noun inside the body's name is not the head.
    // ("the Tsukimori Electric Workers' Union": nor a plural before the apostrophe of a body's name.)
    const headLater = t.cap && ((/^(?:for|of)$/.test(tokens[j + 1]?.lower ?? '') && isCapAt(tokens, j + 2, to)) || ((tokens[j + 1]?.text === "'" || tokens[j + 1]?.text === '\u2019') && isCapAt(tokens, j + 2, to)));
    // "said one senior agent at a major agency": a job after "a", "one" or "another" is a source too.
    const jobWithArticle = !t.cap && first > i && INDEFINITE.has(tokens[i].lower) && ROLE_NOUNS.has(t.lower) && !ROLE_NOUNS.has(tokens[j + 1]?.lower ?? '');
    if ((SOURCE_NOUNS.has(t.lower) || jobWithArticle) && !headLater) {
      while (j + 1 < to && tokens[j + 1].word && !tokens[j + 1].quoted && SOURCE_NOUNS.has(tokens[j + 1].lower)) j++;
      // "its executive director, Tamsin Greaves": a job title, not an unnamed source.
      if (j + 1 < to && tokens[j + 1].word && !tokens[j + 1].cap && (tokens[j + 1].lex & LEX_ROLE_NOUN) !== 0) return null;
      // "commuter Jane Wilson": the noun is a role and the name follows.
      // "Chief Minister Shri Omprakash Dhaka": a capitalised title before a name too.
      if (isCapAt(tokens, j + 1, to) && readNameForward(tokens, j + 1, to) !== null) return null;
      const closeTo = qualifiedSourceEnd(tokens, j + 1, to);
      if (closeTo !== null) return unnamedSubject(tokenTexts(tokens, first, closeTo), i, closeTo);
      // "a spokeswoman for the Rail Delivery Group" is the "Rail Delivery Group spokeswoman".
      const owner = organisationAfter(tokens, j + 1, to);
      if (owner !== null && j === first) {
        const written = tokenTexts(tokens, first, owner.to);
        return unnamedSubject(`${owner.name} ${tokens[first].text}`, i, owner.to, written);
      }
      // "a fund manager at another top shareholder,", "a tech lobbyist working against the measure,":
      // the whole phrase, as the article gives it, is another name for the source.
      const qualified = qualifierEnd(tokens, j + 1, to);
      if (qualified !== null) return unnamedSubject(tokenTexts(tokens, first, j + 1), i, j + 1, tokenTexts(tokens, first, qualified));
      return unnamedSubject(tokenTexts(tokens, first, j + 1), i, j + 1);
    }
  }
  return null;
}

/** Where "at another top shareholder" or "working against the measure" ends before a comma, or null. */
function qualifierEnd(tokens: Token[], k: number, to: number): number | null {
  const t = tokens[k];
  if (t === undefined || k >= to || !t.word || !(/^(?:at|from|with|in|on|who|of|for|near|outside|involved|based)$/.test(t.lower) || (t.lower.endsWith('ing') && (t.lex & LEX_CUE) === 0))) return null;
  let m = k + 1;
  // ("of three budgets offered a simpler explanation": a verb ends the phrase, and so the name.)
  while (m < to && m - k < 12 && tokens[m].word && !tokens[m].quoted && (tokens[m].lex & LEX_CUE) === 0 && !(m > k + 2 && tokens[m].lower.endsWith('ed')) && !(tokens[m].lower === 'who' && tokens[k].lower !== 'who')) m++;
  // ("at a rival studio who was involved in the bidding": the phrase ends before its own "who";
  // "of three budgets offered", "at the firm that makes the serum told": before the verb after it.)
  const verbAfter = t.lower !== 'who' && m < to && tokens[m].word && !tokens[m].quoted && ((tokens[m].lex & LEX_CUE) !== 0 || (m > k + 2 && tokens[m].lower.endsWith('ed')));
  return m > k + 1 && (m >= to || tokens[m].text === ',' || tokens[m].text === '.' || tokens[m].lower === 'who' || verbAfter) ? m : null;
}

/** Words that tie an unnamed source to what it knows ("close to the board", "familiar with the talks"). */
const SOURCE_TIES: ReadonlyMap<string, string> = new Map([['close', 'to'], ['familiar', 'with'], ['briefed', 'on']]);

/**
 * Where "close to the board" or "familiar with the matter" ends when it starts at token k (after a
 * source noun), or null: a determiner and up to three lower-case words.
 */
function qualifiedSourceEnd(tokens: Token[], k: number, to: number): number | null {
  const tie = SOURCE_TIES.get(tokens[k]?.lower ?? '');
  if (tie === undefined || k + 1 >= to || tokens[k + 1].lower !== tie) return null;
  let m = k + 2;
  if (m < to && DETERMINERS.has(tokens[m].lower)) m++;
  const from = m;
  // ("A person close to the board disputed that": the body ends before a verb or a relative word.)
  while (m < to && m - from < 3 && tokens[m].word && !tokens[m].quoted && (tokens[m].lex & LEX_CUE) === 0 && !(m > from && (/^(?:that|which|who|whom|has|have|had|is|was|were|are|says|said)$/.test(tokens[m].lower) || (tokens[m].text.length > 4 && tokens[m].lower.endsWith('ed'))))) m++;
  return m > from ? m : null;
}

/** "for the Rail Delivery Group", "at Acme": the organisation a source speaks for, or null. */
export function organisationAfter(tokens: Token[], k: number, to: number): { name: string; to: number } | null {
  const prep = tokens[k];
  if (prep === undefined || k >= to || !(prep.lower === 'for' || prep.lower === 'at' || prep.lower === 'of' || prep.lower === 'from')) return null;
  let m = k + 1;
  if (tokens[m]?.lower === 'the') m++;
  const run = readNameForward(tokens, m, to);
  // ("an insider at the Manchester firm that makes it": the name describes the body, which is not named.)
  if (run !== null && tokens[run.to]?.word && !tokens[run.to].cap && ORGANIZATION_DESCRIPTIONS.has(tokens[run.to].lower)) return null;
  return run === null || run.title !== null ? null : { name: run.name, to: run.to };
}

/** Reads a subject that ends at token j (pronoun, unnamed source or name). */
export function readSubjectBackward(tokens: Token[], j: number, from: number): Subject | null {
  // "Tom Reed Jr. said": the name before its generation. "Acme Corp. said": the name its full stop ends.
  if (j - 1 > from && tokens[j]?.text === '.' && afterNameEnding(tokens, j - 1) === j + 1) return readSubjectBackward(tokens, j - 2, from);
  if (j - 1 >= from && tokens[j]?.text === '.' && afterNameEnding(tokens, j) === j + 1) return readSubjectBackward(tokens, j - 1, from);
  if (j > from && afterNameEnding(tokens, j) === j + 1 && tokens[j - 1]?.word === true) return readSubjectBackward(tokens, j - 1, from);
  const t = tokens[j];
  if (t === undefined || j < from || !t.word || t.quoted) return null;
  // "“…,” one of them said": one of the sources "they" stands for.
  if (t.lower === 'them' && tokens[j - 1]?.lower === 'of' && tokens[j - 2]?.lower === 'one' && j - 2 >= from) return pronounSubject('they', j - 2, j + 1);
  // "Another wrote: “…”", "One described it as “…”": one more, or one, of the sources just quoted.
  if ((t.lower === 'another' || t.lower === 'one') && (j === from || !tokens[j - 1].word) && ((tokens[j + 1]?.lex ?? 0) & LEX_CUE) !== 0) return unnamedSubject(t.lower, j, j + 1);
  if (PRONOUNS.has(t.lower)) return pronounSubject(t.lower, j, j + 1);
  // "Crown prosecutor Tom Aquilina, SC, told": letters after the name and its comma are not who speaks.
  if (isPostNominal(t) && tokens[j - 1]?.text === ',' && j - 2 >= from) {
    const named = readSubjectBackward(tokens, j - 2, from);
    if (named !== null && named.kind === 'name') return named;
  }
  // "“…,” his wife said", "said Kasim's father": a relative, whom attribution may find named.
  const owner = tokens[j - 1];
  if (KIN_SEX.has(t.lower) && j - 1 >= from && owner.word && !owner.quoted && (POSSESSIVE_PRONOUNS.has(owner.lower) || (owner.cap && endsPossessive(owner.text)))) {
    return unnamedSubject(`${owner.text} ${t.text}`, j - 1, j + 1);
  }
  // "“…,” a woman in a red fleece said", "an elderly man said": a person not (yet) named, and what
  // sets them apart.
  // (Only right before its cue: "a woman who waited in the emergency department of X" is about X.)
  const cueNext = ((tokens[j + 1]?.lex ?? 0) & LEX_CUE) !== 0;
  for (let s = j; cueNext && s >= from && s >= j - 7; s--) {
    const w = tokens[s];
    if (!w.word || w.quoted || (s < j && (w.lex & LEX_CUE) !== 0)) break;
    if (!PERSON_NOUN.has(w.lower)) continue;
    let d = s - 1;
    while (d >= from && d >= s - 3 && tokens[d].word && !tokens[d].cap && !tokens[d].quoted && !INDEFINITE.has(tokens[d].lower)) d--;
    if (d >= from && INDEFINITE.has(tokens[d].lower)) return unnamedSubject(w.text, d, j + 1);
    break;
  }
  // "a source close to the board said": the source, and what ties it to its knowledge.
  for (let s = j - 2; s >= from && s >= j - 7; s--) {
    if (!SOURCE_NOUNS.has(tokens[s].lower) || (tokens[s].cap && s !== from) || qualifiedSourceEnd(tokens, s + 1, j + 1) !== j + 1) continue;
    const source = readSubjectBackward(tokens, s, from);
    if (source !== null && source.kind === 'unnamed') return unnamedSubject(`${source.text} ${tokenTexts(tokens, s + 1, j + 1)}`, source.from, j + 1, source.written);
  }
  // "One senior Army officer described …": a job after "a", "one" or "another" and its modifiers.
  if (!t.cap && (t.lex & LEX_ROLE_NOUN) !== 0) {
    for (let d = j - 2; d >= from && d >= j - 4; d--) {
      const w = tokens[d];
      if (!w.word || w.quoted || (w.lex & LEX_CUE) !== 0 || PREPOSITIONS.has(w.lower)) break;
      if (INDEFINITE.has(w.lower)) {
        if (tokens.slice(d + 1, j).some((x) => !x.word || (x.cap && (MALE_FIRST_NAMES.has(x.lower) || FEMALE_FIRST_NAMES.has(x.lower))))) break;
        return unnamedSubject(tokenTexts(tokens, d + 1, j + 1), d, j + 1);
      }
    }
  }
  const prevIsName = j - 1 >= from && tokens[j - 1].word && tokens[j - 1].cap && !tokens[j - 1].quoted;
  // "the drummer said": a role with a determiner is an unnamed source too.
  // "the hedge fund called": an organisation described, with up to two lower-case words before it.
  let det = j - 1;
  while (det >= from && j - det <= 3 && tokens[det].word && !tokens[det].cap && !DETERMINERS.has(tokens[det].lower) && ORGANIZATION_DESCRIPTIONS.has(t.lower)) det--;
  // ("“…,” the 39-year-old said", "the council leader said": an age, or a role after one word.)
  const roleWithDeterminer = (!t.cap && ((t.lex & LEX_ROLE_NOUN) !== 0 || ORGANIZATION_DESCRIPTIONS.has(t.lower)) && det >= from && DETERMINERS.has(tokens[det].lower) && (det === j - 1 || ORGANIZATION_DESCRIPTIONS.has(t.lower)))
    || (AGED.test(t.lower) && tokens[j - 1]?.lower === 'the')
    || (!t.cap && (t.lex & LEX_ROLE_NOUN) !== 0 && tokens[j - 2]?.lower === 'the' && j - 2 >= from && tokens[j - 1].word && !tokens[j - 1].cap && !tokens[j - 1].quoted);
  // "The Wessex Flyfishers’ Association": a capitalised body word ends a name, not an unnamed source.
  const endsBodyName = t.cap && ORGANIZATION_WORDS.has(t.lower) && j > from && (tokens[j - 1].cap || tokens[j - 1].text === "'" || tokens[j - 1].text === '\u2019');
  if ((SOURCE_NOUNS.has(t.lower) && (!t.cap || (!prevIsName && !endsBodyName))) || roleWithDeterminer) {
    let i = j;
    // Up to three modifiers, or five when they are capitalised ("a Wyvern Valley NHS Trust spokesperson").
    // "a Department for Transport spokeswoman": a small word between capitals belongs to the name.
    const connector = (t: Token | undefined): boolean => t !== undefined && /^(?:for|of|and)$/.test(t.lower);
    const inName = (p: Token, k: number): boolean => (p.cap && (tokens[k].cap || connector(tokens[k]))) || (connector(p) && tokens[k - 2]?.cap === true && tokens[k].cap);
    while (i - 1 >= from && (j - i < 3 || (j - i < 6 && inName(tokens[i - 1], i)))) {
      const p = tokens[i - 1];
      // "A second diplomat said": a different source from the first.
      // ("its own transport committee": "own" only insists on the owner.)
      // ("about 65,000 teachers", "20 residents": a number is no part of the source's name.)
      if (!p.word || p.quoted || DETERMINERS.has(p.lower) || p.lower === 'own' || isDigit(p.text[0]) || ((p.lex & LEX_NOT_NAME) !== 0 && !inName(p, i) && !/^(?:second|third|fourth|fifth|other)$/.test(p.lower))) break;
      // "… mansion’ as friends say": a conjunction is no modifier.
      if (CONJUNCTIONS.has(p.lower) && !inName(p, i)) break;
      i--;
    }
    const from2 = i > from && DETERMINERS.has(tokens[i - 1].lower) ? i - 1 : i;
    // "a fund manager at another top shareholder": the source is the fund manager.
    const prep = tokens[from2 - 1];
    if (prep !== undefined && from2 - 2 >= from && /^(?:at|from|with|in|for|of|to)$/.test(prep.lower)) {
      const head = readSubjectBackward(tokens, from2 - 2, from);
      if (head !== null && head.kind === 'unnamed' && head.written === undefined) {
        const start = DETERMINERS.has(tokens[head.from].lower) ? head.from + 1 : head.from;
        return unnamedSubject(head.text, head.from, j + 1, tokenTexts(tokens, start, j + 1));
      }
    }
    return unnamedSubject(tokenTexts(tokens, i, j + 1), from2, j + 1);
  }
  const run = readNameBackward(tokens, j, from);
  if (run === null) return null;
  // "a spokeswoman for the Department for Transport said": the speaker is the spokeswoman.
  let k = run.from - 1;
  // "for Northvale and Eastfield NHS Foundation Trust", "for the Department for Environment, Food
  // and Rural Affairs": the body's name may hold "and" and commas.
  // (A comma only in a list that ends with "and": not "to Construction News, Harwood Lyle said".)
  let sawAnd = false;
  while (k - 1 >= from && (tokens[k].lower === 'and' || (tokens[k].text === ',' && sawAnd)) && tokens[k - 1].cap && run.from - k < 12) {
    sawAnd = true;
    k--;
    while (k - 1 >= from && tokens[k - 1].word && (tokens[k - 1].cap || (/^(?:for|of)$/.test(tokens[k - 1].lower) && tokens[k - 2]?.cap === true))) k--;
    k--;
  }
  const bodyFrom = k + 1;
  if (k >= from && tokens[k].lower === 'the') k--;
  if (k >= from && PREPOSITIONS.has(tokens[k].lower) && tokens[k].lower !== 'and') {
    let m = k - 1;
    // ("Analysts at Goldman Sachs said": capitalised as the sentence's first word.)
    const sourceNoun = (t: Token, at: number): boolean => SOURCE_NOUNS.has(t.lower) && (!t.cap || at === from);
    while (m >= from && m >= k - 6 && tokens[m].word && !sourceNoun(tokens[m], m)) m--;
    if (m >= from && m >= k - 6 && tokens[m].word && sourceNoun(tokens[m], m)) {
      const source = readSubjectBackward(tokens, m, from);
      if (source !== null && source.kind === 'unnamed') {
        // "One senior figure at South Marches said": the whole phrase is another name for the source.
        if (source.text.includes(' ')) {
          const start = DETERMINERS.has(tokens[source.from].lower) ? source.from + 1 : source.from;
          return unnamedSubject(source.text, source.from, run.to, source.written ?? phraseOf(tokens, start, run.to));
        }
        // (A capital only because the sentence starts there is not kept: "Goldman Sachs analysts".)
        const small = (text: string): string => (tokens[m].cap && m === from && !source.text.includes(' ') ? text.charAt(0).toLowerCase() + text.slice(1) : text);
        const written = small(phraseOf(tokens, m, run.to));
        const body = bodyFrom < run.from ? phraseOf(tokens, bodyFrom, run.to) : run.name;
        return unnamedSubject(`${body} ${small(source.text)}`, source.from, run.to, written);
      }
    }
  }
  return nameSubject(run, run.from, run.to);
}

/** Every name run of the text outside quotes, in order. */
/** Whether tokens from..to are a line in title case: five or more words of four letters or more, all capitalised. */
function isTitleCase(tokens: Token[], from: number, to: number): boolean {
  let long = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.text.length < 4 || !t.word || t.quoted) continue;
    const c = t.text.charCodeAt(0);
    if (c >= 48 && c <= 57) continue;
    long++;
    // A headline in title case capitalises every word of four letters or more: one lower-case word
    // ("Tom Harlan, a South Dakota Republican, accused Democrats …") makes a sentence.
    if (!t.cap) return false;
  }
  return long >= 5;
}

/** What a person is to the story, written before the name ("Resident Pauline Ackroyd", "Neighbour Tom Hale"). */
const PRE_NAME_DESCRIPTIONS = new Set(['resident', 'residents', 'neighbour', 'neighbor', 'local', 'parent', 'grandmother', 'grandfather', 'mum', 'dad', 'mother', 'father', 'survivor', 'witness', 'victim', 'patient', 'customer', 'passenger', 'worker', 'fan', 'supporter', 'voter', 'owner']);

export function collectNameRuns(tokens: Token[], paraOf: Int32Array, sentenceStarts: TokenSet): NameRun[] {
  const out: NameRun[] = [];
  let i = 0;
  // A name never runs on into the next paragraph ("…, says Hale⏎Robert Hale said").
  let paragraphEnd = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (i >= paragraphEnd) {
      for (paragraphEnd = i + 1; paragraphEnd < tokens.length && paraOf[paragraphEnd] === paraOf[i]; paragraphEnd++);
      // "Ember Lane Studios Wins Bidding War for Maren Holt's 'The Salt Orchard'": a headline in
      // title case runs every word into one name; its names are given again below it.
      if (isTitleCase(tokens, i, paragraphEnd)) {
        i = paragraphEnd;
        continue;
      }
    }
    // "Resident Pauline Ackroyd, 71, …": what a person is to the story, capitalised only because it
    // opens the sentence, before a first name, is no part of the name.
    if (t.word && t.cap && PRE_NAME_DESCRIPTIONS.has(t.lower) && (i === 0 || paraOf[i - 1] !== paraOf[i] || sentenceStarts.has(i)) && tokens[i + 1]?.cap === true && (MALE_FIRST_NAMES.has(tokens[i + 1].lower) || FEMALE_FIRST_NAMES.has(tokens[i + 1].lower))) {
      i++;
      continue;
    }
    if (t.word && t.cap && !t.quoted) {
      const run = readNameForward(tokens, i, paragraphEnd);
      // "STOCKHOLM, June 3 (Reuters) -": a dateline's place in capitals names nobody.
      if (run !== null && (i === 0 || paraOf[i - 1] !== paraOf[i]) && tokens[run.to]?.text === ',' && run.words.every((w) => w.length >= 3 && w === w.toUpperCase())) {
        i = run.to;
        continue;
      }
      if (run !== null) {
        out.push(run);
        i = run.to;
        continue;
      }
    }
    i++;
  }
  return out;
}
