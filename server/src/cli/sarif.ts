// `byline check --format sarif`: a SARIF 2.1.0 log for code-scanning tools. The driver's rules come
// from the rule registry (id, descriptions, Markdown help, default level); each finding is a result
// with a physical location whose region counts lines from 1 and columns in UTF-16 code units
// (`columnKind: utf16CodeUnits`). Files inside the current folder get URIs relative to
// `%SRCROOT%`, which is the current folder; others get absolute `file:` URIs. Skipped and
// unreadable files become tool execution notifications.
import { relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES } from '../core/rules/index';
import type { Severity } from '../core/types';
import type { CheckedFile } from './check';
import { BYLINE_HOME, BYLINE_VERSION } from './version';

/** A checked file and where it lives on disk (null for standard input). */
export interface SarifFile extends CheckedFile {
  fsPath: string | null;
}

/** Something the run could not do for one file: skipped, unreadable, or read with a warning. */
export interface SarifNotification {
  level: 'error' | 'warning' | 'note';
  message: string;
  fsPath: string | null;
  display: string;
}

type SarifLevel = 'error' | 'warning' | 'note';

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** The SARIF log of one `byline check` run. */
export function toSarif(files: readonly SarifFile[], notifications: readonly SarifNotification[], cwd: string): unknown {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const location = (fsPath: string | null, display: string): { uri: string; uriBaseId?: string } => artifactLocation(fsPath, display, cwd);
  const results = files.flatMap((f) =>
    f.diagnostics.map((d) => ({
      ruleId: d.code,
      ...(ruleIndex.has(d.code) ? { ruleIndex: ruleIndex.get(d.code) } : {}),
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: location(f.fsPath, f.path),
            region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
          },
        },
      ],
    })),
  );
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Byline',
            version: BYLINE_VERSION,
            semanticVersion: BYLINE_VERSION,
            informationUri: BYLINE_HOME,
            rules: RULES.map((r) => ({
              id: r.id,
              name: pascalCase(r.id),
              shortDescription: { text: r.description },
              fullDescription: { text: plainText(r.docs) },
              help: { text: plainText(r.docs), markdown: r.docs },
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
            })),
          },
        },
        invocations: [
          {
            executionSuccessful: !notifications.some((n) => n.level === 'error'),
            toolExecutionNotifications: notifications.map((n) => ({
              level: n.level,
              message: { text: n.message },
              locations: [{ physicalLocation: { artifactLocation: location(n.fsPath, n.display) } }],
            })),
          },
        ],
        originalUriBaseIds: { '%SRCROOT%': { uri: folderUri(cwd) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/** A relative URI under %SRCROOT% for files in the current folder, else an absolute file URI. */
function artifactLocation(fsPath: string | null, display: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (fsPath === null) return { uri: encodeURIComponent(display) };
  const abs = resolve(cwd, fsPath);
  const rel = relative(cwd, abs);
  if (rel !== '' && !rel.startsWith('..') && !/^[a-zA-Z]:/.test(rel)) return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  return { uri: pathToFileURL(abs).href };
}

function folderUri(folder: string): string {
  const href = pathToFileURL(folder).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** `unattributed-quote` → `UnattributedQuote`, SARIF's customary rule name. */
function pascalCase(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_m, _dash: string, c: string) => c.toUpperCase());
}

/** Rule docs without Markdown emphasis and code marks, for SARIF's plain-text fields. */
function plainText(markdown: string): string {
  const flat = markdown.replace(/`([^`\n]*)`/g, '$1').replace(/\*\*([^*\n]+)\*\*/g, '$1').replace(/\*([^*\n]+)\*/g, '$1');
  return flat
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .join('\n\n');
}
