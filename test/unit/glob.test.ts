// Glob matching, data-driven: the answers minimatch 9 gives for the same options (byline.exclude
// and .bylinerc.json match with dot and nocase; the CLI's file patterns without either).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchesGlob } from '../../server/src/glob';

const CASES: [glob: string, path: string, options: { dot?: boolean; nocase?: boolean }, matches: boolean][] = [
  ['**/drafts/**', '/home/u/drafts/a.txt', { dot: true, nocase: true }, true],
  ['**/drafts/**', '/home/u/Drafts/a.txt', { dot: true, nocase: true }, true],
  ['**/drafts/**', '/home/u/drafts-old/a.txt', { dot: true, nocase: true }, false],
  ['**/requirements*.txt', 'dir/requirements-dev.txt', { dot: true, nocase: true }, true],
  ['**/{drafts,archive}/**', 'archive/x.md', { dot: true, nocase: true }, true],
  ['**/[Dd]rafts/**', 'Drafts/x.txt', {}, true],
  ['**/*.txt', 'dir/.hidden/a.txt', { dot: true }, true],
  ['**/*.txt', 'dir/.hidden/a.txt', {}, false],
  ['**/.hidden/**', 'dir/.hidden/a.txt', {}, true],
  ['articles/**/*.txt', 'articles/2024/x.txt', {}, true],
  ['articles/**/*.txt', 'articles/x.txt', {}, true],
  ['articles/*.txt', 'articles/2024/x.txt', {}, false],
  ['x?z.txt', 'xyz.txt', {}, true],
  ['*.txt', 'README.TXT', {}, false],
  ['*.txt', 'README.TXT', { nocase: true }, true],
];

for (const [glob, path, options, matches] of CASES) {
  test(`${glob} ${matches ? 'matches' : 'does not match'} ${path} ${JSON.stringify(options)}`, () => {
    assert.equal(matchesGlob(path, glob, options), matches);
  });
}
