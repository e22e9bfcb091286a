// Deterministic texts for `npm run bench`: a seeded generator of news articles dense with quotes,
// speakers and figures, the shared CNBC fixture repeated to a size, and adversarial texts (many
// unbalanced quote marks, deeply nested quotes). The same seed always gives the same text.
import { readFileSync } from 'node:fs';

/** A seeded pseudo-random number generator (mulberry32): returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Counts words as runs of non-space characters. */
export function countWords(text: string): number {
  const m = text.match(/\S+/g);
  return m === null ? 0 : m.length;
}

/** The UTF-8 size of a text in bytes. */
export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** How big a generated or repeated text should get: a number of words or of UTF-8 bytes. */
export type TextSize = { words: number } | { bytes: number };

function isBigEnough(size: TextSize, words: number, bytes: number): boolean {
  return 'words' in size ? words >= size.words : bytes >= size.bytes;
}

/** The CNBC fixture's lines repeated in order until the text reaches `size`, cut at a line end. */
export function repeatFixture(path: string, size: TextSize): string {
  const lines = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  const out: string[] = [];
  let words = 0;
  let bytes = 0;
  for (let i = 0; !isBigEnough(size, words, bytes); i++) {
    const line = lines[i % lines.length];
    out.push(line);
    words += countWords(line);
    bytes += byteLength(line) + 1;
  }
  return `${out.join('\n')}\n`;
}

const FIRST_NAMES: [name: string, gender: 'm' | 'f'][] = [
  ['James', 'm'], ['Maria', 'f'], ['David', 'm'], ['Aisha', 'f'], ['Robert', 'm'], ['Chen', 'f'], ['Samuel', 'm'],
  ['Priya', 'f'], ['Thomas', 'm'], ['Elena', 'f'], ['Daniel', 'm'], ['Fatima', 'f'], ['Michael', 'm'], ['Sofia', 'f'],
  ['Oliver', 'm'], ['Grace', 'f'], ['Hiroshi', 'm'], ['Amara', 'f'], ['Lucas', 'm'], ['Ingrid', 'f'],
];
const SURNAME_ONSETS = ['Bar', 'Kel', 'Mor', 'Stan', 'Whit', 'Hal', 'Pem', 'Ros', 'Dun', 'Fair', 'Gal', 'Lind', 'Ash', 'Cal', 'Tor', 'Ven'];
const SURNAME_ENDINGS = ['ford', 'ley', 'ton', 'wick', 'more', 'dale', 'son', 'field', 'er', 'ham', 'by', 'worth', 'ridge', 'stone'];
const ROLES = ['chief executive', 'chief economist', 'finance minister', 'senior analyst', 'spokeswoman', 'director of research', 'professor of economics', 'head of strategy', 'founder', 'union leader'];
const ORGS = ['Northwind Capital', 'the Central Bank', 'Helix Labs', 'Meridian Group', 'the Treasury', 'Orbit Technologies', 'the University of Leeds', 'Atlas Energy', 'the Port Authority', 'Granite Partners'];
const METRICS = ['revenue', 'profit', 'inflation', 'unemployment', 'output', 'spending', 'exports', 'the deficit', 'home prices', 'wages'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WORDS = [
  'we', 'the', 'market', 'is', 'not', 'ready', 'for', 'this', 'and', 'nobody', 'expected', 'it', 'to', 'happen', 'so', 'quickly',
  'our', 'customers', 'want', 'lower', 'prices', 'but', 'costs', 'keep', 'rising', 'every', 'quarter', 'there', 'will', 'be',
  'more', 'jobs', 'in', 'the', 'next', 'year', 'if', 'demand', 'holds', 'I', 'think', 'people', 'understand', 'what', 'is',
  'at', 'stake', 'here', 'they', 'have', 'been', 'clear', 'about', 'that', 'from', 'start', 'frankly', 'nobody', 'saw',
  'coming', 'plan', 'works', 'because', 'everyone', 'agreed', 'on', 'goal', 'risk', 'remains', 'high', 'government', 'must', 'act',
];

interface Person { first: string; last: string; gender: 'm' | 'f'; role: string; org: string }

/** Generates an article of about `size`: paragraphs of quotes with speakers (“…,” Name said.),
 *  continuations, pronouns, “according to” sources, money, percentages, counts and dates. */
export function generateArticle(seed: number, size: TextSize): string {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
  const sentence = (min: number, max: number): string => {
    const n = int(min, max);
    const words: string[] = [];
    for (let i = 0; i < n; i++) words.push(pick(WORDS));
    const s = words.join(' ');
    return s[0].toUpperCase() + s.slice(1);
  };
  const money = (): string => pick([`$${int(1, 950)} million`, `$${int(1, 90)}.${int(1, 9)} billion`, `£${int(2, 400)}m`, `€${int(1, 60)}bn`, `$${int(10, 999)},${int(100, 999)}`]);
  const percent = (): string => pick([`${int(1, 60)}%`, `${int(1, 19)}.${int(1, 9)} per cent`, `${int(2, 40)} percent`]);
  const date = (): string => pick([`on ${pick(MONTHS)} ${int(1, 28)}, ${int(2015, 2025)}`, `in ${pick(MONTHS)}`, `in the ${pick(['first', 'second', 'third', 'fourth'])} quarter of ${int(2019, 2025)}`, `last ${pick(['Monday', 'Tuesday', 'Friday'])}`]);
  const count = (): string => pick([`${int(2, 900)} jobs`, `${int(1, 40)},${int(100, 999)} people`, `${pick(['three', 'twelve', 'forty', 'hundreds of'])} stores`, `${int(2, 9)} million users`]);

  const people: Person[] = [];
  const newPerson = (): Person => {
    const [first, gender] = pick(FIRST_NAMES);
    const person = { first, gender, last: pick(SURNAME_ONSETS) + pick(SURNAME_ENDINGS), role: pick(ROLES), org: pick(ORGS) };
    people.push(person);
    return person;
  };
  const pronoun = (p: Person): string => (p.gender === 'm' ? 'he' : 'she');

  const paragraphs: string[] = [`${pick(ORGS).replace(/^the /, 'The ')} faces a hard year as ${pick(METRICS)} moves`, `By ${newPerson().first} ${people[0].last}`];
  let words = countWords(paragraphs.join(' '));
  let bytes = byteLength(paragraphs.join('\n'));
  let recent: Person | null = null;
  while (!isBigEnough(size, words, bytes)) {
    let p: string;
    const kind = int(0, 9);
    if (recent === null || kind === 0 || random() < 0.12) {
      // A new speaker, introduced in full with role and organisation.
      const who = newPerson();
      p = `“${sentence(8, 18)},” said ${who.first} ${who.last}, ${who.role} at ${who.org}. “${sentence(6, 14)}.”`;
      recent = who;
    } else if (kind === 1) {
      p = `“${sentence(6, 16)},” ${recent.last} said. “${sentence(5, 12)}.” ${pronoun(recent)[0].toUpperCase()}${pronoun(recent).slice(1)} added that ${pick(METRICS)} had risen ${percent()} ${date()}.`;
    } else if (kind === 2) {
      p = `According to ${pick(ORGS)}, ${pick(METRICS)} rose ${percent()} to ${money()} ${date()}, while ${count()} were affected.`;
    } else if (kind === 3) {
      p = `${recent.last} told reporters ${date()}: “${sentence(8, 20)}.” Asked about the cost, ${pronoun(recent)} said the figure was closer to ${money()}.`;
    } else if (kind === 4) {
      const other = pick(people);
      p = `“${sentence(6, 12)},” ${pronoun(recent)} said. ${other.first} ${other.last} disagreed: “${sentence(8, 16)}, not ${percent()}.”`;
      recent = other;
    } else if (kind === 5) {
      p = `${pick(['Analysts', 'Officials', 'Sources close to the company', 'Experts'])} said ${pick(METRICS)} could fall by ${percent()} and cost ${money()} ${date()}.`;
    } else if (kind === 6) {
      p = `The ${pick(['so-called', 'widely cited'])} “${pick(['soft landing', 'jobs miracle', 'price war', 'AI bubble'])}” was mentioned ${int(2, 30)} times ${date()}. “${sentence(6, 12)},” ${recent.first} ${recent.last} said. “She told me, ‘${sentence(4, 9)},’ and left.”`;
    } else if (kind === 7) {
      p = `${pick(ORGS).replace(/^the /, 'The ')} said ${date()} that it would cut ${count()}, about ${percent()} of its workforce, and spend ${money()} on new plants.`;
    } else if (kind === 8) {
      p = `${sentence(10, 22)}. ${sentence(8, 16)} ${date()}, the report found, with ${count()} and ${money()} at stake.`;
    } else {
      p = `“${sentence(10, 24)}.”`; // A continuation quote with no cue in its paragraph.
    }
    paragraphs.push(p);
    words += countWords(p);
    bytes += byteLength(p) + 1;
  }
  return `${paragraphs.join('\n')}\n`;
}

/** One paragraph holding `marks` opening curly quotes and no closing one. */
export function unbalancedQuotes(marks: number): string {
  const parts: string[] = [];
  for (let i = 0; i < marks; i++) parts.push(`“word${i % 10} said`);
  return `${parts.join(' ')}.\n`;
}

/** One paragraph of `marks` straight single marks that open and never close, among plural apostrophes ('word the councils' budget). */
export function straightSingles(marks: number): string {
  const parts: string[] = [];
  for (let i = 0; i < marks; i++) parts.push(`'word${i % 10} the councils' budget`);
  return `${parts.join(' ')}.\n`;
}

/** `people` paragraphs that are only a quote, each followed by one that names a new person (a speaker each: the people-wide checks must stay linear). Seeded names of eight letters, so that hardly two are one letter apart. */
export function introducedPeople(people: number): string {
  const random = seededRandom(people);
  const name = (): string => {
    let out = String.fromCharCode(65 + Math.floor(random() * 26));
    for (let k = 0; k < 7; k++) out += String.fromCharCode(97 + Math.floor(random() * 26));
    return out;
  };
  const parts: string[] = [];
  for (let i = 0; i < people; i++) {
    parts.push('“We are cut off and nobody cares.”');
    parts.push(`${name()} ${name()}, ${20 + (i % 50)}, has lived in the village for years.`);
  }
  return `${parts.join('\n')}\n`;
}

/** Quotes nested `depth` deep, alternating “double” and ‘single’ marks, then closed in reverse. */
export function nestedQuotes(depth: number): string {
  const open: string[] = [];
  const close: string[] = [];
  for (let i = 0; i < depth; i++) {
    open.push(i % 2 === 0 ? '“She said' : '‘he said');
    close.push(i % 2 === 0 ? 'done,”' : 'done,’');
  }
  return `${open.join(' ')} ${close.reverse().join(' ')} Ann Lee said.\n`;
}
