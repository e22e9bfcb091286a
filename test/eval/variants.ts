// The dev set rewritten the ways articles Byline has never seen differ from it, in the article and
// in its gold alike, so that `npm run eval` shows how much attribution leans on the dev set's own
// habits: first names no list of Byline's holds ("Maria Delgado" becomes "Bive Delgado"), American
// titles with a full stop ("Mr." for "Mr"), British ones without, straight quotation marks and
// apostrophes as a plain editor types them, British single quotation marks outside double ones,
// blank lines between paragraphs, middle initials, accented names, first names whose usual sex is not
// the one the article's pronouns give, and names from many languages.
// Deterministic (seeded).
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from '../../server/src/core/lexicon';

/** Gold as the eval reads it: only its strings are rewritten. */
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** One way to rewrite an article and its gold; `seed` differs per article. */
export interface Variant {
  label: string;
  rewrite(text: string, gold: Json, seed: number): { text: string; gold: Json };
}

const ONSETS = ['B', 'D', 'K', 'L', 'M', 'N', 'R', 'S', 'T', 'V', 'Z', 'J', 'Y'];
const VOWELS = ['a', 'e', 'i', 'o', 'u'];
const MIDDLES = ['l', 'r', 'n', 'v', 'm', 's', 'th', 'k', 'd'];
const ENDINGS = ['a', 'o', 'en', 'is', 'an', 'ia', 'el', 'ic'];

/** A pseudo-random generator (a linear congruence): the same names at every run. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** Every string inside `gold` passed through `f`. */
function mapStrings(gold: Json, f: (s: string) => string): Json {
  if (typeof gold === 'string') return f(gold);
  if (Array.isArray(gold)) return gold.map((x) => mapStrings(x, f));
  if (gold !== null && typeof gold === 'object') return Object.fromEntries(Object.entries(gold).map(([k, v]) => [k, mapStrings(v, f)]));
  return gold;
}

/** The same rewrite of the article and of every string of its gold. */
function both(f: (s: string) => string): Variant['rewrite'] {
  return (text, gold) => ({ text: f(text), gold: mapStrings(gold, f) });
}

/** Each two-word speaker whose first name the lexicon knows gets an invented one, everywhere. */
function unfamiliarNames(text: string, gold: Json, seed: number): { text: string; gold: Json } {
  const random = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const speakers = (gold as { speakers: { name: string }[] }).speakers;
  const renamed = new Map<string, string>();
  for (const s of speakers) {
    const parts = s.name.split(' ');
    if (parts.length !== 2 || !/^[A-Z][a-z]+$/.test(parts[0]) || !/^[A-Z][a-z]+$/.test(parts[1])) continue;
    const first = parts[0].toLowerCase();
    if (!MALE_FIRST_NAMES.has(first) && !FEMALE_FIRST_NAMES.has(first)) continue;
    let invented: string;
    do invented = pick(ONSETS) + pick(VOWELS) + pick(MIDDLES) + pick(VOWELS) + (random() < 0.5 ? pick(ENDINGS) : '');
    while (MALE_FIRST_NAMES.has(invented.toLowerCase()) || FEMALE_FIRST_NAMES.has(invented.toLowerCase()));
    if (!renamed.has(parts[0])) renamed.set(parts[0], invented);
  }
  const rename = (s: string): string => {
    for (const [from, to] of renamed) s = s.replace(new RegExp(`\\b${from}\\b`, 'g'), to);
    return s;
  };
  return both(rename)(text, gold, seed);
}

/** Each two-word speaker's full name gets a middle initial, as American copy writes it ("Maria K. Delgado"). */
function middleInitials(text: string, gold: Json, seed: number): { text: string; gold: Json } {
  const speakers = (gold as { speakers: { name: string }[] }).speakers;
  const full: [RegExp, string][] = [];
  for (const s of speakers) {
    const parts = s.name.split(' ');
    if (parts.length !== 2 || !/^[A-Z][a-z]+$/.test(parts[0]) || !/^[A-Z][a-z'\u2019-]+$/.test(parts[1])) continue;
    full.push([new RegExp(`\\b${parts[0]} ${parts[1]}\\b`, 'g'), `${parts[0]} ${'JKLMRT'[(parts[1].length + seed) % 6]}. ${parts[1]}`]);
  }
  return both((s) => full.reduce((out, [name, initialled]) => out.replace(name, initialled), s))(text, gold, seed);
}

/** Each two-word speaker's first name and surname written with accents, everywhere ("Mária Délgadó"), as names from many languages are. */
function accentedNames(text: string, gold: Json, seed: number): { text: string; gold: Json } {
  const speakers = (gold as { speakers: { name: string }[] }).speakers;
  const words = new Map<string, string>();
  for (const s of speakers) {
    const parts = s.name.split(' ');
    if (parts.length !== 2 || !/^[A-Z][a-z]+$/.test(parts[0]) || !/^[A-Z][a-z'\u2019-]+$/.test(parts[1])) continue;
    for (const p of parts) words.set(p, p.replace(/[aeiou]/, (v) => ({ a: '\u00e1', e: '\u00e9', i: '\u00ed', o: '\u00f3', u: '\u00fa' })[v] ?? v));
  }
  const accent = (s: string): string => {
    for (const [plain, accented] of words) s = s.replace(new RegExp(`(?<![\\p{L}])${plain}(?![\\p{L}])`, 'gu'), accented);
    return s;
  };
  return both(accent)(text, gold, seed);
}

/** Names as many languages write them (particles, hyphens, apostrophes, Gaelic, Arabic, Yoruba, Māori, Québécois), by sex. */
const WORLD_NAMES: Record<'m' | 'f', [first: string, surname: string][]> = {
  m: [
    ['Chukwuemeka', 'Obi-Nwosu'], ['Yousef', 'Al-Mansouri'], ['Pieter', 'van der Berg'], ['Benoît', 'Lévesque-Cyr'],
    ['Oluwaseun', 'Adeyemi'], ['Kwame', 'Mensah-Bonsu'], ['Rangi', 'Te Whata'], ['Sione', 'Fifita'],
    ['Dermot', 'Mac Giolla Phádraig'], ['Jean-Luc', 'Baptiste-Moreau'], ['Ahmad', 'bin Yusof'], ['Mehmet', 'Yıldız'],
  ],
  f: [
    ['Aoife', 'Ní Bhriain'], ['Siobhán', 'O\u2019Sullivan'], ['Ngozi', 'Okafor'], ['Ana', 'de la Cruz'],
    ['Priya', 'Raghunathan'], ['Hine', 'Rēweti'], ['Thi Lan', 'Nguyen'], ['Zanele', 'Dlamini-Khumalo'],
  ],
};

/**
 * Each two-word speaker whose first name's sex the lexicon knows gets a name from WORLD_NAMES of that
 * sex, first name and surname, everywhere: "Maria Delgado" becomes "Aoife Ní Bhriain".
 */
function worldNames(text: string, gold: Json, seed: number): { text: string; gold: Json } {
  const random = seeded(seed);
  const speakers = (gold as { speakers: { name: string }[] }).speakers;
  const renamed = new Map<string, string>();
  const used = new Set<string>();
  for (const s of speakers) {
    const parts = s.name.split(' ');
    if (parts.length !== 2 || !/^[A-Z][a-z]+$/.test(parts[0]) || !/^[A-Z][a-z'\u2019-]+$/.test(parts[1]) || renamed.has(parts[0]) || renamed.has(parts[1])) continue;
    // (Only names whose sex the lexicon knows, so that the new name's sex agrees with the article's pronouns.)
    const first = parts[0].toLowerCase();
    if (MALE_FIRST_NAMES.has(first) === FEMALE_FIRST_NAMES.has(first)) continue;
    const sex = MALE_FIRST_NAMES.has(first) ? 'm' : 'f';
    const pool = WORLD_NAMES[sex];
    let k = Math.floor(random() * pool.length);
    for (let tries = 0; used.has(pool[k][1]) && tries < pool.length; tries++) k = (k + 1) % pool.length;
    used.add(pool[k][1]);
    renamed.set(parts[0], pool[k][0]);
    renamed.set(parts[1], pool[k][1]);
  }
  const rename = (s: string): string => {
    for (const [from, to] of renamed) s = s.replace(new RegExp(`(?<![\\p{L}])${from}(?![\\p{L}])`, 'gu'), to);
    // (A surname that opens with a particle takes a capital where a sentence or a quote opens: "De la Cruz said".)
    return s.replace(/(^|\n|[.!?]["\u201d\u2019]?\s+|["\u201c\u2018])(de la|van der|bin) /g, (_, before: string, particle: string) => `${before}${particle[0].toUpperCase()}${particle.slice(1)} `);
  };
  return both(rename)(text, gold, seed);
}

/** First names of one usual sex, for names_of_the_other_sex. */
const USUAL_FIRST_NAMES: Record<'m' | 'f', string[]> = {
  m: ['Robert', 'Daniel', 'Stephen', 'Gregory', 'Patrick', 'Vincent', 'Raymond', 'Douglas'],
  f: ['Margaret', 'Deborah', 'Caroline', 'Gillian', 'Rebecca', 'Theresa', 'Jacqueline', 'Rosemary'],
};

/**
 * Each two-word speaker whose first name's sex the lexicon knows gets a first name of the other
 * sex, everywhere, while the article's pronouns stay: "Maria Delgado … she said" becomes "Robert
 * Delgado … she said", as a name whose usual sex misleads does (Robin, Sam, Jan, Oluwaseun, Nicola).
 */
function otherSexNames(text: string, gold: Json, seed: number): { text: string; gold: Json } {
  const random = seeded(seed);
  const speakers = (gold as { speakers: { name: string }[] }).speakers;
  const renamed = new Map<string, string>();
  for (const s of speakers) {
    const parts = s.name.split(' ');
    if (parts.length !== 2 || !/^[A-Z][a-z]+$/.test(parts[0]) || renamed.has(parts[0])) continue;
    const first = parts[0].toLowerCase();
    if (MALE_FIRST_NAMES.has(first) === FEMALE_FIRST_NAMES.has(first)) continue;
    const pool = USUAL_FIRST_NAMES[MALE_FIRST_NAMES.has(first) ? 'f' : 'm'].filter((n) => !text.includes(n) && ![...renamed.values()].includes(n));
    if (pool.length > 0) renamed.set(parts[0], pool[Math.floor(random() * pool.length)]);
  }
  const rename = (s: string): string => {
    for (const [from, to] of renamed) s = s.replace(new RegExp(`(?<![\\p{L}])${from}(?![\\p{L}])`, 'gu'), to);
    return s;
  };
  return both(rename)(text, gold, seed);
}

/** Apostrophes, which stay as they are when the marks are swapped: "don’t", "the councils’ budget", "the ’90s", "rock ’n’ roll". */
const APOSTROPHE = /(?<=[\p{L}\p{N}])\u2019(?=[\p{L}\p{N}])|(?<=s)\u2019(?= \p{Ll})|\u2019(?=\d\ds)|(?<= )\u2019(?=n\u2019)|(?<= \u2019n)\u2019/gu;

/** Single marks for double ones and double for single, as British copy quotes (‘He said “no”,’ she said). */
function britishMarks(s: string): string {
  const SWAP: Record<string, string> = { '\u201c': '\u2018', '\u201d': '\u2019', '\u2018': '\u201c', '\u2019': '\u201d' };
  // (Apostrophes stand aside as a private-use character while the marks are swapped.)
  return s.replace(APOSTROPHE, '\ue000').replace(/[\u201c\u201d\u2018\u2019]/g, (c) => SWAP[c]).replace(/\ue000/g, '\u2019');
}

export const VARIANTS: Variant[] = [
  { label: 'first names no list knows (each speaker\'s replaced by an invented one)', rewrite: unfamiliarNames },
  { label: 'American titles (Mr. Mrs. Ms. Dr. for Mr Mrs Ms Dr)', rewrite: both((s) => s.replace(/\b(Mr|Mrs|Ms|Dr)\b(?!\.)/g, '$1.')) },
  { label: 'British titles (Mr Mrs Ms Dr for Mr. Mrs. Ms. Dr.)', rewrite: both((s) => s.replace(/\b(Mr|Mrs|Ms|Dr)\./g, '$1')) },
  { label: 'straight quotation marks and apostrophes', rewrite: both((s) => s.replace(/[\u201c\u201d]/g, '"').replace(/[\u2018\u2019]/g, "'")) },
  { label: 'British quotation marks (‘…’ outside, “…” inside)', rewrite: both(britishMarks) },
  { label: 'a blank line between paragraphs', rewrite: (text, gold) => ({ text: text.replace(/\n+/g, '\n\n'), gold }) },
  { label: 'middle initials (each speaker\'s "Maria Delgado" written "Maria K. Delgado")', rewrite: middleInitials },
  { label: 'accented names (each speaker\'s "Maria Delgado" written "Mária Délgadó")', rewrite: accentedNames },
  { label: 'first names of the other sex (each speaker\'s "Maria Delgado … she" becomes "Robert Delgado … she")', rewrite: otherSexNames },
  { label: 'names from many languages (each speaker\'s "Maria Delgado" becomes "Aoife Ní Bhriain", "Pieter van der Berg", …)', rewrite: worldNames },
];
