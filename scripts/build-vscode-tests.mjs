// Bundles the extension-host test suite (test/vscode/suite) into out/vscode-suite/ for VS Code.
import * as esbuild from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', external: ['vscode', 'mocha'], logLevel: 'warning' };
await Promise.all([
  esbuild.build({ ...common, entryPoints: ['test/vscode/suite/index.ts'], outfile: 'out/vscode-suite/index.js' }),
  esbuild.build({ ...common, entryPoints: ['test/vscode/suite/extension.test.ts'], outfile: 'out/vscode-suite/extension.test.js' }),
]);
