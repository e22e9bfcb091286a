// Finds numeric claims in one pass over the tokens: money, percentages, counts, measures, dates,
// durations, ordinals and others (fractions, ratios, scores), with ranges and qualifiers, and
// normalised values. Numbers inside names (R1, GPT-4, COVID-19) and idioms are not claims.
// Pure: imports nothing from editors, LSP or Node.
import type { Claim, ClaimKind } from './types';
import { type Token, ownCopy, tokenAt, tokenAtFrom } from './tokens';
import { hasNewline, isAlnum, isDigit, isLetter } from './chars';
import {
  CURRENCY_SIGNS, CURRENCY_WORDS, DURATION_UNITS, FRACTIONS, IDIOMS, MEASURE_UNITS, MONTHS, NUMBER_WORDS,
  ORDINAL_WORDS, QUALIFIERS, SCALES, WEEKDAYS,
} from './numberWords';
import { LEX_CLAIM_TRIGGER } from './wordClasses';

/** A claim before its speaker is known. */
export type FoundClaim = Omit<Claim, 'speakerId'>;

const MEASURE_CONTEXT = new Set(['tall', 'high', 'long', 'wide', 'deep', 'away', 'above', 'below', 'across', 'in', 'of', 'and', 'or', 'from', 'to']);
const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/y;
const COUNT_STOP = new Set(['of', 'in', 'to', 'and', 'or', 'the', 'a', 'an', 'on', 'at', 'for', 'by', 'from', 'with', 'is', 'are', 'was', 'were', 'that', 'than', 'as', 'per', 'this', 'it', 'be', 'has', 'have', 'had', 'will', 'would', 'could', 'if', 'who', 'which']);

interface NumberRead {
  value: number;
  /** Token index after the number (scale words included). */
  next: number;
  /** Offset where the number text ends. */
  end: number;
  /** Letters glued to the digits ("m" in 82.7m, "mph" in 60mph), lower-case. */
  suffix: string;
}

/** Every numeric claim of the text, in order. */
export function findClaims(text: string, tokens: Token[]): FoundClaim[] {
  const out: FoundClaim[] = [];
  let k = 0;
  while (k < tokens.length) {
    const claim = mayStartClaim(tokens[k]) ? readClaim(text, tokens, k) : null;
    if (claim === null) {
      k++;
      continue;
    }
    out.push(claim.claim);
    k = claim.next;
  }
  return out;
}

/** The words that open a currency sign of several characters ("US" in US$, "HK" in HK$). */
const CURRENCY_PREFIXES: ReadonlySet<string> = new Set([...CURRENCY_SIGNS.keys()].filter((s) => s.length > 1).map((s) => s.slice(0, -1)));

/** The length of the longest currency prefix: longer words need no look-up. */
const LONGEST_CURRENCY_PREFIX = Math.max(...[...CURRENCY_PREFIXES].map((p) => p.length));

/**
 * A cheap test that rejects most tokens before `readClaim` looks at them: a claim starts only at a
 * digit, a currency sign or a trigger word. Most words of an article are none of these.
 */
function mayStartClaim(t: Token): boolean {
  if (t.digit) return true;
  if (!t.word) return CURRENCY_SIGNS.has(t.text);
  // The tokenizer has looked the word up among the claim triggers (CLAIM_TRIGGERS, wordClasses.ts).
  return (t.lex & LEX_CLAIM_TRIGGER) !== 0 || (t.text.length <= LONGEST_CURRENCY_PREFIX && CURRENCY_PREFIXES.has(t.text));
}

/** Nouns that belong to the ordinal before them ("third quarter", "second half"). */
const ORDINAL_NOUNS = new Set(['quarter', 'half', 'place', 'round', 'time', 'term', 'day', 'year', 'week', 'month', 'season', 'test', 'leg', 'set', 'game', 'period', 'century', 'tier', 'wave', 'appearance', 'pass', 'attempt', 'minute']);

const A_CLAIMS = new Set(['dozen', 'decade', 'century', 'fortnight', 'million', 'billion', 'thousand', 'hundred', 'third', 'quarter', 'fifth', 'tenth']);

/** Idioms by the number word they hold, with where that word stands in them. */
const IDIOMS_BY_WORD: ReadonlyMap<string, { idiom: string; at: number }[]> = (() => {
  const m = new Map<string, { idiom: string; at: number }[]>();
  for (const idiom of IDIOMS) {
    let at = 0;
    for (const word of idiom.split(' ')) {
      {
        const list = m.get(word) ?? [];
        list.push({ idiom, at });
        m.set(word, list);
      }
      at += word.length + 1;
    }
  }
  return m;
})();

/** True when the word at `start` sits inside an idiom ("never in a million years"). */
function insideIdiom(text: string, word: string, start: number): boolean {
  for (const { idiom, at } of IDIOMS_BY_WORD.get(word) ?? []) {
    const s = start - at;
    if (s < 0 || s + idiom.length > text.length) continue;
    if (text.slice(s, s + idiom.length).toLowerCase() === idiom && !isAlnum(text[s - 1]) && !isAlnum(text[s + idiom.length])) return true;
  }
  return false;
}

function readClaim(text: string, tokens: Token[], k: number): { claim: FoundClaim; next: number } | null {
  const t = tokens[k];
  const currency = currencyAt(tokens, k);
  const numStart = currency !== null ? currency.next : k;
  const nt = tokens[numStart];
  if (nt === undefined) return null;

  // "a" and "an" start a claim only before a few words ("a dozen", "a decade", "a third of").
  if ((nt.lower === 'a' || nt.lower === 'an') && !A_CLAIMS.has(tokens[numStart + 1]?.lower ?? '')) return null;
  // Idioms ("never in a million years") hold no claims.
  if (nt.word && insideIdiom(text, nt.lower, nt.start)) return null;

  if (isDigit(nt.text[0])) {
    if (isIdentifierNumber(text, nt.start) || (currency === null && followsNameWord(tokens, numStart))) return null;
    const num = readDigits(text, tokens, numStart, currency !== null);
    if (num === null) return null;
    return finishNumber(text, tokens, k, numStart, num, currency?.unit ?? null);
  }
  if (currency !== null) return null;
  if (!t.word || (t.lex & LEX_CLAIM_TRIGGER) === 0) return null;

  const w = t.lower;
  if (WEEKDAYS.has(w) && t.cap) return single(text, tokens, k, k + 1, 'date', null, null);
  const month = MONTHS.get(w.replace(/\.$/, ''));
  if (month !== undefined && t.cap && w !== 'may' && w !== 'mar') {
    const after = tokens[k + 1]?.text === '.' ? k + 2 : k + 1;
    const n = tokens[after];
    if (n !== undefined && /^\d{1,4}$/.test(n.text)) {
      let end = after + 1;
      if (tokens[end]?.text === ',' && /^\d{4}$/.test(tokens[end + 1]?.text ?? '')) end += 2;
      const value = n.text.length === 4 ? Number(n.text) : null;
      return single(text, tokens, k, end, 'date', value, null);
    }
    // A month on its own dates an event ("in August"); "March" the verb is never capitalised mid-sentence.
    if (k > 0 && tokens[k - 1].word && !/\.$/.test(w)) return single(text, tokens, k, k + 1, 'date', null, null);
    return null;
  }
  if (w === 'may' && t.cap && k > 0 && /^(?:in|on|since|until|by|last|next|early|late|mid|of|from|since|through)$/.test(tokens[k - 1].lower)) return single(text, tokens, k, k + 1, 'date', null, null);
  if (w === 'a' || w === 'an') {
    const n = tokens[k + 1];
    if (n === undefined) return null;
    if (n.lower === 'dozen') return withNoun(text, tokens, k, k + 2, 12, 'count');
    if (n.lower === 'decade' || n.lower === 'century' || n.lower === 'fortnight') return single(text, tokens, k, k + 2, 'duration', 1, DURATION_UNITS.get(n.lower) ?? null);
    const fraction = FRACTIONS.get(n.lower);
    if (fraction !== undefined && tokens[k + 2]?.lower === 'of') return single(text, tokens, k, k + 2, 'other', 1 / fraction, null);
    if ((n.lower === 'million' || n.lower === 'billion' || n.lower === 'thousand' || n.lower === 'hundred') && tokens[k + 2] !== undefined) {
      const num: NumberRead = { value: SCALES.get(n.lower) ?? 1, next: k + 2, end: n.end, suffix: '' };
      return finishNumber(text, tokens, k, k + 1, num, null);
    }
    return null;
  }
  const ordinal = ordinalWord(t);
  if (ordinal !== null) {
    const n = tokens[k + 1];
    if (t.text.includes('-')) return single(text, tokens, k, k + 1, 'ordinal', ordinal, null);
    const prev = tokens[k - 1]?.lower ?? '';
    const determined = /^(?:the|its|their|his|her|our|a|this|that|each|every)$/.test(prev);
    // "second", "fifth", "third appearance"; "first" only as "the first …" (never "at first").
    if (ordinal > 1 || (determined && n !== undefined && n.word && n.lower !== 'of')) {
      const withNoun = n !== undefined && n.word && ORDINAL_NOUNS.has(n.lower);
      return single(text, tokens, k, withNoun ? k + 2 : k + 1, 'ordinal', ordinal, null);
    }
    return null;
  }
  if (t.lower.includes('-')) {
    const fraction = fractionWord(t.lower);
    if (fraction !== null) return single(text, tokens, k, k + 1, 'other', fraction, null);
  }
  if (w === 'number' && tokens[k + 1]?.lower === 'one' && t.start > 0) return single(text, tokens, k, k + 2, 'ordinal', 1, null);
  const decade = /^(?:mid|early|late)-(\d{4})s?$/.exec(w);
  if (decade !== null) return single(text, tokens, k, k + 1, 'date', Number(decade[1]), null);
  if (w === 'twice' || w === 'thrice') return single(text, tokens, k, k + 1, 'count', w === 'twice' ? 2 : 3, 'times');
  if (w === 'half' && (tokens[k + 1]?.lower === 'of' || tokens[k + 1]?.lower === 'the' || tokens[k - 1]?.lower === 'a' || tokens[k - 1]?.lower === 'and')) return single(text, tokens, k, k + 1, 'other', 0.5, null);
  // "Five Live", "Three Lions": a capitalised number word inside a sentence names something.
  if (t.cap && k > 0 && tokens[k - 1].word && !hasNewline(text, tokens[k - 1].end, t.start)) return null;
  const wordValue = readNumberWords(tokens, k);
  if (wordValue !== null) {
    if (w === 'one' && tokens[k + 1]?.lower !== 'in') return null;
    if ((w === 'hundreds' || w === 'thousands' || w === 'millions' || w === 'billions' || w === 'dozens') && tokens[k + 1]?.lower !== 'of') return null;
    return finishNumber(text, tokens, k, k, wordValue, null);
  }
  return null;
}

function ordinalWord(t: Token): number | null {
  // (The head by hand: split would make an array for every word, and most have no hyphen.)
  const dash = t.lower.indexOf('-');
  const head = dash < 0 ? t.lower : t.lower.slice(0, dash);
  const v = ORDINAL_WORDS.get(head);
  if (v !== undefined) return v;
  const m = /^(\d+)(?:st|nd|rd|th)$/.exec(head);
  return m === null ? null : Number(m[1]);
}

function fractionWord(w: string): number | null {
  const [a, b] = w.split('-');
  const num = NUMBER_WORDS.get(a);
  const den = FRACTIONS.get(b);
  if (num === undefined || den === undefined || num >= den) return null;
  return num / den;
}

function currencyAt(tokens: Token[], k: number): { unit: string; next: number } | null {
  const t = tokens[k];
  if (t === undefined) return null;
  const sign = CURRENCY_SIGNS.get(t.text);
  if (sign !== undefined && tokens[k + 1] !== undefined && tokens[k + 1].start === t.end && isDigit(tokens[k + 1].text[0])) return { unit: sign, next: k + 1 };
  if (t.word && tokens[k + 1] !== undefined && tokens[k + 1].start === t.end) {
    const composite = CURRENCY_SIGNS.get(`${t.text}${tokens[k + 1].text}`);
    if (composite !== undefined && tokens[k + 2] !== undefined && isDigit(tokens[k + 2].text[0])) return { unit: composite, next: k + 2 };
  }
  return null;
}

/** R1, GPT-4, COVID-19, G7, Radio 4, Il Sole 24 Ore, Five Live: numbers that are part of a name. */
function isIdentifierNumber(text: string, start: number): boolean {
  const before = text[start - 1];
  if (isLetter(before)) return true;
  if (before === '-' && isLetter(text[start - 2])) return !/(?:^|[^\p{L}])(?:mid|early|late|pre|post)$/iu.test(text.slice(Math.max(0, start - 7), start - 1));
  return false;
}

/** Radio 4, Windows 11, Il Sole 24 Ore: a bare number right after a capitalised word names something. */
function followsNameWord(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  if (!/^\d{1,3}(?:['\u2019]s)?$/.test(t.text) || prev === undefined || !prev.word || !prev.cap || prev.end + 1 !== t.start) return false;
  if (NOT_NAME_WORDS.has(prev.lower) || MONTHS.has(prev.lower.replace(/\.$/, '')) || WEEKDAYS.has(prev.lower)) return false;
  const next = tokens[k + 1];
  if (next !== undefined && (next.text === '%' || SCALES.has(next.lower) || next.lower === 'per' || next.lower === 'percent')) return false;
  return true;
}

const NOT_NAME_WORDS = new Set(['in', 'on', 'at', 'by', 'for', 'from', 'to', 'of', 'and', 'or', 'the', 'about', 'around', 'some', 'nearly', 'almost', 'over', 'under', 'just', 'only', 'all', 'top', 'page', 'chapter']);

function readDigits(text: string, tokens: Token[], k: number, money = false): NumberRead | null {
  const t = tokens[k];
  // `test` leaves `lastIndex` at the number's end without building a match array (`exec` would).
  NUMBER.lastIndex = t.start;
  if (!NUMBER.test(text)) return null;
  const end = NUMBER.lastIndex;
  const digits = text.slice(t.start, end);
  let value = Number(digits.includes(',') ? digits.replace(/,/g, '') : digits);
  // Glued letters: 82.7m, 60mph, 1st, 90s.
  let j = end;
  while (j < text.length && (isLetter(text[j]) || text[j] === '/')) j++;
  const suffix = text.slice(end, j).toLowerCase();
  let next = tokenAtFrom(tokens, k, j);
  const scaleGlued = SCALES.get(suffix);
  // "£82.7m" is money; a bare "508m" is metres unless a counted noun follows ("5m users").
  const countNoun = tokens[next];
  const scales = scaleGlued !== undefined && suffix !== 'b' && (money || suffix !== 'm' || (countNoun !== undefined && countNoun.word && !countNoun.cap && !MEASURE_CONTEXT.has(countNoun.lower)));
  if (scales && scaleGlued !== undefined) value *= scaleGlued;
  // Scale words after a space: "6 million", "1.5 billion".
  const scaleWord = tokens[next] !== undefined && suffix === '' ? SCALES.get(tokens[next].lower) : undefined;
  let numEnd = j;
  if (scaleWord !== undefined && tokens[next].lower.length > 2) {
    value *= scaleWord;
    numEnd = tokens[next].end;
    next++;
  }
  return { value, next, end: numEnd, suffix: scales ? `scale:${suffix}` : suffix };
}

/** "two", "twenty-five", "two hundred", "three million". */
function readNumberWords(tokens: Token[], k: number): NumberRead | null {
  let total = 0;
  let current = 0;
  let j = k;
  let any = false;
  while (j < tokens.length && tokens[j].word) {
    // (A word with no hyphen is looked up whole: most are, and need no array.)
    const lower = tokens[j].lower;
    const values = lower.includes('-') ? lower.split('-').map((p) => NUMBER_WORDS.get(p)) : [NUMBER_WORDS.get(lower)];
    if (values.some((v) => v === undefined)) break;
    for (const v of values as number[]) {
      if (v === 100) current = (current || 1) * 100;
      else if (v >= 1000) {
        total += (current || 1) * v;
        current = 0;
      } else current += v;
    }
    any = true;
    j++;
    if (tokens[j]?.lower === 'and' && tokens[j + 1] !== undefined && NUMBER_WORDS.has(tokens[j + 1].lower) && (NUMBER_WORDS.get(tokens[j - 1].lower) ?? 0) >= 100) j++;
  }
  if (!any) return null;
  return { value: total + current, next: j, end: tokens[j - 1].end, suffix: '' };
}

function finishNumber(text: string, tokens: Token[], first: number, numStart: number, num: NumberRead, currency: string | null): { claim: FoundClaim; next: number } | null {
  let kind: ClaimKind = 'count';
  let unit: string | null = currency;
  let value: number | null = num.value;
  let upper: number | null = null;
  let end = num.next; // exclusive token index
  const nt = tokens[numStart];
  const next = tokens[end];
  const nextLower = next?.lower ?? '';
  const glued = num.suffix;

  // Compounds of a number and a unit ("42-foot", "45-year-old") hold a hyphen: most numbers skip both expressions.
  const hyphenated = nt.text.includes('-');
  if (currency === null && hyphenated && /^\d+(?:\.\d+)?-(?:mile|foot|feet|metre|meter|km|kilometre|kilometer|inch|tonne|ton|pound|acre|storey|story|yard|mph)(?:-[a-z]+)?$/i.test(nt.text)) {
    // "a 42-foot yacht", "the 2.5-mile-wide comet".
    return single(text, tokens, first, end, 'measure', value, nt.text.split('-')[1].toLowerCase());
  }
  const compound = hyphenated ? /^\d+-(year|month|week|day|hour|minute)s?(-old)?$/i.exec(nt.text) : null;
  if (currency === null && compound !== null) {
    // "45-year-old" is an age; "a 10-year deal" a duration.
    return single(text, tokens, first, end, compound[2] !== undefined ? 'other' : 'duration', value, compound[2] !== undefined ? 'age' : compound[1].toLowerCase());
  }
  if (currency === null && glued === '' && text[num.end] === ':' && /^\d\d(?!\d)/.test(text.slice(num.end + 1, num.end + 4))) {
    // A clock time: 10:30, 9:05pm.
    let e = tokenAt(tokens, num.end + 3);
    if (tokens[e] !== undefined && /^(?:am|pm|gmt|bst|utc|et)$/.test(tokens[e].lower)) e++;
    const lastTok = tokens[e - 1];
    if (lastTok !== undefined && lastTok.end >= num.end + 3) return single(text, tokens, first, e, 'date', null, null);
  }
  if (currency !== null) kind = 'money';
  else if (glued.startsWith('scale:') && glued !== 'scale:bn' && glued !== 'scale:tn') kind = 'count';
  else if (glued === '' && next?.text === '%' && next.start === num.end) {
    kind = 'percent';
    unit = '%';
    end++;
  } else if (nextLower === 'per' && tokens[end + 1]?.lower === 'cent') {
    kind = 'percent';
    unit = '%';
    end += 2;
  } else if (nextLower === 'percent') {
    kind = 'percent';
    unit = '%';
    end++;
  } else if (nextLower === 'percentage' && /^points?$/.test(tokens[end + 1]?.lower ?? '')) {
    kind = 'percent';
    unit = 'percentage points';
    end += 2;
  } else if (glued === 'scale:bn' || glued === 'scale:tn') {
    kind = 'money';
  } else if (/^(?:st|nd|rd|th)$/.test(glued)) {
    kind = 'ordinal';
    if (tokens[end] !== undefined && MONTHS.has(tokens[end].lower) && tokens[end].cap) {
      kind = 'date';
      value = null;
      end++;
    }
  } else if (glued === 's' && /^\d{2,4}s$/.test(nt.text)) {
    kind = 'date';
  } else if (glued !== '' && (MEASURE_UNITS.has(glued) || glued === 'mph')) {
    kind = 'measure';
    unit = glued;
  } else if (glued === '' && next !== undefined && (nextLower === 'pounds' || nextLower === 'pound') && !text.includes('£')) {
    // An article with no £ in it weighs in pounds.
    kind = 'measure';
    unit = 'lb';
    end++;
  } else if (glued === '' && next !== undefined && CURRENCY_WORDS.has(nextLower) && next.word) {
    kind = 'money';
    unit = CURRENCY_WORDS.get(nextLower) ?? null;
    end++;
  } else if (glued === '' && next !== undefined && nextLower === 'of' && tokens[end + 1] !== undefined && CURRENCY_WORDS.has(tokens[end + 1].lower) && num.value >= 12) {
    kind = 'money';
    unit = CURRENCY_WORDS.get(tokens[end + 1].lower) ?? null;
    value = null;
    end += 2;
  } else if (glued === '' && next !== undefined && MONTHS.has(nextLower.replace(/\.$/, '')) && next.cap && num.value >= 1 && num.value <= 31 && Number.isInteger(num.value)) {
    kind = 'date';
    value = null;
    end++;
    if (tokens[end] !== undefined && /^\d{4}$/.test(tokens[end].text)) {
      value = Number(tokens[end].text);
      end++;
    }
  } else if (glued === '' && next !== undefined && (nextLower === 'gmt' || nextLower === 'bst' || nextLower === 'utc' || nextLower === 'et' || nextLower === 'am' || nextLower === 'pm' || nextLower === 'a.m' || nextLower === 'p.m')) {
    kind = 'date';
    end++;
    if (tokens[end]?.text === '.' && tokens[end].start === tokens[end - 1].end) end++;
  } else if (glued === 'am' || glued === 'pm') {
    kind = 'date';
  } else if (glued === '' && next !== undefined && nextLower === 'in' && tokens[end + 1] !== undefined && NUMBER_WORDS.has(tokens[end + 1].lower)) {
    // "one in five"
    kind = 'other';
    value = num.value / (NUMBER_WORDS.get(tokens[end + 1].lower) ?? 1);
    end += 2;
  } else if (glued === '' && next !== undefined && DURATION_UNITS.has(nextLower.replace(/['\u2019]$/, ''))) {
    kind = 'duration';
    unit = DURATION_UNITS.get(nextLower.replace(/['\u2019]$/, '')) ?? null;
    end++;
    if (tokens[end]?.lower === 'ago') {
      kind = 'date';
      end++;
    }
  } else if (glued === '' && next !== undefined && next.word && MEASURE_UNITS.has(nextLower) && nextLower.length > 1 && !['in', 'l', 'c', 'f', 'g'].includes(nextLower)) {
    kind = 'measure';
    unit = nextLower;
    end++;
  } else if (glued === '' && /^\d{4}$/.test(nt.text) && num.value >= 1800 && num.value <= 2100 && currency === null) {
    kind = 'date';
  } else if (glued === '' && /^\d+-\d+$/.test(nt.text)) {
    kind = 'other';
    value = null;
  } else if (glued !== '') {
    return null;
  }

  // Ranges: "three to four weeks", "$4.2bn-$4.35bn", "between 10 and 20".
  // (kept simple: a second number right after "to", "-" or "and" joins the claim)
  if (kind === 'count' || kind === 'money' || kind === 'percent' || kind === 'duration' || kind === 'measure') {
    const joiner = tokens[end];
    if (joiner !== undefined && (joiner.lower === 'to' || joiner.text === '-' || joiner.text === '\u2013' || joiner.lower === 'and' && /^between$/i.test(tokens[first - 1]?.text ?? ''))) {
      const c2 = currencyAt(tokens, end + 1);
      const s2 = c2 !== null ? c2.next : end + 1;
      const t2 = tokens[s2];
      if (t2 !== undefined && (isDigit(t2.text[0]) || NUMBER_WORDS.has(t2.lower))) {
        const second = isDigit(t2.text[0]) ? readDigits(text, tokens, s2, c2 !== null || currency !== null) : readNumberWords(tokens, s2);
        if (second !== null) {
          const rest = finishNumber(text, tokens, s2, s2, second, c2?.unit ?? currency);
          if (rest !== null) {
            if (unit === null || kind === 'count') {
              kind = rest.claim.kind;
              unit = rest.claim.unit;
            }
            end = rest.next;
            upper = rest.claim.value;
          }
        }
      }
    }
  }

  // Ages: "Dave O'Brien, 52," and "aged 52".
  if (kind === 'count' && glued === '' && Number.isInteger(value) && (value ?? 0) < 130 && isAgePosition(tokens, first, end)) {
    return single(text, tokens, first, end, 'other', value, 'age');
  }
  if (kind === 'count' && unit === null) {
    const n = tokens[end];
    if (n !== undefined && n.word && !n.cap && !COUNT_STOP.has(n.lower) && !isDigit(n.text[0]) && n.start - tokens[end - 1].end <= 1) {
      unit = n.lower;
      end++;
    }
  }
  return single(text, tokens, first, end, kind, value, unit, upper);
}

function isAgePosition(tokens: Token[], first: number, end: number): boolean {
  const before = tokens[first - 1];
  const after = tokens[end];
  if (before?.lower === 'aged') return true;
  const word = tokens[first - 2];
  return before?.text === ',' && word !== undefined && word.word && word.cap && (after === undefined || after.text === ',' || after.text === '.');
}

function single(text: string, tokens: Token[], first: number, end: number, kind: ClaimKind, value: number | null, unit: string | null, upper: number | null = null): { claim: FoundClaim; next: number } {
  let startTok = first;
  // "between" before a range.
  if (tokens[startTok - 1]?.lower === 'between') startTok--;
  const qualifier = qualifierBefore(text, tokens[startTok].start);
  const start = qualifier !== null ? qualifier.start : tokens[startTok].start;
  const endOffset = tokens[end - 1].end;
  return {
    claim: { span: { start, end: endOffset }, text: text.slice(start, endOffset), kind, value, upper, unit, qualifier: qualifier?.text ?? null },
    next: end,
  };
}

function withNoun(text: string, tokens: Token[], first: number, end: number, value: number, kind: ClaimKind): { claim: FoundClaim; next: number } {
  const n = tokens[end];
  let unit: string | null = null;
  let e = end;
  if (n !== undefined && n.word && !n.cap && !COUNT_STOP.has(n.lower)) {
    unit = n.lower;
    e++;
  } else if (n?.lower === 'of' && tokens[end + 1]?.word) {
    unit = tokens[end + 1].lower;
  }
  return single(text, tokens, first, e, kind, value, unit);
}

/** The qualifiers by their last word, in their order of preference: one look-up spares trying them all. */
const QUALIFIERS_BY_LAST_WORD: ReadonlyMap<string, string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const q of QUALIFIERS) {
    const last = q.slice(q.lastIndexOf(' ') + 1);
    const list = m.get(last);
    if (list === undefined) m.set(last, [q]);
    else list.push(q);
  }
  return m;
})();

/** The answers of qualifiersEndingWith by the word as written (at most 4,096 words kept). */
const qualifiersByWord = new Map<string, string[] | null>();

/** The qualifiers whose last word is `word` in any case ("Over", "over"), or undefined: lower-cased once per word. */
function qualifiersEndingWith(word: string): string[] | undefined {
  let found = qualifiersByWord.get(word);
  if (found === undefined) {
    if (qualifiersByWord.size >= 4096) qualifiersByWord.clear();
    found = QUALIFIERS_BY_LAST_WORD.get(word.toLowerCase()) ?? null;
    // (The table outlives the text: it keeps a copy of the word, not a slice that holds the text.)
    qualifiersByWord.set(ownCopy(word, 0, word.length), found);
  }
  return found ?? undefined;
}

function qualifierBefore(text: string, start: number): { start: number; text: string } | null {
  let i = start;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u00a0')) i--;
  // “well higher” than $500 million: the qualifier may close a quote.
  let w = i;
  while (w > 0 && i - w < 24 && isLetter(text[w - 1])) w--;
  // (No word before the number, no qualifier: nothing to copy and look up.)
  if (w === i) return null;
  const candidates = qualifiersEndingWith(text.slice(w, i));
  if (candidates === undefined) return null;
  const before = text.slice(Math.max(0, i - 24), i).toLowerCase();
  for (const q of candidates) {
    if (before.endsWith(q)) {
      const qs = i - q.length;
      if (qs > 0 && isAlnum(text[qs - 1])) continue;
      return { start: qs, text: text.slice(qs, i).toLowerCase() };
    }
  }
  return null;
}
