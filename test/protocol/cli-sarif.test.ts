// `byline check --format sarif` against the SARIF 2.1.0 JSON schema (the draft-04 schema Microsoft
// ships in @microsoft/jest-sarif, validated with Ajv and its formats), plus what code-scanning
// tools rely on beyond the schema: rules from the registry, a rule id and message on each result,
// a region in lines and UTF-16 columns, and URIs relative to %SRCROOT%.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { RULES } from '../../server/src/core/rules/index';
import { cli, tempTree } from './support/cli';

const SCHEMA = JSON.parse(readFileSync('node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json', 'utf8'));
// The schema's `language` pattern has a stray `]` that only non-Unicode regular expressions accept.
const ajv = new Ajv({ allErrors: true, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(SCHEMA);

/** Schema errors as readable lines, for the assertion message. */
function schemaErrors(log: unknown): string {
  return validateSarif(log) ? '' : (validateSarif.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join('\n');
}

interface Result {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }[];
}

test('the SARIF log validates against the SARIF 2.1.0 schema, with findings, standard input, skipped and missing files', (t) => {
  const outside = tempTree(t, { 'binary.txt': Buffer.from([0x00, 0x01]), 'far away.txt': 'The council met.\n\n“Nobody owns this quote at all.”\n' });
  const r = cli(['check', '--format', 'sarif', 'test/fixtures/cli', outside, 'no/such.txt', '-'], { input: '“Unclosed and alone.\n' });
  assert.equal(r.status, 2, 'a missing file is an I/O error');
  const log = JSON.parse(r.stdout);
  assert.equal(schemaErrors(log), '');
  // The validator is not vacuous: a log without a tool fails it.
  const broken = structuredClone(log);
  delete broken.runs[0].tool;
  assert.notEqual(schemaErrors(broken), '');

  const run = log.runs[0];
  assert.equal(log.version, '2.1.0');
  assert.equal(run.columnKind, 'utf16CodeUnits');
  assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: `${pathToFileURL(process.cwd()).href}/` } });
  const [invocation] = run.invocations;
  assert.equal(invocation.executionSuccessful, false);
  const notes = invocation.toolExecutionNotifications.map((n: { level: string; message: { text: string } }) => `${n.level}: ${n.message.text}`);
  assert.ok(notes.some((n: string) => /^error: cannot read no\/such\.txt: no such file$/.test(n)), notes.join('\n'));
  assert.ok(notes.some((n: string) => /^note: Skipped .*binary\.txt: binary file/.test(n)), notes.join('\n'));

  const results = run.results as Result[];
  const uris = [...new Set(results.map((x) => x.locations[0].physicalLocation.artifactLocation.uri))];
  assert.deepEqual(uris, [
    'test/fixtures/cli/newsroom/desk/story.txt',
    'test/fixtures/cli/newsroom/unattributed.txt',
    'test/fixtures/cli/newsroom/unbalanced.txt',
    'test/fixtures/cli/plain/story.txt',
    pathToFileURL(join(outside, 'far away.txt')).href,
    encodeURIComponent('<stdin>'),
  ]);
  assert.ok(uris[4].includes('far%20away.txt'));
  for (const x of results) {
    const loc = x.locations[0].physicalLocation.artifactLocation;
    assert.equal(loc.uriBaseId, loc.uri.startsWith('test/') ? '%SRCROOT%' : undefined);
  }
});

test('the driver lists every rule of the registry with descriptions, Markdown help and default level', () => {
  const log = JSON.parse(cli(['check', '--format', 'sarif', 'test/fixtures/cli/newsroom/clean.txt']).stdout);
  const driver = log.runs[0].tool.driver;
  assert.equal(driver.name, 'Byline');
  assert.equal(driver.version, JSON.parse(readFileSync('package.json', 'utf8')).version);
  assert.match(driver.informationUri, /^https:\/\//);
  const level = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;
  assert.deepEqual(
    driver.rules.map((r: { id: string }) => r.id),
    RULES.map((r) => r.id),
  );
  for (const [i, rule] of RULES.entries()) {
    const d = driver.rules[i];
    assert.equal(d.shortDescription.text, rule.description);
    assert.equal(d.help.markdown, rule.docs);
    assert.ok(d.fullDescription.text.length > 20 && !d.fullDescription.text.includes('`'), d.fullDescription.text);
    assert.equal(d.defaultConfiguration.level, level[rule.defaultSeverity]);
    assert.match(d.name, /^[A-Z][A-Za-z]+$/);
  }
  assert.deepEqual(log.runs[0].results, []);
  assert.equal(log.runs[0].invocations[0].executionSuccessful, true);
});

test('each result has the configured level, its rule index and the same region as the JSON report', () => {
  const sarif = JSON.parse(cli(['check', '--format', 'sarif', 'test/fixtures/cli/newsroom']).stdout);
  const json = JSON.parse(cli(['check', '--format', 'json', 'test/fixtures/cli/newsroom']).stdout) as { path: string; diagnostics: { code: string; line: number; column: number; endLine: number; endColumn: number; message: string }[] }[];
  const results = sarif.runs[0].results as Result[];
  const expected = json.flatMap((f) => f.diagnostics.map((d) => ({ uri: f.path, ruleId: d.code, message: d.message, region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn } })));
  assert.deepEqual(
    results.map((x) => ({ uri: x.locations[0].physicalLocation.artifactLocation.uri, ruleId: x.ruleId, message: x.message.text, region: x.locations[0].physicalLocation.region })),
    expected,
  );
  for (const x of results) assert.equal(sarif.runs[0].tool.driver.rules[x.ruleIndex].id, x.ruleId);
  // desk/.bylinerc.json makes unattributed-quote an error; vague-source stays information (note).
  assert.deepEqual(
    results.filter((x) => x.locations[0].physicalLocation.artifactLocation.uri.includes('desk/')).map((x) => `${x.ruleId}:${x.level}`),
    ['unattributed-quote:error', 'vague-source:note'],
  );
});
