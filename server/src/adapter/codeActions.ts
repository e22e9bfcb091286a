// Quick fixes, each one undoable edit: insert a missing closing mark, convert one quote or the
// whole article to its dominant quote style (apostrophes included), replace a name variant with
// the usual spelling, and turn a rule off for the workspace (a client command).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type CodeAction, CodeActionKind, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { Analysis, Finding, Quote, Span } from '../core/types';
import { countQuoteStyles } from '../core/rules/mixedQuoteStyle';
import { ruleById } from '../core/rules/index';
import { DISABLE_RULE_COMMAND } from '../protocol';
import { toRange } from './toProtocol';

const CLOSER: Record<string, string> = { '\u201c': '\u201d', '"': '"', '\u00ab': '\u00bb', '\u201e': '\u201c' };

/** Code actions for the byline diagnostics the client sends in its context. */
export function codeActions(doc: TextDocument, analysis: Analysis, diagnostics: Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  const text = doc.getText();
  const rulesSeen = new Set<string>();
  for (const d of diagnostics) {
    if (d.source !== 'byline' || typeof d.code !== 'string') continue;
    const start = doc.offsetAt(d.range.start);
    const end = doc.offsetAt(d.range.end);
    const finding = analysis.findings.find((f) => f.rule === d.code && f.span.start === start && f.span.end === end);
    if (finding !== undefined) actions.push(...fixesFor(doc, text, analysis, finding, d));
    if (!rulesSeen.has(d.code) && ruleById(d.code) !== undefined) {
      rulesSeen.add(d.code);
      actions.push({ title: `Turn off the rule ‘${d.code}’ in this workspace`, kind: CodeActionKind.QuickFix, diagnostics: [d], command: { title: 'Turn off rule', command: DISABLE_RULE_COMMAND, arguments: [d.code] } });
    }
  }
  return actions;
}

function fixesFor(doc: TextDocument, text: string, analysis: Analysis, f: Finding, d: Diagnostic): CodeAction[] {
  const edit = (title: string, edits: TextEdit[], preferred = false): CodeAction => ({ title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: preferred, edit: { changes: { [doc.uri]: edits } } });
  switch (f.rule) {
    case 'unbalanced-quote': {
      const closer = CLOSER[text[f.span.start]];
      if (closer === undefined) return [];
      let end = text.length;
      for (let i = f.span.start; i < text.length; i++) {
        if (text[i] === '\n' || text[i] === '\r') {
          end = i;
          break;
        }
      }
      while (end > f.span.end && /\s/.test(text[end - 1])) end--;
      return [edit('Insert the closing quotation mark at the end of the paragraph', [{ range: toRange(doc, { start: end, end }), newText: closer }], true)];
    }
    case 'name-variant':
      return f.suggestion === undefined ? [] : [edit(`Replace with “${f.suggestion}”`, [{ range: toRange(doc, f.span), newText: f.suggestion }], true)];
    case 'mixed-quote-style': {
      const { straight, curly } = countQuoteStyles(text);
      const toCurly = curly >= straight;
      const quote = analysis.quotes.find((q) => q.span.start === f.span.start);
      const style = toCurly ? 'curly' : 'straight';
      const actions: CodeAction[] = [];
      if (quote !== undefined) actions.push(edit(`Convert this quote to ${style} marks`, convertQuote(doc, text, quote, toCurly, quote.span), true));
      actions.push(edit(`Convert the whole article to ${style} marks (apostrophes included)`, convertArticle(doc, text, analysis, toCurly)));
      return actions;
    }
    default:
      return [];
  }
}

/** Edits that turn the marks of one quote (nested quotes and apostrophes inside included) to one style. */
function convertQuote(doc: TextDocument, text: string, q: Quote, toCurly: boolean, within: Span): TextEdit[] {
  const edits: TextEdit[] = [];
  const put = (at: number, ch: string): void => {
    if (text[at] !== ch) edits.push({ range: toRange(doc, { start: at, end: at + 1 }), newText: ch });
  };
  put(q.span.start, toCurly ? '\u201c' : '"');
  put(q.span.end - 1, toCurly ? '\u201d' : '"');
  const nestedMarks = new Set<number>();
  for (const n of q.nested) {
    put(n.start, toCurly ? '\u2018' : "'");
    put(n.end - 1, toCurly ? '\u2019' : "'");
    nestedMarks.add(n.start).add(n.end - 1);
  }
  for (let i = within.start + 1; i < within.end - 1; i++) {
    if (nestedMarks.has(i)) continue;
    if (text[i] === "'" && toCurly) put(i, '\u2019');
    else if ((text[i] === '\u2019' || text[i] === '\u2018') && !toCurly) put(i, "'");
  }
  return edits;
}

/** Edits that turn every quote and apostrophe of the article to one style. */
function convertArticle(doc: TextDocument, text: string, analysis: Analysis, toCurly: boolean): TextEdit[] {
  const edits: TextEdit[] = [];
  let from = 0;
  for (const q of analysis.quotes) {
    edits.push(...apostrophes(doc, text, from, q.span.start, toCurly));
    edits.push(...convertQuote(doc, text, q, toCurly, q.span));
    from = q.span.end;
  }
  edits.push(...apostrophes(doc, text, from, text.length, toCurly));
  return edits;
}

function apostrophes(doc: TextDocument, text: string, start: number, end: number, toCurly: boolean): TextEdit[] {
  const edits: TextEdit[] = [];
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (toCurly && c === "'") edits.push({ range: toRange(doc, { start: i, end: i + 1 }), newText: '\u2019' });
    else if (!toCurly && (c === '\u2019' || c === '\u2018')) edits.push({ range: toRange(doc, { start: i, end: i + 1 }), newText: "'" });
    else if (!toCurly && (c === '\u201c' || c === '\u201d')) edits.push({ range: toRange(doc, { start: i, end: i + 1 }), newText: '"' });
  }
  return edits;
}
