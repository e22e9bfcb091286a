// Grammar tests: lines tokenised by vscode-textmate + vscode-oniguruma with syntaxes/news.tmLanguage.json,
// data-driven with inline markers: ⟦…⟧ marks text that must carry the scope, and the rest of the
// line must not. Also checks language-configuration.json (word pattern, pairs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { marked } from '../unit/helpers/markers';

const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
const ready = oniguruma.loadWASM(wasm);
const registry = new textmate.Registry({
  onigLib: ready.then(() => ({ createOnigScanner: (s: string[]) => new oniguruma.OnigScanner(s), createOnigString: (s: string) => new oniguruma.OnigString(s) })),
  loadGrammar: async (scope) => (scope === 'text.news' ? textmate.parseRawGrammar(readFileSync('syntaxes/news.tmLanguage.json', 'utf8'), 'news.tmLanguage.json') : null),
});

/** Scopes of every character of each line. */
async function scopesOf(text: string): Promise<string[][]> {
  const grammar = await registry.loadGrammar('text.news');
  assert.ok(grammar);
  const out: string[][] = [];
  let state = textmate.INITIAL;
  for (const line of text.split('\n')) {
    const r = grammar.tokenizeLine(line, state);
    for (const t of r.tokens) for (let i = t.startIndex; i < Math.min(t.endIndex, line.length); i++) out.push(t.scopes);
    out.push(['text.news']); // the line break
    state = r.ruleStack;
  }
  return out;
}

async function check(input: string, scope: string): Promise<void> {
  const { text, spans } = marked(input);
  const scopes = await scopesOf(text);
  const inside = new Set<number>();
  for (const s of spans) for (let i = s.start; i < s.end; i++) inside.add(i);
  let shown = '';
  for (let i = 0; i < text.length; i++) {
    const has = scopes[i].some((x) => x === scope || x.startsWith(`${scope}.`));
    shown += has ? `[${text[i]}]` : text[i];
  }
  let expected = '';
  for (let i = 0; i < text.length; i++) expected += inside.has(i) ? `[${text[i]}]` : text[i];
  assert.equal(shown, expected, `scope ${scope}`);
}

const DOUBLE = 'string.quoted.double.news';
const SINGLE = 'string.quoted.single.news';
const CASES: [string, string][] = [
  ['He said ⟦“We won”⟧ today.', DOUBLE],
  ['She said ⟦"we won"⟧ today.', DOUBLE],
  ['Guillemets: ⟦«bonjour»⟧ here.', DOUBLE],
  ['An ⟦“unclosed quote ends at the line end⟧\nThe next line is plain.', DOUBLE],
  ['DeepSeek’s model hasn’t won; it’s rock \'n\' roll from the \'90s and O\'Brien’s.', DOUBLE],
  ['“It is the ⟦‘bigger is better’⟧ paradigm,” she said.', SINGLE],
  ['"He called it ⟦\'a disaster\'⟧ today," she said.', SINGLE],
  ['“DeepSeek’s model hasn’t won, it’s rock \'n\' roll from the \'90s.”', SINGLE],
  ['“In three months’ time we will see.”', SINGLE],
  ['It cost ⟦$6 million⟧ and ⟦£522,000⟧ and ⟦€3bn⟧ and ⟦US$5⟧.', 'constant.numeric.money.news'],
  ['Only ⟦0.01%⟧ moved, or ⟦20 per cent⟧, or ⟦20 percent⟧.', 'constant.numeric.percent.news'],
  ['In ⟦1989⟧ there were ⟦1,000⟧ jobs and ⟦3.5⟧ points.', 'constant.numeric.news'],
  ['R1 beat o1 and GPT-4 after COVID-19.', 'constant.numeric'],
  ['“It cost ⟦$6 million⟧,” he said.', 'constant.numeric.money.news'],
];

for (const [input, scope] of CASES) test(`grammar: ${input.replace(/\n/g, '⏎')} (${scope})`, () => check(input, scope));

test('language-configuration: words keep apostrophes and hyphens; pairs agree', () => {
  const config = JSON.parse(readFileSync('language-configuration.json', 'utf8'));
  const word = new RegExp(config.wordPattern.pattern, `${config.wordPattern.flags}g`);
  const words = (s: string): string[] => s.match(word) ?? [];
  assert.deepEqual(words('DeepSeek’s co-founder hasn\'t 1,000.5 0.01%'), ['DeepSeek’s', 'co-founder', "hasn't", '1,000.5', '0.01%']);
  const surrounding = new Set(config.surroundingPairs.map((p: string[]) => p.join('')));
  for (const p of config.autoClosingPairs) assert.ok(surrounding.has(p.open + p.close), `${p.open}${p.close} is also a surrounding pair`);
  for (const open of ['“', '‘', '"', '(', '[']) assert.ok(config.autoClosingPairs.some((p: { open: string }) => p.open === open), `${open} auto-closes`);
  assert.ok(!config.autoClosingPairs.some((p: { open: string }) => p.open === "'" || p.open === '’'), 'apostrophes never auto-close');
});
