// Settings: the parser never throws and falls back per key; package.json declares exactly the
// settings the core reads, with the same defaults (regenerate with `npm run manifest`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DEFAULT_SETTINGS, parseSettings } from '../../server/src/core/settings';
import { RULES } from '../../server/src/core/rules/index';
import { configurationProperties } from '../../scripts/manifest';
import { analyze } from '../../server/src/core/analyze';

test('parseSettings accepts anything and keeps defaults for bad parts', () => {
  for (const raw of [undefined, null, 42, 'x', [], { exclude: 'nope' }, { rules: 7 }]) assert.deepEqual(parseSettings(raw), DEFAULT_SETTINGS);
  const s = parseSettings({ exclude: ['**/a.txt', 3], rules: { 'unattributed-quote': 'off', 'unbalanced-quote': 'loud', 'no-such-rule': 'error' } });
  assert.deepEqual(s.exclude, ['**/a.txt']);
  assert.equal(s.rules['unattributed-quote'], 'off');
  assert.equal(s.rules['unbalanced-quote'], DEFAULT_SETTINGS.rules['unbalanced-quote']);
  assert.equal('no-such-rule' in s.rules, false);
});

test('every rule has an id, a default severity, a description and docs', () => {
  for (const r of RULES) {
    assert.match(r.id, /^[a-z]+(-[a-z]+)*$/);
    assert.ok(r.description.length > 10 && r.docs.length > 20, r.id);
    assert.equal(DEFAULT_SETTINGS.rules[r.id], r.defaultSeverity);
  }
});

test('package.json configuration agrees with the settings and the rule registry', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.deepEqual(pkg.contributes.configuration.properties, configurationProperties(), 'run `npm run manifest` to regenerate');
  for (const r of RULES) assert.equal(pkg.contributes.configuration.properties[`byline.rules.${r.id}`].default, r.defaultSeverity);
  assert.deepEqual(pkg.contributes.configuration.properties['byline.exclude'].default, DEFAULT_SETTINGS.exclude);
});

test('the default exclusions cover files that are not articles', () => {
  for (const glob of ['**/requirements*.txt', '**/CMakeLists.txt', '**/LICENSE*', '**/robots.txt', '**/node_modules/**']) assert.ok(DEFAULT_SETTINGS.exclude.includes(glob), glob);
});

test('a rule set to off reports nothing, and a severity is applied', () => {
  const text = '“Nobody said this at all.”';
  assert.equal(analyze(text).findings[0].severity, 'warning');
  assert.equal(analyze(text, parseSettings({ rules: { 'unattributed-quote': 'off' } })).findings.length, 0);
  assert.equal(analyze(text, parseSettings({ rules: { 'unattributed-quote': 'hint' } })).findings[0].severity, 'hint');
});
