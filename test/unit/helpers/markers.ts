// Inline markers for data-driven tests: `⟦…⟧` marks a span in a test string, so a case reads as
// the text it checks instead of hand-typed offsets. `marked('He said ⟦“hi”⟧.')` gives the plain
// text and the spans.
import type { Span } from '../../../server/src/core/types';

/** The text without markers, and the marked spans in order. */
export function marked(input: string): { text: string; spans: Span[] } {
  let text = '';
  const spans: Span[] = [];
  const open: number[] = [];
  for (const ch of input) {
    if (ch === '⟦') open.push(text.length);
    else if (ch === '⟧') {
      const start = open.pop();
      if (start === undefined) throw new Error(`Unbalanced ⟧ in test input: ${input}`);
      spans.push({ start, end: text.length });
    } else text += ch;
  }
  if (open.length > 0) throw new Error(`Unbalanced ⟦ in test input: ${input}`);
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return { text, spans };
}

/** Shows spans of a text as the marked string, for readable assertion failures. */
export function showSpans(text: string, spans: Span[]): string {
  const opens = new Map<number, number>();
  const closes = new Map<number, number>();
  for (const s of spans) {
    opens.set(s.start, (opens.get(s.start) ?? 0) + 1);
    closes.set(s.end, (closes.get(s.end) ?? 0) + 1);
  }
  let out = '';
  for (let i = 0; i <= text.length; i++) {
    out += '⟧'.repeat(closes.get(i) ?? 0) + '⟦'.repeat(opens.get(i) ?? 0);
    if (i < text.length) out += text[i];
  }
  return out;
}
