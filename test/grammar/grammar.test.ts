// Grammar tests: lines tokenised by vscode-textmate + vscode-oniguruma (VS Code's own tokenizer)
// with syntaxes/news.tmLanguage.json, as the editor colours them while a writer types. Each case is
// one line with inline markers: ⟦…⟧ marks the text that must carry a scope, and no other text may
// carry it. Also checks that the grammar agrees with the server's quote finder on the golden
// articles, that hostile lines tokenise quickly, and what language-configuration.json does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { marked } from '../unit/helpers/markers';
import { findQuotes } from '../../server/src/core/quotes';

const QUOTE = 'string.quoted.double.news';
const NESTED = 'string.quoted.single.news';
const STRING = 'string';
const MARK = 'punctuation.definition.string';
const MONEY = 'constant.numeric.money.news';
const PERCENT = 'constant.numeric.percent.news';
const YEAR = 'constant.numeric.year.news';
const NUMBER = 'constant.numeric.news';
const NUMERIC = 'constant.numeric';

// ---------------------------------------------------------------------------------------------
// Tokenising

const onigLib = oniguruma.loadWASM(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer).then(() => ({
  createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
  createOnigString: (text: string) => new oniguruma.OnigString(text),
}));
const registry = new textmate.Registry({
  onigLib,
  loadGrammar: async (scopeName) => (scopeName === 'text.news' ? textmate.parseRawGrammar(readFileSync('syntaxes/news.tmLanguage.json', 'utf8'), 'news.tmLanguage.json') : null),
});
const grammar = registry.loadGrammar('text.news').then((g) => {
  assert.ok(g, 'syntaxes/news.tmLanguage.json loads as text.news');
  return g;
});

/** The scopes of every UTF-16 unit of `text`, lines tokenised in order as an editor does (line breaks get none). */
async function scopesOf(text: string): Promise<string[][]> {
  const g = await grammar;
  const out: string[][] = [];
  let state = textmate.INITIAL;
  const lineBreak = /\r\n|\r|\n/g;
  let start = 0;
  for (;;) {
    const m = lineBreak.exec(text);
    const end = m ? m.index : text.length;
    const line = text.slice(start, end);
    const r = g.tokenizeLine(line, state);
    assert.ok(!r.stoppedEarly, `tokenising stopped early on: ${line}`);
    for (const t of r.tokens) for (let i = t.startIndex; i < Math.min(t.endIndex, line.length); i++) out.push(t.scopes);
    state = r.ruleStack;
    if (!m) return out;
    for (let i = 0; i < m[0].length; i++) out.push([]);
    start = end + m[0].length;
  }
}

/** True when a token scope is `scope` or lies under it (`string` covers `string.quoted.double.news`). */
function hasScope(scopes: string[], scope: string): boolean {
  return scopes.some((s) => s === scope || s.startsWith(`${scope}.`));
}

/** `text` with every unit for which `pick` holds wrapped in brackets: readable in a failed assertion. */
function bracket(text: string, pick: (i: number) => boolean): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += pick(i) ? `[${text[i]}]` : text[i];
  return out;
}

/** Asserts that exactly the ⟦marked⟧ text of `input` carries `scope`. */
async function check(input: string, scope: string): Promise<void> {
  const { text, spans } = marked(input);
  const scopes = await scopesOf(text);
  const got = bracket(text, (i) => hasScope(scopes[i], scope));
  const want = bracket(text, (i) => spans.some((s) => s.start <= i && i < s.end));
  assert.equal(got, want, `${scope}: [x] marks what carries it`);
}

/** One test per case, named by its input. */
function cases(title: string, scope: string, inputs: string[]): void {
  for (const input of inputs) test(`${title}: ${input.replace(/\n/g, '⏎')}`, () => check(input, scope));
}

// ---------------------------------------------------------------------------------------------
// Quotations

cases('double quotes are strings', QUOTE, [
  'He said ⟦“We won”⟧ today.',
  'She said ⟦"we won"⟧ today.',
  '⟦“We won,”⟧ she said, ⟦“and we will win again.”⟧',
  '⟦"We won,"⟧ she said, ⟦"and we will win again."⟧',
  'He told them: ⟦"Go home."⟧',
  'The ruling (⟦"a travesty"⟧) stands.',
  'Other marks: ⟦«bonjour»⟧ and ⟦„tak”⟧.',
  'A 5" screen is not a quote.',
  'Prints of 12"x8" are not quotes either.',
  'A stray closing mark” opens nothing.',
]);

cases('the marks are punctuation', MARK, [
  'He said ⟦“⟧We won⟦”⟧ today.',
  'He said ⟦"⟧We won⟦"⟧ today.',
  '⟦“⟧It is the ⟦‘⟧bigger is better⟦’⟧ paradigm⟦”⟧',
  '⟦“⟧An unclosed quote has an opening mark only',
  '⟦“⟧First, ⟦“⟧second⟦”⟧: a new opening mark ends the unclosed one and opens its own.',
]);

cases('an unclosed quote ends with its line', QUOTE, [
  '⟦“An unclosed quote ends with its line⟧\nThe next line is plain, as is 2026.',
  '⟦"An unclosed straight quote too⟧\nThe next line is plain.',
  'He said ⟦“we are not done⟧\n\nTwo lines later, 5 people: a plain line.',
  '⟦“We are not in the business of running empty boats.⟧\n⟦“But the core routes will stay.”⟧ he said.',
  '⟦“First ⟧⟦“second”⟧: a new opening mark ends the unclosed one.',
]);

cases('curly single quotes outside double quotes are single-quoted strings (headlines)', NESTED, [
  'Council tax rise ⟦‘unavoidable’⟧, says Hale',
  'Ferry operator warns of ⟦‘hard winter’⟧ ahead',
  'Minister’s ⟦‘Hale’s plan is dead’⟧ remark',
  'Rock ‘n’ roll, the ’90s, Hale’s plan and the councils’ budgets open nothing.',
  'An unclosed ‘single quote stays plain',
  '⟦‘A single quote holding a “double” one’⟧ is one string.',
  '⟦‘In three months’ time, we will know,’⟧ she said.',
  'So-called ⟦‘forever chemicals’⟧ in sludge, to report on in three months’ time.',
  'Ministers’ £3bn ⟦‘Fix Our Roads’⟧ plan branded ⟦‘reckless’⟧ by councils',
  '‘Unclosed, with a “double” one after it stays plain.',
  '⟦‘This’⟧ and ⟦‘that’⟧ and ‘9 to 5’ (a digit first) and ‘ spaced’ too.',
]);

// British copy quoting over paragraphs: a ‘ left open where its paragraph ends, which it opened or
// whose last sentence it ends, goes on in the next paragraph if that one opens with a mark (the
// server's rule). A line cannot see the next, so the grammar colours it to the end of its line,
// as it does an unclosed double quote.
cases('a curly single quote left open at the end of its paragraph runs to the end of the line', NESTED, [
  '⟦‘The ferry ran late again,’⟧ said Marla Quenby. ⟦‘I waited an hour. Nobody’s sorry, and nobody explains.⟧\n⟦‘I’ll write to the council,’⟧ she added.',
  'Ivo Brannagh called it ⟦‘a long winter’⟧. ⟦‘We lost the roof in March. The insurer’s still thinking about it!⟧\n⟦‘So we wait.’⟧',
  '⟦‘We built the pier ourselves.⟧\n⟦‘Nobody helped,’⟧ said Tobin Ashgrove.',
  'She called it ‘a shambles, and left\n⟦‘Next,’⟧ she said.',
  '⟦‘Fine,’⟧ he said. ‘It is ⟦‘done’⟧, and that is all.',
]);

cases('single quotes inside double quotes are nested strings', NESTED, [
  '“It is the ⟦‘bigger is better’⟧ paradigm,” she said.',
  '"We\'re calling it the ⟦\'last dance\'⟧ tour," he added.',
  '“⟦‘We won’⟧, they told me,” she said.',
  '“He called it ⟦‘DeepSeek’s moment’⟧, not ours.”',
  '“He called it ⟦\'O\'Brien\'s law\'⟧ then.”',
  '“Both ⟦‘this’⟧ and ⟦‘that’⟧.”',
  '“The ⟦‘rule of 20 per cent’⟧ stays.”',
  '“It is the ‘bigger is better paradigm,” she said: an unclosed ‘ stays plain.',
]);

cases('straight single quotes outside double quotes are single-quoted strings (British copy)', NESTED, [
  "The ⟦'last dance'⟧ tour sold out.",
  "⟦'We will fight this,'⟧ Smith said. ⟦'We need the councils' support.'⟧",
  "Councils face ⟦'cliff edge'⟧ without emergency cash",
]);

cases('straight apostrophes outside double quotes are plain text', STRING, [
  "Rock 'n' roll in the '90s.",
  "The Smiths' house and the Joneses' garden, nor 'em.",
  "An unclosed 'single quote stays plain",
]);

// Apostrophes: never a quote mark, neither in plain text nor inside a quotation (where the
// quotation must also stay whole).
const APOSTROPHES = [
  'DeepSeek’s',
  "DeepSeek's",
  'hasn’t',
  'it’s',
  "rock 'n' roll",
  'rock ‘n’ roll',
  'rock ’n’ roll',
  "the '90s",
  'the ’90s',
  'the ‘90s',
  'three months’ time',
  "O'Brien",
  'O’Brien',
  "the Joneses' garage",
  "give 'em hell",
  "tell 'em the boys' names",
  'DeepSeek’s model hasn’t won, it’s said',
  "In the '90s, Jones' band",
  'three months’ time, the ’90s and O’Brien’s ‘n’ stuff',
];
cases('apostrophes in plain text open no string', STRING, APOSTROPHES.map((a) => `He said ${a} again.`));
cases('apostrophes inside a quote keep it whole', QUOTE, APOSTROPHES.map((a) => `⟦“He said ${a} again.”⟧ she said`));
cases('apostrophes inside a quote open no nested string', NESTED, APOSTROPHES.map((a) => `“He said ${a} again.” she said`));
cases('apostrophes inside a straight quote open no nested string', NESTED, APOSTROPHES.map((a) => `"He said ${a} again." she said`));

// ---------------------------------------------------------------------------------------------
// Numbers

cases('money', MONEY, [
  'It cost less than ⟦$6 million⟧ in total.',
  'He sold it for ⟦£522,000⟧.',
  'A ⟦$1m⟧ fine, a ⟦€3bn⟧ deal and a ⟦£82.7m⟧ loss.',
  'About ⟦US$5⟧ each, or ⟦$1.5 trillion⟧ in all.',
  'It cost ⟦5 million dollars⟧ and ⟦50 pence⟧.',
  'It cost ⟦$6,000⟧, he said.',
  'It was “well higher” than ⟦$500 million⟧.',
  'A 5m wall and 7.21m people: no currency, so not money.',
]);

cases('percentages', PERCENT, [
  'I think ⟦0.01%⟧ of those will move.',
  'Costs rose ⟦40 per cent⟧, or ⟦20 percent⟧, or ⟦20pc⟧.',
  'Support fell ⟦3.5 percentage points⟧.',
  '“Fuel costs have risen by ⟦40 per cent⟧ since last spring.”',
]);

cases('years and decades', YEAR, [
  'In ⟦1989⟧, the square filled.',
  'By ⟦2026⟧ and in the ⟦1990s⟧ and the ⟦’90s⟧.',
  '“The company promised in ⟦2019⟧ that the service was safe.”',
  'Not a year: 2000 million, 1,989 or 12345.',
]);

cases('plain numbers', NUMBER, [
  'About ⟦1,200⟧ were sold, ⟦3.5⟧ each.',
  'A ⟦1,000,000⟧ people and ⟦1.2 million⟧ more.',
  'Exactly ⟦1,000.5⟧ and ⟦42⟧.',
  'A ⟦20⟧-year-old and a score of ⟦4⟧–⟦3⟧.',
  'About ⟦1,200⟧.',
  'The list stood at ⟦7.21m⟧, up ⟦3bn⟧ or ⟦5k⟧.',
]);

const TIME = 'constant.numeric.time.news';
const ORDINAL = 'constant.numeric.ordinal.news';
const MEASURE = 'constant.numeric.measure.news';
cases('times', TIME, ['At ⟦8am⟧, ⟦7.30pm⟧, ⟦10 a.m.⟧ and ⟦10:30⟧.']);
cases('ordinals', ORDINAL, ['On the ⟦19th⟧, in ⟦71st⟧ place and the ⟦1st⟧.']);
cases('measures', MEASURE, ['A ⟦5km⟧ run, ⟦10kg⟧, ⟦30mph⟧, ⟦2.5GW⟧ and ⟦40C⟧.', 'Not measures: 4G, 5G, 4K, 3D, 7.21m.']);

cases('digits inside names are not numbers', NUMERIC, [
  'DeepSeek’s R1 beat o1 and GPT-4 after COVID-19.',
  'On 4G, B2B, MP3, an F-35 and an A380.',
  'Version 3.5.1 and 10.0.0.1 are not figures.',
  'On 5G and 4K, an A4 page in 3D, at 10x, at the G20.',
]);

cases('numbers inside quotes', NUMERIC, [
  '“It cost ⟦$6 million⟧,” he said.',
  '“I think ⟦0.01%⟧ of those is going to be moved.”',
  '“The ‘rule of ⟦20 per cent⟧’ stays,” he said.',
  '"It\'s been ⟦25⟧ years," said Dave O\'Brien, ⟦52⟧.',
]);

// ---------------------------------------------------------------------------------------------
// The grammar and the server agree

test('on every golden and evaluation article, quotes and nested quotes are coloured where the server finds them', async () => {
  const articles = ['test/fixtures', 'test/eval/heldout'].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f)));
  assert.ok(articles.length >= 10, 'the articles are there');
  for (const name of articles) {
    const text = readFileSync(name, 'utf8').replace(/^\uFEFF/, '');
    const scopes = await scopesOf(text);
    const scan = findQuotes(text);
    // The server's quotes, plus an unclosed mark up to the end of its line (the grammar cannot
    // see whether a later paragraph closes it, so it stops there).
    const inQuote = new Array<boolean>(text.length).fill(false);
    const inNested = new Array<boolean>(text.length).fill(false);
    for (const q of scan.quotes) {
      // A top-level ‘…’ or '…' quote is a single-quoted string in the grammar.
      const top = text[q.span.start] === '\u2018' || text[q.span.start] === "'" ? inNested : inQuote;
      for (let i = q.span.start; i < q.span.end; i++) top[i] = true;
      for (const n of q.nested) for (let i = n.start; i < n.end; i++) inNested[i] = true;
    }
    for (const s of scan.stray) if (s.problem === 'unclosed') for (let i = s.span.start; i < text.length && !/[\r\n]/.test(text[i]); i++) inQuote[i] = true;
    // White space between paragraphs of a quote is in the server's span but on no line's string.
    const blank = (i: number): boolean => /\s/.test(text[i]);
    const lines = (pick: (i: number) => boolean): string[] => bracket(text, (i) => pick(i) && !blank(i)).split(/\r\n|\r|\n/);
    const differing = (a: string[], b: string[]): string[] => a.flatMap((line, k) => (line === b[k] ? [] : [`grammar: ${line}\nserver:  ${b[k]}`]));
    assert.deepEqual(differing(lines((i) => hasScope(scopes[i], QUOTE)), lines((i) => inQuote[i])), [], `${name}: double quotes`);
    assert.deepEqual(differing(lines((i) => hasScope(scopes[i], NESTED)), lines((i) => inNested[i])), [], `${name}: nested quotes`);
  }
});

// ---------------------------------------------------------------------------------------------
// Speed: no regex may backtrack badly, whatever is typed. VS Code tokenises lines up to 20,000
// characters (editor.maxTokenizationLineLength); a quadratic or exponential rule takes seconds there.

const HOSTILE: Record<string, string> = {
  'nested openers with no closer': '“' + '‘a '.repeat(6_666),
  'straight openers with no closer': '"x' + " 'a".repeat(6_666),
  'openers after brackets': '“' + "('a".repeat(6_666),
  'apostrophes with no opener': '“' + 'a’ '.repeat(6_666),
  'mixed marks': '“' + "‘x ’y 'z '9 ".repeat(1_666),
  'a long quote with one opener': '“‘' + 'a’b '.repeat(5_000),
  'single openers outside quotes with no closer': '‘a '.repeat(6_666) + '.',
  'a single quote left open over apostrophes': '‘' + 'a’b '.repeat(5_000) + '.',
  'digits': '1'.repeat(20_000),
  'digits and commas': '1,'.repeat(10_000),
  'digits and points': '1.1'.repeat(6_666),
  'money': '$1,000 million '.repeat(1_333),
  'opening marks': '“'.repeat(20_000),
  'straight marks': '"'.repeat(20_000),
};
for (const [name, line] of Object.entries(HOSTILE)) {
  test(`a 20,000-character line of ${name} tokenises in under 3 s`, async () => {
    const g = await grammar;
    const started = performance.now();
    g.tokenizeLine(line, textmate.INITIAL);
    const ms = performance.now() - started;
    assert.ok(ms < 3_000, `${Math.round(ms)} ms`);
  });
}

// ---------------------------------------------------------------------------------------------
// language-configuration.json

interface AutoClosingPair {
  open: string;
  close: string;
  notIn?: string[];
}
interface LanguageConfiguration {
  brackets: [string, string][];
  autoClosingPairs: AutoClosingPair[];
  autoCloseBefore: string;
  surroundingPairs: [string, string][];
  wordPattern: { pattern: string; flags?: string };
}
const config = JSON.parse(readFileSync('language-configuration.json', 'utf8')) as LanguageConfiguration;

/** The words VS Code sees in `text` (it adds the `g` flag to the configured pattern). */
function words(text: string): string[] {
  const pattern = new RegExp(config.wordPattern.pattern, `${config.wordPattern.flags ?? ''}g`);
  return text.match(pattern) ?? [];
}

test('words keep their apostrophes and hyphens', () => {
  assert.deepEqual(words('DeepSeek’s co-founder hasn\'t seen O’Brien’s rock-\'n\'-roll band.'), ['DeepSeek’s', 'co-founder', "hasn't", 'seen', 'O’Brien’s', "rock-'n'-roll", 'band']);
});

test('a quote mark or a dash around a word is not part of it', () => {
  assert.deepEqual(words('“Yes,” she said — ‘three months’ time’ — \'no\' -- well-known.'), ['Yes', 'she', 'said', 'three', 'months', 'time', 'no', 'well-known']);
});

test('figures are words: separators, decimals and percent signs stay inside', () => {
  assert.deepEqual(words('In 1989, 1,000.5 and 0.01% and 20% of $6 million, COVID-19 and R1.'), ['In', '1989', '1,000.5', 'and', '0.01%', 'and', '20%', 'of', '6', 'million', 'COVID-19', 'and', 'R1']);
});

test('every auto-closing pair also surrounds a selection', () => {
  const surrounding = new Set(config.surroundingPairs.map(([open, close]) => open + close));
  for (const p of config.autoClosingPairs) assert.ok(surrounding.has(p.open + p.close), `${p.open}${p.close} is a surrounding pair`);
});

test('brackets are ( ) and [ ] only: an unclosed quote over paragraphs is not a bracket error', () => {
  assert.deepEqual(config.brackets, [['(', ')'], ['[', ']']]);
});

test('both files are strict JSON', () => {
  assert.doesNotThrow(() => JSON.parse(readFileSync('syntaxes/news.tmLanguage.json', 'utf8')));
  assert.doesNotThrow(() => JSON.parse(readFileSync('language-configuration.json', 'utf8')));
});

// What a writer sees when typing a mark: does VS Code insert its partner? This follows VS Code's
// rules for auto-closing (editor/common/cursor/cursorTypeEditOperations.ts): the pair must exist;
// the next character, if any, must be in autoCloseBefore or close a pair (and open none); ' and " never
// auto-close after a word character; a pair with notIn "string" does not auto-close when the
// character before the cursor is in a string. The real-editor tests check the rest.
const WORD_SEPARATORS = '`~!@#$%^&*()-=+[{]}\\|;:\'",.<>/?';
async function autoCloses(before: string, typed: string, after = ''): Promise<string | null> {
  const pair = config.autoClosingPairs.find((p) => p.open === typed);
  if (!pair) return null;
  const next = after.charAt(0);
  const beforeClosingMark = config.autoClosingPairs.some((p) => after.startsWith(p.close)) && !config.autoClosingPairs.some((p) => after.startsWith(p.open));
  if (next && !config.autoCloseBefore.includes(next) && !beforeClosingMark) return null;
  const previous = before.charAt(before.length - 1);
  if ((typed === "'" || typed === '"') && previous && !/\s/.test(previous) && !WORD_SEPARATORS.includes(previous)) return null;
  if (pair.notIn?.includes('string') && before.length > 0) {
    const scopes = await scopesOf(before + after);
    if (hasScope(scopes[before.length - 1], STRING)) return null;
  }
  return pair.close;
}

const TYPING: [string, string, string, string | null][] = [
  // [text before the cursor, the mark typed, text after the cursor, the partner inserted]
  ['He said ', '“', '', '”'],
  ['He said ', '“', '.', '”'],
  ['He said ', '"', '', '"'],
  ['He said ', '(', '', ')'],
  ['He said ', '[', '', ']'],
  ['“It is the ', '‘', '', '’'],
  ['“It is the ', '‘', '”', '’'],
  ['"It is the ', '‘', '"', '’'],
  ['He said ', '“', '—', '”'],
  ['DeepSeek', '’', '', null],
  ['DeepSeek', "'", '', null],
  ['It hasn', '’', 't', null],
  ['the ', "'", '', null],
  ['the ', '’', '', null],
  ['rock ', "'", '', null],
  ['A 5', '"', ' screen', null],
  ['“We won, ', '"', '', null],
  ['"We won, ', '"', '', null],
  ['He said ', '“', 'We won', null],
  ['He said ', '(', 'and', null],
];
for (const [before, typed, after, partner] of TYPING) {
  test(`typing ${typed} into ⟨${before}|${after}⟩ ${partner ? `inserts ${partner}` : 'inserts nothing more'}`, async () => {
    assert.equal(await autoCloses(before, typed, after), partner);
  });
}
