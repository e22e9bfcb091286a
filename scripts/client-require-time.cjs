// Measures the activation cost of the client bundle that is not Byline's own work: the time to
// `require` it, in a fresh Node process each run, with a stand-in `vscode` module (a proxy that
// answers anything). Pass one or more bundles to compare them; runs alternate between them.
// Usage: node scripts/client-require-time.cjs dist/client.js [other/client.js …] [--runs=30]
// A measurement, not a test: nothing is asserted.
const { execFileSync } = require('node:child_process');
const { resolve } = require('node:path');

if (process.argv[2] === '--child') {
  const Module = require('node:module');
  const anything = () => new Proxy(function () {}, { get: (_, key) => (key === Symbol.toPrimitive ? () => 0 : key === 'prototype' ? {} : anything()), apply: () => anything(), construct: () => anything() });
  const load = Module._load;
  Module._load = function (request, ...rest) {
    return request === 'vscode' ? anything() : load.call(this, request, ...rest);
  };
  const start = process.hrtime.bigint();
  require(process.argv[3]);
  process.stdout.write(String(Number(process.hrtime.bigint() - start) / 1e6));
} else {
  const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 30);
  const bundles = process.argv.slice(2).filter((a) => !a.startsWith('--')).map((b) => resolve(b));
  const times = bundles.map(() => []);
  for (let i = 0; i < runs; i++) {
    bundles.forEach((b, j) => times[j].push(Number(execFileSync(process.execPath, [resolve(process.argv[1]), '--child', b], { encoding: 'utf8' }))));
  }
  bundles.forEach((b, j) => {
    const t = times[j].sort((x, y) => x - y);
    console.log(`${b}: median ${t[Math.floor(t.length / 2)].toFixed(1)} ms, fastest ${t[0].toFixed(1)} ms (${runs} runs, Node ${process.versions.node})`);
  });
}
