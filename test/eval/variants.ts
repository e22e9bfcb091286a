// The dev set again with every named speaker's first name replaced by an invented one that no
// list of Byline's holds ("Maria Delgado" becomes "Bive Delgado"), in the article and in its gold
// alike. Articles Byline has never seen bring names it has never seen: the drop from the plain dev
// figure measures how much attribution leans on knowing the first name. Deterministic (seeded).
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from '../../server/src/core/lexicon';

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

/** Rewrites one article and its gold (as JSON text): each two-word speaker whose first name the lexicon knows gets an invented one. */
export function withUnfamiliarNames(text: string, goldJson: string, seed: number): { text: string; goldJson: string } {
  const random = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const gold = JSON.parse(goldJson) as { speakers: { name: string }[] };
  const renamed = new Map<string, string>();
  for (const s of gold.speakers) {
    const parts = s.name.split(' ');
    if (parts.length !== 2 || !/^[A-Z][a-z]+$/.test(parts[0]) || !/^[A-Z][a-z]+$/.test(parts[1])) continue;
    const first = parts[0].toLowerCase();
    if (!MALE_FIRST_NAMES.has(first) && !FEMALE_FIRST_NAMES.has(first)) continue;
    let invented: string;
    do invented = pick(ONSETS) + pick(VOWELS) + pick(MIDDLES) + pick(VOWELS) + (random() < 0.5 ? pick(ENDINGS) : '');
    while (MALE_FIRST_NAMES.has(invented.toLowerCase()) || FEMALE_FIRST_NAMES.has(invented.toLowerCase()));
    if (!renamed.has(parts[0])) renamed.set(parts[0], invented);
  }
  for (const [from, to] of renamed) {
    const word = new RegExp(`\\b${from}\\b`, 'g');
    text = text.replace(word, to);
    goldJson = goldJson.replace(word, to);
  }
  return { text, goldJson };
}
