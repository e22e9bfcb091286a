// Plain data the Byline core returns. The core works in UTF-16 offsets (JavaScript string
// indices) and must not import `vscode`, `vscode-languageserver*` or any `node:*` module.

/** A half-open range of UTF-16 offsets into the analysed text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** `speech`: words someone said or wrote. `term`: a word in quotes with no source (scare quotes). */
export type QuoteKind = 'speech' | 'term';

/**
 * How a quote's speaker was found: named at the quote (`explicit`), through a pronoun, as the
 * continuation of the previous quote, as the `echo` of the same words quoted from someone elsewhere,
 * or for a `headline` quote, the first person the article quotes.
 */
export type AttributionMethod = 'explicit' | 'pronoun' | 'continuation' | 'echo' | 'headline';

/** One quotation: from its opening mark to its closing mark (over several paragraphs if needed). */
export interface Quote {
  /** Index of this quote in `Analysis.quotes`. */
  id: number;
  /** The whole quotation, marks included. */
  span: Span;
  /** What stands between the marks. */
  inner: Span;
  /** The text between the marks. */
  text: string;
  kind: QuoteKind;
  /** Index into `Analysis.speakers`, or null when no speaker was found. */
  speakerId: number | null;
  /** The attribution cue as written ("said", "according to"), or null. */
  cue: string | null;
  /** Where the cue stands, or null. */
  cueSpan: Span | null;
  /** Where the mention naming the speaker stands for this quote (name or pronoun), or null. */
  mentionSpan: Span | null;
  /** How the speaker was found, or null when there is none. */
  attribution: AttributionMethod | null;
  /** Nested single-quoted spans inside this quote, marks included. */
  nested: Span[];
}

/** Whether a speaker is a named person, an organisation, or an unnamed source. */
export type SpeakerKind = 'person' | 'organization' | 'unnamed';

/** One person, organisation or unnamed source quoted in the article. */
export interface Speaker {
  /** Index of this speaker in `Analysis.speakers`. */
  id: number;
  /** The fullest name the article gives ("Chris Lehane"). */
  name: string;
  /** Other ways the article refers to this speaker ("Lehane", "Mr Lehane"). */
  aliases: string[];
  role: string | null;
  organization: string | null;
  kind: SpeakerKind;
  /** The first mention of the speaker in the article. */
  firstMention: Span;
  /** Every mention by name (pronouns excluded), in article order. */
  mentions: Span[];
  /** Ids of this speaker's quotes, in article order. */
  quoteIds: number[];
}

/** What a numeric claim measures. */
export type ClaimKind = 'money' | 'percent' | 'count' | 'measure' | 'date' | 'duration' | 'ordinal' | 'other';

/** One stated quantity or point in time. */
export interface Claim {
  span: Span;
  text: string;
  kind: ClaimKind;
  /** The number, normalised (`$6 million` → 6000000), or null when there is no single number; a range's lower bound. */
  value: number | null;
  /** A range's upper bound ("three to four weeks" → 4), else null. */
  upper: number | null;
  /** `USD`, `%`, the counted noun, the unit of a measure, or null. */
  unit: string | null;
  /** `less than`, `about`, … as written, or null. */
  qualifier: string | null;
  /** Index of the speaker who states it (inside their quote), or null. */
  speakerId: number | null;
}

/** How serious a finding is; `off` never reaches the output. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** One problem a rule found. */
export interface Finding {
  /** The rule's id, kebab-case; it is the diagnostic `code`. */
  rule: string;
  severity: Severity;
  message: string;
  span: Span;
  /** The text a quick fix would put in place of `span`, when the rule knows it. */
  suggestion?: string;
}

/** Everything the core finds in one text. */
export interface Analysis {
  quotes: Quote[];
  speakers: Speaker[];
  claims: Claim[];
  findings: Finding[];
}
