// Speakers for quotes that name none where they stand, from the rest of the article:
// - an echo: the same words quoted from someone elsewhere (a lede's “unavoidable” repeated in a
//   quote of the minister's);
// - a headline: a quote in the headline ("Ferry operator warns of ‘hard winter’ ahead") comes from
//   the person the article goes on to quote first;
// - and the other way, a title: words in title case that the article quotes as a title once
//   ("Nadia Vale wrote “Paper Lanterns”") are that title wherever it quotes them.
// Pure: imports nothing from editors, LSP or Node.
import type { FoundQuote } from './quotes';
import type { Paragraph } from './paragraphs';
import type { Span } from './types';
import { type QuoteAttribution, quoteAttribution, titleWordCount } from './attribution';
import { isAlnum } from './chars';
import { KIN_SEX, ORGANIZATION_DESCRIPTIONS, ROLE_NOUNS } from './lexicon';

/** How many quotes either side an echo is looked for in: enough for an article, linear on a book. */
const ECHO_REACH = 60;
/** An echo is a short lifted phrase: longer quotes are not repeated word for word. */
const ECHO_MAX_WORDS = 8;
/** A headline is one short line with no full stop at its end. */
const HEADLINE_MAX_WORDS = 25;

/** Gives unattributed speech quotes the speaker the article gives the same words, or the headline's. */
/** `headline` is the article's headline (see headlineOf), found once by the caller. */
export function inferFromContext(text: string, quotes: FoundQuote[], results: QuoteAttribution[], headline: Span | null): void {
  titlesEverywhere(text, quotes, results);
  // Each quote's words in lower case, computed once and only when an echo search needs them.
  const lowered: (string | undefined)[] = new Array(quotes.length);
  const words = (j: number): string => (lowered[j] ??= text.slice(quotes[j].inner.start, quotes[j].inner.end).toLowerCase());
  for (let i = 0; i < quotes.length; i++) {
    const r = results[i];
    // "Lido closure ‘a betrayal’, says campaigner": a headline's bare description is the person the
    // body quotes saying the same words.
    const inHeadline = headline !== null && quotes[i].span.start >= headline.start && quotes[i].span.end <= headline.end;
    // "Labour mocks “cabinet of squabblers”": the Labour spokesman the body quotes. "TfL says
    // shutdown is ‘unavoidable’", "Chief executive says council has ‘no lawful way’", "Operator
    // admits …", "Mum’s fury …": whoever in the body says the same words, when the headline names
    // a body or a description, not a person.
    if (inHeadline && r.speaker !== null && (r.speaker.kind === 'unnamed' || r.speaker.kind === 'organization' || isDescription(r.speaker.name))) {
      const echo = echoOf(quotes, results, i, words);
      const said = r.speaker.name;
      if (echo !== null && echo.speaker !== null && echo.speaker !== r.speaker && (echo.speaker.kind === 'person' || (echo.speaker.kind === 'organization' && r.speaker.kind === 'unnamed') || echo.speaker.name.includes(said))) {
        r.speaker.quoteIds = r.speaker.quoteIds.filter((q) => q !== i);
        results[i] = quoteAttribution(r.kind, echo.speaker, 'echo', echo.mentionSpan, r.cue, r.cueSpan);
      }
      continue;
    }
    // England’s chalk streams losing insects at ‘alarming’ rate: a headline's lifted word is speech
    // when the body quotes someone saying it.
    if (inHeadline && r.kind === 'term') {
      const echo = echoOf(quotes, results, i, words);
      if (echo !== null) results[i] = quoteAttribution('speech', echo.speaker, 'echo', echo.mentionSpan, r.cue, r.cueSpan);
      continue;
    }
    if (r.speaker !== null || r.kind !== 'speech') continue;
    const echo = echoOf(quotes, results, i, words);
    if (echo !== null) {
      results[i] = quoteAttribution(r.kind, echo.speaker, 'echo', echo.mentionSpan, r.cue, r.cueSpan);
      continue;
    }
    // (Not when the body gives the same words to nobody: "'We are not going anywhere'" in a
    // headline, read off a placard in the body.)
    if (inHeadline && !unattributedInBody(quotes, results, i, headline.end, words)) {
      const first = results.find((x, j) => j > i && x.speaker !== null && quotes[j].span.start >= headline.end);
      if (first !== undefined && first.speaker !== null) results[i] = quoteAttribution(r.kind, first.speaker, 'headline', first.mentionSpan, r.cue, r.cueSpan);
    }
  }
  const gained = new Set<QuoteAttribution['speaker']>();
  for (let i = 0; i < quotes.length; i++) {
    const s = results[i].speaker;
    if (s === null || (results[i].method !== 'echo' && results[i].method !== 'headline')) continue;
    s.quoteIds.push(i);
    gained.add(s);
  }
  for (const s of gained) s?.quoteIds.sort((a, b) => a - b);
}

/**
 * “Paper Lanterns” has earned 212 million streams, according to Tallystream: words in title case
 * that the article quotes elsewhere as a term (the title of a song, a slogan, a product) are the
 * same term here, not speech, whatever cue stands near.
 */
function titlesEverywhere(text: string, quotes: FoundQuote[], results: QuoteAttribution[]): void {
  let titles: Set<string> | null = null;
  for (let i = 0; i < quotes.length; i++) {
    if (results[i].kind !== 'term') continue;
    const words = trimPunctuation(text.slice(quotes[i].inner.start, quotes[i].inner.end));
    if (titleWordCount(words) > 0) (titles ??= new Set()).add(words);
  }
  if (titles === null) return;
  for (let i = 0; i < quotes.length; i++) {
    const r = results[i];
    if (r.kind === 'term' || !titles.has(trimPunctuation(text.slice(quotes[i].inner.start, quotes[i].inner.end)))) continue;
    // (Taken back from the speaker it was given to.)
    if (r.speaker !== null) r.speaker.quoteIds = r.speaker.quoteIds.filter((q) => q !== i);
    results[i] = quoteAttribution('term', null, null);
  }
}

/** "Operator", "Mum": a one-word name that is a description written with a capital (in a headline). */
function isDescription(name: string): boolean {
  const word = name.toLowerCase();
  return !name.includes(' ') && (ROLE_NOUNS.has(word) || KIN_SEX.has(word) || ORGANIZATION_DESCRIPTIONS.has(word));
}

/** The attributed quote nearest to quote `i` whose words hold quote `i`'s words, or null. */
function echoOf(quotes: FoundQuote[], results: QuoteAttribution[], i: number, words: (j: number) => string): QuoteAttribution | null {
  // A long quote is no lifted phrase: count its words from the text before normalising anything.
  const inner = quotes[i].inner;
  if (inner.end - inner.start > ECHO_MAX_WORDS * 16) return null;
  const phrase = trimPunctuation(words(i));
  if (phrase.length < 3 || phrase.split(' ').length > ECHO_MAX_WORDS) return null;
  for (let d = 1; d <= ECHO_REACH; d++) {
    for (const j of [i - d, i + d]) {
      if (j < 0 || j >= quotes.length) continue;
      const other = results[j];
      if (other.speaker === null || other.method === 'echo' || other.method === 'headline') continue;
      if (holdsPhrase(words(j), phrase)) return other;
    }
  }
  return null;
}

/** Whether a quote of the body after `bodyFrom` holds quote `i`'s words and has no speaker. */
function unattributedInBody(quotes: FoundQuote[], results: QuoteAttribution[], i: number, bodyFrom: number, words: (j: number) => string): boolean {
  const phrase = trimPunctuation(words(i));
  if (phrase.length < 3) return false;
  for (let j = i + 1; j < quotes.length; j++) {
    if (quotes[j].span.start >= bodyFrom && results[j].speaker === null && results[j].kind === 'speech' && holdsPhrase(words(j), phrase)) return true;
  }
  return false;
}

/** The phrase without the punctuation and space at its ends ("unavoidable," → "unavoidable"). */
function trimPunctuation(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && !isAlnum(s[a])) a++;
  while (b > a && !isAlnum(s[b - 1])) b--;
  return s.slice(a, b);
}

/** True when `phrase` stands in `said` as whole words. */
function holdsPhrase(said: string, phrase: string): boolean {
  for (let at = said.indexOf(phrase); at >= 0; at = said.indexOf(phrase, at + 1)) {
    if (!isAlnum(said[at - 1]) && !isAlnum(said[at + phrase.length])) return true;
  }
  return false;
}

/** The headline and a standfirst under it: the first paragraphs that are short, with no full stop, ? or ! at their end. */
export function headlineOf(text: string, paragraphs: Paragraph[]): Span | null {
  const lines = paragraphs.filter((p) => !p.blank).slice(0, 2);
  let count = 0;
  for (const p of lines) {
    const line = text.slice(p.start, p.end).trim();
    if (line === '' || /[.!?:]["”’]?$/.test(line) || line.split(/\s+/).length > HEADLINE_MAX_WORDS) break;
    count++;
  }
  return count === 0 ? null : { start: lines[0].start, end: lines[count - 1].end };
}
