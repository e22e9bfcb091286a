// The CLI's entry point (dist/cli.js, the `byline` command): sets the CLI's V8 flags, then runs the
// CLI bundle (dist/cli-main.js). Worker threads start dist/cli-main.js itself (see pool.ts).
// Unlike the language server's launcher it keeps no code cache: the CLI writes no file it was not
// asked to write, not even beside itself. Imports nothing of the CLI.
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';

/**
 * V8 flags for the whole process, workers included. A CLI run is mostly V8 warming up: on 1,000
 * short articles its optimising compiler spends about as much CPU as the analysis itself, on
 * large functions into which it inlines much of the core. A smaller inlining budget (V8's default
 * is 920 bytes of bytecode) makes those compilations about a quarter cheaper and leaves the
 * optimised core about as fast. A larger interrupt budget (V8's default is 66 KB of bytecode run)
 * lets a function run eight times longer before it is optimised, so that it is optimised once,
 * with the types of every path it takes, instead of being optimised early, thrown away at the first
 * new type and optimised again (the cue reader was compiled six times, at about 0.2 s of CPU
 * each; deoptimisations fell from 27 to 6). On 1,000 short articles the run takes 10-20% less CPU
 * in all, although a little more of it in the threads that analyse, which run unoptimised code
 * longer (4 and 16 times the default did no better than 8). The language server uses the same
 * inlining budget (server/src/start.ts) but V8's default interrupt budget: with no inlining at all
 * its keystroke p50 was 25% slower, and a larger interrupt budget did not lower its p95.
 */
const CLI_V8_FLAGS = ['--max-inlined-bytecode-size-cumulative=150', '--interrupt-budget=540672'];

// Before anything of the CLI is compiled.
for (const flag of CLI_V8_FLAGS) setFlagsFromString(flag);
// A path built at run time, so that the bundler leaves the CLI bundle a file of its own.
// eslint-disable-next-line @typescript-eslint/no-require-imports
require(join(__dirname, 'cli-main.js'));
