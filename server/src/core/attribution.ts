// Finds who said each quotation: a cue verb with a name, pronoun or unnamed source next to the
// quote (before, after or inside it), `according to X`, quotes split by their cue, and paragraphs
// that only continue the previous speaker. Short quotes with no source are terms (scare quotes).
// Pure: imports nothing from editors, LSP or Node.
import type { AttributionMethod, QuoteKind, Span } from './types';
import type { FoundQuote } from './quotes';
import type { Paragraph } from './paragraphs';
import { type Token, type TokenSet, isParticleName, ownCopy, tokenAt, tokenAtFrom, tokenLowers, tokenTexts } from './tokens';
import { type NameRun, type Subject, AGED, INDEFINITE, JOB_ACRONYMS, MIDDLE_INITIAL, PERSON_NOUN, asksNotToBeNamed, afterNameEnding, collectNameRuns, isPostNominal, nameSetOffAfter, nameSubject, pronounSubject, readNameForward, readSubjectBackward, readSubjectForward, unnamedSubject } from './names';
import { findRelatives, type Relative } from './relatives';
import { CUE_WORDS, KIN_SEX, NAME_WORDS_OF, POSSESSIVE_PRONOUNS, PLAYER_DESCRIPTIONS, RELATIONS, DOCUMENT_NOUNS, NAMING_VERBS, ORGANIZATION_DESCRIPTIONS, ORGANIZATION_WORDS, PLACES, PRONOUNS, ROLE_NOUNS, SOURCE_NOUNS, TERM_INTRODUCERS, words } from './lexicon';
import { LEX_ACCORDING, LEX_AUXILIARY, LEX_TITLE, LEX_CUE, LEX_CUE_FINITE, LEX_CUE_PARTICIPLE, LEX_NEAR_CUE, LEX_ROLE_NOUN, LEX_SUBJECT_PRONOUN, LEX_WEAK_CUE } from './wordClasses';
import { sentenceStartTokens } from './sentences';
import { headlineOf, inferFromContext } from './echoes';
import { isNameByUse } from './termUse';
import { countBefore } from './search';
import { retainUntilNext } from './retained';
import { endsPossessive, isUpper } from './chars';
import { SpeakerRegistry, type SpeakerDraft, isKnownFirstName } from './speakers';

/** What attribution decided for one quote. */
export interface QuoteAttribution {
  speaker: SpeakerDraft | null;
  cue: string | null;
  cueSpan: Span | null;
  mentionSpan: Span | null;
  method: AttributionMethod | null;
  kind: QuoteKind;
}

/** Cues whose next word is their object, never an inverted subject ("told CNBC"). */
const TAKES_OBJECT = new Set(['told', 'tells', 'telling', 'tell', 'urged', 'urges', 'called', 'described']);

/** A cue and the subject it names, as token indices. */
interface CueMatch {
  subject: Subject;
  cueFrom: number;
  cueTo: number;
}

/** A speaker in focus at an offset, for pronoun resolution. */
interface FocusEvent {
  at: number;
  speaker: SpeakerDraft;
}

/** Attributes every quote; returns one result per quote and the speakers found. */
/** A sentence whose own words name a source ("Hoffman said costs rose 20%"), for claims outside quotes. */
export interface SentenceSource {
  span: Span;
  speaker: SpeakerDraft;
}

/** Everything attribution finds: one result per quote, the sentence sources, and the registry. */
export interface Attribution {
  results: QuoteAttribution[];
  sentenceSources: SentenceSource[];
  registry: SpeakerRegistry;
}

export function attributeQuotes(text: string, quotes: FoundQuote[], tokens: Token[], paragraphs: Paragraph[]): Attribution {
  const quoteFirstToken = markQuoted(tokens, quotes);
  const sentenceStarts = sentenceStartTokens(tokens, text);
  const paraOf = paragraphIndexOfTokens(tokens, paragraphs);
  const runs = collectNameRuns(tokens, paraOf, sentenceStarts);
  const registry = new SpeakerRegistry(text, tokens, runs, (at) => sentenceStartIn(sentenceStarts, paraOf, at));
  const facts = paragraphFacts(tokens, paraOf, Math.max(paragraphs.length, 1));
  const ctx: Context = { text, tokens, sentenceStarts, paraOf, registry, runs, focus: [], paragraphFirstToken: facts.first, paragraphHasWords: facts.hasWords, paragraphOrdinal: facts.ordinal, quoteFirstToken, headline: headlineOf(text, paragraphs) };
  const pending = cueClauseEvents(ctx);
  let nextPending = 0;

  const results: QuoteAttribution[] = [];
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi];
    while (nextPending < pending.length && pending[nextPending].at < q.span.start) ctx.focus.push(pending[nextPending++]);
    const result = attributeOne(ctx, quotes, results, qi);
    if (result.speaker !== null) {
      result.speaker.quoteIds.push(qi);
      ctx.focus.push({ at: q.span.start, speaker: result.speaker });
    }
    results.push(result);
  }
  while (nextPending < pending.length) ctx.focus.push(pending[nextPending++]);
  inferFromContext(text, quotes, results, ctx.headline);
  const sentenceSources = findSentenceSources(ctx);
  // (The context holds the registry and the sentence starts: see retained.ts.)
  retainUntilNext('attribution context', ctx);
  return { results, sentenceSources, registry };
}

/** Every sentence with a cue clause outside quotes, and the source it names. */
function findSentenceSources(ctx: Context): SentenceSource[] {
  const { tokens, sentenceStarts, paraOf } = ctx;
  const out: SentenceSource[] = [];
  let start = 0;
  for (let k = 1; k <= tokens.length; k++) {
    if (k < tokens.length && !sentenceStarts.has(k) && paraOf[k] === paraOf[k - 1]) continue;
    let hasQuote = false;
    let according = false;
    for (let m = start; m < k; m++) {
      if (tokens[m].quoted) hasQuote = true;
      // (LEX_ACCORDING is the word "according": a bit of the token's own flags, no string read.)
      if ((tokens[m].lex & LEX_ACCORDING) !== 0) according = true;
    }
    // In a sentence with a quote the cue introduces the quote; only "according to" covers the rest.
    // (matchBefore only reads tokens, and its cue lies in the sentence: a sentence with a quote and no
    // "according" is not read at all.)
    const match = hasQuote && !according ? null : matchBefore(ctx, k, start);
    if (match !== null && (!hasQuote || tokens[match.cueFrom].lower === 'according')) {
      const speaker = resolveSubject(ctx, match.subject, tokens[match.cueFrom].start);
      if (speaker !== null) out.push({ span: { start: tokens[start].start, end: tokens[k - 1].end }, speaker });
    }
    start = k;
  }
  return out;
}

interface Context {
  text: string;
  tokens: Token[];
  sentenceStarts: TokenSet;
  paraOf: Int32Array;
  registry: SpeakerRegistry;
  runs: NameRun[];
  focus: FocusEvent[];
  /** By paragraph index: its first token, or -1. */
  paragraphFirstToken: Int32Array;
  /** By paragraph index: 1 when it has a word outside quotes. */
  paragraphHasWords: Uint8Array;
  /** By paragraph index: how many paragraphs with tokens there are up to it, itself included (blank lines count none). */
  paragraphOrdinal: Int32Array;
  /** By quote index: the first token at or after its opening mark (tokenAt of its start). */
  quoteFirstToken: Int32Array;
  /** The headline and a standfirst under it (see headlineOf), or null. */
  headline: Span | null;
  /** By kind of body ("council"): the only organisation of that kind, found on first use. */
  onlyBody?: Map<string, { speaker: SpeakerDraft; firstStart: number } | null>;
  /** The writer the byline names, found on first use (null: none). */
  byline?: { speaker: SpeakerDraft } | null;
  /** By word of a name: the first token of the first name run holding it, found on first use. */
  firstRunOfWord?: Map<string, number>;
  /** The relatives the article names ("Their father, Tariq Yusuf,"), found on first use. */
  relatives?: Relative[];
  /** By speaker: the role phrases hasRole compares, made on first use. */
  rolePhrases?: Map<SpeakerDraft, RolePhrases>;
}

/** First words of place names that look like a person's name ("United States", "New York"). */
const PLACE_STARTS = new Set(words(`Typhoon Hurricane Cyclone Storm Tropical United New North South East West Saudi Hong Big Silicon Wall White Downing Middle Latin Central Great Los San Las Santa St Western Eastern Northern Southern Artificial Chinese American British European`));

/**
 * Every QuoteAttribution is made here, its fields always in the same order (the order of the
 * interface), so that V8 gives all results one hidden class. Spreading a result into a new object
 * literal made a second layout that deoptimised attributeOne and what reads its results.
 */
export function quoteAttribution(kind: QuoteKind, speaker: SpeakerDraft | null, method: AttributionMethod | null, mentionSpan: Span | null = null, cue: string | null = null, cueSpan: Span | null = null): QuoteAttribution {
  return { speaker, cue, cueSpan, mentionSpan, method, kind };
}

/** A quote without a speaker: a term, or speech whose source is not found. */
function unattributed(kind: QuoteKind): QuoteAttribution {
  return quoteAttribution(kind, null, null);
}

function attributeOne(ctx: Context, quotes: FoundQuote[], done: QuoteAttribution[], qi: number): QuoteAttribution {
  const { tokens } = ctx;
  const q = quotes[qi];
  const first = ctx.quoteFirstToken[qi];
  const after = tokenAtFrom(tokens, first, q.span.end);
  const words = countWords(ctx.text, q.inner, WORDS_COUNTED);

  // "It read “Piétons oubliés” (“Forgotten pedestrians”)": a quote in brackets right after a quote
  // is its translation, with its kind and speaker.
  const translated = qi > 0 ? done[qi - 1] : null;
  if (translated !== null && /^\s*\(\s*$/.test(ctx.text.slice(quotes[qi - 1].span.end, q.span.start))) {
    return quoteAttribution(translated.kind, translated.speaker, translated.speaker === null ? null : 'continuation', translated.mentionSpan, translated.cue, translated.cueSpan);
  }
  // Senator Ramon “Bong” Villareal: a nickname inside a name.
  const nickname = words <= 2 && tokens[first - 1]?.word === true && tokens[first - 1].cap && !tokens[first - 1].quoted && tokens[after]?.word === true && tokens[after].cap && /^\p{Lu}/u.test(ctx.text.slice(q.inner.start, q.inner.end).trim()) && /\s/.test(ctx.text.slice(tokens[after - 1].end, tokens[after].start));
  if (nickname || isTermIntroduced(tokens, first) || looksLikeTitle(ctx, q, first, after) || (isNameByUse(tokens, first, after, words) && !quotedBefore(ctx, quotes, qi))) return unattributed('term');
  // CNBC's “Closing Bell: Overtime”: a title right after a possessive name.
  const before = tokens[first - 1];
  if (before !== undefined && before.word && before.cap && /['\u2019]s$/.test(before.text) && words <= 6) return unattributed('term');

  // “We will appeal.” His lawyer said …: a quote that ends its sentence with a full stop, followed
  // by a capital, leaves the next sentence's cue to the next quote.
  // (Not when that sentence is only its subject and a manner cue: "“Every single winter.” She laughs. “In 2009 …”".)
  const beatAfter = tokens[after] !== undefined && tokens[after + 1] !== undefined && isCue(tokens[after + 1]) && (tokens[after + 2]?.text === '.' || tokens[after + 2]?.text === ',') && (PRONOUNS.has(tokens[after].lower) || tokens[after].cap);
  const endsSentence = lastNonSpace(ctx.text, q.inner) === '.' && tokens[after] !== undefined && tokens[after].cap && !beatAfter;
  // “Did you ever think about leaving?” I ask.: the writer the byline names.
  const writer = tokens[after]?.text === 'I' && isCue(tokens[after + 1]) && ctx.paraOf[after] === ctx.paraOf[first] ? bylineWriter(ctx) : null;
  if (writer !== null) {
    return quoteAttribution('speech', writer.speaker, 'pronoun', { start: tokens[after].start, end: tokens[after].end }, ctx.text.slice(tokens[after + 1].start, tokens[after + 1].end), { start: tokens[after + 1].start, end: tokens[after + 1].end });
  }
  // "a Facebook group called “Sauvons notre urgence,”": the name a thing is called is a term.
  if (NAMING_VERBS.has(tokens[first - 1]?.lower ?? '') && NAMED_THINGS.has(tokens[first - 2]?.lower ?? '')) return unattributed('term');
  const carried = carriedBy(ctx, quotes, done, qi);
  if (carried !== null) return carried;
  const posted = postedBy(ctx, first);
  if (posted !== null) return posted;
  if (saidBySomeone(ctx, first)) return unattributed('speech');
  const afterMatch = endsSentence ? null : matchAfter(ctx, after);
  const match = afterMatch ?? matchBefore(ctx, first) ?? matchAccordingToLater(ctx, after) ?? matchSourcePhrase(ctx, first, after);
  // "Fans chanted “Olé”": a chanted word is a term; "protesters … chanted “Tunataka bonasi!”" is speech.
  if (match !== null && CHANTS.has(tokens[match.cueFrom].lower) && words <= 3 && !isWholeSentence(ctx.text.slice(q.inner.start, q.inner.end).trim(), words)) return unattributed('term');
  if (match !== null) {
    // “Holloway had been “more than fair,” she said”: a person named in the quote's own sentence,
    // before it, is what the quote is about, not who says it.
    const topicFrom = afterMatch !== null && match.subject.kind === 'pronoun' ? tokens[sentenceStart(ctx, first)].start : q.span.start;
    const named = afterMatch !== null && match.subject.kind === 'pronoun' ? namedInSentence(ctx, first) : NOBODY;
    const answer = match.subject.kind === 'pronoun' ? answerTo(ctx, quotes, done, qi) : null;
    const asker = match.subject.kind === 'pronoun' && REPLY_CUES.has(tokens[match.cueFrom].lower) ? latestAsker(ctx, q.span.start) : answer?.asker ?? null;
    // “Isn’t it possible …?” he asked.⏎“Possible, yes,” she said.: the witness answers again.
    const witness = answer?.witness ?? null;
    let resolved = witness !== null && witness.gender === PRONOUNS.get(tokens[match.subject.from].lower) ? witness : resolveSubject(ctx, match.subject, q.span.start, topicFrom, named, asker);
    // "A former Treasury minister has warned that … “…”⏎Dame Eluned Pryce-Morgan, who …, told Sky
    // News …": a lede's description, then the person the next paragraph names as its subject.
    if (resolved !== null && resolved.kind === 'unnamed' && match.subject.kind === 'unnamed') resolved = namedAfterLede(ctx, match.subject, first) ?? resolved;
    // "“…,” said a woman in a red fleece.⏎She was Dolores Figueiredo, 71, …": a description whom the
    // next paragraph names.
    if (match.subject.kind === 'unnamed' && (resolved === null || resolved.kind === 'unnamed')) resolved = revealedInNextParagraph(ctx, match.subject, first) ?? resolved;
    // "The bill's author, a first-term Democrat …, called the delay “…”⏎“…,” Assemblymember Daniela
    // Ortiz-Whitfield said": a lede's definite description of a job, whom the next paragraph names.
    if (match.subject.kind === 'unnamed' && (tokens[match.subject.from]?.lower === 'the' || tokens[match.subject.from - 1]?.lower === 'the') && !(resolved !== null && resolved.kind === 'person' && roleFits(resolved, match.subject.text))) resolved = speakerNamedAfterLede(ctx, match.subject, first) ?? resolved;
    if (resolved !== null) {
      return quoteAttribution(
        'speech',
        resolved,
        match.subject.kind === 'pronoun' ? 'pronoun' : 'explicit',
        { start: tokens[match.subject.from].start, end: tokens[match.subject.to - 1].end },
        ctx.text.slice(tokens[match.cueFrom].start, tokens[match.cueTo - 1].end),
        { start: tokens[match.cueFrom].start, end: tokens[match.cueTo - 1].end },
      );
    }
    // A cue with a pronoun that points at nobody: speech, but unattributed. ("… and that widening it
    // would add “well over a billion dollars”": a thing's "it" leaves the quote to the rules below.)
    if (!(match.subject.kind === 'pronoun' && match.subject.word === 'it')) return subjectInFocus(ctx, first, q.span.start) ?? unattributed('speech');
  }

  // (With no cue read next to the quote: the subject its sentence brought into focus before a cue.)
  if (match === null) {
    const inFocus = subjectInFocus(ctx, first, q.span.start);
    if (inFocus !== null) return inFocus;
  }

  // “Mr Pask paused. “I can't give you a number.””: a quote that opens a sentence after one about a
  // person, in the same paragraph, with no cue of its own.
  const beat = subjectOfSentenceBefore(ctx, first);
  if (beat !== null) return quoteAttribution('speech', beat.speaker, 'continuation', beat.mention);

  // “The report found that … “in most months of most years””: the body behind the document.
  const finding = documentFinding(ctx, first);
  if (finding !== null) return finding;

  // A quote split from its cue (“X,” he said. “Y.”) shares the speaker of the quote before it.
  const prev = qi > 0 ? quotes[qi - 1] : null;
  const prevResult = qi > 0 ? done[qi - 1] : null;
  if (prev !== null && prevResult !== null && prevResult.speaker !== null && ctx.paraOf[tokenAt(tokens, prev.span.end - 1)] === ctx.paraOf[first] && !hasCueBetween(ctx, tokenAt(tokens, prev.span.end), first, prevResult.cueSpan)) {
    return quoteAttribution('speech', prevResult.speaker, prevResult.method, prevResult.mentionSpan, prevResult.cue, prevResult.cueSpan);
  }

  // “…”⏎The warning came from Dr. Alan Greer, …: the next paragraph names who said it.
  if (paragraphIsOnlyQuotes(ctx, first)) {
    const named = namedInNextParagraph(ctx, after);
    if (named !== null) return quoteAttribution('speech', named.speaker, 'explicit', named.mention);
  }

  // In an interview ("“Did you ever think about leaving?” I ask."), a question alone in its
  // paragraph after the interviewee's answer is the writer's next question.
  if (paragraphIsOnlyQuotes(ctx, first) && isQuestion(ctx, q) && prevResult !== null && prevResult.speaker !== null && prev !== null && opensParagraphAfter(ctx, prev, q)) {
    const writer = bylineWriter(ctx);
    if (writer !== null && writer.speaker !== prevResult.speaker && writer.speaker.quoteIds.length > 0) return quoteAttribution('speech', writer.speaker, 'continuation');
  }
  // “Not all, your honor. Some,” Cruz replied.⏎“How many is 'some'?”: a question alone after an
  // answer is the asker's next question.
  if (qi >= 2 && paragraphIsOnlyQuotes(ctx, first) && isQuestion(ctx, q) && prevResult !== null && prevResult.speaker !== null && isQuestion(ctx, quotes[qi - 2]) && done[qi - 2].speaker !== null && done[qi - 2].speaker !== prevResult.speaker && opensParagraphAfter(ctx, quotes[qi - 2], quotes[qi - 1]) && opensParagraphAfter(ctx, quotes[qi - 1], q)) {
    return quoteAttribution('speech', done[qi - 2].speaker, 'continuation');
  }
  // "“Do you regret it?” I ask her.⏎“Never.”": a quote alone after a question is its answer, from
  // whom the question was put to: the person in focus who did not ask it.
  // (Only a question of the writer's, by byline or by no one: whoever else asked may go on talking.)
  const writerAsked = prevResult !== null && (prevResult.speaker === null || prevResult.speaker === ctx.byline?.speaker);
  if (prev !== null && writerAsked && paragraphIsOnlyQuotes(ctx, first) && isQuestion(ctx, prev) && opensParagraphAfter(ctx, prev, q) && !isQuestion(ctx, q)) {
    for (let i = lastEventAtOrBefore(ctx.focus, q.span.start); i >= 0 && q.span.start - ctx.focus[i].at <= FOLLOWED_REACH; i--) {
      const s = ctx.focus[i].speaker;
      if (s.kind !== 'person' || s === ctx.byline?.speaker) continue;
      return quoteAttribution('speech', s, 'continuation');
    }
  }
  // "'We are doing everything we can'" alone on a line with no full stop, then "“We are doing
  // everything we can. …,” she said": a subheading that quotes the paragraphs after it is theirs
  // (found by the echo pass), not the previous paragraph's.
  if (paragraphIsOnlyQuotes(ctx, first) && isSubheading(ctx, quotes, qi)) return unattributed('speech');
  // A paragraph that is only a quote continues the previous paragraph's speaker.
  if (prev !== null && prevResult !== null && prevResult.speaker !== null && paragraphIsOnlyQuotes(ctx, first) && ctx.paraOf[tokenAt(tokens, prev.span.end - 1)] === previousParagraphWithTokens(ctx, first)) {
    return quoteAttribution('speech', prevResult.speaker, 'continuation', prevResult.mentionSpan);
  }

  // A paragraph that is only a quote, after a paragraph with no quote that brings someone in
  // ("Tom Hill, the coach, praised his team.⏎“They were brilliant.”"): that person speaks.
  // (A short quote too when it is a whole sentence: "“It was chaos.”")
  const saying = words >= 4 || isWholeSentence(ctx.text.slice(q.inner.start, q.inner.end).trim(), words);
  if (paragraphIsOnlyQuotes(ctx, first) && saying) {
    const introduced = introducedInPreviousParagraph(ctx, first);
    if (introduced !== null) return quoteAttribution('speech', introduced, 'continuation');
  }

  // A paragraph that is only a quote, with no cue anywhere near: in a feature or an interview it is
  // the person the story is following, the latest in focus ("She is careful not to blame the
  // newcomers.⏎“I don’t blame the young ones.”").
  // The paragraph before must be about that person: they are in focus there, it opens with "he" or
  // "she", or it is a short beat ("So why write it now?"); not "Nevertheless, the majority of tech
  // executives were of the opinion that …".
  if (paragraphIsOnlyQuotes(ctx, first) && saying) {
    const before = previousParagraphWithTokens(ctx, first);
    const from = before < 0 ? -1 : ctx.paragraphFirstToken[before];
    for (let i = lastEventAtOrBefore(ctx.focus, q.span.start); from >= 0 && i >= 0 && q.span.start - ctx.focus[i].at <= FOLLOWED_REACH; i--) {
      const s = ctx.focus[i].speaker;
      if (s.kind !== 'person') continue;
      const opener = tokens[from];
      const pronoun = opener.word && (opener.lower === 'he' || opener.lower === 'she') && (s.gender === null || s.gender === (opener.lower === 'he' ? 'm' : 'f'));
      let beat = true;
      for (let k = from, n = 0; beat && k < tokens.length && ctx.paraOf[k] === before; k++) if (tokens[k].word && ++n > SHORT_BEAT) beat = false;
      // ("What the cameras can’t do, she argues, is …", "Her two daughters have not read it": a
      // paragraph that speaks of someone of that sex by pronoun.)
      let byPronoun = false;
      for (let k = from; !byPronoun && k < tokens.length && ctx.paraOf[k] === before; k++) {
        const sex = tokens[k].quoted ? undefined : PERSON_PRONOUN_SEX.get(tokens[k].lower);
        byPronoun = sex !== undefined && (s.gender === null || s.gender === sex);
      }
      if (pronoun || beat || byPronoun || ctx.focus[i].at >= tokens[from].start) return quoteAttribution('speech', s, 'continuation');
      break;
    }
  }

  // A short quote with no source is a term, unless it is a whole sentence ("Nobody said this.") or
  // what a sign, a note or a banner reads ("It read “Piétons oubliés”", "a placard reading “…”").
  const inner = ctx.text.slice(q.inner.start, q.inner.end).trim();
  const wholeSentence = isWholeSentence(inner, words);
  const read = tokens[wordBeforeQuote(tokens, first)];
  const readOut = read !== undefined && read.word && (READING.has(read.lower) || read.lower === 'saying');
  return unattributed(words <= 3 && !wholeSentence && !readOut && !sentenceHasCue(ctx, first) ? 'term' : 'speech');
}

/** The words with which a sign or a note gives what it says ("read: “…”", "a placard reading “…”"). */
const READING = new Set(['read', 'reads', 'reading']);

/** The token before the quote whose first token is `first`, past a colon ("read: “…”"). */
function wordBeforeQuote(tokens: Token[], first: number): number {
  return tokens[first - 1]?.text === ':' ? first - 2 : first - 1;
}

/** What is put up or sent with words on it, which "read" what it says. */
const POSTED_NOUNS = new Set(['notice', 'sign', 'letter', 'note', 'placard', 'banner', 'poster', 'message', 'email', 'leaflet', 'flyer', 'card', 'text']);

/**
 * What a notice, a sign or a letter reads: "A notice from Ozark Crest taped to the front door …,
 * read: “…”", "An email sent Friday by the Pennsylvania Republican Party read: “…”" are the
 * sender's; "a handwritten sign taped above the locker room door read: “…”", "a handwritten note,
 * in Vietnamese and English, that reads: “…”", which no one signs, are nobody's. Null when the
 * quote is not read off such a thing.
 */
function postedBy(ctx: Context, first: number): QuoteAttribution | null {
  const { tokens } = ctx;
  const read = wordBeforeQuote(tokens, first);
  if (read < 0 || !READING.has(tokens[read].lower)) return null;
  for (let k = sentenceStart(ctx, first); k < read; k++) {
    if (tokens[k].quoted) return null;
    if (!/^(?:a|an|the)$/.test(tokens[k].lower)) continue;
    let n = k + 1;
    while (n < read && n <= k + 3 && tokens[n].word && !tokens[n].cap && !POSTED_NOUNS.has(tokens[n].lower)) n++;
    if (n >= read || !POSTED_NOUNS.has(tokens[n].lower)) continue;
    for (let b = n + 1; b < read; b++) {
      if (tokens[b].lower !== 'by' && tokens[b].lower !== 'from') continue;
      const at = tokens[b + 1]?.lower === 'the' ? b + 2 : b + 1;
      const run = runsBetween(ctx, at, at + 1)[0];
      if (run !== undefined && run.from === at && run.to <= read) {
        return quoteAttribution('speech', ctx.registry.speakerForName(run), 'explicit', { start: run.start, end: run.end }, tokens[read].text, { start: tokens[read].start, end: tokens[read].end });
      }
    }
    // ("The note read": one the article may have said who wrote; left to the rules after.)
    return tokens[k].lower === 'the' ? null : unattributed('speech');
  }
  return null;
}

/** Verbs of holding up signs ("some holding placards reading …"). */
const CARRYING = new Set(words(`holding held carrying carried waving waved brandishing brandished bearing hoisting raised raising`));

/**
 * What the signs a group carries read is the group's: "Protesters gathered …, some holding placards
 * reading ‘Hands off our library’ and ‘Books not budgets’", "Residents of Molapo … waved placards.
 * One read: “…”". The group is the subject of the sentence that carries the signs; a quote joined to
 * the one before by "and" or a comma reads off the same signs. Null otherwise.
 */
function carriedBy(ctx: Context, quotes: FoundQuote[], done: QuoteAttribution[], qi: number): QuoteAttribution | null {
  const { tokens } = ctx;
  const first = ctx.quoteFirstToken[qi];
  const read = wordBeforeQuote(tokens, first);
  // ("… reading ‘Hands off our library’ and ‘Books not budgets’": the second reads off the same signs.)
  const previousCue = qi > 0 ? done[qi - 1].cue : null;
  if (previousCue !== null && READING.has(previousCue) && done[qi - 1].speaker !== null && quotes[qi].span.start - quotes[qi - 1].span.end <= 8 && /^\s*(?:,|and|or|,\s*and)\s*$/.test(ctx.text.slice(quotes[qi - 1].span.end, quotes[qi].span.start))) {
    const p = done[qi - 1];
    return quoteAttribution('speech', p.speaker, 'continuation', p.mentionSpan, p.cue, p.cueSpan);
  }
  if (read < 1 || !READING.has(tokens[read].lower)) return null;
  let signs = -1;
  if (SIGN_NOUNS.has(tokens[read - 1].lower)) signs = read - 1;
  // ("… waved placards outside the court. One read: “…”": one of the signs of the sentence before.)
  else if (read - 1 === sentenceStart(ctx, read - 1) && /^(?:one|another)$/.test(tokens[read - 1].lower)) {
    const lo = sentenceStart(ctx, Math.max(0, read - 2));
    for (let k = lo; k < read - 1; k++) if (SIGN_NOUNS.has(tokens[k].lower) && /s$/.test(tokens[k].lower)) signs = k;
  }
  if (signs < 0) return null;
  const lo = sentenceStart(ctx, signs);
  let carrying = false;
  for (let k = lo; k < signs; k++) if (CARRYING.has(tokens[k].lower)) carrying = true;
  if (!carrying) return null;
  // The subject is what opens the sentence: the longest such reading ("Residents of Molapo sang and waved placards").
  let subject: Subject | null = null;
  for (let p = signs - 1; p > lo && subject === null; p--) {
    const s = readSubjectBackward(tokens, p - 1, lo);
    if (s !== null && s.from === lo) subject = s;
  }
  if (subject === null || subject.kind === 'pronoun' || (subject.kind === 'unnamed' && !/s$/.test(subject.text))) return null;
  const span = { start: tokens[subject.from].start, end: tokens[subject.to - 1].end };
  const speaker = subject.kind === 'name' ? ctx.registry.speakerForName(subject.run) : ctx.registry.speakerForSource(subject.text, span, subject.written);
  return quoteAttribution('speech', speaker, 'explicit', span, tokens[read].text, { start: tokens[read].start, end: tokens[read].end });
}

/**
 * Whether quote `qi`, alone in its paragraph, is a subheading: a few words with no full stop, "?"
 * or "!" at the end, that one of the next three quotes, in a later paragraph, says again.
 */
function isSubheading(ctx: Context, quotes: FoundQuote[], qi: number): boolean {
  const q = quotes[qi];
  const inner = ctx.text.slice(q.inner.start, q.inner.end).trim();
  if (inner.length < 8 || inner.length > 80 || /[.!?,;:]$/.test(inner) || ctx.text.charCodeAt(q.span.end) === 46) return false;
  const phrase = inner.toLowerCase();
  const paragraph = ctx.paraOf[ctx.quoteFirstToken[qi]];
  for (let j = qi + 1; j < quotes.length && j <= qi + 3; j++) {
    if (ctx.paraOf[ctx.quoteFirstToken[j]] === paragraph) continue;
    if (ctx.text.slice(quotes[j].inner.start, quotes[j].inner.end).toLowerCase().startsWith(phrase)) return true;
  }
  return false;
}

/** Things that are given names ("a group called “…”", "a campaign named “…”"). */
const NAMED_THINGS = new Set(words(`group page campaign account app book song album film movie show series podcast hashtag
  slogan motto movement initiative programme program scheme project event festival band boat ship horse dog cat
  company firm charity club team restaurant cafe bar shop store brand product plan policy bill report`));

/** Cue words for what a crowd chants. */
const CHANTS = new Set(['chant', 'chants', 'chanted', 'chanting']);

/** "Below it, someone had written in black marker: “23 DAYS.”": words whose sentence gives them to nobody in particular. */
function saidBySomeone(ctx: Context, first: number): boolean {
  const { tokens } = ctx;
  const lo = sentenceStart(ctx, first);
  for (let k = lo; k < first; k++) {
    if (tokens[k].quoted) return false;
    const w = tokens[k].lower;
    if (w !== 'someone' && w !== 'somebody') continue;
    for (let c = k + 1; c < first && c <= k + 3; c++) if (isCue(tokens[c])) return true;
  }
  return false;
}

/** The court's people, whom a report calls by their role: never the defendant in focus. */
/** Words for who someone is, not their job, that stand for the person in focus ("the veteran said"). */
const EPITHETS = new Set(words(`veteran teenager youngster pensioner widow widower survivor newcomer debutant rookie novice mother father grandmother grandfather`));

const COURT_PARTIES = new Set(['judge', 'coroner', 'recorder', 'magistrate', 'sheriff', 'prosecutor', 'barrister', 'solicitor', 'lawyer', 'jury']);

/** Court roles a report has one of, named with a title ("Judge Catrin Rowlands"). */
const COURT_ROLES = new Set(['judge', 'coroner', 'recorder', 'magistrate', 'sheriff']);

/** The one person of the article whose title is the role ("Judge", "Coroner"), or null. */
function onlyTitled(ctx: Context, role: string): SpeakerDraft | null {
  let only: SpeakerDraft | null = null;
  for (const run of ctx.runs) {
    const title = run.title?.split(' ')[0].replace(/\.$/, '').toLowerCase();
    if (title !== role && !(role === 'judge' && title === 'justice')) continue;
    const speaker = ctx.registry.speakerForName(run);
    if (only !== null && only !== speaker) return null;
    only = speaker;
  }
  return only;
}

/** Cue verbs whose base form is also a noun ("a group claim", "the police report"). */
const NOUN_LIKE_CUES = new Set(words(`claim report note comment post tweet reply answer promise vow joke estimate quip boast warning statement response`));

/** Words that make the word after them a noun. */
const ARTICLES_AND_POSSESSIVES = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'this', 'that']);

/** Pronouns of one person and the sex they tell. */
const PERSON_PRONOUN_SEX: ReadonlyMap<string, 'm' | 'f'> = new Map([['he', 'm'], ['him', 'm'], ['his', 'm'], ['she', 'f'], ['her', 'f'], ['hers', 'f']]);

/** Verbs by which a document speaks ("the report found", "the review concluded"). */
const FINDING_VERBS = new Set(words(`found finds concluded concludes showed shows warned warns noted notes stated states said says described describes recommended recommends claimed claims argued argues suggested suggests called calls criticised criticized`));

/**
 * A sentence that opens with a document and a verb of finding before the quote: "The report found
 * that … “in most months of most years”", "The review, carried out by the consultancy Ravensworth
 * Associates, found that records had been “routinely completed in advance”". The body named after
 * "by" wrote it; else the body named before the noun ("A Tidewater Research report"); else the
 * organisation last in focus.
 */
function documentFinding(ctx: Context, first: number): QuoteAttribution | null {
  const { tokens } = ctx;
  const lo = sentenceStart(ctx, first);
  if (!/^(?:the|a|an|its|their)$/.test(tokens[lo]?.lower ?? '') || tokens[lo].quoted) return null;
  let k = lo + 1;
  while (k < first && k < lo + 6 && tokens[k].word && tokens[k].cap) k++;
  const named = k > lo + 1 ? { from: lo + 1, to: k } : null;
  for (let m = 0; m < 2 && k < first && tokens[k].word && !tokens[k].cap && !DOCUMENT_NOUNS.has(tokens[k].lower); m++) k++;
  if (k >= first || !DOCUMENT_NOUNS.has(tokens[k].lower) || tokens[k].quoted) return null;
  const noun = k;
  let cue = -1;
  for (let c = noun + 1; c < first; c++) {
    if (tokens[c].word && !tokens[c].quoted && FINDING_VERBS.has(tokens[c].lower)) {
      cue = c;
      break;
    }
  }
  if (cue < 0) return null;
  let author = authorAfter(ctx, noun, cue);
  if (author === null && named !== null) {
    const run = runsBetween(ctx, named.from, named.to)[0];
    if (run !== undefined && run.to === named.to) author = run;
  }
  // "The report found": the report an earlier sentence said was "published … by the Chalk Rivers Trust".
  const definite = tokens[lo].lower !== 'a' && tokens[lo].lower !== 'an';
  for (let e = noun - 1; author === null && definite && e >= 0 && tokens[noun].start - tokens[e].start <= 3000; e--) {
    if (tokens[e].lower === tokens[noun].lower && !tokens[e].quoted) author = authorAfter(ctx, e, Math.min(e + 12, sentenceEnd(ctx, e)));
  }
  let speaker = author === null ? null : ctx.registry.speakerForName(author);
  // "An unsigned memo … describes": a new document with no author named speaks for nobody known.
  if (speaker === null && definite) speaker = resolveDescription(ctx, tokens[noun].lower, tokens[noun].start);
  if (speaker === null || speaker.kind === 'person') return null;
  const mention = author === null ? { start: tokens[lo].start, end: tokens[noun].end } : { start: author.start, end: author.end };
  return quoteAttribution('speech', speaker, 'explicit', mention, tokens[cue].text, { start: tokens[cue].start, end: tokens[cue].end });
}

/** Verbs after which "by" names who wrote a document ("carried out by", "published on Tuesday by"). */
const AUTHORED = new Set(['written', 'published', 'produced', 'conducted', 'out', 'compiled', 'prepared', 'issued', 'released', 'authored', 'up']);

/** The organisation a document's "by" names, between token `noun` and `limit`: "a report by SemiAnalysis". */
function authorAfter(ctx: Context, noun: number, limit: number): NameRun | null {
  const { tokens } = ctx;
  for (let b = noun + 1; b < limit; b++) {
    if (tokens[b].lower !== 'by' || tokens[b].quoted) continue;
    // "published on Tuesday by": the verb may stand a few words before "by".
    let authored = b === noun + 1;
    for (let v = b - 1; v > noun && v >= b - 4 && !authored; v--) authored = AUTHORED.has(tokens[v].lower);
    if (!authored) continue;
    const run = runsBetween(ctx, b + 1, Math.min(limit, b + 4))[0];
    if (run !== undefined && ctx.registry.speakerForName(run).kind === 'organization') return run;
  }
  return null;
}

/**
 * The person who is the subject of the sentence just before the quote at token `first`, when the
 * quote opens its own sentence in the same paragraph and that sentence holds no quote: "Dr Saye
 * apologised. “I understand, my Lady.”", "Mr Pask paused. “…”".
 */
function subjectOfSentenceBefore(ctx: Context, first: number): { speaker: SpeakerDraft; mention: Span } | null {
  const { tokens } = ctx;
  if (first === 0 || !ctx.sentenceStarts.has(first) || ctx.paraOf[first - 1] !== ctx.paraOf[first]) return null;
  // The quote must end its paragraph or be followed by nothing that could be its cue.
  const lo = sentenceStart(ctx, first - 1);
  for (let k = lo; k < first; k++) if (tokens[k].quoted) return null;
  // "He added that a strong vote could make a deal more likely. “It’s leverage.”": whoever the
  // sentence before reports speaking, however long it is.
  if (/^(?:he|she)$/.test(tokens[lo].lower) && isCue(tokens[lo + 1]) && (tokens[lo + 1].lex & LEX_CUE_FINITE) !== 0) {
    const speaker = resolvePronoun(ctx, tokens[lo].lower, tokens[lo].start);
    if (speaker !== null && speaker.kind === 'person') return { speaker, mention: { start: tokens[lo].start, end: tokens[lo].end } };
  }
  // "Achterberg said the rules were aimed at design, not at the underlying models. “…”": a name
  // and its cue, however long what they report.
  const opening = runsBetween(ctx, lo, lo + 1)[0];
  if (opening !== undefined && opening.from === lo && isCue(tokens[opening.to]) && (tokens[opening.to].lex & LEX_CUE_FINITE) !== 0 && (tokens[opening.to].lex & LEX_WEAK_CUE) === 0) {
    const speaker = ctx.registry.speakerForName(opening);
    if (speaker.kind === 'person') return { speaker, mention: { start: opening.start, end: opening.end } };
  }
  // ("Gethin Rowlands, a retired teacher, wanders through the kitchen and offers his own verdict on
  // that period. “…”": a longer sentence too, when it announces words: a verdict, a view, an answer.)
  // ("One islander, a fisherman who asked not to be named, was blunt. “…”": a source kept unnamed
  // on purpose is brought in to be quoted.)
  let unnamedOnPurpose = false;
  for (let k = lo; k < first && k < lo + 12 && !unnamedOnPurpose; k++) unnamedOnPurpose = asksNotToBeNamed(tokens, k);
  if (unnamedOnPurpose && INDEFINITE.has(tokens[lo].lower)) {
    const source = readSubjectForward(tokens, lo, first);
    const speaker = source !== null && source.kind === 'unnamed' ? resolveSubject(ctx, source, tokens[lo].start) : null;
    if (source !== null && speaker !== null && speaker.kind === 'unnamed') return { speaker, mention: { start: tokens[source.from].start, end: tokens[source.to - 1].end } };
  }
  if (first - lo > 12) {
    let announces = false;
    for (let k = lo; k < first && !announces; k++) announces = tokens[k].word && REMARK_NOUNS.has(tokens[k].lower);
    if (!announces) return null;
  }
  // "He paused. “That sounded harsher than I meant it.”", "She pauses.": a short beat whose subject
  // is "he" or "she", naming nobody. ("When I ask about the divorce, she laughs.": after an opening
  // clause too.)
  let head = lo;
  if (SUBORDINATORS.has(tokens[lo].lower)) {
    let comma = lo + 1;
    while (comma < first && tokens[comma].text !== ',') comma++;
    if (comma + 1 < first) head = comma + 1;
  }
  if (/^(?:he|she)$/.test(tokens[head].lower) && runsBetween(ctx, lo, first).length === 0) {
    const speaker = resolvePronoun(ctx, tokens[head].lower, tokens[head].start);
    if (speaker !== null && speaker.kind === 'person') return { speaker, mention: { start: tokens[head].start, end: tokens[head].end } };
  }
  const subject = firstSubject(tokens, lo, first);
  if (subject === null || subject.kind !== 'name' || subject.from !== lo + (tokens[lo].lower === 'the' ? 1 : 0)) return null;
  const speaker = ctx.registry.speakerForName(subject.run);
  if (speaker.kind !== 'person') return null;
  return { speaker, mention: { start: subject.run.start, end: subject.run.end } };
}

/**
 * The writer a byline names near the top ("By Nadia Ferreira", "… Interview by Laura Menzies"),
 * who is the "I" of the article; null when there is none. Found once per article.
 */
function bylineWriter(ctx: Context): { speaker: SpeakerDraft } | null {
  if (ctx.byline !== undefined) return ctx.byline;
  ctx.byline = null;
  // (The first four paragraphs that hold words: blank lines between paragraphs count for nothing.)
  let paragraphs = 0;
  let k = 0;
  for (const run of ctx.runs) {
    for (; k <= run.from; k++) if (k === 0 || ctx.paraOf[k] !== ctx.paraOf[k - 1]) paragraphs++;
    if (paragraphs > 4) break;
    const by = ctx.tokens[run.from - 1];
    const paragraphEnd = run.to >= ctx.tokens.length || ctx.paraOf[run.to] !== ctx.paraOf[run.from] || (ctx.tokens[run.to].text === '.' && ctx.paraOf[run.to + 1] !== ctx.paraOf[run.from]);
    if (by === undefined || by.lower !== 'by' || !paragraphEnd || run.words.length < 2 || run.title !== null) continue;
    // "By Nadia Ferreira" alone, or "Interview by", "Words by" closing a standfirst.
    const opens = ctx.paragraphFirstToken[ctx.paraOf[run.from]] === run.from - 1;
    if (!opens && !/^(?:interview|interviews|words|written|reporting)$/.test(ctx.tokens[run.from - 2]?.lower ?? '')) continue;
    const speaker = ctx.registry.speakerForName(run);
    if (speaker.kind === 'person') ctx.byline = { speaker };
    break;
  }
  return ctx.byline;
}

/** Possessive pronouns and the pronoun that names their owner ("his report" is his). */
const OWNER_PRONOUNS: ReadonlyMap<string, string> = new Map([['his', 'he'], ['her', 'she'], ['its', 'it'], ['their', 'they']]);

/** Cues that answer a question ("she replied"). */
const REPLY_CUES = new Set(['replied', 'replies', 'answered', 'answers', 'responded', 'responds']);

/** Who asked the question a reply answers: the subject of the latest "asked" within 800 characters. */
function latestAsker(ctx: Context, at: number): SpeakerDraft | null {
  for (let i = lastEventAtOrBefore(ctx.focus, at); i >= 0 && at - ctx.focus[i].at <= 800; i--) {
    // The event is the subject or its cue: "asked" must follow it in the same sentence.
    const tail = ctx.text.slice(ctx.focus[i].at, ctx.focus[i].at + 150);
    const end = tail.search(/[.?!]\s/);
    if (/(?:^|\s)ask(?:ed|s)\s/.test(end < 0 ? tail : tail.slice(0, end))) return ctx.focus[i].speaker;
  }
  return null;
}

/**
 * When quote qi opens the paragraph after someone's question (“…?” he asked.), who asked it and who
 * last answered such a question (the witness, the interviewee), if not the asker; else null.
 */
function answerTo(ctx: Context, quotes: FoundQuote[], done: QuoteAttribution[], qi: number): { asker: SpeakerDraft; witness: SpeakerDraft | null } | null {
  const question = quotes[qi - 1];
  const asker = done[qi - 1]?.speaker ?? null;
  if (question === undefined || asker === null || !isQuestion(ctx, question) || !opensParagraphAfter(ctx, question, quotes[qi])) return null;
  const addressee = addresseeBefore(ctx, question);
  if (addressee !== null && addressee !== asker) return { asker, witness: addressee };
  for (let j = qi - 1; j >= 1 && quotes[qi].span.start - quotes[j].span.start <= 3000; j--) {
    const speaker = done[j].speaker;
    if (speaker !== null && speaker !== asker && speaker.kind === 'person' && done[j - 1].speaker !== speaker && isQuestion(ctx, quotes[j - 1]) && opensParagraphAfter(ctx, quotes[j - 1], quotes[j])) return { asker, witness: speaker };
  }
  return { asker, witness: null };
}

/** Verbs whose object is the one a question is put to ("asked Dr Saye", "put it to Dr Saye"). */
const QUESTIONING = new Set(['asked', 'asks', 'pressed', 'presses', 'questioned', 'questions', 'cross-examined', 'cross-examining', 'challenged', 'challenges', 'to']);

/**
 * The person a question was put to, named in its paragraph or the one before it ("put it to Dr Saye
 * that …", "Ms Drummond asked Dr Saye to look again"), the latest such; or null.
 */
function addresseeBefore(ctx: Context, question: FoundQuote): SpeakerDraft | null {
  const first = tokenAt(ctx.tokens, question.span.start);
  const before = previousParagraphWithTokens(ctx, first);
  const lo = ctx.paragraphFirstToken[before >= 0 ? before : ctx.paraOf[first]];
  const runs = runsBetween(ctx, lo, first);
  for (let r = runs.length - 1; r >= 0; r--) {
    const run = runs[r];
    const verb = ctx.tokens[run.from - 1];
    if (verb === undefined || verb.quoted || !QUESTIONING.has(verb.lower)) continue;
    // "put it to", "suggested to": only "to" after such a verb.
    if (verb.lower === 'to' && !/^(?:it|suggested|put)$/.test(ctx.tokens[run.from - 2]?.lower ?? '')) continue;
    const speaker = ctx.registry.speakerForName(run);
    if (speaker.kind === 'person') return speaker;
  }
  return null;
}

/** Whether a quote ends with a question mark. */
function isQuestion(ctx: Context, q: FoundQuote): boolean {
  return lastNonSpace(ctx.text, q.inner) === '?';
}

/** Whether quote b opens the paragraph right after the one where quote a is. */
function opensParagraphAfter(ctx: Context, a: FoundQuote, b: FoundQuote): boolean {
  const first = tokenAt(ctx.tokens, b.span.start);
  return ctx.paragraphFirstToken[ctx.paraOf[first]] === first && previousParagraphWithTokens(ctx, first) === ctx.paraOf[tokenAt(ctx.tokens, a.span.start)];
}

/** The most words a paragraph may have and still be a beat between one person's quotes. */
const SHORT_BEAT = 12;

/** How far back, in characters, a quote-only paragraph looks for the person the story follows. */
const FOLLOWED_REACH = 1500;

/** True when an earlier quote holds this one's words ("“box rooms for another decade” … the “box rooms” warning"). */
function quotedBefore(ctx: Context, quotes: FoundQuote[], qi: number): boolean {
  const own = ctx.text.slice(quotes[qi].inner.start, quotes[qi].inner.end).toLowerCase();
  for (let i = qi - 1; i >= 0 && quotes[qi].span.start - quotes[i].span.start <= FOCUS_REACH; i--) {
    if (ctx.text.slice(quotes[i].inner.start, quotes[i].inner.end).toLowerCase().includes(own)) return true;
  }
  return false;
}

/** True when the sentence holding token `at` has a cue word outside quotes. */
function sentenceHasCue(ctx: Context, at: number): boolean {
  const end = sentenceEndAcrossQuotes(ctx, at);
  for (let k = sentenceStart(ctx, at); k < end; k++) if (isCue(ctx.tokens[k]) && !takesThingObject(ctx.tokens, k)) return true;
  return false;
}

function sentenceEndAcrossQuotes(ctx: Context, from: number): number {
  const { tokens, sentenceStarts, paraOf } = ctx;
  let k = from + 1;
  const limit = from + WINDOW;
  while (k < tokens.length && k < limit && !sentenceStarts.has(k) && paraOf[k] === paraOf[from]) k++;
  return k;
}

/** `“well higher” than $500 million, according to a report by SemiAnalysis.` */
function matchAccordingToLater(ctx: Context, after: number): CueMatch | null {
  const { tokens } = ctx;
  if (after >= tokens.length || after === 0 || ctx.paraOf[after] !== ctx.paraOf[after - 1]) return null;
  const hi = sentenceEndAcrossQuotes(ctx, after);
  for (let k = after; k + 1 < hi; k++) {
    if (tokens[k].quoted) return null;
    if (tokens[k].lower === 'according' && tokens[k + 1].lower === 'to') {
      const subject = readAccordingTo(tokens, k + 2, hi);
      return subject === null || subject.kind === 'pronoun' ? null : { subject, cueFrom: k, cueTo: k + 2 };
    }
  }
  return null;
}

/** The last character of a span that is not white space, or ''. */
function lastNonSpace(text: string, span: Span): string {
  for (let i = span.end - 1; i >= span.start; i--) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return text[i];
  }
  return '';
}

/** How many words of a quote attribution tells apart: it only asks whether a quote has up to six. */
const WORDS_COUNTED = 7;

/** The words of the span, counted up to `max` (a long quote is not read to its end). */
function countWords(text: string, span: Span, max: number): number {
  let n = 0;
  let inWord = false;
  for (let i = span.start; i < span.end && n <= max; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 13 || c === 9;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return Math.min(n, max);
}

function isTermIntroduced(tokens: Token[], first: number): boolean {
  // Most quotes follow punctuation ("said: “…”", a paragraph's start): no word, no introducer.
  if (first === 0 || !tokens[first - 1].word) return false;
  // The words before the quote, as written and without articles and -ly adverbs ("known locally as the").
  const raw: string[] = [];
  for (let k = first - 1; k >= 0 && k >= first - 6 && tokens[k].word; k--) raw.unshift(tokens[k].lower);
  const plain = raw.filter((w) => w !== 'the' && w !== 'a' && w !== 'an' && !(w.length > 4 && w.endsWith('ly')));
  // ("called the report “misleading and irresponsible”": after a work's noun, only a title in
  // capitals is its name: "the report “Broken Promises”".)
  const titled = tokens[first + 1]?.word === true && tokens[first + 1].cap;
  if (!titled && WORK_INTRODUCERS.has(raw[raw.length - 1])) return false;
  if (endsWithIntroducer(raw) || endsWithIntroducer(plain)) return true;
  // "known to colleagues as “the Harpoon”": a naming verb a few words before "as".
  const as = plain.lastIndexOf('as');
  return as === plain.length - 1 && plain.slice(Math.max(0, as - 4), as).some((w) => NAMING_VERBS.has(w));
}

/** Nouns of works among the term introducers ("the report", "the song"): they name only a title in capitals. */
const WORK_INTRODUCERS = new Set(['film', 'book', 'song', 'album', 'show', 'series', 'novel', 'play', 'report', 'campaign']);

/** Term introducers by their last word: a quote compares only the few phrases that can end before it. */
const INTRODUCERS_BY_LAST_WORD: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const m = new Map<string, string[][]>();
  for (const phrase of TERM_INTRODUCERS) {
    const last = phrase[phrase.length - 1];
    const list = m.get(last);
    if (list === undefined) m.set(last, [phrase]);
    else list.push(phrase);
  }
  return m;
})();

/** True when `words` end with one of the term introducers ("so-called", "known as"). */
function endsWithIntroducer(words: readonly string[]): boolean {
  if (words.length === 0) return false;
  for (const phrase of INTRODUCERS_BY_LAST_WORD.get(words[words.length - 1]) ?? []) {
    if (phrase.length > words.length) continue;
    let i = 0;
    while (i < phrase.length && words[words.length - phrase.length + i] === phrase[i]) i++;
    if (i === phrase.length) return true;
  }
  return false;
}

/** Works whose titles follow them after a comma ("his 2004 memoir, “Red Sky at Night”"). */
const WORK_NOUNS = new Set(words(`memoir book novel album film song play documentary series autobiography podcast programme program report single collection column blog show strategy plan scheme campaign initiative`));

/** Prepositions before a title in title case ("author of “The Long Road”", "on “Good Morning Britain”"). */
const TITLE_PREPOSITIONS = new Set(['of', 'on', 'in', 'from']);

/** Small words that stay lower case inside a title ("Tide of the Times"). */
const TITLE_SMALL_WORDS = new Set(words(`of the and in a an on at to for or with by`));

/**
 * “Steady Yield” accounts, the “Blue Nights” tour: a short name in title case inside a sentence,
 * used as a modifier of the noun after it, is a title or a product, not something said.
 */
function looksLikeTitle(ctx: Context, q: FoundQuote, first: number, after: number): boolean {
  // Most quotes are sentences: longer than a title, or opening with a lower-case letter ("the Original" aside).
  // (The length first, before the quote's words are copied.)
  if (q.inner.end - q.inner.start > 60) return false;
  const words = titleWordCount(ctx.text.slice(q.inner.start, q.inner.end));
  if (words === 0) return false;
  if (first === 0 || ctx.sentenceStarts.has(first) || ctx.paraOf[first - 1] !== ctx.paraOf[first]) return false;
  // "a new “Coastal Communities Fund”", "his 2004 memoir, “Red Sky at Night”": a name used as a noun.
  const before = ctx.tokens[first - 1];
  if (before.word && /^(?:a|an|the|new|its|their|his|her|our|own)$/.test(before.lower) && words >= 2) return true;
  if (before.text === ',' && WORK_NOUNS.has(ctx.tokens[first - 2]?.lower ?? '')) return true;
  // "whose book “Salt Roads”", "author of “The Long Road”", "speaking on “Good Morning Britain”": a
  // work's noun, or a preposition, just before a name in title case.
  if (before.word && (WORK_NOUNS.has(before.lower) || TITLE_PREPOSITIONS.has(before.lower))) return true;
  // "has branded the expansion “Alder Gateway.”": a naming verb just before a name in title case.
  // "a group they call “Truck Watch”", "a crewneck they still call “the Original”": naming in the present.
  for (let k = first - 1; k >= 0 && k >= first - 4 && ctx.tokens[k].word; k--) {
    if (NAMING_VERBS.has(ctx.tokens[k].lower) || ctx.tokens[k].lower === 'call' || ctx.tokens[k].lower === 'calls') return true;
  }
  const next = ctx.tokens[after];
  return next !== undefined && next.word && !next.cap && !next.quoted && !isCue(next) && !isAux(next) && !PRONOUNS.has(next.lower) && ctx.paraOf[after] === ctx.paraOf[first];
}

/**
 * How many words a quote of title-case words holds ("Red Sky at Night", "the Original"), or 0 when
 * its words are no title. It depends on the quote's words alone: the answers are kept by the words
 * (at most 4,096), as the editor analyses the same quotes again at every keystroke.
 */
export function titleWordCount(quoted: string): number {
  let count = titleWordCounts.get(quoted);
  if (count === undefined) {
    if (titleWordCounts.size >= 4096) titleWordCounts.clear();
    const inner = quoted.replace(/[,.;:!?]+$/, '').trim();
    const words = inner.split(/\s+/);
    const title = (isUpper(quoted[0]) || /^the \p{Lu}/u.test(inner)) && words.length > 0 && words.length <= 5 && inner !== '' && words.every((w, k) => /^\p{Lu}/u.test(w) || /^\d+$/.test(w) || (TITLE_SMALL_WORDS.has(w) && (k > 0 || w === 'the')));
    // (The table outlives the text: it keeps a copy of the words, not a slice that holds the text.)
    titleWordCounts.set(ownCopy(quoted, 0, quoted.length), (count = title ? words.length : 0));
  }
  return count;
}

/** The answers of titleWordCount by the quote's words. */
const titleWordCounts = new Map<string, number>();

/** "added a solo homer", "will not add points", "reported a loss": a cue verb whose object is a thing. */
function takesThingObject(tokens: Token[], k: number): boolean {
  if (!/^(?:add|adds|added|note|notes|noted|state|states|stated|claim|claims|claimed|report|reports|reported|post|posts|posted)$/.test(tokens[k].lower)) return false;
  const next = tokens[k + 1];
  return next !== undefined && next.word && !next.cap && !/^(?:that|to|in|on|at|of|he|she|they|it|we|i|you|this|there|later|afterwards|also)$/.test(next.lower);
}

function isCue(t: Token | undefined): boolean {
  // A capitalised "States" or "Says" inside a sentence is a name, not a verb.
  return t !== undefined && t.word && !t.quoted && !t.cap && (t.lex & LEX_CUE) !== 0 && (t.lex & LEX_WEAK_CUE) === 0;
}

/** "described the cuts as", "called it": speech cues only right before a quote. */
function isWeakCue(t: Token | undefined): boolean {
  // Near cues lift a phrase from someone when they stand right before it ("accused ministers of “chaos”").
  return t !== undefined && t.word && !t.quoted && (((t.lex & LEX_WEAK_CUE) !== 0 && /^(?:describ|call)/.test(t.lower)) || (t.lex & LEX_NEAR_CUE) !== 0);
}

/** A cue's -ing form ("telling CNBC", "calling it", "accusing ministers of"), whose subject is the sentence's. */
function isParticipleCue(t: Token): boolean {
  return (t.lex & LEX_CUE_PARTICIPLE) !== 0 || ((t.lex & LEX_NEAR_CUE) !== 0 && t.lower.endsWith('ing'));
}

function isAux(t: Token | undefined): boolean {
  return t !== undefined && t.word && !t.quoted && (t.lex & LEX_AUXILIARY) !== 0;
}

/** The token index where the current sentence ends (exclusive), starting after `from`. */
function sentenceEnd(ctx: Context, from: number): number {
  const { tokens, sentenceStarts, paraOf } = ctx;
  let k = from + 1;
  const limit = from + WINDOW;
  while (k < tokens.length && k < limit && !sentenceStarts.has(k) && paraOf[k] === paraOf[from] && !(tokens[k].quoted && !tokens[k - 1].quoted)) k++;
  return k;
}

/**
 * How far, in tokens, attribution looks around a quote. Real sentences are far shorter; the bound
 * keeps a pathological paragraph (thousands of marks, no full stop) linear.
 */
const WINDOW = 120;

/** The token index where the sentence holding token `at` starts (no further back than WINDOW). */
function sentenceStart(ctx: Context, at: number): number {
  return sentenceStartIn(ctx.sentenceStarts, ctx.paraOf, at);
}

/** The first token of the sentence holding token `at`, looking back at most WINDOW tokens. */
function sentenceStartIn(sentenceStarts: TokenSet, paraOf: Int32Array, at: number): number {
  let k = at;
  const limit = Math.max(0, at - WINDOW);
  while (k > limit && !sentenceStarts.has(k) && paraOf[k - 1] === paraOf[at]) k--;
  return k;
}

/** `“…,” Lehane added.`, `“…,” said Mr Blair.`, `“…,” according to Chris Lehane, …`. */
function matchAfter(ctx: Context, after: number): CueMatch | null {
  const { tokens } = ctx;
  if (after >= tokens.length || tokens[after].quoted) return null;
  if (after > 0 && ctx.paraOf[after] !== ctx.paraOf[after - 1]) return null;
  const hi = sentenceEnd(ctx, after);
  let i = after;
  let dash = -1;
  while (i < hi && !tokens[i].word && (tokens[i].text === ',' || tokens[i].text === '\u2014' || tokens[i].text === '\u2013' || tokens[i].text === '-')) {
    if (tokens[i].text !== ',') dash = i;
    i++;
  }
  if (i >= hi) return null;
  // "“We will fight this.” — John Smith": a dash and a name that ends the paragraph sign the quote.
  if (dash >= 0 && tokens[i].cap) {
    const signed = readSubjectForward(tokens, i, hi);
    const past = signed === null ? -1 : afterNameEnding(tokens, signed.to);
    const end = signed === null ? -1 : tokens[past]?.text === '.' ? past + 1 : past;
    if (signed !== null && signed.kind === 'name' && (end >= tokens.length || ctx.paraOf[end] !== ctx.paraOf[i])) return { subject: signed, cueFrom: dash, cueTo: dash + 1 };
  }
  // "“We will not back down.” (Maria Delgado, party leader)": a person's name in brackets signs it.
  if (i === after && tokens[i].text === '(') {
    const signed = readSubjectForward(tokens, i + 1, hi);
    if (signed !== null && signed.kind === 'name' && looksLikePerson(signed.run) && (tokens[signed.to]?.text === ')' || tokens[signed.to]?.text === ',')) return { subject: signed, cueFrom: i, cueTo: i + 1 };
  }
  if (tokens[i].lower === 'according' && tokens[i + 1]?.lower === 'to') {
    const subject = readAccordingTo(tokens, i + 2, hi);
    return subject === null ? null : { subject, cueFrom: i, cueTo: i + 2 };
  }
  if (isCue(tokens[i]) && !TAKES_OBJECT.has(tokens[i].lower)) {
    const subject = readSubjectForward(tokens, i + 1, hi) ?? describedThenNamed(tokens, i + 1, hi);
    if (subject !== null && !(subject.kind === 'pronoun' && subject.word !== 'he' && subject.word !== 'she' && subject.word !== 'they' && subject.word !== 'it')) return { subject, cueFrom: i, cueTo: i + 1 };
    return null;
  }
  // The subject may follow a few words of role ("the Conservative leader Michael Howard said").
  for (let s = i; s < Math.min(hi, i + 6); s++) {
    if (s > i && (!tokens[s - 1].word || isCue(tokens[s - 1]) || !SKIPPABLE_BEFORE_SUBJECT(tokens[s - 1]))) break;
    let subject = readSubjectForward(tokens, s, hi);
    if (subject === null) continue;
    // "strategists led by Priya Natarajan wrote in a note": the person who leads them.
    if (subject.kind === 'unnamed' && tokens[subject.to]?.lower === 'led' && tokens[subject.to + 1]?.lower === 'by') {
      const leader = readSubjectForward(tokens, subject.to + 2, hi);
      if (leader !== null && leader.kind === 'name') subject = leader;
    }
    const cue = findCueAfterSubject(tokens, subject.to, hi);
    // "“broadly unchanged”, a decision traders said had caught them by surprise": a cue followed by
    // a verb is a clause about the noun before it, not the quote's source.
    if (cue !== null && RELATIVE_VERBS.has(tokens[cue + 1]?.lower ?? '')) return null;
    // "“…,” the chief executive of Acme, Maria Delgado, said.": the name set off after the description.
    if (cue !== null && subject.kind === 'unnamed') {
      // (After the words that tie the description to its body: "of Acme".)
      let comma = subject.to;
      while (comma < cue && comma - subject.to < 8 && tokens[comma].text !== ',') comma++;
      const named = nameSetOffAfter(tokens, comma, cue);
      if (named !== null) subject = nameSubject(named, named.from, named.to);
    }
    if (cue !== null) return { subject, cueFrom: cue, cueTo: cue + 1 };
  }
  // "“…,” Reed groaned.", "“…?” she ventured.", "“…,” barked Reed.": after a quote that ends in a
  // comma, "?" or "!", a name or a pronoun and a verb no list knows, alone or before a comma, are
  // its tag (the cue lexicon cannot hold every verb of speaking or manner).
  const mark = ctx.text.charCodeAt(tokens[after - 1]?.start - 1);
  if (i === after && (mark === 44 || mark === 63 || mark === 33)) {
    const ends = (k: number): boolean => k >= hi || tokens[k].text === '.' || tokens[k].text === ',';
    const verbLike = (t: Token | undefined): boolean => t !== undefined && t.word && !t.cap && !t.quoted && t.text.length >= 4 && /(?:ed|s)$/.test(t.lower) && !PREPOSITIONS.has(t.lower);
    const subject = readSubjectForward(tokens, i, hi);
    if (subject !== null && (subject.kind === 'name' || (subject.kind === 'pronoun' && subject.word !== 'it' && subject.word !== 'they')) && verbLike(tokens[subject.to]) && ends(subject.to + 1)) return { subject, cueFrom: subject.to, cueTo: subject.to + 1 };
    if (verbLike(tokens[i]) && tokens[i].lower.endsWith('ed')) {
      const inverted = readSubjectForward(tokens, i + 1, hi);
      if (inverted !== null && inverted.kind === 'name' && ends(inverted.to)) return { subject: inverted, cueFrom: i, cueTo: i + 1 };
    }
  }
  // "“…,” the 31-year-old centre said", "“…,” the veteran said": a description by age, or by who
  // someone is, then the cue, is someone the article has named (resolveDescription finds whom).
  if (tokens[i].lower === 'the') {
    let k = i + 1;
    let aged = false;
    for (; k < hi && k < i + 4 && tokens[k].word && !tokens[k].cap && !tokens[k].quoted && !isCue(tokens[k]) && !PREPOSITIONS.has(tokens[k].lower); k++) {
      if (AGED.test(tokens[k].lower)) aged = true;
    }
    if (k > i + 1 && k < hi && isCue(tokens[k]) && (tokens[k].lex & LEX_CUE_FINITE) !== 0 && (aged || (k === i + 2 && EPITHETS.has(tokens[i + 1].lower)))) {
      return { subject: unnamedSubject(tokenTexts(tokens, i + 1, k), i, k), cueFrom: k, cueTo: k + 1 };
    }
  }
  return null;
}

/** What a quote may be called when its source is named after it ("came the reply from", "the message from"). */
const RESPONSE_NOUNS = new Set(words(`reply response answer retort verdict warning message words view assessment plea promise vow`));
/** Verbs of "was how X put it". */
const PUT_VERBS = new Set(['put', 'puts', 'described', 'describes', 'summed', 'sums', 'explained', 'explains']);
/** Verbs with which a document or a sign gives its words ("the statement read"). */
const READ_VERBS = new Set(['read', 'reads', 'said', 'says', 'stated', 'states']);
/** What a crowd's words are written on ("read a sign held by one protester"). */
const SIGN_NOUNS = new Set(['sign', 'signs', 'banner', 'banners', 'placard', 'placards', 'poster', 'posters', 'note', 'card']);

/**
 * A source named around a quote by a phrase rather than a cue verb: "“…,” came the reply from X",
 * "“…,” was how X put it", "“…,” X's statement read", "“…,” a statement from Acme read", "“…,”
 * read a sign held by one protester", "“…” That was the message from X.", "For X, the answer is
 * simple: “…”". The cue is the phrase's verb or noun.
 */
function matchSourcePhrase(ctx: Context, first: number, after: number): CueMatch | null {
  const { tokens } = ctx;
  if (after < tokens.length && !tokens[after].quoted && ctx.paraOf[after] === ctx.paraOf[first]) {
    let k = after;
    while (k < tokens.length && (tokens[k].text === ',' || tokens[k].text === '.') && ctx.paraOf[k] === ctx.paraOf[first]) k++;
    const hi = Math.min(sentenceEnd(ctx, k), tokens.length);
    const at = (n: number, words: ReadonlySet<string> | string): boolean => n < hi && tokens[n].word && !tokens[n].quoted && (typeof words === 'string' ? tokens[n].lower === words : words.has(tokens[n].lower));
    const from = (n: number): Subject | null => (n < hi ? readSubjectForward(tokens, n, hi) : null);
    // "came the reply from X"
    if (k === after || tokens[after].text === ',') {
      if (at(k, 'came') && at(k + 1, 'the') && at(k + 2, RESPONSE_NOUNS) && at(k + 3, 'from')) {
        const subject = from(k + 4);
        if (subject !== null) return { subject, cueFrom: k, cueTo: k + 1 };
      }
      // "was how X put it"
      if ((at(k, 'was') || at(k, 'is')) && at(k + 1, 'how')) {
        const subject = from(k + 2);
        if (subject !== null && at(subject.to, PUT_VERBS)) return { subject, cueFrom: subject.to, cueTo: subject.to + 1 };
      }
      // "read a sign held by one protester"
      if (at(k, READ_VERBS) && (at(k + 1, 'a') || at(k + 1, 'the') || at(k + 1, 'one')) && at(k + 2, SIGN_NOUNS) && tokens[k + 4]?.lower === 'by') {
        const subject = from(k + 5);
        if (subject !== null) return { subject, cueFrom: k, cueTo: k + 1 };
      }
      // "a statement from Acme read"
      if ((at(k, 'a') || at(k, 'the')) && at(k + 1, DOCUMENT_NOUNS) && (at(k + 2, 'from') || at(k + 2, 'by'))) {
        const subject = from(k + 3);
        if (subject !== null && at(subject.to, READ_VERBS)) return { subject, cueFrom: subject.to, cueTo: subject.to + 1 };
      }
      // "X's statement read"
      const owner = k < hi ? readNameForward(tokens, k, hi) : null;
      if (owner !== null && endsPossessive(tokens[owner.to - 1].text) && at(owner.to, DOCUMENT_NOUNS) && at(owner.to + 1, READ_VERBS)) return { subject: nameSubject(owner, owner.from, owner.to), cueFrom: owner.to + 1, cueTo: owner.to + 2 };
    }
    // "“…” So says Maria Delgado."
    if (ctx.sentenceStarts.has(k) && at(k, 'so') && (at(k + 1, 'says') || at(k + 1, 'said'))) {
      const subject = from(k + 2);
      if (subject !== null) return { subject, cueFrom: k + 1, cueTo: k + 2 };
    }
    // "“…” That was the message from X."
    if (ctx.sentenceStarts.has(k) && /^(?:that|this|those|these|such)$/.test(tokens[k].lower) && /^(?:was|is|were|are)$/.test(tokens[k + 1]?.lower ?? '') && at(k + 2, 'the') && at(k + 3, RESPONSE_NOUNS) && (at(k + 4, 'from') || at(k + 4, 'of'))) {
      const subject = from(k + 5);
      if (subject !== null) return { subject, cueFrom: k + 3, cueTo: k + 4 };
    }
  }
  // "Sales went, in Fenwick’s words, “completely feral”", "in the words of Nadia Fenwick", "in her
  // own words": whose words the sentence says they are.
  const words = wordsOf(ctx, first);
  if (words !== null) return words;
  // "For X, the answer is simple: “…”": the person the sentence is about, before its colon.
  if (first >= 2 && tokens[first - 1].text === ':') {
    const lo = sentenceStart(ctx, first);
    if (tokens[lo]?.lower === 'for') {
      const subject = readSubjectForward(tokens, lo + 1, first - 1);
      if (subject !== null && subject.kind === 'name' && tokens[subject.to]?.text === ',') return { subject, cueFrom: first - 1, cueTo: first };
    }
  }
  return null;
}

/**
 * The person the quote's own sentence brought into focus before the quote, as its subject, when a cue
 * stands between them ("Outside the gates, one longtime millwright, who asked not to be named because
 * he still works for the company, said the mood was “like a funeral”": the cue's words just before it
 * name the company, not who speaks); null otherwise.
 */
function subjectInFocus(ctx: Context, first: number, at: number): QuoteAttribution | null {
  const { tokens } = ctx;
  const from = tokens[sentenceStart(ctx, first)].start;
  let event: FocusEvent | null = null;
  for (let i = lastEventAtOrBefore(ctx.focus, at - 1); i >= 0 && ctx.focus[i].at >= from; i--) event = ctx.focus[i];
  // (A person by full name, or an unnamed source: not a lone capitalised word.)
  if (event === null || event.speaker.kind === 'organization' || (event.speaker.kind === 'person' && !event.speaker.name.includes(' '))) return null;
  // (The cue nearest the quote: "said", not the "asked" of "who asked not to be named".)
  const subject = tokenAt(tokens, event.at);
  for (let k = first - 1; k > subject; k--) {
    if (tokens[k].quoted) return null;
    if (isCue(tokens[k])) return quoteAttribution('speech', event.speaker, 'explicit', null, tokens[k].text, { start: tokens[k].start, end: tokens[k].end });
  }
  return null;
}

/** "in Fenwick’s words", "in the words of X", "in his own words" in the quote's sentence, before the quote or after it. */
function wordsOf(ctx: Context, first: number): CueMatch | null {
  const { tokens } = ctx;
  const lo = sentenceStart(ctx, first);
  const hi = Math.min(sentenceEndAcrossQuotes(ctx, first), tokens.length);
  for (let k = lo; k < hi; k++) {
    if (tokens[k].quoted || tokens[k].lower !== 'in') continue;
    // "in the words of X"
    if (tokens[k + 1]?.lower === 'the' && tokens[k + 2]?.lower === 'words' && tokens[k + 3]?.lower === 'of') {
      const subject = readSubjectForward(tokens, k + 4, hi);
      // (Not "in the words of its own report": a document's words are its owner's, found elsewhere.)
      if (subject !== null && !(subject.kind === 'unnamed' && DOCUMENT_NOUNS.has(tokens[subject.to - 1].lower))) return { subject, cueFrom: k + 2, cueTo: k + 3 };
    }
    // "in his own words", "in Fenwick’s words"
    let w = k + 1;
    const pronoun = tokens[w]?.word === true ? PERSON_PRONOUN_SEX.get(tokens[w].lower) : undefined;
    let subject: Subject | null = null;
    if (pronoun !== undefined && /^(?:his|her)$/.test(tokens[w].lower)) {
      subject = pronounSubject(pronoun === 'm' ? 'he' : 'she', w, w + 1);
      w++;
    } else {
      const run = readNameForward(tokens, w, hi);
      if (run !== null && endsPossessive(tokens[run.to - 1].text)) {
        // (readNameForward leaves the 's out of the name.)
        subject = nameSubject(run, run.from, run.to);
        w = run.to;
      }
    }
    if (subject === null) continue;
    if (tokens[w]?.lower === 'own') w++;
    if (tokens[w]?.lower === 'words') return { subject, cueFrom: w, cueTo: w + 1 };
  }
  return null;
}

/** Verbs that, straight after a cue, show it to be inside a clause about a noun ("a decision traders said had …"). */
const RELATIVE_VERBS = new Set(words(`had has have was were is are would will could might showed shows show`));

/**
 * "“…,” said the head of Acme Corp, John Smith.", "said one of the organisers, Jane Doe,": a
 * description of a few words, a comma, then the name that ends the sentence or is set off by a
 * comma.
 */
function describedThenNamed(tokens: Token[], from: number, hi: number): Subject | null {
  let comma = from;
  while (comma < hi && comma - from < 10 && tokens[comma].word && !tokens[comma].quoted && !isCue(tokens[comma])) comma++;
  if (comma === from || comma >= hi || !/^(?:the|one|a|an)$/.test(tokens[from].lower)) return null;
  const run = nameSetOffAfter(tokens, comma, hi);
  return run === null ? null : nameSubject(run, from, run.to);
}

/** Words that may stand between a quote and the subject of its cue ("the Conservative leader …"). */
function SKIPPABLE_BEFORE_SUBJECT(t: Token): boolean {
  return t.cap || t.lower === 'the' || t.lower === 'a' || t.lower === 'an' || t.lower === 'of' || (t.lex & LEX_ROLE_NOUN) !== 0 || /^(?:former|senior|deputy|chief|executive|managing|vice|shadow|acting|interim|lead|party|local|government|opposition)$/.test(t.lower);
}

/** After a subject: optional appositives (", CEO of Synthesia,") and auxiliaries, then a cue. */
function findCueAfterSubject(tokens: Token[], j: number, hi: number): number | null {
  // "Ms Pryor’s warning": a possessive is not the subject of a cue.
  if (/['\u2019]s?$/.test(tokens[j - 1]?.text ?? '') || tokens[j]?.text === '\u2019' || tokens[j]?.text === "'") return null;
  // "Tom Reed Jr. said": the generation is the name's.
  j = afterNameEnding(tokens, j);
  // "Rep. Tom Reed (D-Ohio) said": a bracket after the name, then what follows a name.
  if (tokens[j]?.text === '(') {
    let close = j + 1;
    while (close < hi && close - j < 8 && tokens[close].text !== ')') close++;
    if (tokens[close]?.text === ')') j = close + 1;
  }
  let k = j;
  // "Tom Reed of Bernstein wrote": where the speaker works, between the name and the cue.
  if ((tokens[k]?.lower === 'of' || tokens[k]?.lower === 'at' || tokens[k]?.lower === 'from') && tokens[k + 1]?.cap) {
    let m = k + 1;
    while (m < hi && m - k <= 5 && tokens[m].word && (tokens[m].cap || tokens[m].lower === 'of' || tokens[m].lower === 'the')) m++;
    // ("Maria Delgado of Nevada, the party leader, said": then the appositive, as after the name.)
    if (tokens[m]?.text === ',') j = m;
    while (m < hi && isAux(tokens[m])) m++;
    if (m < hi && isCue(tokens[m])) return m;
  }
  while (k < hi && isAux(tokens[k])) k++;
  // "‘…’, jury told": a passive "told" with no object; the jury heard the words.
  if (k < hi && isCue(tokens[k]) && /^(?:told|tells)$/.test(tokens[k].lower) && (k + 1 >= hi || !tokens[k + 1].word)) return null;
  if (k < hi && isCue(tokens[k])) return k;
  // "“I did not throw up,” Tibbs called from the kitchen.": calling out, not calling something.
  if (k < hi && /^(?:called|calls)$/.test(tokens[k].lower) && /^(?:from|out|back|across|over|up|down|after)$/.test(tokens[k + 1]?.lower ?? '')) return k;
  // "…,” he went on.", "…,” she continued." (not "prices continued to rise").
  if (tokens[j]?.lower === 'went' && tokens[j + 1]?.lower === 'on' && (j + 2 >= hi || !tokens[j + 2].word)) return j;
  if (/^(?:continued|continues)$/.test(tokens[j]?.lower ?? '') && !tokens[j].quoted && (j + 1 >= hi || !tokens[j + 1].word)) return j;
  if (tokens[j]?.text !== ',') return null;
  // "the mayor, Tom Reed, said": the comma that closes an appositive before the name.
  k = j + 1;
  while (k < hi && isAux(tokens[k])) k++;
  if (k < hi && isCue(tokens[k])) return k;
  // Up to three comma-separated segments of at most 20 tokens each.
  k = j;
  for (let seg = 0; seg < 3 && k < hi && tokens[k].text === ','; seg++) {
    let m = k + 1;
    while (m < hi && tokens[m].text !== ',' && m - k <= 20) m++;
    if (m >= hi || tokens[m].text !== ',') return null;
    let c = m + 1;
    while (c < hi && isAux(tokens[c])) c++;
    if (c < hi && isCue(tokens[c])) return c;
    k = m;
  }
  return null;
}

/** `according to X`, `according to him`, `according to a report by SemiAnalysis`. */
function readAccordingTo(tokens: Token[], i: number, hi: number): Subject | null {
  const t = tokens[i];
  if (t === undefined || i >= hi) return null;
  const objectPronoun = PRONOUNS.has(t.lower) && t.word;
  if (objectPronoun) return pronounSubject(t.lower, i, i + 1);
  // "a report (that was published) by SemiAnalysis"
  for (let k = i; k < Math.min(hi, i + 3); k++) {
    if (DOCUMENT_NOUNS.has(tokens[k].lower)) {
      for (let m = k + 1; m < Math.min(hi, k + 8); m++) {
        const w = tokens[m].lower;
        if (w === 'by' || w === 'from' || w === 'of') {
          const subject = readSubjectForward(tokens, m + 1, hi);
          if (subject !== null && subject.kind === 'name') return subject;
          // "according to a recording posted by the county": the document only carries the words.
          return null;
        }
      }
      break;
    }
  }
  const subject = readSubjectForward(tokens, i, hi);
  if (subject !== null) return subject;
  // "according to the venue": any noun after a determiner names an unnamed source.
  if (/^(?:the|a|an|its|their|his|her)$/.test(t.lower)) {
    let k = i + 1;
    while (k < hi && k < i + 4 && tokens[k].word && !tokens[k].cap && !['of', 'that', 'which', 'who', 'in', 'on', 'at', 'and'].includes(tokens[k + 1]?.lower ?? '') && tokens[k + 1]?.word) k++;
    if (k < hi && tokens[k].word && !tokens[k].cap) return unnamedSubject(tokenTexts(tokens, i + 1, k + 1), i, k + 1);
  }
  return null;
}

/** `Hoffman said: “…”`, `He told CNBC that “…”`, `…, telling CNBC in a statement that “…”`. */
function matchBefore(ctx: Context, first: number, lo = sentenceStart(ctx, first)): CueMatch | null {
  const { tokens } = ctx;
  // "When The Athletic asked whether …, one senior figure … was blunt: “…”": a cue inside an
  // opening clause that a colon's main clause follows is not the quote's.
  let clauseEnd = -1;
  if (tokens[first - 1]?.text === ':' && SUBORDINATORS.has(tokens[lo]?.lower ?? '')) for (let k = lo + 1; k < first - 1; k++) if (tokens[k].text === ',') { clauseEnd = k; break; }
  for (let c = first - 1; c >= lo; c--) {
    const t = tokens[c];
    if (t.quoted || !t.word) continue;
    if (c < clauseEnd) break;
    if (t.lower === 'to' && tokens[c - 1]?.lower === 'according' && c - 1 >= lo) {
      const subject = readAccordingTo(tokens, c + 1, first);
      if (subject !== null) return { subject, cueFrom: c - 1, cueTo: c + 1 };
      continue;
    }
    // "described the final sticking point, a dispute over beds, as “…”": "as" ties it to the cue;
    // "accused No 10 of briefing against him “…”", "called the decision to reverse course “…”".
    if (!isCue(t) && !((first - c <= 12 || tokens[first - 1]?.lower === 'as') && isWeakCue(t))) continue;
    // "preparing a group claim and expected it …": a cue's base form after an article is a noun.
    if (NOUN_LIKE_CUES.has(t.lower) && (ARTICLES_AND_POSSESSIVES.has(tokens[c - 1]?.lower ?? '') || (ARTICLES_AND_POSSESSIVES.has(tokens[c - 2]?.lower ?? '') && tokens[c - 1].word && !tokens[c - 1].cap))) continue;
    let j = c - 1;
    // "Mr van der Linde was quoted in the company’s annual report as saying": the subject precedes "quoted".
    if (t.lower === 'saying' && tokens[c - 1]?.lower === 'as') {
      for (let q = c - 2; q >= Math.max(lo, c - 12); q--) {
        if (tokens[q].lower === 'quoted') {
          // "The department quoted Chief Minister Shri Omprakash Dhaka as saying": the object speaks.
          const quotedOne = q + 1 < c - 1 ? readSubjectForward(tokens, q + 1, c - 1) : null;
          if (quotedOne !== null && quotedOne.to === c - 1 && quotedOne.kind !== 'pronoun') return { subject: quotedOne, cueFrom: q, cueTo: c + 1 };
          j = q - 1;
          break;
        }
      }
    }
    j = beforeCue(tokens, j, lo);
    // "Rep. Tom Reed (R-N.Y.) said": step over a bracket after the name.
    if (tokens[j]?.text === ')') {
      let open = j - 1;
      while (open >= lo && j - open < 10 && tokens[open].text !== '(') open--;
      if (open >= lo && tokens[open].text === '(') j = open - 1;
    }
    // "was described by the critic Hal Brennock, writing in the Northern Review, as “…”": the agent speaks.
    if (tokens[c + 1]?.lower === 'by' && (CUE_WORDS.has(t.lower) || isWeakCue(t))) {
      const agent = readSubjectForward(tokens, c + 2, first);
      if (agent !== null && agent.kind !== 'pronoun') return { subject: agent, cueFrom: c, cueTo: c + 2 };
    }
    let subject = readSubjectBackward(tokens, j, lo);
    // "a memo obtained by Politico describes": a name after "by" is no subject.
    if (subject !== null && subject.kind === 'name' && tokens[subject.from - 1]?.lower === 'by') continue;
    // "House Majority Leader Jim Caldwell of Ohio said": the person, not where they are from.
    // ("Superintendent Md Sarwar Alam of Industrial Police-1 in Ashulia said": past a body and a place.)
    if (subject !== null && subject.kind === 'name' && /^(?:of|from)$/.test(tokens[subject.from - 1]?.lower ?? '') && subject.from - 2 >= lo) {
      const person = readSubjectBackward(tokens, subject.from - 2, lo);
      if (person !== null && person.kind === 'name' && (person.run.title !== null || looksLikePerson(person.run))) subject = person;
    } else if (subject !== null && subject.kind === 'name' && /^(?:in|at)$/.test(tokens[subject.from - 1]?.lower ?? '') && subject.from - 2 >= lo) {
      const body = readSubjectBackward(tokens, subject.from - 2, lo);
      const person = body !== null && body.kind === 'name' && tokens[body.from - 1]?.lower === 'of' && body.from - 2 >= lo ? readSubjectBackward(tokens, body.from - 2, lo) : null;
      if (person !== null && person.kind === 'name' && (person.run.title !== null || looksLikePerson(person.run))) subject = person;
    }
    // "a senior government official, who said …": the relative pronoun stands for the name before it.
    if (subject === null && tokens[j]?.lower === 'who') subject = antecedentOfWho(tokens, j, lo);
    // "The portal is run by Vidyasetu Infotech, which said": a body before "which" and its comma.
    if (subject === null && tokens[j]?.lower === 'which' && tokens[j - 1]?.text === ',') {
      const body = readSubjectBackward(tokens, j - 2, lo);
      // ("which", not "who": a body, unless a first name or a title says it is a person.)
      if (body !== null && body.kind === 'name' && body.run.title === null && !isKnownFirstName(body.run.words[0])) subject = body;
    }
    if (subject === null && tokens[j]?.text === ',') subject = subjectBeforeAppositive(tokens, j, lo);
    // "Helen Marsh described the plan as … and said …": verbs joined by "and" share their subject.
    if (subject === null && tokens[j]?.lower === 'and') {
      for (let c2 = j - 1; c2 >= lo && subject === null; c2--) {
        if (!(isCue(tokens[c2]) || isWeakCue(tokens[c2]))) continue;
        let j2 = c2 - 1;
        while (j2 >= lo && isAux(tokens[j2])) j2--;
        const shared = readSubjectBackward(tokens, j2, lo);
        if (shared !== null) subject = shared;
      }
    }
    // "Kowalczyk had not named a starter but said …": the cue shares the sentence's subject.
    if (subject === null && (tokens[c - 1]?.lower === 'but' || tokens[c - 1]?.lower === 'and')) {
      const shared = firstSubject(tokens, lo, c - 1);
      // ("He has sold only one … and told members that …": a pronoun opening the sentence too.)
      if (shared !== null && (shared.kind !== 'pronoun' || (shared.from === lo && /^(?:he|she)$/.test(shared.word)))) subject = shared;
    }
    // "A county official who was not authorized to speak publicly told NPR": the source that opens the sentence.
    if (subject === null && (t.lex & LEX_CUE_FINITE) !== 0 && INDEFINITE.has(tokens[lo].lower)) {
      const opening = readSubjectForward(tokens, lo, c);
      if (opening !== null && opening.kind === 'unnamed' && tokens[opening.to]?.lower === 'who') subject = opening;
    }
    if (subject === null && (t.lex & LEX_CUE_FINITE) !== 0 && !TAKES_OBJECT.has(t.lower)) {
      const inverted = readSubjectForward(tokens, c + 1, first);
      // "said Mr Blair." inverts; "said Castellan was circling" reports what Castellan was doing.
      const next = inverted === null ? undefined : tokens[inverted.to];
      if (inverted !== null && inverted.kind === 'name' && !(next !== undefined && next.word && !next.cap && next.lower !== 'of' && next.lower !== 'at')) subject = inverted;
    }
    // "the critic Hal Brennock, writing in the Northern Review, …": the name before the comma.
    if (subject === null && isParticipleCue(t) && tokens[j]?.text === ',') {
      const named = readSubjectBackward(tokens, j - 1, lo);
      // "… a report to the Department of Health, warning that": a name after a preposition is no subject.
      const prep = tokens[named === null ? 0 : tokens[named.from - 1]?.lower === 'the' ? named.from - 2 : named.from - 1]?.lower ?? '';
      // ("she told the Rheinische Post newspaper, adding": nor is the object of a cue.)
      // ("Catherine Hollis backed her Treasurer, telling parliament": nor a name after "her".)
      if (named !== null && named.kind === 'name' && !PREPOSITIONS.has(prep) && prep !== 'and' && !CUE_WORDS.has(prep) && !OWNER_PRONOUNS.has(prep)) subject = named;
    }
    if (subject === null && isParticipleCue(t)) subject = firstSubject(tokens, lo, c);
    // "Ms Pryor’s warning": a possessive owns a noun; it says nothing.
    if (subject !== null && subject.kind === 'name' && /['\u2019]s?$/.test(tokens[subject.to - 1].text)) continue;
    // "Kestrel Insights, whose latest report called …": the report speaks for the name before "whose".
    if (subject !== null && subject.kind === 'unnamed' && tokens[subject.from - 1]?.lower === 'whose') {
      const owner = readSubjectBackward(tokens, tokens[subject.from - 2]?.text === ',' ? subject.from - 3 : subject.from - 2, lo);
      if (owner !== null && owner.kind === 'name') subject = owner;
    }
    // "Steve Doughty … said staff had been warning managers “since before the pandemic”": a cue in
    // the clause someone reports is theirs to quote, not its subject's.
    if (subject !== null && subject.kind !== 'name' && subject.from > lo) {
      const outerCue = tokens[subject.from - 1]?.lower === 'that' ? subject.from - 2 : subject.from - 1;
      if (outerCue > lo && isCue(tokens[outerCue]) && (tokens[outerCue].lex & LEX_CUE_FINITE) !== 0) {
        const outer = matchBefore(ctx, outerCue + 1, lo);
        if (outer !== null && outer.cueFrom === outerCue && outer.subject.kind !== 'unnamed') return outer;
      }
    }
    if (subject !== null) return { subject, cueFrom: c, cueTo: c + 1 };
  }
  // "Achterberg explained how the team made the discovery:" ending the paragraph before the quote.
  if (first > 0 && tokens[first - 1].text === ':' && ctx.paraOf[first - 1] !== ctx.paraOf[first]) {
    const cued = matchBefore(ctx, first - 1);
    if (cued !== null) return cued;
    // "She remembers the moment … with unusual precision:", "… she is quiet for a long time. Then:":
    // the subject of the colon's sentence, or of the sentence before it in that paragraph.
    let end = first - 1;
    for (let tries = 0; tries < 2 && end > 0 && ctx.paraOf[end - 1] === ctx.paraOf[first - 1]; tries++) {
      const start = sentenceStart(ctx, end - 1);
      const subject = firstSubject(tokens, start, end, true);
      if (subject !== null) return { subject, cueFrom: first - 1, cueTo: first };
      end = start;
    }
    return null;
  }
  // "Whitaker disagreed: “…”": the subject of a clause that a colon hands to the quote; "She is
  // quiet for a while. Then: “…”": of the sentence before, when the colon's has none.
  if (tokens[first - 1]?.text === ':') {
    // "Her instructions to first-time passengers never change: “…”": whose words they are.
    const owner = OWNER_PRONOUNS.get(tokens[lo].lower);
    const noun = tokens[lo + 1];
    // ("Her post drew a reply from a former colleague: “…”": not when another source is named.)
    let other = false;
    for (let k = lo + 2; k < first - 1 && !other; k++) other = tokens[k].lower === 'from' || tokens[k].lower === 'by';
    if (owner !== undefined && owner !== 'it' && !other && noun?.word && !noun.cap && !RELATIONS.has(noun.lower) && (noun.lex & LEX_ROLE_NOUN) === 0 && !tokens[lo].quoted) {
      return { subject: pronounSubject(owner, lo, lo + 1), cueFrom: first - 1, cueTo: first };
    }
    // ("When The Athletic asked whether …, one senior figure at the club was blunt:": after the clause.)
    let from = lo;
    if (SUBORDINATORS.has(tokens[lo].lower)) for (let k = lo + 1; k < first - 1; k++) if (tokens[k].text === ',') { from = k + 1; break; }
    // ("Ohio Couple Adopt Five Siblings So They Can Stay Together: ‘We Just Kept Saying Yes’": a
    // headline's clause before its colon names no speaker, as "Thornsby butcher:" does; the echo
    // pass gives the quote to whoever says it in the body.)
    if (ctx.headline !== null && tokens[first].start < ctx.headline.end && first - 1 - from > 3) return null;
    const subject = firstSubject(tokens, from, first - 1) ?? (lo > 0 && ctx.paraOf[lo - 1] === ctx.paraOf[first] && first - lo <= 3 ? firstSubject(tokens, sentenceStart(ctx, lo - 1), lo, true) : null);
    if (subject !== null) return { subject, cueFrom: first - 1, cueTo: first };
  }
  return null;
}

/**
 * The last token of a cue's subject, stepping back from `j` over what may stand between them:
 * auxiliaries and adverbs ("Tia has since insisted") and a time ("Gov. Dana Harmon on Monday
 * accused", "Reed last week told").
 */
function beforeCue(tokens: Token[], j: number, lo: number): number {
  for (;;) {
    while (j >= lo && (isAux(tokens[j]) || BETWEEN_SUBJECT_AND_CUE.has(tokens[j].lower))) j--;
    if (j - 1 < lo) return j;
    if (WEEKDAYS.has(tokens[j].lower) && tokens[j - 1].lower === 'on') j -= 2;
    else if (/^(?:week|month|year|night|weekend)$/.test(tokens[j].lower) && /^(?:last|this)$/.test(tokens[j - 1].lower)) j -= 2;
    else return j;
  }
}

/** Days that date a cue ("on Monday accused"). */
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Words that may stand between a subject and its cue ("has since insisted", "later told"). */
const BETWEEN_SUBJECT_AND_CUE = new Set(words(`since also previously later repeatedly publicly privately reportedly once already always then now still subsequently recently separately`));

/** "Graham Tolley, the Tory MP for Wexcombe, who has urged": the name a "who" stands for, over an appositive. */
function antecedentOfWho(tokens: Token[], who: number, lo: number): Subject | null {
  let k = who - 1;
  for (let seg = 0; seg < 3 && k >= lo; seg++) {
    const end = tokens[k].text === ',' ? k - 1 : k;
    let m = end;
    while (m >= lo && tokens[m].text !== ',' && end - m <= 25) m--;
    // ", the Tory MP for Wexcombe, who": an appositive describes the name before it; skip it.
    const appositive = m >= lo && tokens[m].text === ',' && /^(?:the|a|an)$/.test(tokens[m + 1]?.lower ?? '');
    if (!appositive) {
      const subject = readSubjectBackward(tokens, end, lo);
      if (subject !== null) return subject;
    }
    if (m < lo || tokens[m].text !== ',') return null;
    k = m;
  }
  return null;
}

function subjectBeforeAppositive(tokens: Token[], comma: number, lo: number): Subject | null {
  // "Jens Kortmann, deputy leader of the CDU and their sister party, the CSU, told": a name that
  // opens the sentence and a comma, however long the appositive after it.
  const opening = readNameForward(tokens, lo, comma);
  // ("Harborlight, in a statement released through its spokeswoman, Priya Castellano, said": the body, whose statement it is.)
  const inStatement = tokens[opening === null ? lo : opening.to + 1]?.lower === 'in' && /^(?:a|an|its|their|his|her)$/.test(tokens[(opening?.to ?? lo) + 2]?.lower ?? '') && DOCUMENT_NOUNS.has(tokens[(opening?.to ?? lo) + 3]?.lower ?? '');
  // ("Sen. Alicia Brandt (D-Ore.), who has introduced a bill …, said": a bracket after the name.)
  let afterOpening = opening === null ? -1 : opening.to;
  if (afterOpening >= 0 && tokens[afterOpening].text === '(') {
    let close = afterOpening + 1;
    while (close < comma && close - afterOpening < 10 && tokens[close].text !== ')') close++;
    if (tokens[close]?.text === ')') afterOpening = close + 1;
  }
  if (opening !== null && opening.from === lo && afterOpening < comma && tokens[afterOpening].text === ',' && (opening.words.length >= 2 || opening.title !== null || inStatement)) {
    return nameSubject(opening, opening.from, opening.to);
  }
  // "One grower near Malton, who asked not to be named, said": an unnamed source opening the sentence.
  const first = tokens.slice(lo, comma).findIndex((t) => t.text === ',');
  // ("A former billing supervisor who worked at Ridgeline for 11 years, and who spoke on the
  // condition of anonymity, said": however long its clauses.)
  const who = (k: number): boolean => tokens[k]?.lower === 'who' || (tokens[k]?.lower === 'and' && tokens[k + 1]?.lower === 'who');
  // ("The Fédération autonome de l'enseignement (FAE), which represents about 65,000 teachers, …,
  // said": the body that opens the sentence, before "which".)
  if (first > 0 && tokens[lo + first + 1]?.lower === 'which') {
    const start = tokens[lo]?.lower === 'the' ? lo + 1 : lo;
    const body = readNameForward(tokens, start, lo + first);
    let end = body === null ? -1 : body.to;
    if (end >= 0 && tokens[end]?.text === '(' && tokens[end + 2]?.text === ')') end += 3;
    if (body !== null && body.from === start && end === lo + first && !isKnownFirstName(body.words[0]) && body.title === null) return nameSubject(body, body.from, body.to);
  }
  if (first > 0 && who(lo + first + 1)) {
    // "One member, who gave her name only as Sandra, wrote": the name the source gave.
    // ("Another shopper, who gave only her first name, Lisa, said": the name after the comma.)
    for (let k = lo + first + 2; k < comma - 1 && k < lo + first + 12; k++) {
      if (!((tokens[k].lower === 'as' && /^(?:name|only)$/.test(tokens[k - 1].lower)) || (tokens[k].text === ',' && tokens[k - 1].lower === 'name'))) continue;
      const given = readNameForward(tokens, k + 1, comma);
      if (given !== null) return nameSubject(given, given.from, given.to);
    }
    const source = readSubjectForward(tokens, lo, lo + first);
    if (source !== null && source.kind === 'unnamed' && (source.to === lo + first || (source.written !== undefined && source.from === lo) || (source.from === lo && who(source.to)))) return source;
  }
  // "Huaxing’s European arm, which is based in Rotterdam, says": the body the unit belongs to.
  if (opening !== null && opening.from === lo && endsPossessive(tokens[opening.to - 1].text)) {
    let n = opening.to;
    while (n < comma && n < opening.to + 3 && tokens[n].word && !UNIT_NOUNS.has(tokens[n].lower)) n++;
    if (n < comma && UNIT_NOUNS.has(tokens[n].lower) && tokens[n + 1]?.text === ',') return nameSubject(opening, opening.from, n + 1);
  }
  let k = comma;
  for (let seg = 0; seg < 2; seg++) {
    let m = k - 1;
    while (m >= lo && tokens[m].text !== ',' && k - m <= 20) m--;
    if (m < lo || tokens[m].text !== ',') return null;
    // "The chief executive of Island Ferries, Margaret O'Neill, said": the name between the commas.
    // ("Tom Aquilina, SC, told": letters after the name are no appositive.)
    const inside = k - m === 2 && isPostNominal(tokens[m + 1]) ? null : readSubjectBackward(tokens, k - 1, m + 1);
    // ("Tri-Star's lawyer, Atty. Celeste Bernardo, said": a title with its full stop before the name.)
    const titled = (tokens[m + 1]?.lex & LEX_TITLE) !== 0 && tokens[m + 2]?.text === '.' ? m + 3 : m + 1;
    // ("Mothibedi’s lawyer, advocate Ruan Steenkamp, had told": a job in small letters before the name.)
    const job = inside !== null && inside.from > m + 1 && inside.from - (m + 1) <= 3 && (tokens[inside.from - 1].lex & LEX_ROLE_NOUN) !== 0 && tokens.slice(m + 1, inside.from).every((t) => t.word && !t.cap && !t.quoted && !isCue(t) && !PREPOSITIONS.has(t.lower));
    if (seg === 0 && inside !== null && inside.kind === 'name' && (inside.from === m + 1 || inside.from === titled || job)) return inside;
    // "Another agent, Howard Pruitt of Crestline Talent, said": the name, then where the person works.
    const named = seg === 0 ? readNameForward(tokens, m + 1, k) : null;
    if (named !== null && named.from === m + 1 && /^(?:of|at|from)$/.test(tokens[named.to]?.lower ?? '') && tokens.slice(named.to + 1, k).every((t) => (t.word && (t.cap || t.lower === 'the')) || t.text === '&')) return nameSubject(named, named.from, named.to);
    // "One of the signatories, the Fianna Fáil TD for Donegal Séamus Gildea, said": a description
    // that ends in the name.
    if (seg === 0 && inside !== null && inside.kind === 'name' && inside.to === k && /^(?:the|a|an)$/.test(tokens[m + 1]?.lower ?? '') && tokens.slice(m + 1, inside.from).every((t) => t.word && !t.quoted && !isCue(t)) && (tokens[inside.from - 1].cap || ROLE_NOUNS.has(tokens[inside.from - 1].lower))) return inside;
    // "The Local Government Association (LGA), which …": step over a bracketed acronym.
    let before = m - 1;
    if (tokens[before]?.text === ')' && tokens[before - 2]?.text === '(') before -= 3;
    const subject = readSubjectBackward(tokens, before, lo);
    // "Margaret Hollins, from Chichester, who …": a place after a preposition is no subject.
    if (subject !== null && !(subject.kind === 'name' && PREPOSITIONS.has(tokens[subject.from - 1]?.lower ?? ''))) return subject;
    // "State Sen. Dale Kvasnicka of Harlan Springs, who introduced the bill, called it": the person
    // the place after "of" or "from" belongs to.
    if (subject !== null && subject.kind === 'name' && /^(?:of|from)$/.test(tokens[subject.from - 1]?.lower ?? '') && subject.from - 2 >= lo) {
      const person = readSubjectBackward(tokens, subject.from - 2, lo);
      if (person !== null && person.kind === 'name' && (person.run.title !== null || looksLikePerson(person.run))) return person;
    }
    k = m;
  }
  return null;
}

/** Prepositions of place and movement, after which a noun is where something is, not who speaks. */
const PLACE_WORDS_BEFORE = new Set(['into', 'onto', 'in', 'on', 'at', 'inside', 'outside', 'to']);

function firstSubject(tokens: Token[], lo: number, hi: number, pronounAnywhere = false): Subject | null {
  for (let i = lo; i < hi; i++) {
    if (tokens[i].quoted || !tokens[i].word) continue;
    // "Sentencing, Judge Helen Ashworth said": an opening participle is nobody.
    if (i === lo && tokens[i + 1]?.text === ',' && /^\p{Lu}\p{Ll}+(?:ing|ly)$/u.test(tokens[i].text) && !/^\d/.test(tokens[i + 2]?.text ?? '')) continue;
    // "It is an allegation that OpenAI …": an expletive "it" is nobody.
    if (tokens[i].lower === 'it' && /^(?:is|was|has|had|seems|appears|remains|’s|'s)$/.test(tokens[i + 1]?.lower ?? '')) continue;
    const s = readSubjectForward(tokens, i, hi);
    // "In a 2011 interview with The Scotsman, he said": a name after a preposition is no subject,
    // nor is the object of a cue ("she told the Rheinische Post newspaper, adding").
    const before = tokens[i - 1]?.lower === 'the' ? tokens[i - 2] : tokens[i - 1];
    // ("The assistant app of DeepSeek … by saying": "of" names the owner, who may speak.)
    if (s !== null && s.kind === 'name' && s.run.from <= i + 1 && i > lo && before !== undefined && ((PREPOSITIONS.has(before.lower) && before.lower !== 'of') || (CUE_WORDS.has(before.lower) && !before.cap))) {
      i = s.to - 1;
      continue;
    }
    // "Kasim's father said": the relative speaks, not Kasim.
    if (s !== null && s.kind === 'name' && endsPossessive(tokens[s.to - 1].text) && tokens[s.to]?.word && RELATIONS.has(tokens[s.to].lower)) {
      return unnamedSubject(`${tokenTexts(tokens, s.from, s.to)} ${tokens[s.to].text}`, s.from, s.to + 1);
    }
    // "Outside court, Kasim's father said": nor is a noun after the preposition opening the sentence,
    // nor one after a preposition of place ("which was handed into court, warned").
    if (s !== null && s.kind === 'unnamed' && ((i === lo + 1 && PREPOSITIONS.has(tokens[lo].lower)) || (i > lo && PLACE_WORDS_BEFORE.has(tokens[i - 1].lower)))) {
      i = s.to - 1;
      continue;
    }
    if (s !== null && (s.kind !== 'pronoun' || i === lo || pronounAnywhere)) return s;
  }
  return null;
}

function resolveSubject(ctx: Context, subject: Subject, at: number, topicFrom = at, named: ReadonlySet<SpeakerDraft> = NOBODY, asker: SpeakerDraft | null = null): SpeakerDraft | null {
  switch (subject.kind) {
    case 'name': {
      // "the Speaker said", "the President said": a title after "the" is the person the article gave it to.
      const run = subject.run;
      if (run.words.length === 1 && run.title === null && ctx.tokens[run.from - 1]?.lower === 'the' && (ctx.tokens[run.from].lex & (LEX_TITLE | LEX_ROLE_NOUN)) !== 0) {
        const titled = personTitled(ctx, run.words[0], at);
        if (titled !== null) return titled;
      }
      return ctx.registry.speakerForName(run);
    }
    case 'unnamed': {
      const t = ctx.tokens[subject.from];
      // "Another wrote:", "One described it as": one more of the unnamed sources just quoted, or one of them.
      if (subject.text === 'another' || subject.text === 'one') return oneOfTheSources(ctx, subject, at);
      // "Kasim's father said", "His wife said": the relative the article named, if it did.
      const relative = relativeSubject(ctx, subject, true);
      if (relative !== undefined) return relative;
      // "what a judge described as “life-changing” injuries": the court's one judge, named later.
      if (COURT_ROLES.has(subject.text) && /^(?:a|an)$/.test(t.lower)) {
        const judge = onlyTitled(ctx, subject.text);
        if (judge !== null) return judge;
      }
      // "His report, seen by LGC, says": the document speaks for whoever "his" stands for.
      const possessive = t.lower === subject.text.toLowerCase() ? ctx.tokens[subject.from - 1] : t;
      const owner = DOCUMENT_NOUNS.has(subject.text) && possessive?.word === true ? OWNER_PRONOUNS.get(possessive.lower) : undefined;
      if (owner !== undefined) {
        const resolved = resolvePronoun(ctx, owner, at, topicFrom, named);
        if (resolved !== null) return resolved;
      }
      // "the company said", "the minister added": a definite description of someone already named.
      // ("one of the people said" too; "one senior agent said" is someone new.)
      // ("The Unite union said": a body named in its own description, not the last body of its kind.)
      if (t.lower === 'the' && subject.to - subject.from === 3 && ctx.tokens[subject.from + 1].cap && ORGANIZATION_DESCRIPTIONS.has(ctx.tokens[subject.to - 1].lower)) {
        const body = runsBetween(ctx, subject.from + 1, subject.from + 2)[0];
        if (body !== undefined && body.to === subject.from + 2) {
          const speaker = ctx.registry.speakerForName(body);
          // (A word no list knows as a first name, before "union" or "party", names a body: "Unite".)
          if (speaker.kind === 'person' && body.words.length === 1 && !isKnownFirstName(body.words[0]) && speaker.quoteIds.length === 0 && !ctx.registry.canonicalName(body).includes(' ')) speaker.kind = 'organization';
          if (speaker.kind === 'organization') return speaker;
        }
      }
      if ((t.lower === 'the' || (t.lower === 'one' && ctx.tokens[subject.from + 1]?.lower === 'of') || ctx.tokens[subject.from - 1]?.lower === 'the')) {
        const owned = t.lower === 'the' ? ownedSourceBefore(ctx, subject) : null;
        if (owned !== null) return owned;
        const known = resolveDescription(ctx, subject.text.toLowerCase(), at);
        if (known !== null) return known;
      }
      // "Police Scotland said a woman had died. A spokesperson said": the body just named speaks through them.
      if (/^(?:spokesperson|spokesman|spokeswoman)$/.test(subject.text) && (t.lower === 'a' || t.lower === 'an') && subject.written === undefined && !/^(?:for|at|of|from|to)$/.test(ctx.tokens[subject.to]?.lower ?? '')) {
        for (let i = lastEventAtOrBefore(ctx.focus, at); i >= 0 && at - ctx.focus[i].at <= 600; i--) {
          const body = ctx.focus[i].speaker;
          if (body.kind === 'organization' && !PLACES.has(body.name)) return ctx.registry.speakerForSource(`${body.name} ${subject.text}`, { start: t.start, end: ctx.tokens[subject.to - 1].end }, subject.text);
        }
      }
      // "Council officials said … “…,” officials said": the same sources again, without the article.
      if (!subject.text.includes(' ') && subject.text.endsWith('s') && subject.text === subject.text.toLowerCase()) {
        for (let i = lastEventAtOrBefore(ctx.focus, at); i >= 0 && at - ctx.focus[i].at <= 1500; i--) {
          const s = ctx.focus[i].speaker;
          if (s.kind === 'unnamed' && s.name.toLowerCase().endsWith(` ${subject.text}`)) return s;
        }
      }
      return ctx.registry.speakerForSource(subject.text, { start: t.start, end: ctx.tokens[subject.to - 1].end }, subject.written);
    }
    case 'pronoun':
      return resolvePronoun(ctx, subject.word, at, topicFrom, named, asker);
  }
}

/**
 * The latest person before `at` named with `title` ("Speaker M. Ramachandrappa") or given it as their
 * role, or null; an unnamed source of that title in focus since comes first ("One SNP MSP, who asked
 * not to be named, said … “…,” the MSP said").
 */
function personTitled(ctx: Context, written: string, at: number): SpeakerDraft | null {
  const title = written.toLowerCase();
  // (A role's last word, in any case: "Speaker", "Glantawel MS".)
  const hasRole = (s: SpeakerDraft): boolean => s.kind === 'person' && ctx.registry.roleOf(s)?.toLowerCase().split(' ').pop() === title;
  for (let i = lastEventAtOrBefore(ctx.focus, at); i >= 0 && at - ctx.focus[i].at <= 5000; i--) {
    const s = ctx.focus[i].speaker;
    if (s.kind !== 'person' && s.name.toLowerCase().split(' ').pop() === title) return s;
    if (hasRole(s)) break;
  }
  for (let r = lastRunBefore(ctx, at); r >= 0 && at - ctx.runs[r].start <= 5000; r--) {
    const run = ctx.runs[r];
    if (run.words.length === 1 && run.title === null && run.words[0].toLowerCase() === title) continue;
    const s = ctx.registry.speakerForName(run);
    // (A title as written: "the MS" is no "Ms Vaughan".)
    if (s.kind === 'person' && (run.title?.replace(/\.$/, '') === written || hasRole(s))) return s;
  }
  return null;
}

/**
 * "At the lobby briefing, the prime minister’s spokesperson was asked … The spokesperson replied":
 * when the last mention of a source's noun before "the spokesperson" is one with an owner and no
 * name after it, that source speaks (not a named spokesperson of another body mentioned earlier).
 */
function ownedSourceBefore(ctx: Context, subject: Subject): SpeakerDraft | null {
  const { tokens } = ctx;
  const noun = tokens[subject.to - 1];
  if (subject.to - subject.from !== 2 || !UNNAMED_DESCRIPTIONS.has(noun.lower)) return null;
  for (let k = subject.from - 1; k >= 1 && tokens[subject.from].start - tokens[k].start <= 1500; k--) {
    if (tokens[k].lower !== noun.lower) continue;
    const owner = tokens[k - 1];
    // (The last mention decides: "the Liberal Democrat transport spokesperson, Fenella Carew-Lyons," is named.)
    if (!owner.word || !endsPossessive(owner.text) || owner.cap || tokens[k + 1]?.text === ',') return null;
    let from = k - 1;
    while (from - 1 >= 0 && k - from < 4 && tokens[from - 1].word && !tokens[from - 1].cap && !PREPOSITIONS.has(tokens[from - 1].lower) && !/^(?:the|a|an|this|that)$/.test(tokens[from - 1].lower)) from--;
    if (tokens[from - 1]?.lower !== 'the') return null;
    return ctx.registry.speakerForSource(ctx.text.slice(tokens[from].start, tokens[k].end).replace(/\s+/g, ' '), { start: tokens[from].start, end: tokens[k].end });
  }
  return null;
}

/**
 * The unnamed source last in focus, for "One said" (one of them: the same source), or a new one of
 * the same kind for "Another wrote" ("furious shopper" → "another shopper"); null when none is near.
 */
function oneOfTheSources(ctx: Context, subject: Subject, at: number): SpeakerDraft | null {
  for (let i = lastEventAtOrBefore(ctx.focus, at); i >= 0 && at - ctx.focus[i].at <= 1500; i--) {
    const s = ctx.focus[i].speaker;
    if (s.kind !== 'unnamed' || s.name === 'one' || s.name === 'another') continue;
    if (subject.text === 'one') return s;
    // ("Another said simply: “…”" after a sentence about a placard: another of what came just before,
    // so the source must be in the sentence before.)
    const t = ctx.tokens[subject.from];
    let starts = 0;
    for (let k = tokenAt(ctx.tokens, ctx.focus[i].at) + 1; k <= subject.from && starts < 2; k++) if (ctx.sentenceStarts.has(k) || ctx.paraOf[k] !== ctx.paraOf[k - 1]) starts++;
    if (starts > 1) return null;
    const noun = s.name.slice(s.name.lastIndexOf(' ') + 1);
    return ctx.registry.speakerForSource(`another ${noun.endsWith('s') && !noun.endsWith('ss') ? noun.slice(0, -1) : noun}`, { start: t.start, end: t.end });
  }
  return null;
}

/** Public bodies a description names only when their name holds it: "the council" is Harrow Council, never Acme. */
const NAMED_BODIES = new Set(words(`government council ministry department agency regulator authority university school hospital force court trust`));


/** Descriptions of a business ("the company said"), which never mean a union, a charity or a council. */
const BUSINESS_DESCRIPTIONS = new Set(words(`company firm business developer retailer lender insurer manufacturer carrier airline operator supermarket brand startup group`));
/** Last words of the names of bodies that are not businesses. */
const NOT_BUSINESS = new Set(words(`alliance association federation union council trust charity society coalition campaign committee commission party government ministry department agency authority university school hospital court police foundation institute club league watchdog regulator office service`));

/** True when "the company" (noun `company`) can mean this speaker. */
function describes(noun: string, s: SpeakerDraft): boolean {
  if (s.kind !== 'organization' || PLACES.has(s.name)) return false;
  const last = s.name.slice(s.name.lastIndexOf(' ') + 1).toLowerCase();
  // ("Ministry of Works" is no company, though "Works" may end one's name.)
  const first = s.name.slice(0, s.name.indexOf(' ') + 1 || s.name.length).trim().toLowerCase();
  if (BUSINESS_DESCRIPTIONS.has(noun) && (NOT_BUSINESS.has(last) || NOT_BUSINESS.has(first))) return false;
  // "the company" a fund bids for is not the fund (Castellan Partners, Lanyard Capital).
  if (noun === 'company' && NAME_WORDS_OF.get('fund')?.has(last) === true) return false;
  if (!NAMED_BODIES.has(noun)) return true;
  const lower = s.name.toLowerCase();
  if (lower.includes(noun)) return true;
  // "the agency" is the Swedish Maritime Administration.
  const kindWords = NAME_WORDS_OF.get(noun);
  return kindWords !== undefined && holdsWordOf(lower, kindWords);
}

/** True when the article gives `s` the role `description`, in words or by title ("the doctor": Dr). */
function hasRole(ctx: Context, s: SpeakerDraft, description: string): boolean {
  const role = ctx.registry.roleOf(s);
  if (role !== null) {
    const phrases = rolePhrasesOf(ctx, s, role);
    const padded = ` ${description} `;
    if (phrases.role.includes(padded)) return true;
    // "the Saltmarsh manager": the manager whose organisation is Saltmarsh.
    if (phrases.withOrganization !== null && phrases.withOrganization.includes(padded)) return true;
    // "Lisa Nandy, the culture secretary, … the minister said": a secretary of state or a
    // chancellor is a minister.
    if (description === 'minister' && /(?:^| )(?:(?:culture|health|home|foreign|defence|defense|business|education|transport|housing|environment|energy|justice|work and pensions|treasury|northern ireland|scotland|wales|trade|science|levelling up) secretary|chancellor)(?: |$)/.test(phrases.role.trim())) return true;
  }
  const titles = TITLES_OF_ROLE.get(description);
  return titles !== undefined && s.aliases.some((a) => titles.includes(a.split(' ')[0].replace(/\.$/, '')));
}

/** A speaker's role in lower case between spaces, alone and after its organisation, as hasRole compares them. */
interface RolePhrases {
  /** The role these phrases were made from. */
  source: string;
  role: string;
  withOrganization: string | null;
}

/**
 * The role phrases of a speaker, made once: a description is compared with every person in focus,
 * and a role, once looked for, does not change while quotes are attributed.
 */
function rolePhrasesOf(ctx: Context, s: SpeakerDraft, role: string): RolePhrases {
  ctx.rolePhrases ??= new Map();
  let phrases = ctx.rolePhrases.get(s);
  if (phrases === undefined || phrases.source !== role) {
    const organization = ctx.registry.organizationOf(s);
    phrases = { source: role, role: ` ${role.toLowerCase()} `, withOrganization: organization === null ? null : ` ${organization} ${role} `.toLowerCase() };
    ctx.rolePhrases.set(s, phrases);
  }
  return phrases;
}

/** The titles that stand for a role noun ("the doctor" → Dr, "the senator" → Sen.). */
const TITLES_OF_ROLE: ReadonlyMap<string, string[]> = new Map([
  ['doctor', ['Dr']], ['senator', ['Sen', 'Senator']], ['judge', ['Judge', 'Justice']], ['professor', ['Prof', 'Professor']],
  ['governor', ['Gov', 'Governor']], ['detective', ['Det', 'Detective']], ['mayor', ['Mayor']], ['congressman', ['Rep']],
  ['congresswoman', ['Rep']], ['lawmaker', ['Rep', 'Sen']], ['inspector', ['Insp', 'Inspector']], ['president', ['President']],
]);

/** Nouns that point back at an unnamed source ("the person added", "the spokeswoman said"). */
const UNNAMED_DESCRIPTIONS = new Set(words(`people sources officials insiders allies person source official insider aide spokesman spokeswoman spokesperson executive manager lobbyist resident diplomat`));


/** The speaker a definite description points at: the latest organisation, or the latest person with that role. */
/**
 * The one organisation of the article whose name holds a word of its kind ("council" → Ōtaramoa
 * District Council), with where it is first named; null when there are none or several. Found once
 * per kind and article.
 */
function onlyBodyOfKind(ctx: Context, noun: string, kindWords: ReadonlySet<string>): { speaker: SpeakerDraft; firstStart: number } | null {
  ctx.onlyBody ??= new Map();
  let found = ctx.onlyBody.get(noun);
  if (found === undefined) {
    found = null;
    for (const run of ctx.runs) {
      if (!run.words.some((w) => kindWords.has(w.toLowerCase()))) continue;
      const speaker = ctx.registry.speakerForName(run);
      if (speaker.kind !== 'organization') continue;
      if (found === null) found = { speaker, firstStart: run.start };
      else if (found.speaker !== speaker) {
        found = null;
        break;
      }
    }
    ctx.onlyBody.set(noun, found);
  }
  return found;
}

/**
 * For an unnamed subject that is someone's relative ("Kasim's father", "his wife"): the relative the
 * article named, or null when it named none and the owner is a pronoun (nobody to show); undefined
 * for any other subject.
 */
function relativeSubject(ctx: Context, subject: Subject & { kind: 'unnamed' }, nameUnnamed = false): SpeakerDraft | null | undefined {
  const kin = ctx.tokens[subject.to - 1];
  if (subject.to - subject.from < 2 || !kin.word || !KIN_SEX.has(kin.lower) || !subject.text.endsWith(kin.text)) return undefined;
  const owner = ctx.tokens[subject.to - 2];
  const pronoun = POSSESSIVE_PRONOUNS.has(owner.lower);
  if (!owner.word || !(pronoun || (owner.cap && endsPossessive(owner.text)))) return undefined;
  const at = ctx.tokens[subject.from].start;
  const relative = resolveRelative(ctx, owner, kin.lower, at);
  if (relative !== null || !pronoun) return relative ?? undefined;
  if (!nameUnnamed) return null;
  // "Her mother said", of a mother the article does not name: an unnamed source called after whom
  // "her" stands for ("Amy Reed's mother"), so that the quote has a speaker a reader can place.
  // (Only for a cue's subject: a sentence that merely mentions "his son" brings nobody new into focus.)
  const whose = resolvePronoun(ctx, OWNER_PRONOUNS.get(owner.lower) ?? '', at, at, NOBODY, null, false);
  if (whose === null || whose.kind !== 'person') return null;
  return ctx.registry.speakerForSource(`${whose.name}\u2019s ${kin.lower}`, { start: owner.start, end: kin.end });
}

/**
 * "Kasim's father", "his wife": the person the article names as that relative, when the family word
 * names one person only (or one of whoever "his" or the name stands for); null otherwise.
 */
function resolveRelative(ctx: Context, owner: Token, relation: string, at: number): SpeakerDraft | null {
  ctx.relatives ??= findRelatives(ctx.tokens, ctx.runs);
  const found = new Set<SpeakerDraft>();
  const ownerName = owner.cap && !POSSESSIVE_PRONOUNS.has(owner.lower) ? owner.text.replace(/['\u2019]s$/, '') : null;
  const pronoun = OWNER_PRONOUNS.get(owner.lower);
  const ownerSpeaker = ownerName !== null || pronoun === undefined ? null : resolvePronoun(ctx, pronoun, at, at, NOBODY, null, false);
  const byOwner = new Set<SpeakerDraft>();
  for (const r of ctx.relatives) {
    if (r.relation !== relation) continue;
    const speaker = ctx.registry.speakerForName(r.run);
    if (speaker.kind !== 'person') continue;
    found.add(speaker);
    const named = POSSESSIVE_PRONOUNS.has(r.owner) ? null : r.owner;
    if (named === null) continue;
    const words = named.split(' ');
    if ((ownerName !== null && (named === ownerName || words.includes(ownerName))) || (ownerSpeaker !== null && (ownerSpeaker.name === named || ownerSpeaker.aliases.includes(named) || words.every((w) => ownerSpeaker.name.split(' ').includes(w))))) byOwner.add(speaker);
  }
  if (byOwner.size === 1) return [...byOwner][0];
  return found.size === 1 ? [...found][0] : null;
}

/** Whether a name of several words holds one of `kindWords` (lower case). */
function nameHoldsWord(name: string, kindWords: ReadonlySet<string>): boolean {
  return name.includes(' ') && holdsWordOf(name.toLowerCase(), kindWords);
}

/** Whether one of the space-separated words of `lower` is in `kindWords` (without splitting it into a list). */
function holdsWordOf(lower: string, kindWords: ReadonlySet<string>): boolean {
  for (let from = 0; from < lower.length; ) {
    const space = lower.indexOf(' ', from);
    const to = space < 0 ? lower.length : space;
    if (kindWords.has(lower.slice(from, to))) return true;
    from = to + 1;
  }
  return false;
}

function resolveDescription(ctx: Context, description: string, at: number, focus: FocusEvent[] = ctx.focus): SpeakerDraft | null {
  const noun = description.split(' ').pop() ?? description;
  // "the 39-year-old said", "the 31-year-old centre said": the person last in focus.
  // "the veteran said", "the teenager said": a word for who someone is, not a job, likewise.
  if (AGED.test(noun) || (description.includes('-year-old ') && description.split(' ').some((w) => AGED.test(w))) || (EPITHETS.has(noun) && !description.includes(' '))) {
    for (let i = lastEventAtOrBefore(focus, at); i >= 0 && at - focus[i].at <= FOCUS_REACH; i--) if (focus[i].speaker.kind === 'person') return focus[i].speaker;
    return null;
  }
  // "the company", "the hedge fund" (lower-case words before the noun only).
  if (ORGANIZATION_DESCRIPTIONS.has(noun) && description === description.toLowerCase() && description.split(' ').length <= 3) {
    // "the union" is the Metalworkers' Federation named before, even when a company came since.
    // "The commission said" is the Seyra Basin Commission, even after a ministry spoke.
    const kindWords = NAME_WORDS_OF.get(noun) ?? new Set([noun]);
    {
      for (let r = lastRunBefore(ctx, at); r >= 0 && at - ctx.runs[r].start <= 3000; r--) {
        const run = ctx.runs[r];
        // ("Dunmore have been handed 11,500 tickets, and the club said": a one-word name stands for
        // its full one, Dunmore Athletic.)
        if (run.start >= at || !(run.words.some((w) => kindWords.has(w.toLowerCase())) || (run.words.length === 1 && nameHoldsWord(ctx.registry.canonicalName(run), kindWords)))) continue;
        const speaker = ctx.registry.speakerForName(run);
        if (speaker.kind === 'organization' && describes(noun, speaker)) return speaker;
      }
    }
    for (let i = lastEventAtOrBefore(focus, at); i >= 0 && at - focus[i].at <= FOCUS_REACH; i--) {
      if (describes(noun, focus[i].speaker)) return focus[i].speaker;
    }
    // An organisation named before, as the subject of its sentence or after "at"/"of" in a role.
    for (let r = lastRunBefore(ctx, at); r >= 0; r--) {
      const run = ctx.runs[r];
      if (run.start >= at) continue;
      // "the junction with the R445": a name after a preposition is no subject.
      const before = ctx.tokens[run.from - 1]?.lower === 'the' ? run.from - 2 : run.from - 1;
      const prev = ctx.tokens[before]?.lower ?? '';
      if (['told', 'to', 'with', 'on', 'from', 'in', 'by'].includes(prev)) continue;
      const speaker = ctx.registry.speakerForName(run);
      if (describes(noun, speaker)) return speaker;
      if (at - run.start > 3000) break;
    }
    // "The council said", far from where Ōtaramoa District Council was named: the only such body.
    const only = onlyBodyOfKind(ctx, noun, kindWords);
    return only !== null && only.firstStart < at ? only.speaker : null;
  }
  // "the person added", "the spokeswoman said": the unnamed source last in focus.
  // "the statement said", "the report found": the body that issued it, last in focus.
  if (DOCUMENT_NOUNS.has(noun) && !description.includes(' ')) {
    // "In a statement to Construction News, Harwood Lyle said … “…,” the statement said": whoever issued it.
    if (noun === 'statement') {
      for (let i = lastEventAtOrBefore(focus, at); i >= 0 && at - focus[i].at <= 3000; i--) {
        if (/\bstatement\b/.test(ctx.text.slice(Math.max(0, focus[i].at - 120), focus[i].at + 40))) return focus[i].speaker;
      }
    }
    for (let i = lastEventAtOrBefore(focus, at); i >= 0 && at - focus[i].at <= 3000; i--) {
      if (focus[i].speaker.kind === 'organization' && !PLACES.has(focus[i].speaker.name)) return focus[i].speaker;
    }
  }
  // "one of the people said": one of the unnamed sources named before.
  if ((UNNAMED_DESCRIPTIONS.has(noun) && !description.includes(' ')) || /^one of (?:the|them|those) /.test(description)) {
    for (let i = lastEventAtOrBefore(focus, at); i >= 0 && at - focus[i].at <= FOCUS_REACH; i--) {
      const s = focus[i].speaker;
      if (s.kind === 'unnamed' && (noun === 'person' || noun === 'source' || s.name.toLowerCase().split(' ').includes(noun))) return s;
    }
  }
  if (ROLE_NOUNS.has(noun)) {
    // "A former billing supervisor … said … The former billing supervisor said", "One senior Army
    // officer … the officer said": the same unnamed source, or the person with that role, the latest.
    for (let i = lastEventAtOrBefore(focus, at); i >= 0 && at - focus[i].at <= FOCUS_REACH; i--) {
      const s = focus[i].speaker;
      if (s.kind === 'unnamed' && (` ${s.name.toLowerCase()}`.endsWith(` ${description}`) || (description.includes(' ') && s.aliases.some((a) => ` ${a.toLowerCase()}`.startsWith(` ${description}`))))) return s;
      if (s.kind === 'person' && hasRole(ctx, s, description)) return s;
    }
    // Someone named before but not yet in focus ("Dr. Renata Solis … The doctor tells it differently").
    for (let r = lastRunBefore(ctx, at); r >= 0; r--) {
      const run = ctx.runs[r];
      if (run.start >= at) continue;
      if (at - run.start > 3000) break;
      const s = ctx.registry.speakerForName(run);
      if (s.kind === 'person' && hasRole(ctx, s, description)) return s;
    }
    // "Osei … “…,” the striker said": a player's position the article never gave as a role is
    // the person the story is about, the latest in focus.
    if (PLAYER_DESCRIPTIONS.has(description)) {
      for (let i = lastEventAtOrBefore(focus, at); i >= 0 && at - focus[i].at <= 1500; i--) {
        if (focus[i].speaker.kind === 'person') return focus[i].speaker;
      }
    }
    // "Gary Threlfall is already shouting … “…,” the Saltmarsh manager says": when nobody holds the
    // role, the person just in focus whose job the article has not given. (Not a court's: the person
    // in focus in a court report is the defendant, never "the judge" or "the prosecutor".)
    for (let i = lastEventAtOrBefore(focus, at); i >= 0 && at - focus[i].at <= 1500 && !COURT_PARTIES.has(noun); i--) {
      const s = focus[i].speaker;
      if (s.kind !== 'person') continue;
      if (ctx.registry.roleOf(s) === null) return s;
      break;
    }
  }
  return null;
}

/**
 * How far back, in characters, a pronoun or a description looks for whom it means. Much longer than
 * the reach of any "he said" in a news article, it keeps the look-up constant on a 1 MB text.
 */
const FOCUS_REACH = 20_000;

/** Index of the last event at or before `at` in events ordered by offset, or -1 (binary search). */
function lastEventAtOrBefore(focus: readonly FocusEvent[], at: number): number {
  return countBefore(focus, (e) => e.at <= at) - 1;
}

const NOBODY: ReadonlySet<SpeakerDraft> = new Set();

/** "Treasury veteran" may be he or she; "statement" and "company" may not. */
function isPersonNoun(name: string): boolean {
  const head = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  return !DOCUMENT_NOUNS.has(head) && !ORGANIZATION_DESCRIPTIONS.has(head) && !ORGANIZATION_WORDS.has(head);
}

/** The people a sentence names outside its quotes ("“…,” she said, as Haddix moved on"). */
function namedInSentence(ctx: Context, k: number): Set<SpeakerDraft> {
  const out = new Set<SpeakerDraft>();
  const start = sentenceStart(ctx, k);
  const end = sentenceEndAcrossQuotes(ctx, k);
  for (const run of runsBetween(ctx, start, end)) {
    if (run.words.length >= 2 || ctx.registry.canonicalName(run).includes(' ')) out.add(ctx.registry.speakerForName(run));
  }
  return out;
}

/**
 * Index of the last name run that starts before offset `at`, or -1 (binary search). The look-backs
 * start there: walking down from the article's last run made each one cost the whole article on a
 * long text.
 */
function lastRunBefore(ctx: Context, at: number): number {
  return countBefore(ctx.runs, (r) => r.start < at) - 1;
}

/**
 * A person of the pronoun's sex (or of no known sex) named in the pronoun's paragraph or the one
 * before it, when the focus event at `since` lies two paragraphs back or more; the latest such
 * person, or null.
 */
function mentionedSince(ctx: Context, since: number, at: number, gender: 'm' | 'f', named: ReadonlySet<SpeakerDraft>): SpeakerDraft | null {
  const para = ctx.paraOf[tokenAt(ctx.tokens, at)];
  if (paragraphsAfter(ctx, ctx.paraOf[tokenAt(ctx.tokens, since)], para) < 2) return null;
  for (let r = lastRunBefore(ctx, at); r >= 0 && ctx.runs[r].start > since; r--) {
    const run = ctx.runs[r];
    if (paragraphsAfter(ctx, ctx.paraOf[run.from], para) > 1) break;
    if (!(looksLikePerson(run) || ctx.registry.canonicalName(run).includes(' '))) continue;
    const s = ctx.registry.speakerForName(run);
    if (s.kind === 'person' && !named.has(s) && (s.gender === gender || s.gender === null)) return s;
  }
  return null;
}

/** How many paragraphs with tokens lie after paragraph `from` (-1: before the first), up to and including paragraph `to` (blank lines are none). */
function paragraphsAfter(ctx: Context, from: number, to: number): number {
  return ctx.paragraphOrdinal[to] - (from >= 0 ? ctx.paragraphOrdinal[from] : 0);
}

/** The name runs whose first token lies in [from, to). */
function runsBetween(ctx: Context, from: number, to: number): NameRun[] {
  const out: NameRun[] = [];
  for (let r = countBefore(ctx.runs, (run) => run.from < from); r < ctx.runs.length && ctx.runs[r].from < to; r++) out.push(ctx.runs[r]);
  return out;
}

/**
 * The most recent speaker in focus that fits the pronoun's gender and number. A speaker of no known
 * sex takes the pronoun's (and a one-word name called "it" becomes a body), unless `learn` is false:
 * a look-up that attributes nothing ("Her husband says": whose husband?) must not decide anyone's sex.
 */
function resolvePronoun(ctx: Context, word: string, at: number, topicFrom = at, named: ReadonlySet<SpeakerDraft> = NOBODY, asker: SpeakerDraft | null = null, learn = true): SpeakerDraft | null {
  const gender = PRONOUNS.get(word);
  // The latest person in focus, when their sex came from their first name alone and differs from the
  // pronoun's (see the end).
  let overruled: SpeakerDraft | null = null;
  let first = true;
  for (let i = lastEventAtOrBefore(ctx.focus, at); i >= 0 && at - ctx.focus[i].at <= FOCUS_REACH; i--) {
    const s = ctx.focus[i].speaker;
    if (ctx.focus[i].at >= topicFrom && ctx.focus[i].at < at) continue;
    // "Drummond asked her … “…,” she replied": whoever asked is not who replies.
    if (s === asker) continue;
    // The writer is "I", never "she".
    if (s === ctx.byline?.speaker) continue;
    // "“…,” she said, as Haddix moved on": whoever the sentence names is not its "she".
    if (named.has(s)) continue;
    if (first && s.kind === 'person' && s.genderByName && (gender === 'm' || gender === 'f') && s.gender !== gender && paragraphsAfter(ctx, ctx.paraOf[tokenAt(ctx.tokens, ctx.focus[i].at)], ctx.paraOf[tokenAt(ctx.tokens, at)]) <= 1) overruled = s;
    first = false;
    if (gender === 'm' || gender === 'f') {
      // A spokeswoman is "she"; a singular unnamed source of no known sex ("a Treasury veteran") may be
      // either; plural sources and organisations are neither.
      if (s.kind === 'unnamed' && (s.gender === gender || (s.gender === null && !/s$/.test(s.name) && isPersonNoun(s.name)))) {
        // ("Pryce-Davies raised the risk with van der Berg. Asked about it, he did not dispute it.⏎
        // “…,” he said": a named person just mentioned, over an unnamed source paragraphs back.)
        const mentioned = mentionedSince(ctx, ctx.focus[i].at, at, gender, named);
        if (mentioned !== null) return mentioned;
        // (A source of no known sex does not fit better than the person just named.)
        if (overruled !== null && s.gender === null) break;
        if (learn) s.gender = gender;
        return s;
      }
      if (s.kind !== 'person' || (s.gender !== null && s.gender !== gender)) continue;
      // "Caoimhe Ní Fhlatharta runs the shop. Her daughter, Aoife, boards on the mainland.⏎“…,” she
      // said": someone brought in as the relative of the person in focus leaves the focus with them.
      // (Only from a later paragraph: "Her daughter, Aoife, boards there. She said …" is Aoife.)
      const anchor = ctx.paraOf[tokenAt(ctx.tokens, at)] !== ctx.paraOf[tokenAt(ctx.tokens, ctx.focus[i].at)] ? relativeIntroducedBy(ctx, i, gender) : null;
      if (anchor !== null && !named.has(anchor) && anchor !== asker) return anchor;
      if (s.gender === null && learn) s.gender = gender;
      return s;
    }
    if (gender === 'n' && s.kind === 'person') {
      // "Haddows said … It added": a one-word name with no first name, title or sex, called "it", is a body.
      // ("admits CTO … It describes": a job in capitals is a person's.)
      if (s.gender !== null || s.name.includes(' ') || isKnownFirstName(s.name) || s.aliases.some((a) => a.includes(' ')) || JOB_ACRONYMS.has(s.name.toLowerCase())) continue;
      if (learn) s.kind = 'organization';
      return s;
    }
    // "they wrote": plural sources and organisations first; a person only when none is near.
    if (gender === 'p' && s.kind === 'person') {
      for (let k = i - 1; k >= 0 && at - ctx.focus[k].at <= 1500; k--) {
        const other = ctx.focus[k].speaker;
        if (other.kind === 'organization' || (other.kind === 'unnamed' && /s$/.test(other.name))) return other;
      }
    }
    return s;
  }
  // No subject or speaker fits ("Sarah Jones met Tom Baker. … he said"): any person named before.
  if (gender === 'm' || gender === 'f') {
    for (let r = lastRunBefore(ctx, at); r >= 0; r--) {
      const run = ctx.runs[r];
      if (run.start >= at || !looksLikePerson(run)) continue;
      const s = ctx.registry.speakerForName(run);
      // ("“…,” she said afterward, as Haddix moved on": not whom the sentence names, here either.)
      if (named.has(s)) continue;
      if (s.kind === 'person' && (s.gender === gender || s.gender === null)) {
        if (s.gender === null && learn) s.gender = gender;
        return s;
      }
      if (at - run.start > 2000) break;
    }
  }
  // "Oluwaseun Adeyemi has heard it all before. “…,” she said": when nobody fits, the pronoun
  // overrules the sex a first name usually has, for the person just in focus.
  if (overruled !== null && (gender === 'm' || gender === 'f')) {
    if (learn) {
      overruled.gender = gender;
      overruled.genderByName = false;
    }
    return overruled;
  }
  return null;
}

const PREPOSITIONS = new Set(words(`of at from for to with by in on about against than like including besides except without among between towards toward into behind beside despite via near outside inside across around beyond through under over`));

/** Words after which a name may still be a clause's subject ("and Megan said", "when Hannah arrived"). */
const CLAUSE_OPENERS = new Set(words(`and but or so then while when as because after before since until although though if once where that yet now meanwhile later`));
const TITLE_CASE = /^\p{Lu}\p{Ll}+(?:['\u2019-]\p{Lu}?\p{Ll}+)*$|^(?:Mc|Mac|O['\u2019])\p{Lu}\p{Ll}+$/u;

/** Parts of a body that speak for it ("Huaxing’s European arm"). */
const UNIT_NOUNS = new Set(['arm', 'unit', 'division', 'subsidiary', 'branch', 'office', 'offices', 'operation', 'operations', 'business', 'headquarters']);

/** Words that open a subordinate clause, whose subject is not the sentence's ("Asked whether she had …, Whitfield …"). */
const SUBORDINATORS = new Set(words(`whether if when whenever because although though after before since until while once as how why what where unless`));
/** Title-cased words, not a place or an organisation: "Meredith Whitaker", "Mr Blair", not "Paris AI". */
function looksLikePerson(run: NameRun): boolean {
  // "Her brother Tom": a first name alone is a person too.
  if (run.words.length < 2 && run.title === null) return isKnownFirstName(run.words[0]);
  // Otherwise the answer depends on the name's words alone, and a name is asked about at each mention.
  let known = personLikeNames.get(run.name);
  if (known === undefined) {
    if (personLikeNames.size >= 4096) personLikeNames.clear();
    known = !PLACE_STARTS.has(run.words[0]) && !ORGANIZATION_WORDS.has(run.words[run.words.length - 1].toLowerCase()) && !ORGANIZATION_WORDS.has(run.words[0].toLowerCase()) && run.words.every((w) => TITLE_CASE.test(w) || (w.length <= 3 && /^[a-z]+$/.test(w)) || MIDDLE_INITIAL.test(w));
    personLikeNames.set(run.name, known);
  }
  return known;
}

/** The answers of looksLikePerson for names of several words or with a title, by the name (at most 4,096 kept). */
const personLikeNames = new Map<string, boolean>();

/** Words that open a sentence about an unnamed source ("A nurse …", "One mother …", "The woman …"). */
const SOURCE_OPENERS = new Set(['a', 'an', 'one', 'another', 'the']);

/** Words after which a capitalised first word of a sentence is an ordinary word ("Down the hall"). */
const OPENING_FUNCTION_WORDS = new Set(words(`the a an his her their its this that these those my our your some many all each every no she he they we i it you`));

/**
 * The speakers in focus through the article, in order: whom cue clauses outside quotes name
 * ("Prakash stated that …" puts Prakash in focus for a later "he said"), the people descriptions
 * mean ("The judge disagreed.") and the subjects of sentences. Three passes, each its own function,
 * so that V8 optimises them apart: a pass that meets a new case is compiled again alone.
 */
function cueClauseEvents(ctx: Context): FocusEvent[] {
  const out = cueVerbEvents(ctx);
  descriptionEvents(ctx, out);
  subjectEvents(ctx, out);
  out.sort((a, b) => a.at - b.at);
  return out;
}

/** "Prakash stated that …", "according to people familiar with the matter": whom a cue clause names. */
function cueVerbEvents(ctx: Context): FocusEvent[] {
  const { tokens } = ctx;
  const out: FocusEvent[] = [];
  for (let c = 0; c < tokens.length; c++) {
    // "…, according to people familiar with the matter.": the source is in focus for "the people said".
    if ((tokens[c].lex & LEX_ACCORDING) !== 0 && tokens[c + 1]?.lower === 'to' && !tokens[c].quoted) {
      const source = readAccordingTo(tokens, c + 2, sentenceEnd(ctx, c));
      if (source !== null && source.kind === 'unnamed') out.push({ at: tokens[c].start, speaker: ctx.registry.speakerForSource(source.text, { start: tokens[source.from].start, end: tokens[source.to - 1].end }, source.written) });
      continue;
    }
    if (!isCue(tokens[c]) || (tokens[c].lex & LEX_CUE_FINITE) === 0) continue;
    // "Ramon Ortiz added a solo homer": a cue verb with a noun object says nothing.
    if (takesThingObject(tokens, c)) continue;
    const lo = sentenceStart(ctx, Math.max(c - 1, 0));
    const j = beforeCue(tokens, c - 1, lo);
    // "Scottish Labour’s health spokeswoman, Fiona Strachan, said": the name between the commas.
    const appositive = tokens[j]?.text === ',' ? subjectBeforeAppositive(tokens, j, lo) : null;
    const subject = readSubjectBackward(tokens, j, lo) ?? (appositive !== null && ((appositive.kind === 'name' && looksLikePerson(appositive.run) && appositive.run.words.length >= 2) || appositive.kind === 'unnamed') ? appositive : null);
    // "Kasim's father said": the relative the article named, if it did.
    const relative = subject !== null && subject.kind === 'unnamed' ? relativeSubject(ctx, subject) : undefined;
    if (subject !== null && subject.kind === 'name') out.push({ at: tokens[c].start, speaker: ctx.registry.speakerForName(subject.run) });
    else if (relative !== undefined) {
      if (relative !== null) out.push({ at: tokens[c].start, speaker: relative });
    // "the Gunderson family said", "The Friends group said": a named group is in focus for "they";
    // "the company said" is resolved where it is quoted.
    // ("Pruitt addressed the issue after a member asked from the floor. … he said": an unnamed
    // source in a clause after "after", "when" or "as" is not whom the next "he" means.)
    } else if (subject !== null && subject.kind === 'unnamed' && !SUBORDINATORS.has(tokens[subject.from - 1]?.lower ?? '') && (tokens[subject.from].lower !== 'the' || (tokens[subject.from + 1]?.cap === true && !ctx.sentenceStarts.has(subject.from + 1)))) {
      out.push({ at: tokens[c].start, speaker: ctx.registry.speakerForSource(subject.text, { start: tokens[subject.from].start, end: tokens[subject.to - 1].end }, subject.written) });
    }
  }
  return out;
}

/**
 * "The judge disagreed.": a sentence whose subject describes someone already named. The events so
 * far (`out`, from the cue clauses) and the descriptions resolved are merged in order, for the
 * look-up's binary search; each description resolved is added to `out`.
 */
function descriptionEvents(ctx: Context, out: FocusEvent[]): void {
  const { tokens } = ctx;
  const cues = out.length;
  const sofar: FocusEvent[] = [];
  for (let k = 0, next = 0; k + 1 < tokens.length; k++) {
    if (!(k === 0 || ctx.sentenceStarts.has(k) || ctx.paraOf[k] !== ctx.paraOf[k - 1]) || tokens[k].lower !== 'the') continue;
    let n = k + 1;
    // ("The former billing supervisor said": up to two words before the role.)
    while (n < k + 3 && tokens[n + 1] !== undefined && tokens[n].word && !tokens[n].cap && !tokens[n].quoted && (tokens[n].lex & LEX_ROLE_NOUN) === 0 && tokens[n + 1].word && !tokens[n + 1].cap && (tokens[n + 1].lex & (LEX_ROLE_NOUN | LEX_CUE)) !== LEX_CUE) n++;
    if (n > k + 1 && (tokens[n].lex & LEX_ROLE_NOUN) === 0) n = k + 1;
    const noun = tokens[n];
    if (!noun.word || noun.quoted || !((noun.lex & LEX_ROLE_NOUN) !== 0 || ORGANIZATION_DESCRIPTIONS.has(noun.lower))) continue;
    while (next < cues && out[next].at <= noun.start) sofar.push(out[next++]);
    const known = resolveDescription(ctx, n === k + 1 ? noun.lower : tokenLowers(tokens, k + 1, n + 1), noun.start, sofar);
    if (known !== null) {
      sofar.push({ at: noun.start, speaker: known });
      out.push({ at: noun.start, speaker: known });
    }
  }
}

/**
 * A person who is the subject of a sentence ("Meredith Whitaker spoke", "As Lehane was speaking to
 * Arjun Kharpal, he said") is in focus too: the first name of the sentence not after a
 * preposition. Each is added to `out`.
 */
function subjectEvents(ctx: Context, out: FocusEvent[]): void {
  const { tokens } = ctx;
  let sentenceHasSubject = false;
  let sentenceFrom = 0;
  let subordinate = false;
  // "Speaking to the BBC, local resident Julie Marsh described the scene. “…,” she said.", "Then
  // came John Reed, …": a person named in full for the first time (a known first name or a title)
  // in a sentence that put nobody in focus and whose subject is no pronoun is in focus after it.
  let sentenceEvents = 0;
  let introduced: NameRun | null = null;
  let pronounSubject = false;
  const named = new Set<string>();
  for (let k = 0, r = 0; k < tokens.length; k++) {
    const opensSentence = k === 0 || ctx.sentenceStarts.has(k) || ctx.paraOf[k] !== ctx.paraOf[k - 1];
    if (opensSentence) {
      if (introduced !== null && out.length === sentenceEvents) pushIntroduced(ctx, out, introduced);
      introduced = null;
      pronounSubject = false;
      sentenceEvents = out.length;
      sentenceHasSubject = false;
      sentenceFrom = k;
      // ("So when Cardinal Ridge Power & Light announced …, Marsh … said": after a conjunction too.)
      subordinate = !tokens[k].quoted && (SUBORDINATORS.has(tokens[k].lower) || (/^(?:so|and|but)$/.test(tokens[k].lower) && SUBORDINATORS.has(tokens[k + 1]?.lower ?? '')));
    }
    // "After Perrault left, Castellano sat in the truck": the main clause's name is the subject.
    if (subordinate && tokens[k].text === ',' && !(tokens[k - 1]?.end === tokens[k].start && /\d$/.test(tokens[k - 1].text) && /^\d/.test(tokens[k + 1]?.text ?? ''))) {
      subordinate = false;
      // (The comma's index is copied for the look-up: a function that took `k` itself would make
      // every turn of the loop allocate its own `k`.)
      const comma = k;
      // (Read only inside the list: a read past its end would undo V8's optimised code.)
      const after = countBefore(ctx.runs, (x) => x.from <= comma);
      if (after < ctx.runs.length && ctx.runs[after].from === k + 1) sentenceHasSubject = false;
    }
    // "ALLENTOWN, Pa. — Jenna Delgado keeps a binder": the dateline before the dash names no subject.
    if (k - sentenceFrom <= 6 && (tokens[k].text === '\u2014' || tokens[k].text === '\u2013')) sentenceHasSubject = false;
    // "She did not tell anyone, including Megan.": a sentence whose subject is a pronoun names no new one.
    // "When the letter arrived, she opened it and rang Megan before Hannah got back": once a pronoun
    // is the sentence's subject, later names are not.
    // "Asked whether she had the votes, Whitfield did not hesitate": a pronoun inside a subordinate
    // clause is not the sentence's subject.
    if (tokens[k].word && !tokens[k].quoted && (tokens[k].lex & LEX_SUBJECT_PRONOUN) !== 0 && !SUBORDINATORS.has(tokens[k - 1]?.lower ?? '')) {
      sentenceHasSubject = true;
      introduced = null;
      pronounSubject = true;
    }
    // "A Treasury veteran of three budgets offered a simpler explanation.": an unnamed source that
    // opens a sentence is in focus for the "he said" after it.
    // ("But an insider at the Manchester firm … claimed": after a conjunction too.)
    const afterConjunction = k === sentenceFrom + 1 && /^(?:but|and|yet)$/.test(tokens[sentenceFrom].lower);
    // ("Outside the mill gates on Tuesday, one longtime millwright, who asked not to be named, said":
    // after an opening phrase and its comma, the indefinite source is the subject.)
    // ("That view is shared by Dr Anna Kowalski, a virologist at Leeds.": after a name and its comma
    // the indefinite phrase describes the name; it is no source of its own.)
    const afterOpening = !opensSentence && !sentenceHasSubject && k - sentenceFrom <= 12 && tokens[k - 1]?.text === ',' && INDEFINITE.has(tokens[k].lower) && !((r > 0 && ctx.runs[r - 1].to === k - 1) || ctx.runs[r]?.to === k - 1);
    // ("One mother of three said", "Another shopper, who …", "The woman, who asked not to be named,
    // said", "A woman in a red coat shouted": one, another, and a person's noun after "the" too.)
    if ((opensSentence || afterConjunction || afterOpening) && !tokens[k].quoted && SOURCE_OPENERS.has(tokens[k].lower)) {
      const end = sentenceEnd(ctx, k);
      let source = readSubjectForward(tokens, k, end);

      // ("A third man, 27, was granted bail": a man or a woman with only an adjective is not set apart
      // enough to be a source; "A man shovelling out his car a few doors down" is.)
      if (source !== null && source.kind === 'unnamed' && source.written === undefined && source.to > k + 2 && PERSON_NOUN.has(source.text.toLowerCase())) source = null;
      if (source === null && k + 1 < end && tokens[k + 1].word && PERSON_NOUNS.has(tokens[k + 1].lower)) source = unnamedSubject(tokens[k + 1].lower, k, k + 2);
      if (source !== null && source.kind === 'unnamed' && (tokens[k].lower !== 'the' || PERSON_NOUNS.has(tokens[k + 1]?.lower ?? ''))) out.push({ at: tokens[k].start, speaker: ctx.registry.speakerForSource(source.text, { start: tokens[source.from].start, end: tokens[source.to - 1].end }, source.written) });
      // ("A drone unit commander … named Andrii, who …, said": the source the phrase names is in focus.)
      if (source !== null && source.kind === 'name' && tokens[k].lower !== 'the' && source.run !== null && source.run.from > k + 1) {
        const named = ctx.registry.speakerForName(source.run);
        if (named.kind === 'person') {
          out.push({ at: source.run.start, speaker: named });
          sentenceHasSubject = true;
        }
      }
    }
    // "His wife said the couple had …", "Her husband says", "The boy’s father says": the relative the
    // article named is in focus.
    const kinAt = opensSentence && tokens[k].lower === 'the' && tokens[k + 1]?.word && !tokens[k + 1].cap && endsPossessive(tokens[k + 1].text) ? k + 1 : k;
    if (opensSentence && (POSSESSIVE_PRONOUNS.has(tokens[k].lower) || kinAt > k) && !tokens[k].quoted && tokens[kinAt + 1]?.word && KIN_SEX.has(tokens[kinAt + 1].lower) && tokens[kinAt + 2]?.text !== ',' && tokens[kinAt + 2]?.cap === false) {
      const relative = resolveRelative(ctx, tokens[kinAt], tokens[kinAt + 1].lower, tokens[k].start);
      if (relative !== null) {
        relative.gender ??= KIN_SEX.get(tokens[kinAt + 1].lower) ?? null;
        out.push({ at: tokens[k].start, speaker: relative });
        sentenceHasSubject = true;
      }
    }
    while (r < ctx.runs.length && ctx.runs[r].from < k) r++;
    const run = ctx.runs[r];
    if (run === undefined || run.from !== k) continue;
    // (By the name as written: a canonical-name look-up for every run costs more than it finds.)
    if (!tokens[k].quoted && run.words.length >= 2) {
      if (!named.has(run.name)) {
        named.add(run.name);
        if (introduced === null && !pronounSubject && looksLikePerson(run) && (run.title !== null || isKnownFirstName(run.words[0]))) introduced = run;
      }
    }
    // ("KQED asked Pham whether she had thought of leaving": whom anyone asks whether answers,
    // after the sentence's subject too; "asked Dr Saye about the bolts" leaves the asker asking.)
    if (sentenceHasSubject) {
      if (tokens[k - 1]?.lower === 'asked' && /^(?:whether|if)$/.test(tokens[run.to]?.lower ?? '') && (looksLikePerson(run) || ctx.registry.canonicalName(run).includes(' '))) {
        const asked = ctx.registry.speakerForName(run);
        if (asked.kind === 'person') out.push({ at: run.start, speaker: asked });
      }
      continue;
    }
    sentenceHasSubject = nameRunEvents(ctx, out, k, r, sentenceFrom, opensSentence);
  }
}

/** Puts the person first named by `run` in focus (see subjectEvents). */
function pushIntroduced(ctx: Context, out: FocusEvent[], run: NameRun): void {
  const speaker = ctx.registry.speakerForName(run);
  if (speaker.kind === 'person') out.push({ at: run.start, speaker });
}

/**
 * The focus events of the name run ctx.runs[r], which opens at token k, in a sentence with no
 * subject yet; returns whether the sentence has its subject after it. Apart from subjectEvents, which
 * scans every token: V8 then optimises the two on their own, and a case of a name that only a later
 * article meets recompiles this function instead of the whole scan.
 */
function nameRunEvents(ctx: Context, out: FocusEvent[], k: number, r: number, sentenceFrom: number, opensSentence: boolean): boolean {
  const { tokens } = ctx;
  const run = ctx.runs[r];
  // "Scottish Labour’s health spokeswoman, Fiona Strachan,": the owner of a job is not the subject
  // ("Tulloch’s worst moment on air" keeps Tulloch in focus).
  if (endsPossessive(tokens[run.to - 1].text) || tokens[run.to]?.text === '\u2019' || tokens[run.to]?.text === "'") {
    let n = tokens[run.to]?.word ? run.to : run.to + 1;
    const someone = (t: Token | undefined): boolean => t !== undefined && t.word && (ROLE_NOUNS.has(t.lower) || SOURCE_NOUNS.has(t.lower) || RELATIONS.has(t.lower));
    while (n < run.to + 4 && tokens[n]?.word && !tokens[n].cap && !someone(tokens[n])) n++;
    if (someone(tokens[n])) return false;
  }
  // "Down the hall, Jolene Marsh …": a capitalised opening word before "the" is no name.
  if (run.words.length === 1 && run.title === null && tokens[run.to]?.word && (OPENING_FUNCTION_WORDS.has(tokens[run.to].lower) || (PREPOSITIONS.has(tokens[run.to].lower) && !ctx.registry.canonicalName(run).includes(' ')))) return false;
  // "Cross-examining, Jonathan Pryde …", "Separately, …": an opening participle or adverb is no name.
  if (opensSentence && run.words.length === 1 && run.title === null && tokens[run.to]?.text === ',' && /(?:ing|ly)$/.test(run.words[0]) && !ctx.registry.canonicalName(run).includes(' ')) return false;
  // After a preposition or a verb ("including Megan", "rang Megan"), a name is no subject.
  // (The word before must be in the same sentence: a paragraph may follow one ending "… walked away".)
  // ("Our correspondent Becky Lowther is in Keswick", "cafe owner Gwen Pattinson": a job before a name is no verb;
  // "For Corinne Abadi, a property manager, the outage meant …" sets the person the sentence is about.)
  const topic = tokens[k - 1]?.lower === 'for' && k - 1 >= 0 && (k - 1 === 0 || ctx.sentenceStarts.has(k - 1) || ctx.paraOf[k - 2] !== ctx.paraOf[k - 1]);
  // ("the elder Ms. Haskins looked out": an epithet before a name is no verb.)
  const epithet = /^(?:elder|younger|late)$/.test(tokens[k - 1]?.lower ?? '') && tokens[k - 2]?.lower === 'the';
  // ("Within 20 minutes Morag Keir is in the Land Rover": an opening phrase of time with no comma.)
  const afterTime = k - sentenceFrom <= 5 && OPENING_TIME_PREPOSITIONS.has(tokens[sentenceFrom].lower) && OPENING_TIME_NOUNS.has(tokens[k - 1]?.lower ?? '');
  if (!opensSentence && !topic && !epithet && !afterTime && k > 0 && (PREPOSITIONS.has(tokens[k - 1].lower) || (tokens[k - 1].word && !tokens[k - 1].cap && !CLAUSE_OPENERS.has(tokens[k - 1].lower) && !ROLE_NOUNS.has(tokens[k - 1].lower) && !RELATIONS.has(tokens[k - 1].lower)))) {
    // "It was Amara Okafor who raised the alarm", "Among those waiting was Amara Okafor": a cleft or
    // an inverted sentence names its subject after the verb.
    const cleft = /^(?:is|was)$/.test(tokens[k - 1].lower) && ((k - 2 === sentenceFrom && tokens[sentenceFrom].lower === 'it' && /^(?:who|that)$/.test(tokens[run.to]?.lower ?? '')) || (tokens[sentenceFrom].lower === 'among' && k - sentenceFrom <= 6));
    if (cleft && looksLikePerson(run)) {
      const speaker = ctx.registry.speakerForName(run);
      if (speaker.kind === 'person') out.push({ at: run.start, speaker });
      return true;
    }
    // "That man is Rafael Calvo Serrano": the person the sentence names.
    if (/^(?:is|was)$/.test(tokens[k - 1].lower) && k - 3 === sentenceFrom && tokens[sentenceFrom].lower === 'that' && PERSON_NOUNS.has(tokens[k - 2].lower)) {
      const speaker = ctx.registry.speakerForName(run);
      if (speaker.kind === 'person') out.push({ at: run.start, speaker });
      return true;
    }
    // "When I asked Lusk about it, he turned off the water": whom the writer asks answers.
    if (/^(?:asked|ask|told|tell)$/.test(tokens[k - 1].lower) && /^(?:i|we)$/.test(tokens[k - 2]?.lower ?? '') && (looksLikePerson(run) || (run.words.length === 1 && ctx.registry.canonicalName(run).includes(' ')))) {
      const speaker = ctx.registry.speakerForName(run);
      if (speaker.kind === 'person') out.push({ at: run.start, speaker });
      return false;
    }
    // "The lone vote against came from Commissioner Ruth Ann Delacroix": when a thing is the
    // subject, the person it came from is who the sentence is about.
    if (/^(?:from|by)$/.test(tokens[k - 1].lower) && /^(?:the|a|an)$/.test(tokens[sentenceFrom].lower) && tokens[sentenceFrom + 1]?.word && !tokens[sentenceFrom + 1].cap && (tokens[sentenceFrom + 1].lex & LEX_ROLE_NOUN) === 0 && !SOURCE_NOUNS.has(tokens[sentenceFrom + 1].lower) && looksLikePerson(run)) {
      const speaker = ctx.registry.speakerForName(run);
      if (speaker.kind === 'person') out.push({ at: run.start, speaker });
      return true;
    }
    return false;
  }
  // "Italian Socialists and Democrats MEP Marco Vitale disagreed": the titled person after a body.
  if (run.title === null && (!looksLikePerson(run) || ctx.registry.speakerForName(run).kind === 'organization')) {
    let next = r + 1;
    while (next < ctx.runs.length && ctx.runs[next].from <= ctx.runs[next - 1].to + 1 && ctx.runs[next].title === null) next++;
    const titled = ctx.runs[next];
    if (titled !== undefined && titled.title !== null && titled.from <= ctx.runs[next - 1].to + 1 && titled.from - run.to <= 6) {
      const speaker = ctx.registry.speakerForName(titled);
      if (speaker.kind === 'person') out.push({ at: titled.start, speaker });
      return true;
    }
  }
  // "Gulls manager Luis Ferreira pulled his starter": the person after the team and the job.
  // ("Velora chief content officer Renata Solberg": lower-case words up to a job word.)
  let after = run.to;
  while (after < tokens.length && after < run.to + 3 && tokens[after].word && !tokens[after].cap && (tokens[after].lex & LEX_ROLE_NOUN) !== 0) after++;
  if (after === run.to || !tokens[after]?.cap) {
    let m = run.to;
    while (m < run.to + 4 && tokens[m]?.word && !tokens[m].cap) m++;
    if (m > run.to && (tokens[m - 1].lex & LEX_ROLE_NOUN) !== 0 && tokens[m]?.cap) after = m;
  }
  if (after > run.to) {
    const person = runsBetween(ctx, after, after + 1)[0];
    if (person !== undefined && person.from === after) {
      const speaker = ctx.registry.speakerForName(person);
      if (speaker.kind === 'person') out.push({ at: person.start, speaker });
      return true;
    }
  }
  // "The Bus Operators Alliance … has put out a statement. … “…,” it says": a body that issues a
  // statement is in focus for the "it" that quotes it.
  if (!looksLikePerson(run) && issuesStatement(tokens, run.to, sentenceEnd(ctx, k))) {
    const body = ctx.registry.speakerForName(run);
    if (body.kind === 'organization') out.push({ at: run.start, speaker: body });
    return true;
  }
  // A surname alone counts when the article gave the full name before ("Santos laughs").
  if (!looksLikePerson(run) && !(run.words.length === 1 && ctx.registry.canonicalName(run).includes(' ') && (TITLE_CASE.test(run.words[0]) || isParticleName(run.words[0])))) return true;
  const speaker = ctx.registry.speakerForName(run);
  // "Her son Eli Delgado": the relative tells the sex.
  if (speaker.kind === 'person' && speaker.gender === null && k > 0) speaker.gender = KIN_SEX.get(tokens[k - 1].lower) ?? null;
  // ("Ahmad bin Yusof wanders in, in search of his glasses": the subject's own "his" or "she".)
  if (speaker.kind === 'person' && speaker.gender === null) speaker.gender = sexInOwnSentence(ctx, run);
  if (speaker.kind === 'person') out.push({ at: run.start, speaker });
  return true;
}

/** Prepositions that open a phrase of time ("Within 20 minutes", "After two days", "By the next morning"). */
const OPENING_TIME_PREPOSITIONS = new Set(['within', 'after', 'by', 'for', 'in', 'over', 'before', 'until']);

/** Time nouns that end an opening phrase ("Within 20 minutes", "By the next morning"). */
const OPENING_TIME_NOUNS = new Set(words(`minutes minute hours hour days day weeks week months month years year morning afternoon evening night weekend`));

/** Whether the words from token `from` to `end` (a sentence's rest) say its subject put out a statement. */
function issuesStatement(tokens: Token[], from: number, end: number): boolean {
  for (let k = from; k < end && k < from + 24; k++) {
    if (tokens[k].quoted) return false;
    if (tokens[k].lower === 'statement' && /^(?:issued|released|published|put|sent|posted|a|an|its)$/.test(tokens[k - 1].lower)) {
      for (let v = from; v < k; v++) if (/^(?:issued|released|published|put|sent|posted|issues|releases|puts)$/.test(tokens[v].lower)) return true;
    }
  }
  return false;
}

/** Pronouns that stand for the sentence's subject when they are its first ("in search of his glasses", "herself"). */
const SUBJECT_SEX_PRONOUNS: ReadonlyMap<string, 'm' | 'f'> = new Map([['his', 'm'], ['himself', 'm'], ['herself', 'f']]);
/** Pronouns that may stand for someone else ("insisted her client … his age", "believes she is underrated"). */
const OTHER_PRONOUNS = new Set(['he', 'him', 'she', 'her', 'hers', 'they', 'them', 'their']);

/**
 * The sex the subject `run`'s own sentence tells, when its first pronoun outside quotes is "his",
 * "himself" or "herself" and no other name stands before it; null otherwise.
 */
function sexInOwnSentence(ctx: Context, run: NameRun): 'm' | 'f' | null {
  const { tokens } = ctx;
  const end = Math.min(sentenceEnd(ctx, run.from), run.to + 40);
  for (let k = run.to; k < end; k++) {
    const t = tokens[k];
    if (t.quoted || (t.word && (OTHER_PRONOUNS.has(t.lower) || (t.cap && k > run.to)))) return null;
    if (t.word) {
      const sex = SUBJECT_SEX_PRONOUNS.get(t.lower);
      if (sex !== undefined) return sex;
    }
  }
  return null;
}

function hasCueBetween(ctx: Context, from: number, to: number, own: Span | null): boolean {
  for (let k = Math.max(from, to - WINDOW); k < to; k++) {
    const t = ctx.tokens[k];
    if (isCue(t) && (own === null || t.start < own.start || t.start >= own.end)) {
      let j = k - 1;
      while (j >= from && isAux(ctx.tokens[j])) j--;
      const subject = readSubjectBackward(ctx.tokens, j, from);
      if (subject !== null && !(subject.kind === 'pronoun' && subject.word === 'it')) return true;
    }
  }
  return false;
}

/** "The warning came from Dr. Alan Greer": a paragraph that opens by naming who said the quote before it. */
function namedInNextParagraph(ctx: Context, after: number): { speaker: SpeakerDraft; mention: Span } | null {
  const { tokens } = ctx;
  let k = after;
  while (k < tokens.length && tokens[k].quoted) k++;
  if (k >= tokens.length || ctx.paraOf[k] === ctx.paraOf[after - 1] || ctx.paragraphFirstToken[ctx.paraOf[k]] !== k) return null;
  const end = sentenceEnd(ctx, k);
  let subject: Subject | null;
  // "That's how Reyes framed the bet in a memo", "That is how she put it".
  if (/^(?:that|this)['\u2019]s$/.test(tokens[k].lower) && tokens[k + 1]?.lower === 'how') subject = readSubjectForward(tokens, k + 2, end);
  // "That's Gurpreet Sandhu, who owns a store on Main Street": who said it, by name.
  else if (/^(?:that|this)['\u2019]s$/.test(tokens[k].lower) && tokens[k + 1]?.cap === true) {
    const named = readSubjectForward(tokens, k + 1, end);
    subject = named !== null && named.kind === 'name' ? named : null;
  }
  else if (/^(?:that|this)$/.test(tokens[k].lower) && tokens[k + 1]?.lower === 'is' && tokens[k + 2]?.lower === 'how') subject = readSubjectForward(tokens, k + 3, end);
  else if (/^(?:the|that|this|those|these)$/.test(tokens[k].lower) && tokens[k + 1]?.word) {
    const w = (n: number): string => tokens[k + n]?.lower ?? '';
    const be = /^(?:was|were|is|are)$/;
    if ((w(2) === 'came' || w(2) === 'comes') && w(3) === 'from') subject = readSubjectForward(tokens, k + 4, end); // The warning came from X
    else if (be.test(w(1)) && /^(?:the|his|her|their)$/.test(w(2)) && REMARK_NOUNS.has(w(3)) && (w(4) === 'of' || w(4) === 'from')) subject = readSubjectForward(tokens, k + 5, end); // That was the assessment of X
    else if (REMARK_NOUNS.has(w(1)) && be.test(w(2))) subject = readSubjectForward(tokens, k + 3, end); // The words were Ashworth's
    else if (REMARK_NOUNS.has(w(1)) && (w(2) === 'of' || w(2) === 'from')) subject = readSubjectForward(tokens, k + 3, end); // The words of X echoed
    else if ((w(0) === 'that' || w(0) === 'the') && PERSON_NOUNS.has(w(1)) && be.test(w(2))) subject = readSubjectForward(tokens, k + 3, end); // That man is X; the speaker is X
    else return null;
  } else if (tokens[k].lower === 'for' && tokens[k + 1]?.cap === true) {
    // "For Maria Delgado, 71, the news came as a shock": a person first named just after the quote.
    const named = readSubjectForward(tokens, k + 1, end);
    if (named === null || named.kind !== 'name' || tokens[named.to]?.text !== ',' || !firstNamedAt(ctx, named.run)) return null;
    subject = named;
  } else {
    // "Okoye, who has three children, offered that advice with a laugh": a named subject whose
    // sentence points back at the quote.
    const named = readSubjectForward(tokens, k, end);
    // ("“We are cut off.”⏎Maria Delgado, 71, has lived in the village for 40 years.": a person the
    // article first names, with an age or an appositive, right after a quote that follows no one's.)
    const introduced = named !== null && named.kind === 'name' && tokens[named.to]?.text === ',' && firstNamedAt(ctx, named.run) && !spokeInParagraphBefore(ctx, after);
    if (named === null || named.kind !== 'name' || !(pointsBack(tokens, named.to, end) || saidItAfter(tokens, named.to) || introduced)) return null;
    subject = named;
  }
  if (subject === null || subject.kind === 'pronoun') return null;
  const speaker = resolveSubject(ctx, subject, tokens[k].start);
  return speaker === null ? null : { speaker, mention: { start: tokens[subject.from].start, end: tokens[subject.to - 1].end } };
}

/** Sources a report keeps unnamed on purpose ("a spokeswoman", "a senior source", "an official"). */
const ANONYMOUS_SOURCES = /\b(?:spokes(?:man|woman|person|people|men|women)|sources?|officials?|insiders?|people|person|aides?|diplomats?)\b/;

/**
 * The person a lede describes before naming: the subject is an indefinite description ("A former
 * Treasury minister") in one of the article's first paragraphs, and the next paragraph opens with a
 * person the article names there for the first time, as the subject of a cue; null otherwise.
 */
function namedAfterLede(ctx: Context, subject: Subject, first: number): SpeakerDraft | null {
  const { tokens } = ctx;
  if (!/^(?:a|an)$/.test(tokens[subject.from]?.lower ?? '') || ctx.paraOf[first] > 3) return null;
  // (A spokesman, a source, an official or an insider is unnamed on purpose: not the next name.)
  if (subject.kind === 'unnamed' && ANONYMOUS_SOURCES.test(subject.text)) return null;
  const k = nextParagraphStart(ctx, first);
  if (k >= tokens.length || ctx.paragraphFirstToken[ctx.paraOf[k]] !== k) return null;
  const end = sentenceEnd(ctx, k);
  // (After a title: "Dame Eluned Pryce-Morgan".)
  const named = readSubjectForward(tokens, k, end);
  if (named === null || named.kind !== 'name' || !firstNamedAt(ctx, named.run) || !(named.run.title !== null || looksLikePerson(named.run))) return null;
  let cue = false;
  for (let c = named.to; c < end && !cue; c++) cue = isCue(tokens[c]);
  if (!cue) return null;
  const speaker = ctx.registry.speakerForName(named.run);
  return speaker.kind === 'person' ? speaker : null;
}

/** True when a speaker's role holds the head noun of a description ("the bill's author": an author's role). */
function roleFits(s: SpeakerDraft, description: string): boolean {
  const head = description.slice(description.lastIndexOf(' ') + 1).toLowerCase();
  return s.role !== null && s.role.toLowerCase().includes(head);
}

/**
 * The person first named in the paragraph after a lede's description of a job ("The bill's author"),
 * as the subject of a cue in that paragraph's first sentence ("“…,” Assemblymember Daniela
 * Ortiz-Whitfield said"): the lede's description is a person's job, in the article's first five
 * paragraphs; null otherwise.
 */
function speakerNamedAfterLede(ctx: Context, subject: Subject, first: number): SpeakerDraft | null {
  const { tokens } = ctx;
  // (The description's own noun: "The chair of the iwi trust" is a chair.)
  const text = subject.text ?? '';
  if (!ROLE_NOUNS.has(text.slice(text.lastIndexOf(' ') + 1).toLowerCase()) || paragraphsAfter(ctx, -1, ctx.paraOf[first]) > 5) return null;
  const k = nextParagraphStart(ctx, first);
  if (k >= tokens.length) return null;
  const end = sentenceEndAcrossQuotes(ctx, k);
  for (const run of runsBetween(ctx, k, end)) {
    // (A person by title, by a first name Byline knows, or by an appositive: "Mere Tautahi, chair of …".)
    const appositive = run.words.length >= 2 && tokens[run.to]?.text === ',';
    if (tokens[run.from].quoted || !firstNamedAt(ctx, run) || !(run.title !== null || looksLikePerson(run) || appositive)) continue;
    // Its cue: right after the name or its appositive, or right before it ("said Dr Lena Ortiz").
    let after = run.to;
    if (appositive) for (after = run.to + 1; after < end && after < run.to + 12 && tokens[after].text !== ','; after++);
    if (!(isCue(tokens[run.to]) || isCue(tokens[run.from - 1]) || (appositive && isCue(tokens[after + 1])))) return null;
    const speaker = ctx.registry.speakerForName(run);
    return speaker.kind === 'person' ? speaker : null;
  }
  return null;
}

/**
 * The person a description stood for, as the next paragraph reveals them: the subject is
 * indefinite ("a woman in a red fleece", "one of the two ministers", "a man who has known Calvo")
 * and the next paragraph opens "She was Dolores Figueiredo", "That minister is Peter Kalantzis" or
 * "Her name is …", naming a person for the first time; null otherwise.
 */
function revealedInNextParagraph(ctx: Context, subject: Subject, first: number): SpeakerDraft | null {
  const { tokens } = ctx;
  if (!INDEFINITE.has(tokens[subject.from]?.lower ?? '')) return null;
  const k = nextParagraphStart(ctx, first);
  if (k >= tokens.length || ctx.paragraphFirstToken[ctx.paraOf[k]] !== k) return null;
  const w = (n: number): string => tokens[k + n]?.lower ?? '';
  const be = /^(?:is|was)$/;
  let from: number;
  if (/^(?:she|he)$/.test(w(0)) && be.test(w(1))) from = k + 2; // She was X
  else if (/^(?:that|the)$/.test(w(0)) && tokens[k + 1]?.word === true && !tokens[k + 1].cap && be.test(w(2))) from = k + 3; // That minister is X
  else if (/^(?:her|his)$/.test(w(0)) && w(1) === 'name' && be.test(w(2))) from = k + 3; // Her name is X
  else return null;
  const named = readSubjectForward(tokens, from, sentenceEnd(ctx, from));
  if (named === null || named.kind !== 'name' || named.from !== from || !firstNamedAt(ctx, named.run) || !(named.run.title !== null || looksLikePerson(named.run))) return null;
  const speaker = ctx.registry.speakerForName(named.run);
  return speaker.kind === 'person' ? speaker : null;
}

/**
 * When focus event `i` is a person brought in as a relative, set off after a sentence-opening
 * possessive of the same sex ("Her daughter, Aoife,", "Her neighbour, Anahera Ropata,"): the person
 * of that sex in focus just before, in the same paragraph, whom the possessive means; null otherwise.
 */
function relativeIntroducedBy(ctx: Context, i: number, gender: 'm' | 'f'): SpeakerDraft | null {
  const { tokens } = ctx;
  const k = tokenAt(tokens, ctx.focus[i].at);
  const owner = tokens[k - 3];
  if (owner === undefined || tokens[k - 1]?.text !== ',' || !RELATIONS.has(tokens[k - 2]?.lower ?? '') || owner.text !== (gender === 'f' ? 'Her' : 'His') || !ctx.sentenceStarts.has(k - 3)) return null;
  for (let j = i - 1; j >= 0 && ctx.focus[i].at - ctx.focus[j].at <= 600; j--) {
    const s = ctx.focus[j].speaker;
    if (ctx.paraOf[tokenAt(tokens, ctx.focus[j].at)] !== ctx.paraOf[k]) return null;
    if (s !== ctx.focus[i].speaker && s.kind === 'person' && (s.gender === gender || s.gender === null)) return s;
  }
  return null;
}

/** The first token of the paragraph after the one holding token `k` (tokens.length when there is none). */
function nextParagraphStart(ctx: Context, k: number): number {
  const own = ctx.paraOf[k];
  let next = k;
  while (next < ctx.tokens.length && ctx.paraOf[next] === own) next++;
  return next;
}

/** A quote that is a whole sentence: two words or more, a capital first, a full stop, ! or ? last ("It was chaos."). */
function isWholeSentence(inner: string, words: number): boolean {
  return words >= 2 && /^\p{Lu}/u.test(inner) && /[.!?]$/.test(inner);
}

/** True when `run` is the first mention of its name in the article (the same words nowhere before). */
function firstNamedAt(ctx: Context, run: NameRun): boolean {
  // (Indexed once an article, so that asking for every quote stays linear.)
  if (ctx.firstRunOfWord === undefined) {
    ctx.firstRunOfWord = new Map();
    for (const r of ctx.runs) for (const w of r.words) if (!ctx.firstRunOfWord.has(w)) ctx.firstRunOfWord.set(w, r.from);
  }
  return (ctx.firstRunOfWord.get(run.words[run.words.length - 1]) ?? run.from) >= run.from;
}

/**
 * True when the paragraph before the quote that ends at token `after` holds a quotation or a cue
 * ("…, he said."): then a quote alone continues whoever spoke there.
 */
function spokeInParagraphBefore(ctx: Context, after: number): boolean {
  const own = ctx.paraOf[after - 1];
  let k = ctx.paragraphFirstToken[own] - 1;
  const before = k >= 0 ? ctx.paraOf[k] : -1;
  for (; k >= 0 && ctx.paraOf[k] === before; k--) if (ctx.tokens[k].quoted || isCue(ctx.tokens[k])) return true;
  return false;
}

/** Nouns for someone not yet named, whom a later sentence names ("That man is Rafael Calvo Serrano"). */
const PERSON_NOUNS = new Set(['man', 'woman', 'person', 'voice', 'speaker', 'caller', 'figure', 'source', 'boy', 'girl']);

/** Nouns for what someone said, as a later sentence refers back to it ("offered that advice"). */
const REMARK_NOUNS = new Set(words(`advice warning remark remarks comment comments words message assessment prediction plea admission verdict point line view answer reply quip joke observation`));

/** "Ms. Marsh said that on a gray afternoon": said, then "that" or "it" standing for the quote. */
function saidItAfter(tokens: Token[], k: number): boolean {
  if (!isCue(tokens[k]) || !/^(?:that|this|it|so)$/.test(tokens[k + 1]?.lower ?? '')) return false;
  const next = tokens[k + 2];
  return next === undefined || !next.word || /^(?:on|in|at|over|during|after|before|while|when|as|with|from|to|about)$/.test(next.lower);
}

/** True when tokens from..end hold "that advice", "the warning", "those words". */
function pointsBack(tokens: Token[], from: number, end: number): boolean {
  for (let k = from; k + 1 < end; k++) {
    if (/^(?:that|this|the|those|these|his|her|their)$/.test(tokens[k].lower) && REMARK_NOUNS.has(tokens[k + 1].lower)) return true;
  }
  return false;
}

/** The speaker last in focus in the paragraph before token `first`'s, when that paragraph quotes no one. */
function introducedInPreviousParagraph(ctx: Context, first: number): SpeakerDraft | null {
  const start = ctx.paragraphFirstToken[ctx.paraOf[first]];
  const previous = start > 0 ? ctx.paraOf[start - 1] : -1;
  if (previous < 0) return null;
  const from = ctx.paragraphFirstToken[previous];
  for (let k = from; k < start; k++) if (ctx.tokens[k].quoted) return null;
  const i = lastEventAtOrBefore(ctx.focus, ctx.tokens[start].start - 1);
  return i >= 0 && ctx.focus[i].at >= ctx.tokens[from].start ? ctx.focus[i].speaker : null;
}

function paragraphIsOnlyQuotes(ctx: Context, first: number): boolean {
  return ctx.paragraphHasWords[ctx.paraOf[first]] === 0;
}

function previousParagraphWithTokens(ctx: Context, first: number): number {
  const start = Math.max(ctx.paragraphFirstToken[ctx.paraOf[first]], 0);
  return start > 0 ? ctx.paraOf[start - 1] : -1;
}

/** For each paragraph (by index): its first token, and whether it has a word outside quotes. */
function paragraphFacts(tokens: Token[], paraOf: Int32Array, paragraphs: number): { first: Int32Array; hasWords: Uint8Array; ordinal: Int32Array } {
  const first = new Int32Array(paragraphs).fill(-1);
  const hasWords = new Uint8Array(paragraphs);
  const ordinal = new Int32Array(paragraphs);
  for (let k = 0; k < tokens.length; k++) {
    if (first[paraOf[k]] < 0) {
      first[paraOf[k]] = k;
      // ("PRUETT’S LANDING, Mo. — “You learn a river …”": a dateline is no words of the paragraph.)
      const quote = datelineEnd(tokens, paraOf, k);
      if (quote > k && tokens[quote].quoted) k = quote;
    }
    if (!tokens[k].quoted && tokens[k].word) hasWords[paraOf[k]] = 1;
  }
  for (let p = 0, n = 0; p < paragraphs; p++) ordinal[p] = first[p] >= 0 ? ++n : n;
  return { first, hasWords, ordinal };
}

/**
 * The token after the dateline that opens a paragraph at token `k` ("ASHGROVE —", "PRUETT’S
 * LANDING, Mo. —", "LAGOS, Nigeria –"): capitals, then perhaps a comma and a state or country, then
 * a dash; `k` when there is none.
 */
function datelineEnd(tokens: Token[], paraOf: Int32Array, k: number): number {
  // (Most paragraphs open with no capitals: the first two letters say so before any copy is made.)
  const c0 = tokens[k].text.charCodeAt(0);
  const c1 = tokens[k].text.charCodeAt(1);
  if (!((c0 >= 65 && c0 <= 90) || c0 > 127) || !((c1 >= 65 && c1 <= 90) || c1 > 127)) return k;
  let j = k;
  const upper = (t: Token): boolean => t.word && t.text.length > 1 && t.text === t.text.toUpperCase() && t.text !== t.text.toLowerCase();
  while (j < tokens.length && j - k < 5 && paraOf[j] === paraOf[k] && upper(tokens[j])) j++;
  if (j === k) return k;
  if (tokens[j]?.text === ',') {
    j++;
    const from = j;
    while (j < tokens.length && j - from < 4 && paraOf[j] === paraOf[k] && ((tokens[j].word && tokens[j].cap) || tokens[j].text === '.')) j++;
  }
  return (tokens[j]?.text === '\u2014' || tokens[j]?.text === '\u2013') && paraOf[j] === paraOf[k] && j + 1 < tokens.length && paraOf[j + 1] === paraOf[k] ? j + 1 : k;
}

/** Marks the tokens inside quotes as quoted; returns, by quote index, the first token at or after its opening mark. */
function markQuoted(tokens: Token[], quotes: FoundQuote[]): Int32Array {
  const firstTokens = new Int32Array(quotes.length);
  // The quotes come in text order: the tokens of each are read on from where those of the one before
  // ended, unless it starts inside the one before.
  let k = 0;
  let previousEnd = 0;
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi];
    k = q.span.start >= previousEnd ? tokenAtFrom(tokens, k, q.span.start) : tokenAt(tokens, q.span.start);
    firstTokens[qi] = k;
    for (; k < tokens.length && tokens[k].end <= q.span.end; k++) tokens[k].quoted = true;
    previousEnd = q.span.end;
  }
  return firstTokens;
}

function paragraphIndexOfTokens(tokens: Token[], paragraphs: Paragraph[]): Int32Array {
  const out = new Int32Array(tokens.length);
  let p = 0;
  for (let k = 0; k < tokens.length; k++) {
    while (p + 1 < paragraphs.length && tokens[k].start > paragraphs[p].end) p++;
    out[k] = p;
  }
  return out;
}
