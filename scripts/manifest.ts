// Writes the `contributes.configuration` of package.json from the core's settings and rule
// registry, so that the manifest never disagrees with the server. `npm run manifest` runs it;
// test/unit/manifest.test.ts fails when package.json is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { DEFAULT_SETTINGS } from '../server/src/core/settings';
import { RULES } from '../server/src/core/rules/index';

/** The configuration properties package.json must declare. */
export function configurationProperties(): Record<string, unknown> {
  const props: Record<string, unknown> = {
    'byline.exclude': {
      type: 'array',
      items: { type: 'string' },
      default: DEFAULT_SETTINGS.exclude,
      scope: 'resource',
      markdownDescription: 'Glob patterns of `.txt` files that are not articles; Byline does not analyse them.',
    },
  };
  props['byline.speakerColors'] = {
    type: 'boolean',
    default: DEFAULT_SETTINGS.speakerColors,
    scope: 'resource',
    description: "Give each speaker's quotes their own subtle, stable colour.",
  };
  props['byline.inlayHints'] = {
    type: 'boolean',
    default: DEFAULT_SETTINGS.inlayHints,
    scope: 'resource',
    description: 'Show the resolved speaker after pronouns ("he said") and on continuation quotes.',
  };
  props['byline.maxFileSize'] = {
    type: 'number',
    default: DEFAULT_SETTINGS.maxFileSize,
    minimum: 1,
    scope: 'resource',
    description: 'Articles longer than this many characters are not analysed; Byline says so once and stays idle.',
  };
  for (const rule of RULES) {
    props[`byline.rules.${rule.id}`] = {
      type: 'string',
      enum: ['off', 'hint', 'information', 'warning', 'error'],
      default: DEFAULT_SETTINGS.rules[rule.id],
      scope: 'resource',
      description: `${rule.description} (rule \`${rule.id}\`)`,
    };
  }
  return props;
}

if (process.argv[1]?.endsWith('manifest.ts')) {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  pkg.contributes.configuration = { title: 'Byline', properties: configurationProperties() };
  writeFileSync('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
  console.log('package.json: contributes.configuration updated.');
}
