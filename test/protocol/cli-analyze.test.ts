// `byline analyze` beyond its JSON contract (cli.test.ts): CSV with RFC 4180 quoting that a strict
// parser reads back to the same values as the JSON, and folders and globs as for `check`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { cli, tempTree } from './support/cli';

/** A strict RFC 4180 reader: CRLF between records, quoted fields may hold commas, quotes and line breaks. */
function parseCsv(body: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < body.length) {
    let field = '';
    if (body[i] === '"') {
      i++;
      for (;;) {
        assert.ok(i < body.length, 'a quoted field is closed');
        if (body[i] === '"' && body[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (body[i] === '"') {
          i++;
          break;
        } else field += body[i++];
      }
    } else {
      while (i < body.length && body[i] !== ',' && body[i] !== '\r') {
        assert.ok(body[i] !== '"' && body[i] !== '\n', `a bare field holds no quote or line feed (at ${i})`);
        field += body[i++];
      }
    }
    row.push(field);
    if (body[i] === ',') i++;
    else {
      assert.equal(body.slice(i, i + 2), '\r\n', `records end with CRLF (at ${i})`);
      i += 2;
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

const ARTICLE = ['"We will build the bridge.', '', '"It will open in 2027 and cost $1,200 million," said Maria Lopez, the mayor of Springfield.', '', 'About 40% of voters agree.', ''].join('\n');

test('analyze --format csv: one row per quote and claim, RFC 4180 quoting, the same values as the JSON', (t) => {
  const root = tempTree(t, { 'bridge, draft.txt': ARTICLE });
  const path = join(root, 'bridge, draft.txt');
  const r = cli(['analyze', '--format', 'csv', path]);
  assert.equal(r.status, 0, r.stderr);
  const [header, ...rows] = parseCsv(r.stdout);
  assert.deepEqual(header, ['file', 'type', 'start', 'end', 'line', 'column', 'kind', 'text', 'speaker', 'cue', 'value', 'unit', 'qualifier']);
  const [json] = JSON.parse(cli(['analyze', '--format', 'json', path]).stdout);
  assert.equal(rows.length, json.quotes.length + json.claims.length);
  const cell = (v: unknown): string => (v === null ? '' : String(v));
  const lineCol = (offset: number): string[] => {
    const before = ARTICLE.slice(0, offset).split('\n');
    return [String(before.length), String(before[before.length - 1].length + 1)];
  };
  const expected = [
    ...json.quotes.map((q: { start: number; end: number; kind: string; text: string; speaker: string | null; cue: string | null }) => [path, 'quote', String(q.start), String(q.end), ...lineCol(q.start), q.kind, q.text, cell(q.speaker), cell(q.cue), '', '', '']),
    ...json.claims.map((c: { start: number; end: number; kind: string; text: string; value: number | null; unit: string | null; qualifier: string | null }) => [path, 'claim', String(c.start), String(c.end), ...lineCol(c.start), c.kind, c.text, '', '', cell(c.value), cell(c.unit), cell(c.qualifier)]),
  ];
  assert.deepEqual(rows, expected);
  // The quote over two paragraphs keeps its line breaks and straight quotation mark inside one field.
  assert.ok(rows.some((row) => row[1] === 'quote' && row[7].includes('\n\n"It will open') && row[8] === 'Maria Lopez'), r.stdout);
  assert.ok(rows.some((row) => row[7] === '$1,200 million' && row[10] === '1200000000' && row[11] === 'USD'));
  assert.ok(r.stdout.includes(`\r\n"${path}",quote,`), 'a path with a comma is quoted');
});

test('analyze takes folders and globs like check, with .bylinerc.json excludes, and keeps its JSON contract', () => {
  const r = cli(['analyze', '--format', 'json', 'test/fixtures/cli/newsroom', 'test/fixtures/cli/plain/*.txt']);
  assert.equal(r.status, 0, r.stderr);
  const files = JSON.parse(r.stdout) as Record<string, unknown>[];
  assert.deepEqual(
    files.map((f) => f.path),
    ['newsroom/clean.txt', 'newsroom/desk/story.txt', 'newsroom/unattributed.txt', 'newsroom/unbalanced.txt', 'plain/story.txt'].map((f) => `test/fixtures/cli/${f}`),
  );
  for (const f of files) assert.deepEqual(Object.keys(f), ['path', 'quotes', 'speakers', 'claims', 'diagnostics']);
  const clean = files[0] as { speakers: { name: string; role: string | null }[] };
  assert.deepEqual(clean.speakers.map((s) => s.name), ['Maria Lopez']);
  const text = cli(['analyze', 'test/fixtures/cli/newsroom']);
  assert.equal(text.status, 0);
  assert.equal(text.stdout.match(/^test\/fixtures\/cli\/newsroom\/\S+\.txt$/gm)?.length, 4);
  const csv = cli(['analyze', '--format', 'csv', 'test/fixtures/cli/newsroom']);
  assert.equal(csv.stdout.split('\r\n')[0], 'file,type,start,end,line,column,kind,text,speaker,cue,value,unit,qualifier');
  assert.equal(cli(['analyze', 'test/fixtures/cli/**/*.none']).status, 1, 'analyze keeps exit 1 for input it cannot read');
});
