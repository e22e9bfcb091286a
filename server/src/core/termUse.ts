// Quotes whose place in the sentence makes them names rather than speech: a quoted phrase used as a
// modifier before a noun ("a red “danger to life” warning", "a “Check before you travel”
// campaign") and a name given with a naming verb and its object between ("dubbed such crops
// “low-input wheat”"). Pure: imports nothing from editors, LSP or Node.
import type { Token } from './tokens';

/** Nouns that a quoted name may modify ("the “Fix Our Roads” plan"). */
const NAMED_THINGS = new Set([
  'warning', 'warnings', 'alert', 'campaign', 'scheme', 'programme', 'program', 'plan', 'policy', 'strategy',
  'initiative', 'label', 'status', 'rating', 'category', 'model', 'tour', 'rule', 'rules', 'clause', 'test',
  'brand', 'range', 'slogan', 'motto', 'badge', 'mark', 'tier', 'zone', 'fund', 'project', 'app', 'service',
  'system', 'package', 'deal', 'bill', 'act', 'law', 'pledge', 'promise', 'offer', 'card', 'pass', 'ticket',
  'era', 'movement', 'doctrine', 'agenda', 'designation', 'classification',
]);

/** Verbs that give a name, with their object before it ("dubbed such crops “…”"). */
const NAMING = new Set(['dubbed', 'nicknamed', 'christened', 'renamed', 'rebranded', 'codenamed', 'code-named']);

/**
 * True when the quote between tokens `first` (its opening mark) and `after` (the token after its
 * closing mark) is used as a name: of at most `MAX_WORDS` words, right before a noun it modifies,
 * or after a naming verb within four words.
 */
export function isNameByUse(tokens: Token[], first: number, after: number, words: number): boolean {
  if (words > MAX_WORDS) return false;
  const next = tokens[after];
  if (next !== undefined && next.word && !next.cap && !next.quoted && NAMED_THINGS.has(next.lower) && tokens[after - 1].end === next.start - 1) return true;
  for (let k = first - 1; k >= 0 && k >= first - 4 && tokens[k].word && !tokens[k].quoted; k--) {
    if (NAMING.has(tokens[k].lower)) return true;
  }
  // "a “capitalisation direction” of up to £45m", "the “Bellwin scheme”, which reimburses …": a
  // thing with an article before it and a clause about it after.
  const before = tokens[first - 1];
  const then = next?.text === ',' ? tokens[after + 1] : next;
  if (words <= 3 && before !== undefined && /^(?:a|an|the)$/.test(before.lower) && then !== undefined && /^(?:which|of)$/.test(then.lower)) return true;
  return false;
}

/** The most words a quoted name has. */
const MAX_WORDS = 5;
