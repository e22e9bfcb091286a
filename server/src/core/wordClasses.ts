// The lexicon lists that passes over every token consult, merged into one map from a lower-case word
// to bit flags. The tokenizer stores a word's flags in `Token.lex` while it makes the token, when the
// word is at hand: a later pass tests a bit instead of looking the word up again, pass after pass.
// Pure: imports nothing from editors, LSP or Node.
import { CUE_AUXILIARIES, CUE_WORDS, NAME_PARTICLES, NOT_NAMES, ROLE_NOUNS, TITLES, VAGUE_NOUNS, VAGUE_QUANTIFIERS, WEAK_CUES } from './lexicon';
import { MONTHS, NUMBER_WORDS, ORDINAL_WORDS, WEEKDAYS } from './numberWords';

/** A cue verb in a finite form ("said", "tells"): `CUE_WORDS` gives `finite`. */
export const LEX_CUE_FINITE = 1;
/** A cue verb's participle ("saying"). */
export const LEX_CUE_PARTICIPLE = 2;
/** A cue verb's infinitive ("say"). */
export const LEX_CUE_INFINITIVE = 4;
/** Any cue word: one of the three forms above. */
export const LEX_CUE = LEX_CUE_FINITE | LEX_CUE_PARTICIPLE | LEX_CUE_INFINITIVE;
/** A cue that needs an object to mean speech (`WEAK_CUES`: "described", "called"). */
export const LEX_WEAK_CUE = 8;
/** A word allowed between a subject and its cue (`CUE_AUXILIARIES`: "also", "later", "has"). */
export const LEX_AUXILIARY = 16;
/** A verb that lifts a phrase from someone when it stands right before a quote ("accused", "hailed"). */
export const LEX_NEAR_CUE = 32;
/** A word that can start a claim with no digit (number, ordinal, month and weekday words), or whose part before a hyphen can ("twenty-five"). */
export const LEX_CLAIM_TRIGGER = 64;
/** A word a vague source can start with: "it" (it is believed), a quantifier or a vague noun. */
export const LEX_VAGUE_STARTER = 128;
/** "according", the first word of the cue "according to". */
export const LEX_ACCORDING = 256;
/** He, she or they: a pronoun that, as a sentence's subject, names nobody new after it. */
export const LEX_SUBJECT_PRONOUN = 512;
/** A capitalised word that is never a name (`NOT_NAMES`: "The", "However", "Monday"). */
export const LEX_NOT_NAME = 1024;
/** A title of one word (`TITLES`: "Mr", "Professor"). */
export const LEX_TITLE = 2048;
/** The first word of a title of two words ("Prime" in Prime Minister). */
export const LEX_PAIR_TITLE_START = 4096;
/** The first word of a title of three or four words ("Special" in Special Agent in Charge). */
export const LEX_LONG_TITLE_START = 8192;
/** A particle inside a name (`NAME_PARTICLES`: van, der, de, la). */
export const LEX_NAME_PARTICLE = 16384;
/** A noun naming a job or role (`ROLE_NOUNS`, its endings included: "guitarist", "virologist"). */
export const LEX_ROLE_NOUN = 65536;
/** Not a lexicon class but the word's shape, set by the tokenizer: an ASCII capital after the first letter (DeepSeek, McKinsey). */
export const LEX_INNER_CAPITAL = 32768;

/** Words that can start a claim that has no digit: number, ordinal, month and weekday words. */
export const CLAIM_TRIGGERS: ReadonlySet<string> = new Set([
  ...NUMBER_WORDS.keys(), ...ORDINAL_WORDS.keys(), ...MONTHS.keys(), ...[...MONTHS.keys()].map((m) => `${m}.`), ...WEEKDAYS, 'a', 'an', 'number', 'twice', 'thrice', 'half', 'mid', 'early', 'late',
]);

/** Stems of the verbs that lift a phrase ("accus" in accused), each with the endings it may take. */
const NEAR_CUE_STEMS = ['accus', 'labell', 'slamm', 'condemn', 'criticis', 'criticiz', 'prais', 'hail', 'dismiss', 'slam', 'blast', 'attack', 'welcom', 'brand', 'label', 'decri', 'decry', 'lambast', 'mock', 'warn', 'urg', 'reject', 'denounc', 'derid', 'deplor', 'rubbish', 'defend'];
const NEAR_CUE_ENDINGS = ['', 'e', 'es', 'ed', 'ing', 's'];

const WORD_CLASSES: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const add = (word: string, flag: number): void => {
    m.set(word, (m.get(word) ?? 0) | flag);
  };
  for (const [word, form] of CUE_WORDS) add(word, form === 'finite' ? LEX_CUE_FINITE : form === 'participle' ? LEX_CUE_PARTICIPLE : LEX_CUE_INFINITIVE);
  for (const word of WEAK_CUES) add(word, LEX_WEAK_CUE);
  for (const word of CUE_AUXILIARIES) add(word, LEX_AUXILIARY);
  for (const stem of NEAR_CUE_STEMS) for (const ending of NEAR_CUE_ENDINGS) add(stem + ending, LEX_NEAR_CUE);
  for (const word of CLAIM_TRIGGERS) add(word, LEX_CLAIM_TRIGGER);
  for (const word of ['it', ...VAGUE_QUANTIFIERS, ...VAGUE_NOUNS]) add(word, LEX_VAGUE_STARTER);
  add('according', LEX_ACCORDING);
  for (const word of NOT_NAMES) add(word, LEX_NOT_NAME);
  for (const title of TITLES) {
    const words = title.split(' ');
    add(words[0], words.length === 1 ? LEX_TITLE : words.length === 2 ? LEX_PAIR_TITLE_START : LEX_LONG_TITLE_START);
  }
  for (const word of NAME_PARTICLES) add(word, LEX_NAME_PARTICLE);
  for (const word of ['he', 'she', 'they']) add(word, LEX_SUBJECT_PRONOUN);
  // The listed role nouns, and each with "co-" ("co-founder"): what ROLE_NOUNS.has finds without its endings.
  for (const word of ROLE_NOUNS) {
    add(word, LEX_ROLE_NOUN);
    add(`co-${word}`, LEX_ROLE_NOUN);
  }
  return m;
})();

/** The flags of a lower-case word; `hyphenated` when it holds a '-' (its head may trigger a claim). */
export function wordClasses(lower: string, hyphenated: boolean): number {
  let flags = WORD_CLASSES.get(lower) ?? 0;
  // ROLE_NOUNS also knows job words by their ending (over seven letters) and "mum-of-two": only such
  // words need to ask it beyond the map.
  if ((flags & LEX_ROLE_NOUN) === 0 && (lower.length > 7 || hyphenated) && ROLE_NOUNS.has(lower)) flags |= LEX_ROLE_NOUN;
  if (!hyphenated) return flags;
  // "twenty-five", "mid-2020s": the part before the first hyphen starts the claim.
  const head = lower.slice(0, lower.indexOf('-'));
  return CLAIM_TRIGGERS.has(head) ? flags | LEX_CLAIM_TRIGGER : flags;
}
