// `npm run eval`: measures Byline against the hand-annotated articles in test/eval/dev and
// test/eval/heldout (see ANNOTATION.md): quote precision/recall/F1, attribution accuracy, role
// accuracy, and claim precision/recall/F1 with kind and value accuracy. The figure that counts is
// on heldout/, articles the developers do not tune against. `--verbose` lists the misses of dev/;
// `--dev` leaves held-out out. It also scores dev/ rewritten the ways unseen articles differ from it
// (variants.ts: first names no list knows, other title and quotation-mark styles), against plain dev.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import type { Analysis } from '../../server/src/core/types';
import { VARIANTS } from './variants';

interface GoldQuote { text: string; speaker: string | null; kind: 'speech' | 'term' }
interface GoldSpeaker { name: string; role: string | null; organization: string | null }
interface GoldClaim { text: string; kind: string; value: number | null; unit: string | null; qualifier: string | null }
interface Gold { quotes: GoldQuote[]; speakers: GoldSpeaker[]; claims: GoldClaim[] }

/** Counts for one set of articles. */
interface Tally {
  articles: number;
  goldQuotes: number; foundQuotes: number; matchedQuotes: number;
  attributed: number; attributedRight: number;
  speakers: number; rolesRight: number; orgsRight: number;
  /** Attribution errors by kind only (no text): safe to print for the held-out set. */
  errorKinds: Record<string, number>;
  goldClaims: number; foundClaims: number; matchedClaims: number; kindRight: number; valueRight: number;
  misses: string[];
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
// ("Veridian Software Inc." and "Veridian Software Inc" are one name: a closing full stop is no part of it.)
const normName = (s: string | null): string | null => (s === null ? null : s.toLowerCase().replace(/^(?:mr|mrs|ms|dr|sir|the|a|an)\.?\s+/, '').trim().replace(/\.$/, ''));

function newTally(): Tally {
  return { articles: 0, goldQuotes: 0, foundQuotes: 0, matchedQuotes: 0, attributed: 0, attributedRight: 0, speakers: 0, rolesRight: 0, orgsRight: 0, errorKinds: {}, goldClaims: 0, foundClaims: 0, matchedClaims: 0, kindRight: 0, valueRight: 0, misses: [] };
}

/** What kind of attribution error this is, without saying anything about the text. */
function errorKind(predicted: string | null, expected: string | null, method: string | null, known: boolean): string {
  if (expected === 'TERM') return 'speech found for a term';
  if (predicted === 'TERM') return 'term found for speech';
  if (predicted === null) return expected === null ? 'other' : 'no speaker found';
  if (expected === null) return 'speaker found where the article gives none';
  const p = predicted.toLowerCase();
  const e = expected.toLowerCase();
  const overlap = p.includes(e) || e.includes(p) || p.split(/\s+/).some((w) => w.length > 3 && e.split(/\s+/).includes(w));
  return `wrong speaker (${method ?? 'no method'}${overlap ? ', names overlap' : ''}${known ? '' : ', expected speaker never found'})`;
}

function scoreArticle(name: string, text: string, gold: Gold, t: Tally): void {
  const a: Analysis = analyze(text);
  t.articles++;
  // Quotes: matched by the text between the marks, in order.
  const found = a.quotes.map((q) => ({ q, used: false }));
  t.goldQuotes += gold.quotes.length;
  t.foundQuotes += a.quotes.length;
  for (const g of gold.quotes) {
    const m = found.find((f) => !f.used && norm(f.q.text) === norm(g.text));
    if (m === undefined) {
      t.misses.push(`${name}: quote not found: “${norm(g.text).slice(0, 60)}”`);
      continue;
    }
    m.used = true;
    t.matchedQuotes++;
    t.attributed++;
    const predicted = m.q.kind === 'term' ? 'TERM' : m.q.speakerId === null ? null : a.speakers[m.q.speakerId].name;
    const expected = g.kind === 'term' ? 'TERM' : g.speaker;
    const sp = m.q.speakerId === null ? null : a.speakers[m.q.speakerId];
    const right = predicted === expected || (predicted !== null && expected !== null && predicted !== 'TERM' && expected !== 'TERM' && (normName(predicted) === normName(expected) || (sp?.aliases.some((x) => normName(x) === normName(expected)) ?? false)));
    if (right) t.attributedRight++;
    else {
      const known = a.speakers.some((x) => expected !== null && (normName(x.name) === normName(expected) || x.aliases.some((y) => normName(y) === normName(expected))));
      const kind = errorKind(predicted, expected, m.q.attribution, known);
      t.errorKinds[kind] = (t.errorKinds[kind] ?? 0) + 1;
      t.misses.push(`${name}: “${norm(g.text).slice(0, 50)}” → ${predicted ?? 'none'}, expected ${expected ?? 'none'} [${kind}]`);
    }
  }
  for (const f of found) if (!f.used) t.misses.push(`${name}: extra quote “${norm(f.q.text).slice(0, 60)}”`);
  // Speakers' roles and organisations.
  for (const g of gold.speakers) {
    const s = a.speakers.find((x) => normName(x.name) === normName(g.name) || x.aliases.some((y) => normName(y) === normName(g.name)));
    t.speakers++;
    const sameText = (x: string | null, y: string | null): boolean => (x === null && y === null) || (x !== null && y !== null && (norm(x).toLowerCase().includes(norm(y).toLowerCase()) || norm(y).toLowerCase().includes(norm(x).toLowerCase())));
    if (s !== undefined && sameText(s.role, g.role)) t.rolesRight++;
    else t.misses.push(`${name}: role of ${g.name}: ${s?.role ?? 'none'}, expected ${g.role ?? 'none'}`);
    if (s !== undefined && sameText(s.organization, g.organization)) t.orgsRight++;
    else t.misses.push(`${name}: organisation of ${g.name}: ${s?.organization ?? 'none'}, expected ${g.organization ?? 'none'}`);
  }
  // Claims: matched by overlapping spans, in order.
  t.goldClaims += gold.claims.length;
  t.foundClaims += a.claims.length;
  const used = new Set<number>();
  let from = 0;
  for (const g of gold.claims) {
    let at = text.indexOf(g.text, from);
    if (at < 0) at = text.indexOf(g.text);
    if (at < 0) continue;
    from = at + 1;
    const end = at + g.text.length;
    const i = a.claims.findIndex((c, k) => !used.has(k) && c.span.start < end && at < c.span.end);
    if (i < 0) {
      t.misses.push(`${name}: claim not found: “${g.text}” (${g.kind})`);
      continue;
    }
    used.add(i);
    t.matchedClaims++;
    const c = a.claims[i];
    if (c.kind === g.kind) t.kindRight++;
    else t.misses.push(`${name}: claim “${g.text}” is ${c.kind}, expected ${g.kind}`);
    if (g.value === null || (c.value !== null && Math.abs(c.value - g.value) <= Math.abs(g.value) * 1e-6)) t.valueRight++;
  }
  a.claims.forEach((c, k) => {
    if (!used.has(k)) t.misses.push(`${name}: extra claim “${c.text}” (${c.kind})`);
  });
}

function pct(n: number, d: number): string {
  return d === 0 ? '  n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function report(label: string, t: Tally): void {
  const qp = t.foundQuotes === 0 ? 0 : t.matchedQuotes / t.foundQuotes;
  const qr = t.goldQuotes === 0 ? 0 : t.matchedQuotes / t.goldQuotes;
  const cp = t.foundClaims === 0 ? 0 : t.matchedClaims / t.foundClaims;
  const cr = t.goldClaims === 0 ? 0 : t.matchedClaims / t.goldClaims;
  console.log(`\n${label}: ${t.articles} articles, ${t.goldQuotes} quotes, ${t.speakers} speakers, ${t.goldClaims} claims`);
  console.log(`  quotes       precision ${pct(t.matchedQuotes, t.foundQuotes)}  recall ${pct(t.matchedQuotes, t.goldQuotes)}  F1 ${(100 * f1(qp, qr)).toFixed(1)}%`);
  console.log(`  attribution  accuracy  ${pct(t.attributedRight, t.attributed)}  (${t.attributedRight}/${t.attributed} found quotes with the right speaker, or rightly none / term)`);
  console.log(`  speakers     role      ${pct(t.rolesRight, t.speakers)}  organisation ${pct(t.orgsRight, t.speakers)}`);
  console.log(`  claims       precision ${pct(t.matchedClaims, t.foundClaims)}  recall ${pct(t.matchedClaims, t.goldClaims)}  F1 ${(100 * f1(cp, cr)).toFixed(1)}%  kind ${pct(t.kindRight, t.matchedClaims)}  value ${pct(t.valueRight, t.matchedClaims)}`);
}

const verbose = process.argv.includes('--verbose');
// With --verbose, `--variant N` lists the quote misses of the Nth rewriting of dev (from 0; the last by default).
const variantArg = process.argv.indexOf('--variant');
const shownVariant = variantArg > 0 ? Number(process.argv[variantArg + 1]) : VARIANTS.length - 1;
// `--dev` scores dev/ only, so that tuning never shows the held-out figure.
for (const set of process.argv.includes('--dev') ? ['dev'] : ['dev', 'heldout']) {
  const dir = join('test/eval', set);
  if (!existsSync(dir)) continue;
  const t = newTally();
  // Held-out articles came in rounds (h2-…, h3-…; the first round has no prefix): attribution per round.
  // (Each article is analysed once: a round takes what the article added to the set's tally.)
  const rounds = new Map<string, { articles: number; attributedRight: number; attributed: number }>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const goldPath = join(dir, file.replace(/\.txt$/, '.json'));
    if (!existsSync(goldPath)) continue;
    let text = readFileSync(join(dir, file), 'utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const right = t.attributedRight;
    const attributed = t.attributed;
    scoreArticle(file, text, JSON.parse(readFileSync(goldPath, 'utf8')) as Gold, t);
    // Held-out rounds are h1, h2, …; dev rounds v2a, v2b, … (the first articles, with no prefix, are v1).
    const prefix = set === 'heldout' ? /^h\d+-/ : /^v\d+[a-z]-/;
    const round = prefix.test(file) ? file.slice(0, file.indexOf('-')) : set === 'heldout' ? 'h1' : 'v1';
    const r = rounds.get(round) ?? { articles: 0, attributedRight: 0, attributed: 0 };
    rounds.set(round, { articles: r.articles + 1, attributedRight: r.attributedRight + t.attributedRight - right, attributed: r.attributed + t.attributed - attributed });
  }
  report(set === 'dev' ? 'dev (tuned against)' : 'heldout (never tuned against)', t);
  const order = (a: string, b: string): number => Number(a.slice(1).replace(/\D+$/, '')) - Number(b.slice(1).replace(/\D+$/, '')) || a.localeCompare(b);
  if (rounds.size > 1) console.log(`  attribution by round: ${[...rounds].sort(([a], [b]) => order(a, b)).map(([r, x]) => `${r} ${pct(x.attributedRight, x.attributed)} (${x.attributedRight}/${x.attributed}, ${x.articles} articles)`).join(', ')}`);
  if (verbose && set === 'dev') for (const m of t.misses) console.log(`    - ${m}`);
  // Error kinds carry no text, so they are printed for the held-out set too.
  console.log(`  attribution errors by kind: ${Object.entries(t.errorKinds).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
}

// Dev again, rewritten as unseen articles differ from it: only the attribution figure, against the plain one above.
console.log('\ndev rewritten (attribution accuracy and quote F1; plain dev above)');
for (const variant of VARIANTS) {
  const dir = join('test/eval', 'dev');
  const t = newTally();
  readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().forEach((file, i) => {
    const goldPath = join(dir, file.replace(/\.txt$/, '.json'));
    if (!existsSync(goldPath)) return;
    const changed = variant.rewrite(readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, ''), JSON.parse(readFileSync(goldPath, 'utf8')), i + 1);
    scoreArticle(file, changed.text, changed.gold as unknown as Gold, t);
  });
  const f = (100 * f1(t.foundQuotes === 0 ? 0 : t.matchedQuotes / t.foundQuotes, t.goldQuotes === 0 ? 0 : t.matchedQuotes / t.goldQuotes)).toFixed(1);
  console.log(`  ${pct(t.attributedRight, t.attributed)}  (${t.attributedRight}/${t.attributed}), quotes F1 ${f}%  ${variant.label}`);
  if (verbose && variant === VARIANTS[shownVariant]) for (const m of t.misses.filter((x) => x.includes('“') && !x.includes('claim'))) console.log(`    ~ ${m}`);
}
