// Reads a speaker's role and organisation from the article's own words: appositives
// ("Chris Lehane, chief global affairs officer at OpenAI,"), relative clauses ("Reid Hoffman, who
// is a partner at … Greylock Partners") and pre-modifiers ("Conservative leader Michael Howard").
// Pure: imports nothing from editors, LSP or Node.
import type { Token } from './tokens';
import type { NameRun } from './names';
import { CUE_WORDS, ROLE_NOUNS } from './lexicon';

/** A role and organisation as the article states them. */
export interface Role {
  role: string | null;
  organization: string | null;
}

const ROLE_START = new Set([
  'ceo', 'cfo', 'cto', 'coo', 'chief', 'president', 'director', 'chairman', 'chairwoman', 'chair', 'head',
  'founder', 'co-founder', 'professor', 'senior', 'vice', 'executive', 'managing', 'general', 'secretary',
  'minister', 'leader', 'deputy', 'editor', 'partner', 'mp', 'md',
]);


const NOT_ROLE_START = new Set([
  'for', 'in', 'on', 'at', 'however', 'though', 'too', 'also', 'meanwhile', 'which', 'that', 'who', 'whose', 'and',
  'but', 'or', 'as', 'by', 'from', 'with', 'after', 'before', 'when', 'while', 'if', 'not', 'it', 'he', 'she', 'they',
  'said', 'says', 'told', 'added', 'according', 'instead', 'meanwhile', 'then', 'now', 'still', 'like', 'including',
]);

/** Nouns that end a description of an organisation ("a semiconductor research organization"). */
export const ORGANIZATION_NOUNS = new Set([
  'organization', 'organisation', 'company', 'firm', 'group', 'platform', 'business', 'lab', 'laboratory', 'startup',
  'start-up', 'agency', 'charity', 'body', 'institute', 'network', 'bank', 'fund', 'party', 'union', 'publication',
  'newspaper', 'broadcaster', 'website', 'outlet', 'consultancy', 'think-tank', 'tank', 'regulator', 'authority',
]);

const RELATIVE = /^who\s+(?:is|was|has\s+been|had\s+been|serves\s+as|served\s+as|works\s+as|worked\s+as|became)\s+/i;
const DETERMINER = /^(?:the|a|an)\s+/i;
const ORG_SPLIT = /\s+(?:at|of|for|with)\s+/i;
const CAPITALISED_RUN = /(?:[A-Z][\p{L}0-9’'&.-]*)(?:\s+(?:[A-Z][\p{L}0-9’'&.-]*|of|and|for|de|van|der|the|&))*/gu;

/** The role and organisation stated next to a name mention, or null. */
export function findRole(text: string, tokens: Token[], run: NameRun): Role | null {
  return fromAppositive(text, tokens, run) ?? fromTitle(run) ?? fromPremodifier(tokens, run) ?? fromPreAppositive(tokens, run);
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'professor', 'rev', 'reverend', 'baroness', 'baron']);

/** "Transport Secretary Louise Haigh": a title that is a job is the role; "Mr" is not. */
function fromTitle(run: NameRun): Role | null {
  if (run.title === null) return null;
  const words = run.title.split(' ');
  const bare = (w: string): string => w.replace(/\.$/, '').toLowerCase();
  if (words.every((w) => HONORIFICS.has(bare(w)))) return null;
  const role = words.filter((w, k) => k > 0 || !HONORIFICS.has(bare(w))).join(' ');
  return { role, organization: null };
}

function fromAppositive(text: string, tokens: Token[], run: NameRun): Role | null {
  const comma = tokens[run.to];
  if (comma === undefined || comma.text !== ',') return null;
  let j = run.to + 1;
  const first = tokens[j];
  if (first === undefined || !first.word) return null;
  while (j < tokens.length && j - run.to < 30 && !isSegmentEnd(tokens[j]) && !/[\n\r]/.test(text.slice(tokens[j - 1].end, tokens[j].start))) j++;
  const segment = text.slice(first.start, tokens[j - 1].end).trim();
  let body = segment.replace(RELATIVE, '');
  const relative = body !== segment;
  if (!relative && NOT_ROLE_START.has(first.lower) && !/^(?:of|from|at)$/.test(first.lower)) return null;
  if (/\b(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could|should|not|may|might)\b/.test(body)) return null;
  const startsLower = first.text[0] === first.text[0].toLowerCase();
  if (!relative && !startsLower && !ROLE_START.has(first.lower)) return null;
  if (!relative && startsLower && !DETERMINER.test(body) && !ROLE_NOUNS.has(first.lower.replace(/s$/, '')) && !/^(?:co-)?\p{Ll}+\s/u.test(body)) return null;
  if (/\b(?:said|says|told|added|stated)\b/.test(body) || CUE_WORDS.get(first.lower) === 'participle' || /ing$/.test(first.lower)) return null;
  if (relative) body = body.split(/\s+and\s+/)[0];
  body = body.replace(DETERMINER, '');
  if (/^from\s+/i.test(body)) return null; // "from Chichester" is where someone lives
  const onlyOrganisation = /^(?:of|at|with)\s+/i.exec(body);
  if (onlyOrganisation !== null) {
    const organization = lastCapitalisedRun(body.slice(onlyOrganisation[0].length));
    return organization === null ? null : { role: null, organization };
  }
  const parts = body.split(ORG_SPLIT);
  const role = parts[0].trim();
  // A role names a job: "chief global affairs officer", "CEO", "partner", not "inflation stood".
  if (!relative && !role.split(/\s+/).some((w) => ROLE_NOUNS.has(w.toLowerCase()) || ROLE_START.has(w.toLowerCase()))) return null;
  const orgPart = parts.length > 1 ? parts.slice(1).join(' of ') : '';
  const organization = lastCapitalisedRun(orgPart);
  if (role === '' || role.split(/\s+/).length > 8) return null;
  return { role, organization };
}

function isSegmentEnd(t: Token): boolean {
  return !t.word && (t.text === ',' || t.text === '.' || t.text === ';' || t.text === ')' || t.text === ':' || t.text === '\u2014' || t.quoted);
}

function lastCapitalisedRun(s: string): string | null {
  let last: string | null = null;
  for (const m of s.matchAll(CAPITALISED_RUN)) last = m[0];
  if (last === null) return null;
  return last.replace(/\s+(?:of|and|for|de|van|der|the|&)$/, '').replace(/^The\s+(?=\S+$)/, '');
}

const NOT_ROLE_WORDS = new Set(['the', 'a', 'an', 'in', 'on', 'but', 'and', 'according', 'of', 'to', 'for', 'by', 'with', 'at', 'from', 'as', 'said', 'says', 'told', 'that', 'this', 'when', 'after', 'before', 'while', 'his', 'her', 'their', 'its', 'our', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'be', 'been']);

const ROLE_MODIFIER_WORDS = new Set(['former', 'senior', 'deputy', 'acting', 'interim', 'chief', 'retired', 'veteran', 'shadow', 'assistant', 'associate', 'executive', 'managing', 'vice']);

/** "Former work and pensions secretary Iain Duncan Smith": up to five words before the name ending in a job. */
function fromPremodifier(tokens: Token[], run: NameRun): Role | null {
  let i = run.from;
  const words: string[] = [];
  while (i - 1 >= 0 && words.length < 5) {
    const t = tokens[i - 1];
    if (!t.word || t.quoted) break;
    if (words.length === 0 && !ROLE_NOUNS.has(t.lower)) break;
    const joins = t.lower === 'and' && i - 2 >= 0 && tokens[i - 2].word && !NOT_ROLE_WORDS.has(tokens[i - 2].lower);
    if (words.length > 0 && NOT_ROLE_WORDS.has(t.lower) && !joins) break;
    words.unshift(t.text);
    i--;
  }
  if (words.length === 0) return null;
  // "Labour's shadow chancellor": a possessive names the organisation.
  const owner = /^(.+?)['\u2019]s\s+/.exec(words.join(' '));
  if (owner !== null) return { role: words.join(' ').slice(owner[0].length), organization: owner[1] };
  // "Former Conservative chancellor", "Castlefield boss": capitalised words that are no job name the body.
  const org = words.filter((w, k) => /^\p{Lu}/u.test(w) && !ROLE_NOUNS.has(w.toLowerCase()) && !(k === 0 && ROLE_MODIFIER_WORDS.has(w.toLowerCase())));
  if (org.length > 0 && org.length < words.length) {
    const role = words.filter((w) => !org.includes(w)).join(' ');
    return { role, organization: org.join(' ') };
  }
  return { role: words.join(' '), organization: null };
}

/** "Labour's shadow chancellor, Rachel Reeves,": the role stands before the name, set off by a comma. */
function fromPreAppositive(tokens: Token[], run: NameRun): Role | null {
  if (tokens[run.from - 1]?.text !== ',' || tokens[run.to]?.text !== ',') return null;
  const fake: NameRun = { ...run, from: run.from - 1 };
  return fromPremodifier(tokens, fake);
}
