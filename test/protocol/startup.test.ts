// The server's start through its code cache (server/src/start.ts), on a copy of the two bundles:
// the first start makes the cache; a cache that is corrupt, made for another bundle or cannot be
// written never stops the server from starting and serving.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './lspClient';

/** A folder holding a copy of dist/server.js and dist/server-main.js, and where its cache goes. */
function copyOfServer(): { dir: string; script: string; cache: string } {
  const dir = mkdtempSync(join(tmpdir(), 'byline-start-'));
  for (const name of ['server.js', 'server-main.js']) copyFileSync(join('dist', name), join(dir, name));
  return { dir, script: join(dir, 'server.js'), cache: join(dir, 'server-main.cache') };
}

/** Starts the copy, checks that it analyses an article, and stops it. */
async function startsAndServes(script: string): Promise<void> {
  const s = await startServer({ script });
  try {
    const uri = 'file:///start/a.txt';
    await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news', version: 1, text: '“Nobody said this at all.”\n' } });
    assert.deepEqual((await s.diagnostics(uri)).map((d) => d.code), ['unattributed-quote']);
  } finally {
    await s.stop();
  }
}

test('the first start makes the code cache and later starts use it', async (t) => {
  const { dir, script, cache } = copyOfServer();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  await startsAndServes(script);
  assert.ok(existsSync(cache), 'the cache was written');
  const made = readFileSync(cache);
  await startsAndServes(script);
  assert.deepEqual(readFileSync(cache), made, 'a cache that fits is not written again');
});

test('a corrupt cache, or one made for another bundle, is replaced', async (t) => {
  const { dir, script, cache } = copyOfServer();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(cache, 'not a code cache');
  await startsAndServes(script);
  const made = readFileSync(cache);
  assert.match(made.toString('latin1', 0, 40), /^byline-code-cache /);
  // The right header over data V8 refuses.
  const header = made.subarray(0, made.indexOf(10) + 1);
  writeFileSync(cache, Buffer.concat([header, Buffer.alloc(5000, 7)]));
  await startsAndServes(script);
  assert.ok(readFileSync(cache).length > 10_000, 'V8 refused the data and the cache was made again');
  // A rebuilt bundle: the old cache no longer fits.
  appendFileSync(join(dir, 'server-main.js'), '\n// rebuilt\n');
  await startsAndServes(script);
  assert.notDeepEqual(readFileSync(cache).subarray(0, header.length), header);
});

test('a cache that cannot be written does not stop the server', async (t) => {
  const { dir, script, cache } = copyOfServer();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(cache); // A folder where the cache file should go: writing it fails.
  await startsAndServes(script);
  await startsAndServes(script);
  assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'no temporary file is left behind');
});
