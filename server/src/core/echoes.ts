// Speakers for quotes that name none where they stand, from the rest of the article:
// - an echo: the same words quoted from someone elsewhere (a lede's “unavoidable” repeated in a
//   quote of the minister's);
// - a headline: a quote in the headline ("Ferry operator warns of ‘hard winter’ ahead") comes from
//   the person the article goes on to quote first.
// Pure: imports nothing from editors, LSP or Node.
import type { FoundQuote } from './quotes';
import type { Paragraph } from './paragraphs';
import type { QuoteAttribution } from './attribution';

/** How many quotes either side an echo is looked for in: enough for an article, linear on a book. */
const ECHO_REACH = 60;
/** An echo is a short lifted phrase: longer quotes are not repeated word for word. */
const ECHO_MAX_WORDS = 8;
/** A headline is one short line with no full stop at its end. */
const HEADLINE_MAX_WORDS = 25;

/** Gives unattributed speech quotes the speaker the article gives the same words, or the headline's. */
export function inferFromContext(text: string, quotes: FoundQuote[], results: QuoteAttribution[], paragraphs: Paragraph[]): void {
  const headline = headlineOf(text, paragraphs);
  for (let i = 0; i < quotes.length; i++) {
    const r = results[i];
    if (r.speaker !== null || r.kind !== 'speech') continue;
    const echo = echoOf(text, quotes, results, i);
    if (echo !== null) {
      results[i] = { ...r, speaker: echo.speaker, mentionSpan: echo.mentionSpan, method: 'echo' };
      continue;
    }
    if (headline !== null && quotes[i].span.start >= headline.start && quotes[i].span.end <= headline.end) {
      const first = results.find((x, j) => j > i && x.speaker !== null && quotes[j].span.start >= headline.end);
      if (first !== undefined && first.speaker !== null) results[i] = { ...r, speaker: first.speaker, mentionSpan: first.mentionSpan, method: 'headline' };
    }
  }
  for (let i = 0; i < quotes.length; i++) {
    const s = results[i].speaker;
    if (s === null || (results[i].method !== 'echo' && results[i].method !== 'headline')) continue;
    s.quoteIds.push(i);
    s.quoteIds.sort((a, b) => a - b);
  }
}

/** The attributed quote nearest to quote `i` whose words hold quote `i`'s words, or null. */
function echoOf(text: string, quotes: FoundQuote[], results: QuoteAttribution[], i: number): QuoteAttribution | null {
  const phrase = normalise(text.slice(quotes[i].inner.start, quotes[i].inner.end));
  const words = phrase.split(' ').length;
  if (phrase.length < 3 || words > ECHO_MAX_WORDS) return null;
  for (let d = 1; d <= ECHO_REACH; d++) {
    for (const j of [i - d, i + d]) {
      if (j < 0 || j >= quotes.length) continue;
      const other = results[j];
      if (other.speaker === null || other.method === 'echo' || other.method === 'headline') continue;
      const said = ` ${normalise(text.slice(quotes[j].inner.start, quotes[j].inner.end))} `;
      if (said.includes(` ${phrase} `)) return other;
    }
  }
  return null;
}

/** Lower case, curly apostrophes straightened, punctuation at the ends and runs of space dropped. */
function normalise(s: string): string {
  return s.toLowerCase().replace(/\u2019/g, "'").replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** The first paragraph when it reads as a headline: short, with no full stop, ? or ! at its end. */
function headlineOf(text: string, paragraphs: Paragraph[]): { start: number; end: number } | null {
  const first = paragraphs.find((p) => !p.blank);
  if (first === undefined) return null;
  const line = text.slice(first.start, first.end).trim();
  if (line === '' || /[.!?:]["”’]?$/.test(line) || line.split(/\s+/).length > HEADLINE_MAX_WORDS) return null;
  return { start: first.start, end: first.end };
}
