// Bundles the extension client, the language server (its start and its code), the CLI and the core library with esbuild.
// The client keeps `vscode` external; everything else is bundled in. Pass --watch to rebuild on change.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // esbuild's tables say Node lacks \p{…} in regular expressions and rewrite each such literal as
  // `new RegExp(…)`, which builds a regular expression every time the line runs (in the name readers,
  // for every name). Node has had them since version 10: keep the literals.
  supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  sourcemap: false,
  minify: process.env.BYLINE_MINIFY !== '0',
  logLevel: 'warning',
  legalComments: 'none',
  // Curly quotes and dashes as themselves (three bytes each) rather than \u escapes (six).
  charset: 'utf8',
};

/**
 * Node modules that vscode-languageserver and vscode-jsonrpc load at start-up but use only for what
 * Byline does not do (spawning npm to find global modules, naming random pipes): each becomes an
 * object that loads the real module on first use, so that the server starts without them.
 */
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(build) {
    build.onResolve({ filter: /^(child_process|crypto)$/ }, (args) => ({ path: args.path, namespace: 'lazy-builtin' }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents: `let loaded;\nmodule.exports = new Proxy({}, { get: (_, key) => (loaded ??= require('node:${args.path}'))[key] });\n`,
      loader: 'js',
    }));
  },
};

/**
 * Parts of vscode-languageserver that Byline never uses, left out of the server bundle (about 13 KB):
 * notebook synchronisation (Byline declares no notebook capability, so no client sends it) and the
 * helpers that find globally installed npm and Yarn modules. Each becomes a small module that keeps
 * the shape the library reads at start-up and throws if anything ever calls into it.
 */
const unusedLanguageServerParts = {
  name: 'unused-language-server-parts',
  setup(build) {
    const stubs = [
      [/vscode-languageserver\/lib\/common\/notebook\.js$/, `exports.NotebookSyncFeature = (Base) => Base;\nexports.NotebookDocuments = class { constructor() { throw new Error('Byline does not bundle notebook documents'); } };\n`],
      [/vscode-languageserver-protocol\/lib\/common\/protocol\.notebook\.js$/, ''],
      [/vscode-languageserver\/lib\/node\/files\.js$/, `const missing = () => { throw new Error('Byline does not bundle module resolution'); };\nfor (const name of ['uriToFilePath', 'resolveGlobalNodePath', 'resolveGlobalYarnPath', 'resolve', 'resolveModulePath']) exports[name] = missing;\n`],
    ];
    build.onLoad({ filter: /vscode-languageserver(?:-protocol)?\/lib\/(?:common|node)\/(?:notebook|protocol\.notebook|files)\.js$/ }, (args) => {
      const path = args.path.replace(/\\/g, '/');
      const stub = stubs.find(([pattern]) => pattern.test(path));
      return stub === undefined ? undefined : { contents: stub[1], loader: 'js' };
    });
  },
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  // dist/server.js only starts dist/server-main.js through a code cache (see server/src/start.ts).
  { entryPoints: ['server/src/start.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server-main.js', plugins: [lazyBuiltins, unusedLanguageServerParts] },
  // dist/cli.js (the `byline` command) only starts dist/cli-main.js through a code cache (see server/src/cli/start.ts).
  { entryPoints: ['server/src/cli/start.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli-main.js' },
  { entryPoints: ['server/src/core/index.ts'], outfile: 'dist/core.js' },
];

if (watch) {
  for (const e of entries) (await esbuild.context({ ...common, ...e })).watch();
} else {
  await Promise.all(entries.map((e) => esbuild.build({ ...common, ...e })));
}
