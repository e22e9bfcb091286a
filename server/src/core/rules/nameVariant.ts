// Rule `name-variant`: the same name spelt two ways in one article ("Deepseek" and "DeepSeek",
// "Whitaker" and "Whittaker"). The less frequent spelling is flagged. Pure: imports nothing from
// editors, LSP or Node.
import type { Rule, RuleHit } from './rule';
import type { Token } from '../tokens';
import type { Speaker } from '../types';
import { endsPossessive } from '../chars';
import { LEX_INNER_CAPITAL } from '../wordClasses';

export const nameVariant: Rule = {
  id: 'name-variant',
  defaultSeverity: 'warning',
  description: 'The same name spelt two ways in one article.',
  docs: [
    'A name should be spelt the same way every time. Byline compares every capitalised name in the',
    'article: spellings that differ only in capitals (*Deepseek* / *DeepSeek*), and speakers’ names one',
    'letter apart (*Whitaker* / *Whittaker*). The less frequent spelling is flagged; the quick fix',
    'replaces it with the usual one.',
  ].join('\n'),
  check({ tokens, analysis, text }) {
    return [...spellingVariants(tokens), ...surnameVariants(analysis.speakers, text)];
  },
};

// Two functions, not one check: V8 optimises each on its own, so that a path one of them meets late
// (two surnames one letter apart) throws away and recompiles only that one.

/** Words spelt with different capitals ("Deepseek" / "DeepSeek"): the rarer spellings. */
function spellingVariants(tokens: Token[]): RuleHit[] {
  // Only words that some spelling writes with an inner capital (DeepSeek) can vary: find those first,
  // so that the common capitalised words cost one test each.
  const mixedKeys = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    // The tokenizer has marked the words with a capital after their first letter (LEX_INNER_CAPITAL),
    // which punctuation never has: one bit test rules out nearly every token.
    if ((t.lex & LEX_INNER_CAPITAL) === 0 || t.text.length < 4) continue;
    if (hasLower(t.text)) mixedKeys.add(stripPossessive(t.lower));
  }
  const byLower = new Map<string, Map<string, Token[]>>();
  for (let k = 0; mixedKeys.size > 0 && k < tokens.length; k++) {
    const t = tokens[k];
    if (!t.word || t.text.length < 4 || (!t.cap && (t.lex & LEX_INNER_CAPITAL) === 0)) continue;
    if (!hasLower(t.text)) continue; // Acronyms in capitals are a style, not a variant.
    const key = stripPossessive(t.lower);
    if (!mixedKeys.has(key)) continue;
    const spelling = stripPossessive(t.text);
    let spellings = byLower.get(key);
    if (spellings === undefined) byLower.set(key, (spellings = new Map()));
    const list = spellings.get(spelling) ?? [];
    list.push(t);
    spellings.set(spelling, list);
  }
  const hits: RuleHit[] = [];
  for (const spellings of byLower.values()) {
    if (spellings.size < 2) continue;
    // Sentence-initial capitals ("The"/"the") are not variants: only mixed-case words count.
    const mixed = [...spellings.keys()].filter((s) => /[A-Z]/.test(s.slice(1)));
    if (mixed.length === 0) continue;
    const ranked = [...spellings.entries()].sort((a, b) => b[1].length - a[1].length);
    const [usual] = ranked[0];
    for (const [spelling, occurrences] of ranked.slice(1)) {
      if (spelling.toLowerCase() === spelling) continue; // plain lower-case words ("deep seek") are not names
      for (const t of occurrences) hits.push({ span: { start: t.start, end: t.start + spelling.length }, message: `“${spelling}” is spelt “${usual}” elsewhere in this article.`, suggestion: usual });
    }
  }
  return hits;
}

/** Speakers' surnames one letter apart ("Whitaker" / "Whittaker"): the rarer one's mentions. */
function surnameVariants(speakers: readonly Speaker[], text: string): RuleHit[] {
  const hits: RuleHit[] = [];
  const surnames = new Map<string, number>();
  for (const s of speakers) if (s.kind === 'person') surnames.set(s.name.split(' ').pop() ?? s.name, s.id);
  const names = [...surnames.keys()].filter((n) => n.length >= 5);
  for (const [i, j] of closePairs(names)) {
    if (!editDistanceIsOne(names[i], names[j])) continue;
    const a = speakers[surnames.get(names[i]) ?? 0];
    const b = speakers[surnames.get(names[j]) ?? 0];
    const rarer = a.mentions.length >= b.mentions.length ? b : a;
    const usual = rarer === a ? b : a;
    const wrong = rarer.name.split(' ').pop() ?? rarer.name;
    const right = usual.name.split(' ').pop() ?? usual.name;
    for (const m of rarer.mentions) {
      if (text.slice(m.end - wrong.length, m.end) !== wrong) continue;
      hits.push({ span: { start: m.end - wrong.length, end: m.end }, message: `“${wrong}” looks like a misspelling of “${right}” (${usual.name}), used elsewhere in this article.`, suggestion: right });
    }
  }
  return hits;
}

/**
 * The pairs of names (i < j, in that order) that may be one edit apart: those that share the name
 * or the name less one letter. Comparing every pair was quadratic in the article's people.
 */
function closePairs(names: readonly string[]): [number, number][] {
  const byKey = new Map<string, number[]>();
  names.forEach((name, index) => {
    const keys = new Set([name]);
    for (let k = 0; k < name.length; k++) keys.add(name.slice(0, k) + name.slice(k + 1));
    for (const key of keys) {
      const list = byKey.get(key);
      if (list === undefined) byKey.set(key, [index]);
      else list.push(index);
    }
  });
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  for (const list of byKey.values()) {
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const code = list[a] * names.length + list[b];
        if (seen.has(code)) continue;
        seen.add(code);
        pairs.push([list[a], list[b]]);
      }
    }
  }
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

function editDistanceIsOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) === 1;
}

/** True when the word holds an ASCII lower-case letter. */
function hasLower(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/** The word without a final possessive 's or ’s. */
function stripPossessive(word: string): string {
  return endsPossessive(word) ? word.slice(0, -2) : word;
}
