// The language server's entry point (dist/server.js): runs the server bundle (dist/server-main.js)
// through a V8 code cache kept beside it (codeCache.ts), so that a start does not compile the
// bundle again. The cache is made after the first start, so it also holds the functions starting
// compiled. This file imports nothing of the server, so that it stays small.
import { join } from 'node:path';
import { runBundle } from './codeCache';

runBundle(join(__dirname, 'server-main.js'), join(__dirname, 'server-main.cache'), 'after-start');
