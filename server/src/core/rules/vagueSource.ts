// Rule `vague-source`: an anonymous or collective source ("experts say", "some technologists",
// "sources said", "it is believed") standing where a named one should. Pure: imports nothing
// from editors, LSP or Node.
import type { Rule } from './rule';
import { type Token, tokenTexts } from '../tokens';
import { VAGUE_NOUNS, VAGUE_QUANTIFIERS } from '../lexicon';
import { LEX_VAGUE_STARTER } from '../wordClasses';

const SAY_VERBS = new Set(['say', 'says', 'said', 'believe', 'believes', 'believed', 'argue', 'argued', 'suggest', 'suggested', 'claim', 'claimed', 'think', 'warn', 'warned', 'told', 'insist', 'insisted', 'fear', 'feared', 'agree', 'agreed']);

export const vagueSource: Rule = {
  id: 'vague-source',
  defaultSeverity: 'information',
  description: 'An anonymous or collective source ("experts say", "sources said").',
  docs: [
    'A claim resting on *experts*, *some technologists* or *sources* cannot be checked by a reader.',
    'Name the expert, say why the source is anonymous, or cut the claim.',
    '',
    'Byline flags a plural source noun next to a speech verb (*experts say*, *sources said*), a quantifier',
    'before one (*some technologists*), and impersonal forms (*it is believed*, *it is said*).',
  ].join('\n'),
  check({ tokens }) {
    const hits = [];
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      // The tokenizer has looked the word up among the words a vague source can start with ('it', VAGUE_QUANTIFIERS, VAGUE_NOUNS).
      if (t.quoted || !t.word || (t.lex & LEX_VAGUE_STARTER) === 0) continue;
      const span = vagueAt(tokens, k);
      if (span !== null) {
        hits.push({ span: { start: tokens[span[0]].start, end: tokens[span[1] - 1].end }, message: `Vague source: “${tokenTexts(tokens, span[0], span[1])}”. Who, exactly?` });
        k = span[1] - 1;
      }
    }
    return hits;
  },
};

function vagueAt(tokens: Token[], k: number): [number, number] | null {
  const t = tokens[k];
  const next = tokens[k + 1];
  // "it is believed", "it is said", "it was claimed"
  if (t.lower === 'it' && (next?.lower === 'is' || next?.lower === 'was') && ['believed', 'said', 'thought', 'claimed', 'understood', 'rumoured', 'rumored'].includes(tokens[k + 2]?.lower ?? '')) return [k, k + 3];
  // "some technologists", "many experts", "industry sources"
  if (VAGUE_QUANTIFIERS.has(t.lower) && next !== undefined && next.word && !next.quoted && VAGUE_NOUNS.has(next.lower) && next.lower !== 'people' || (VAGUE_QUANTIFIERS.has(t.lower) && next?.lower === 'people' && SAY_VERBS.has(tokens[k + 2]?.lower ?? ''))) return [k, k + 2];
  // "experts say", "sources said"
  if (VAGUE_NOUNS.has(t.lower) && !VAGUE_QUANTIFIERS.has(t.lower) && t.lower !== 'people' && next !== undefined && SAY_VERBS.has(next.lower)) {
    const prev = tokens[k - 1];
    if (prev !== undefined && prev.word && (prev.cap || prev.lower === 'the' || prev.lower === 'these' || prev.lower === 'our')) return null; // "Labour sources", "the analysts"
    return [k, k + 2];
  }
  return null;
}
