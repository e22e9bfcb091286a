// Named relatives: who the article says is someone's father, wife or son, so that "Kasim's father
// said" and "His wife said" can be the person it named ("Their father, Tariq Yusuf,"; "with her
// husband, Tom Fairclough"; "Retired couple Derek and Pauline Shaw").
// Pure: imports nothing from editors, LSP or Node.
import { endsPossessive } from './chars';
import { KIN_SEX, POSSESSIVE_PRONOUNS } from './lexicon';
import { sexOfFirstName } from './speakers';
import type { NameRun } from './names';
import type { Token } from './tokens';

/** A person the article names as someone's relative. */
export interface Relative {
  /** The family word, lower case ("father", "wife"). */
  relation: string;
  /** Whose relative, as written: a possessive pronoun ("their") or a name ("Kasim"). */
  owner: string;
  /** The relative's name as the article gives it (a couple's first member gets the shared surname). */
  run: NameRun;
}

/** What the owner is to a relative: "son" → "father" or "mother" by the owner's sex; null when unknown. */
function inverseRelation(relation: string, ownerSex: 'm' | 'f' | null): string | null {
  if (ownerSex === null) return null;
  const pick = (m: string, f: string): string => (ownerSex === 'm' ? m : f);
  if (/^(?:son|daughter)$/.test(relation)) return pick('father', 'mother');
  if (/^(?:father|mother|dad|mum)$/.test(relation)) return pick('son', 'daughter');
  if (/^(?:husband|wife)$/.test(relation)) return pick('husband', 'wife');
  if (/^(?:brother|sister)$/.test(relation)) return pick('brother', 'sister');
  if (/^(?:grandson|granddaughter)$/.test(relation)) return pick('grandfather', 'grandmother');
  if (/^(?:grandfather|grandmother)$/.test(relation)) return pick('grandson', 'granddaughter');
  return null;
}


/** Whose relative the words ending at token k name ("Kasim's", "their", "Kasim Yusuf’s"), or null. */
function ownerEndingAt(tokens: Token[], runs: readonly NameRun[], r: number, k: number): string | null {
  const t = tokens[k];
  if (t === undefined || !t.word) return null;
  if (POSSESSIVE_PRONOUNS.has(t.lower)) return t.lower;
  if (!endsPossessive(t.text)) return null;
  // The possessive name is a run of its own ending at k (the name readers drop the "'s").
  for (let i = r; i >= 0 && i >= r - 2; i--) if (runs[i] !== undefined && runs[i].to - 1 === k) return runs[i].name;
  return null;
}

/** The relatives the article names, in order. */
export function findRelatives(tokens: Token[], runs: readonly NameRun[]): Relative[] {
  const out: Relative[] = [];
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r];
    if (run.title !== null) continue;
    // "Their father, Tariq Yusuf,", "her husband, Tom Fairclough", "Her son Eli Delgado".
    const comma = tokens[run.from - 1]?.text === ',' ? 1 : 0;
    const kin = tokens[run.from - 1 - comma];
    if (kin !== undefined && kin.word && KIN_SEX.has(kin.lower)) {
      const owner = ownerEndingAt(tokens, runs, r - 1, run.from - 2 - comma);
      if (owner !== null) {
        out.push({ relation: kin.lower, owner, run });
        // "Tom Reed and his wife, Ann,": she is his wife, and he is her husband.
        const before = runs[r - 1];
        const and = run.from - 3 - comma;
        if (POSSESSIVE_PRONOUNS.has(owner) && before !== undefined && tokens[and]?.lower === 'and' && before.to === and && before.title === null) {
          const inverse = inverseRelation(kin.lower, sexOfFirstName(before.words[0]) ?? (owner === 'his' ? 'm' : owner === 'her' ? 'f' : null));
          if (inverse !== null) out.push({ relation: inverse, owner: run.name, run: before });
        }
        continue;
      }
    }
    // "Tariq Yusuf, Kasim's father,", "Tom Fairclough, her husband,".
    if (tokens[run.to]?.text === ',' && run.words.length >= 2) {
      for (let k = run.to + 2; k <= run.to + 4; k++) {
        const word = tokens[k];
        if (word === undefined || !word.word) break;
        if (KIN_SEX.has(word.lower)) {
          const owner = ownerEndingAt(tokens, runs, r + 2, k - 1);
          if (owner !== null) out.push({ relation: word.lower, owner, run });
          break;
        }
      }
    }
    // "Gerard Mulholland, whose son Callum (14)": Callum is his son, and he is Callum's father.
    if (tokens[run.to]?.text === ',' && tokens[run.to + 1]?.lower === 'whose' && tokens[run.to + 2]?.word && KIN_SEX.has(tokens[run.to + 2].lower)) {
      const relative = runs[r + 1];
      if (relative !== undefined && relative.from === run.to + 3) {
        out.push({ relation: tokens[run.to + 2].lower, owner: run.name, run: relative });
        const inverse = inverseRelation(tokens[run.to + 2].lower, sexOfFirstName(run.words[0]));
        if (inverse !== null) out.push({ relation: inverse, owner: relative.name, run });
      }
    }
    // "Retired couple Derek and Pauline Shaw": husband and wife when their first names tell it.
    const partner = runs[r + 1];
    if (run.words.length === 1 && tokens[run.to]?.lower === 'and' && partner !== undefined && partner.title === null && partner.from === run.to + 1 && partner.words.length >= 2) {
      const a = sexOfFirstName(run.words[0]);
      const b = sexOfFirstName(partner.words[0]);
      if (a === null || b === null || a === b) continue;
      const words = [run.words[0], ...partner.words.slice(1)];
      const first: NameRun = { ...run, name: words.join(' '), words };
      out.push({ relation: a === 'f' ? 'wife' : 'husband', owner: partner.name, run: first });
      out.push({ relation: b === 'f' ? 'wife' : 'husband', owner: first.name, run: partner });
    }
  }
  return out;
}
