// `npm run bench`: measures Byline on this machine and prints figures, with no pass/fail thresholds.
// It times the bundled core (dist/core.js) on articles of several sizes and on adversarial quote
// marks, keystroke-to-diagnostics latency and start-up of the bundled server over real JSON-RPC,
// the server's memory with 50 articles open, bundle sizes, CLI throughput, and harper.js on the same
// texts. It builds dist/ first when a bundle is missing (or always with --build).
// Usage: npm run bench [-- --build] [-- core edge lsp start rss size cli harper]
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { byteLength, countWords, generateArticle, introducedPeople, nestedQuotes, repeatFixture, seededRandom, straightSingles, unbalancedQuotes } from './bench/articles';
import { type BenchServer, type Position, positionAt, startBenchServer } from './bench/lspSession';
import { Table, fmt, summarize, timeRepeated, timeRepeatedAsync } from './bench/stats';

type Core = typeof import('../server/src/core/index');

const ROOT = resolve(__dirname, '..');
const FIXTURE = join(ROOT, 'test/fixtures/cnbc-deepseek.txt');
const BUNDLES = ['server', 'server-main', 'client', 'cli', 'cli-main', 'core'].map((name) => join(ROOT, 'dist', `${name}.js`));
const SECTIONS = ['core', 'edge', 'lsp', 'start', 'rss', 'size', 'cli', 'harper'] as const;
type Section = (typeof SECTIONS)[number];
const KiB = 1024;

/** A text the core and Harper are timed on. */
interface Sample { label: string; text: string }

/** Byline's median analysis time per text label, shared with the Harper comparison. */
const bylineMedians = new Map<string, number>();

function main(): Promise<void> {
  process.chdir(ROOT);
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== '--build' && !(SECTIONS as readonly string[]).includes(a));
  if (unknown.length > 0) {
    console.error(`bench: unknown argument ${unknown.join(' ')}. Usage: npm run bench [-- --build] [${SECTIONS.join(' ')}]`);
    process.exit(2);
  }
  const picked = args.filter((a): a is Section => (SECTIONS as readonly string[]).includes(a));
  const wanted = new Set<Section>(picked.length > 0 ? picked : SECTIONS);
  return run(wanted, args.includes('--build'));
}

async function run(wanted: Set<Section>, forceBuild: boolean): Promise<void> {
  const started = performance.now();
  console.log(machineHeader());
  console.log(ensureBuilt(forceBuild));
  const core = createRequire(__filename)(join(ROOT, 'dist/core.js')) as Core;

  const cnbc: Sample[] = [
    { label: 'CNBC 2,400 words', text: repeatFixture(FIXTURE, { words: 2_400 }) },
    { label: 'CNBC 10,000 words', text: repeatFixture(FIXTURE, { words: 10_000 }) },
    { label: 'CNBC 1 MB', text: repeatFixture(FIXTURE, { bytes: 1_048_576 }) },
  ];
  const generated: Sample[] = [
    { label: 'generated 2,400 words', text: generateArticle(2_400, { words: 2_400 }) },
    { label: 'generated 10,000 words', text: generateArticle(10_000, { words: 10_000 }) },
    { label: 'generated 1 MB', text: generateArticle(1_048_576, { bytes: 1_048_576 }) },
  ];

  // The Harper comparison needs Byline's medians on the same texts, so it times those at least.
  if (wanted.has('core') || wanted.has('harper')) console.log(`\n${benchCore(core, wanted.has('core') ? [...cnbc, ...generated] : cnbc.slice(0, 2))}`);
  if (wanted.has('edge')) console.log(`\n${benchAdversarial(core)}`);
  if (wanted.has('lsp')) console.log(`\n${await benchKeystrokes(cnbc[1].text, cnbc[2].text)}`);
  if (wanted.has('start')) console.log(`\n${await benchStartup()}`);
  if (wanted.has('rss')) console.log(`\n${await benchMemory()}`);
  if (wanted.has('size')) console.log(`\n${benchBundleSizes()}`);
  if (wanted.has('cli')) console.log(`\n${benchCli()}`);
  if (wanted.has('harper')) console.log(`\n${await benchHarper(cnbc.slice(0, 2))}`);
  console.log(`\nTotal benchmark time: ${fmt((performance.now() - started) / 1000, 0)} s; load average at the end ${fmt(loadavg()[0], 2)}.`);
}

/** The machine, Node and commit the figures come from. */
function machineHeader(): string {
  let cpu = cpus()[0]?.model ?? 'unknown CPU';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    // Not Linux: keep what os.cpus() says.
  }
  let commit = 'unknown commit';
  try {
    commit = execFileSync('git', ['log', '-1', '--format=%h %cs'], { encoding: 'utf8' }).trim();
  } catch {
    // Not a git checkout.
  }
  const gc = typeof (globalThis as { gc?: unknown }).gc === 'function' ? 'GC before each case' : 'no --expose-gc';
  const [load] = loadavg();
  const busy = load > cpus().length / 2 ? ' (busy: other processes compete for the CPU, so expect noisy figures)' : '';
  return [
    'Byline benchmark',
    `  Machine: ${cpu}, ${cpus().length} cores, ${fmt(totalmem() / KiB ** 3, 1)} GiB RAM, ${process.platform} ${process.arch}; load average ${fmt(load, 2)}${busy}`,
    `  Node ${process.version}; commit ${commit}; ${gc}`,
  ].join('\n');
}

/** Builds dist/ when a bundle is missing or when asked; warns when the sources are newer than the bundles. */
function ensureBuilt(forceBuild: boolean): string {
  const missing = BUNDLES.filter((b) => !existsSync(b));
  // A bundle built with BYLINE_MINIFY=0 (for debugging) is about twice the size and slower to load:
  // its figures are not the release build's, so it is rebuilt like a missing one. Minified, esbuild
  // writes a few hundred lines of a thousand characters and more; unminified, lines of about 30.
  const unminified = missing.length > 0 ? [] : BUNDLES.filter((b) => isUnminified(b));
  if (forceBuild || missing.length > 0 || unminified.length > 0) {
    const t0 = performance.now();
    execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit', env: { ...process.env, BYLINE_MINIFY: '1' } });
    const why = missing.length > 0 ? ' (bundles were missing)' : unminified.length > 0 ? ' (the bundles were not minified)' : '';
    return `  Built dist/ in ${fmt((performance.now() - t0) / 1000, 1)} s${why}.`;
  }
  const built = Math.min(...BUNDLES.map((b) => statSync(b).mtimeMs));
  const newest = Math.max(...['server/src', 'client/src'].flatMap((dir) => listFiles(join(ROOT, dir))).map((f) => statSync(f).mtimeMs));
  return newest > built
    ? '  Note: some sources are newer than dist/; these figures are for the old bundles (npm run bench -- --build rebuilds).'
    : '  dist/ is up to date with the sources.';
}

function isUnminified(bundle: string): boolean {
  const text = readFileSync(bundle, 'utf8');
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  return text.length > 20_000 && text.length / lines < 200;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Total apparent size in bytes of the files under `dir`. */
function folderBytes(dir: string): number {
  return listFiles(dir).reduce((sum, f) => sum + statSync(f).size, 0);
}

/** Times dist/core.js `analyze` on each sample; big texts get fewer runs. */
function benchCore(core: Core, samples: Sample[]): string {
  const table = new Table('1. Core analysis, dist/core.js analyze() (warm; median and p95 over the runs)', ['text', 'words', 'KB', 'quotes', 'claims', 'runs', 'median ms', 'p95 ms', 'ms/KB']);
  for (const s of samples) {
    const kb = byteLength(s.text) / KiB;
    const big = kb > 500;
    // Warm means optimised: V8 needs some tens of analyses of a short text before it has compiled
    // the core's functions (a 1 MB text takes long enough in one). The cold first analyses show in
    // the keystroke table instead.
    const t = timeRepeated(() => core.analyze(s.text), big ? { warmup: 1, minRuns: 5, maxRuns: 7, budgetMs: 6_000 } : { warmup: 100, minRuns: 20, maxRuns: 200, budgetMs: 2_500 });
    bylineMedians.set(s.label, t.median);
    const a = core.analyze(s.text);
    table.add(s.label, fmt(countWords(s.text), 0), fmt(kb, 0), fmt(a.quotes.length, 0), fmt(a.claims.length, 0), String(t.runs), fmt(t.median), fmt(t.p95), fmt(t.median / kb, 2));
  }
  table.note('ms/KB should stay flat as the text grows; a rise means work grows faster than the text.');
  return table.render();
}

/** Times texts built to break quote pairing: many unbalanced marks, deep nesting; each at two sizes, 4x apart. */
function benchAdversarial(core: Core): string {
  const table = new Table('2. Adversarial texts, dist/core.js analyze() (4x the input should cost about 4x)', ['text', 'KB', 'runs', 'min ms', 'median ms', 'p95 ms', 'growth']);
  const cases: [string, (n: number) => string, number][] = [
    ['unbalanced “ marks in one paragraph', unbalancedQuotes, 10_000],
    ['nested “‘“‘ quotes', nestedQuotes, 4_000],
    ["straight ' marks and plural apostrophes in one paragraph", straightSingles, 10_000],
    ['quotes alone, each speaker named after it (a new person each)', introducedPeople, 8_000],
  ];
  for (const [label, build, n] of cases) {
    let previous = 0;
    for (const size of [n / 4, n]) {
      const text = build(size);
      const t = timeRepeated(() => core.analyze(text), { warmup: 1, minRuns: 3, maxRuns: 30, budgetMs: 2_000 });
      table.add(`${fmt(size, 0)} ${label}`, fmt(byteLength(text) / KiB, 0), String(t.runs), fmt(t.min), fmt(t.median), fmt(t.p95), previous === 0 ? '' : `${fmt(t.min / previous, 1)}x`);
      previous = t.min;
    }
  }
  table.note('Growth is the fastest run at the larger size over the fastest at the smaller one (the minimum is the least');
  table.note('disturbed by other processes): ~4x is linear, ~16x quadratic.');
  return table.render();
}

/** A document open on the server that receives seeded one-character edits. */
interface EditedDocument {
  uri: string;
  /** The last version sent. */
  version: number;
  /** Sends the next edit (insert a character on even versions, delete a letter on odd ones); resolves with when it was sent. */
  sendEdit(): Promise<number>;
}

/** Opens `article` on the server and waits for its first diagnostics. */
async function openForEditing(server: BenchServer, uri: string, article: string, seed: number): Promise<EditedDocument> {
  let text = article;
  const random = seededRandom(seed);
  const letters = 'etaoinshrdlu ';
  const doc: EditedDocument = {
    uri,
    version: 1,
    async sendEdit() {
      const version = ++doc.version;
      let change: { range: { start: Position; end: Position }; text: string };
      if (version % 2 === 0) {
        const at = Math.floor(random() * (text.length + 1));
        const ch = letters[Math.floor(random() * letters.length)];
        const p = positionAt(text, at);
        change = { range: { start: p, end: p }, text: ch };
        text = text.slice(0, at) + ch + text.slice(at);
      } else {
        let at = Math.floor(random() * text.length);
        while (!/[a-z]/.test(text[at])) at = (at + 1) % text.length;
        change = { range: { start: positionAt(text, at), end: positionAt(text, at + 1) }, text: '' };
        text = text.slice(0, at) + text.slice(at + 1);
      }
      const sent = performance.now();
      await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      return sent;
    },
  };
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news', version: 1, text } });
  await server.published(uri, 1);
  return doc;
}

/** Types `keys` edits `intervalMs` apart without waiting for diagnostics, then waits for the last version's. */
async function typeBurst(server: BenchServer, doc: EditedDocument, keys: number, intervalMs: number): Promise<{ lags: number[]; lastKeyMs: number; published: number }> {
  const first = doc.version + 1;
  const sentAt = new Map<number, number>();
  for (let i = 0; i < keys; i++) {
    const sent = await doc.sendEdit();
    sentAt.set(doc.version, sent);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  const lastArrival = await server.published(doc.uri, doc.version, 300_000);
  const versions = server.publishedVersions(doc.uri).filter((v) => v >= first);
  const lags = await Promise.all(versions.map(async (v) => (await server.published(doc.uri, v)) - (sentAt.get(v) ?? 0)));
  return { lags, lastKeyMs: lastArrival - (sentAt.get(doc.version) ?? 0), published: versions.length };
}

/** How many edits after opening the keystroke table also leaves out, to show typing once V8 has optimised the core. */
const WARMING_EDITS = 20;

/** One-character edits over LSP: the time from sending each didChange to its publishDiagnostics,
 *  one at a time, then in bursts typed faster than diagnostics may come back. */
async function benchKeystrokes(article: string, bigArticle: string): Promise<string> {
  const server = await startBenchServer();
  const doc = await openForEditing(server, 'file:///bench/keystrokes.txt', article, 7);
  const edits = 240;
  const latencies: number[] = [];
  for (let i = 0; i < edits; i++) {
    const sent = await doc.sendEdit();
    latencies.push((await server.published(doc.uri, doc.version)) - sent);
  }
  const burst = await typeBurst(server, doc, 40, 50);
  const big = await openForEditing(server, 'file:///bench/keystrokes-1mb.txt', bigArticle, 8);
  const bigBurst = await typeBurst(server, big, 10, 50);
  await server.stop();

  const table = new Table(`3. Keystroke to fresh diagnostics over LSP (dist/server.js --stdio, CNBC article of ${fmt(countWords(article), 0)} words, ${fmt(byteLength(article) / KiB, 0)} KB)`, ['measure', 'edits', 'p50 ms', 'p95 ms', 'max ms', 'last key ms']);
  const one = summarize(latencies);
  table.add('one-character edit, then wait for its diagnostics', String(edits), fmt(one.median), fmt(one.p95), fmt(one.max), '');
  // The first edits after opening run while V8 is still optimising the core; shown apart so that
  // warm-up and steady typing can be told from each other (the row above is the target's figure).
  const warm = summarize(latencies.slice(WARMING_EDITS));
  table.add(`  the same without the first ${WARMING_EDITS} edits`, String(edits - WARMING_EDITS), fmt(warm.median), fmt(warm.p95), fmt(warm.max), '');
  for (const [label, b, keys] of [['burst: 40 keys 50 ms apart, lag of each version', burst, 40], ['same on the 1 MB CNBC text: 10 keys 50 ms apart', bigBurst, 10]] as const) {
    const lag = summarize(b.lags);
    table.add(label, `${b.published}/${keys}`, fmt(lag.median), fmt(lag.p95), fmt(lag.max), fmt(b.lastKeyMs));
  }
  table.note('Edits alternate inserting a character and deleting a letter at seeded random places. In a burst, edits');
  table.note('counts the versions the server published diagnostics for; last key is the wait from the last keystroke.');
  return table.render();
}

/** Spawn to `initialize` result, over ten fresh server processes. */
async function benchStartup(): Promise<string> {
  const samples: number[] = [];
  for (let i = 0; i < 10; i++) {
    const server = await startBenchServer();
    samples.push(server.initializeMs);
    await server.stop();
  }
  const t = summarize(samples);
  const table = new Table('4. Server start: spawn of node dist/server.js --stdio to the initialize result', ['measure', 'starts', 'median ms', 'p95 ms', 'min ms']);
  table.add('spawn to initialize result', String(t.runs), fmt(t.median), fmt(t.p95), fmt(t.min));
  return table.render();
}

/** The server's resident memory with 50 distinct ~1,500-word articles open. */
async function benchMemory(): Promise<string> {
  const server: BenchServer = await startBenchServer();
  const idle = server.memoryKiB();
  const articles = Array.from({ length: 50 }, (_, i) => generateArticle(1_500 + i, { words: 1_500 }));
  const t0 = performance.now();
  await Promise.all(articles.map(async (text, i) => {
    const uri = `file:///bench/open/article-${i}.txt`;
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news', version: 1, text } });
    await server.published(uri, 1);
  }));
  const openMs = performance.now() - t0;
  const open = server.memoryKiB();
  await server.stop();
  const totalKb = articles.reduce((sum, a) => sum + byteLength(a), 0) / KiB;
  const table = new Table('5. Server memory (VmRSS of the server process, /proc/PID/status)', ['state', 'RSS MB', 'peak MB']);
  table.add('after initialize, no document', fmt(idle.rss / KiB), fmt(idle.peak / KiB));
  table.add(`50 articles of ~1,500 words open (${fmt(totalKb, 0)} KB), all diagnosed`, fmt(open.rss / KiB), fmt(open.peak / KiB));
  table.note(`Opening the 50 articles and receiving all their diagnostics took ${fmt(openMs, 0)} ms.`);
  return table.render();
}

/** Sizes of the bundles. */
function benchBundleSizes(): string {
  const table = new Table('6. Bundle sizes (minified)', ['bundle', 'KB']);
  for (const b of BUNDLES) table.add(`dist/${b.split('/').pop()}`, fmt(statSync(b).size / KiB, 0));
  return table.render();
}

/** `node dist/cli.js analyze --format json` over 1,000 generated ~400-word articles in a temp folder. */
function benchCli(): string {
  const dir = mkdtempSync(join(tmpdir(), 'byline-bench-'));
  try {
    const files: string[] = [];
    for (let i = 0; i < 1_000; i++) {
      const file = join(dir, `article-${String(i).padStart(4, '0')}.txt`);
      writeFileSync(file, generateArticle(400_000 + i, { words: 400 }));
      files.push(file);
    }
    const totalKb = files.reduce((sum, f) => sum + statSync(f).size, 0) / KiB;
    // Pass files in chunks that keep the command line well under the system limit.
    const chunks: string[][] = [[]];
    let length = 0;
    for (const f of files) {
      if (length + f.length + 1 > 100_000) {
        chunks.push([]);
        length = 0;
      }
      chunks[chunks.length - 1].push(f);
      length += f.length + 1;
    }
    const runCli = (paths: string[]): { ms: number; reported: number } => {
      const outFile = join(dir, 'out.json');
      const out = openSync(outFile, 'w');
      const t0 = performance.now();
      const result = spawnSync(process.execPath, ['dist/cli.js', 'analyze', '--format', 'json', ...paths], { stdio: ['ignore', out, 'pipe'] });
      const ms = performance.now() - t0;
      closeSync(out);
      if (result.status !== 0) throw new Error(`the CLI failed (exit ${result.status}): ${result.stderr.toString().slice(0, 500)}`);
      return { ms, reported: (JSON.parse(readFileSync(outFile, 'utf8')) as unknown[]).length };
    };
    const single = summarize([0, 1, 2].map(() => runCli([files[0]]).ms));
    let ms = 0;
    let reported = 0;
    for (const chunk of chunks) {
      const r = runCli(chunk);
      ms += r.ms;
      reported += r.reported;
    }
    const table = new Table(`7. CLI throughput: node dist/cli.js analyze --format json, 1,000 generated ~400-word articles (${fmt(totalKb, 0)} KB)`, ['measure', 'value']);
    table.add(`wall time, ${chunks.length} process${chunks.length > 1 ? 'es' : ''}, ${reported} articles reported`, `${fmt(ms, 0)} ms`);
    table.add('throughput', `${fmt((files.length / ms) * 1000, 0)} articles/s`);
    table.add('one article, one process (start-up included), median of 3', `${fmt(single.median, 0)} ms`);
    table.add('throughput without one process start-up', `${fmt((files.length / Math.max(1, ms - single.median * chunks.length)) * 1000, 0)} articles/s`);
    return table.render();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** harper.js (Harper's WebAssembly build) linting the same texts, against Byline's medians. */
async function benchHarper(samples: Sample[]): Promise<string> {
  const table = new Table('8. Harper comparison: harper.js LocalLinter.lint(text, {language: "plaintext"}) vs Byline analyze()', ['text', 'lints', 'runs', 'Harper median ms', 'p95 ms', 'Byline median ms', 'Harper/Byline']);
  const packageDir = join(ROOT, 'node_modules/harper.js');
  if (!existsSync(packageDir)) {
    table.note('harper.js is not installed (npm install) so Harper was not measured.');
    return table.render();
  }
  const packageJson = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string; dependencies?: Record<string, string> };
  const dependencyDirs = Object.keys(packageJson.dependencies ?? {}).map((d) => join(ROOT, 'node_modules', d)).filter(existsSync);
  const installBytes = [packageDir, ...dependencyDirs].reduce((sum, d) => sum + folderBytes(d), 0);
  try {
    const rssBefore = process.memoryUsage().rss;
    const t0 = performance.now();
    const harper = await import('harper.js');
    const { binary } = await import('harper.js/binary');
    const linter = new harper.LocalLinter({ binary });
    await linter.setup();
    const setupMs = performance.now() - t0;
    const t1 = performance.now();
    await linter.lint(samples[0].text, { language: 'plaintext' });
    const firstLintMs = performance.now() - t1;
    for (const s of samples) {
      const lints = await linter.lint(s.text, { language: 'plaintext' });
      const t = await timeRepeatedAsync(() => linter.lint(s.text, { language: 'plaintext' }), { warmup: 1, minRuns: 5, maxRuns: 30, budgetMs: 4_000 });
      const byline = bylineMedians.get(s.label) ?? NaN;
      table.add(s.label, String(lints.length), String(t.runs), fmt(t.median), fmt(t.p95), fmt(byline), `${fmt(t.median / byline, 1)}x`);
    }
    const rssGrowth = (process.memoryUsage().rss - rssBefore) / KiB ** 2;
    table.note(`harper.js ${packageJson.version}: installs ${fmt(installBytes / KiB ** 2, 1)} MB (with ${dependencyDirs.map((d) => d.split('/').pop()).join(', ') || 'no dependencies'}); loading and compiling its WebAssembly took ${fmt(setupMs, 0)} ms,`);
    table.note(`the first lint ${fmt(firstLintMs, 0)} ms; this process grew by ${fmt(rssGrowth, 0)} MB RSS. Harper checks grammar and spelling, Byline quotes and claims: different work, same texts.`);
  } catch (e) {
    table.note(`harper.js ${packageJson.version} could not run here: ${(e as Error).stack ?? String(e)}`);
  }
  return table.render();
}

void main();
