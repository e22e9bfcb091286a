// The CLI's entry point (dist/cli.js, the `byline` command): runs the CLI bundle (dist/cli-main.js)
// through a V8 code cache kept beside it (../codeCache.ts). The cache is written when the first run
// exits, so it holds the core as well as the CLI: later runs neither parse nor compile them again.
// Worker threads start dist/cli-main.js itself (see pool.ts). Imports nothing of the CLI.
import { join } from 'node:path';
import { runBundle } from '../codeCache';

runBundle(join(__dirname, 'cli-main.js'), join(__dirname, 'cli-main.cache'), 'at-exit');
