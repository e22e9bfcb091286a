// The CLI's entry point (dist/cli.js, the `byline` command): runs the CLI bundle (dist/cli-main.js)
// through a V8 code cache kept beside it (../codeCache.ts). The cache is written when the first run
// exits, so it holds the core as well as the CLI: later runs neither parse nor compile them again.
// Worker threads start dist/cli-main.js itself (see pool.ts). Imports nothing of the CLI.
import { join } from 'node:path';
import { runBundle } from '../codeCache';

/**
 * V8 flags for the whole process, workers included. A CLI run is mostly V8 warming up: on 1,000
 * short articles its optimising compiler spends about as much CPU as the analysis itself, on
 * large functions into which it inlines much of the core. A smaller inlining budget (V8's default
 * is 920 bytes of bytecode) makes those compilations about a quarter cheaper and leaves the
 * optimised core about as fast. The language server keeps V8's defaults: it runs long enough to
 * repay the larger budget (with no inlining at all its keystroke p50 was 25% slower).
 */
const CLI_V8_FLAGS = ['--max-inlined-bytecode-size-cumulative=150'];

runBundle(join(__dirname, 'cli-main.js'), join(__dirname, 'cli-main.cache'), 'at-exit', CLI_V8_FLAGS);
