// Reads a speaker's role and organisation from the article's own words: appositives
// ("Chris Lehane, chief global affairs officer at OpenAI,"), relative clauses ("Reid Hoffman, who
// is a partner at … Greylock Partners") and pre-modifiers ("Conservative leader Michael Howard").
// Pure: imports nothing from editors, LSP or Node.
import { type Token, ownCopy } from './tokens';
import { endsPossessive, hasNewline } from './chars';
import { type NameRun, SEAT_ROLES, rolePrepositionBefore } from './names';
import { ORGANIZATION_DESCRIPTIONS, ORGANIZATION_WORDS, ROLE_NOUNS } from './lexicon';
import { LEX_CUE_FINITE, LEX_CUE_PARTICIPLE, LEX_ROLE_NOUN } from './wordClasses';

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
  const appositive = fromAppositive(text, tokens, run);
  if (appositive !== null && appositive.role !== null) return appositive;
  const before = withOrganisationBefore(tokens, run, fromTitle(run)) ?? fromSeat(text, tokens, run) ?? fromPremodifier(tokens, run) ?? fromPreAppositive(tokens, run);
  // "Council leader Gareth Prosser, of Labour,": the job before the name, the party after it.
  // (Both name a body: the one before the job stays in the role, "Council leader".)
  if (appositive !== null) {
    if (before === null || before.role === null) return appositive;
    if (appositive.organization === null) return before;
    return { role: before.organization === null ? before.role : `${before.organization} ${before.role}`, organization: appositive.organization };
  }
  return before;
}

/**
 * A seat or portfolio before the name: "MP for Moore Plains Brett Kinsella", "Minister for
 * Personnel and Parliamentary Affairs Mahendra Singh Rathore", "Leader of the Opposition Govind
 * Prasad Khatik", "Senior Minister of State for Transport Ong Wei Jie".
 */
function fromSeat(text: string, tokens: Token[], run: NameRun): Role | null {
  const k = rolePrepositionBefore(tokens, run.from);
  if (k < 1 || k === run.from - 1) return null;
  // "Minister of State for Transport": the seat word may itself follow "of"; capitalised words before it belong to it.
  let from = k - 1;
  if (tokens[from].lower === 'state' && tokens[from - 1]?.lower === 'of' && tokens[from - 2]?.word === true && SEAT_ROLES.has(tokens[from - 2].lower)) from -= 2;
  while (from - 1 >= 0 && tokens[from - 1].word && tokens[from - 1].cap && ROLE_MODIFIER_WORDS.has(tokens[from - 1].lower)) from--;
  return { role: text.slice(tokens[from].start, tokens[run.from - 1].end), organization: null };
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'professor', 'rev', 'reverend', 'baroness', 'baron', 'shri', 'smt', 'shrimati', 'sri', 'madam', 'madame', 'mme']);

/** "Republican Sen. Carol Whitaker", "Nebraska Gov. Dale Pruitt": a capitalised word before a title names its body. */
function withOrganisationBefore(tokens: Token[], run: NameRun, role: Role | null): Role | null {
  if (role === null || role.organization !== null) return role;
  const ok = (t: Token | undefined): t is Token => t !== undefined && t.word && t.cap && !t.quoted && !NOT_ROLE_WORDS.has(t.lower) && (t.lex & LEX_ROLE_NOUN) === 0;
  if (!ok(tokens[run.from - 1])) return role;
  // "Scottish Green MSP Isla Munro": the body may have several words.
  let from = run.from - 1;
  while (from - 1 >= 0 && run.from - from < 3 && ok(tokens[from - 1]) && !endsPossessive(tokens[from - 1].text)) from--;
  return { role: role.role, organization: tokens.slice(from, run.from).map((t) => t.text).join(' ').replace(/['\u2019]s$/, '') };
}

/** "Transport Secretary Louise Haigh": a title that is a job is the role; "Mr" is not. */
function fromTitle(run: NameRun): Role | null {
  if (run.title === null) return null;
  const words = run.title.split(' ');
  const bare = (w: string): string => w.replace(/\.$/, '').toLowerCase();
  if (words.every((w) => HONORIFICS.has(bare(w)))) return null;
  // "Mr Justice Alderton" is a High Court judge.
  if (words.length === 2 && bare(words[1]) === 'justice') return { role: 'judge', organization: null };
  return splitOrganisation(words.filter((w) => !HONORIFICS.has(bare(w))));
}

/** Time words before a role ("then the art critic of …"). */
const TIME_WORDS: ReadonlySet<string> = new Set(['then', 'now', 'formerly', 'currently', 'previously']);

function fromAppositive(text: string, tokens: Token[], run: NameRun): Role | null {
  let c = run.to;
  // "Philippa Drummond KC, prosecuting,": letters after the name.
  if (tokens[c]?.word && /^(?:kc|qc|mp|msp|mep|td|sc)$/.test(tokens[c].lower)) c++;
  // "Sheila Brannigan, 68, who chairs the group": an age before the appositive.
  if (tokens[c]?.text === ',' && /^\d{1,3}$/.test(tokens[c + 1]?.text ?? '') && tokens[c + 2]?.text === ',') {
    c += 2;
    // "Gregory O'Malley, 61, of Dublin, Ohio": after an age, "of" tells where someone lives.
    if (/^(?:of|from)$/.test(tokens[c + 1]?.lower ?? '')) return null;
  }
  const comma = tokens[c];
  if (comma === undefined || comma.text !== ',') return null;
  // "Philippa Drummond KC, prosecuting,", "Jonathan Pryde KC, defending,": court reports' roles.
  if (tokens[c + 2]?.text === ',' || tokens[c + 2]?.text === '.') {
    if (tokens[c + 1]?.lower === 'prosecuting') return { role: 'prosecutor', organization: null };
    if (tokens[c + 1]?.lower === 'defending') return { role: 'defence barrister', organization: null };
  }
  let j = c + 1;
  // "then the art critic of the Sunday Herald": a time word before the role.
  const lead = TIME_WORDS.has(tokens[j]?.lower ?? '') ? j + 1 : j;
  const first = tokens[lead];
  if (first === undefined || !first.word) return null;
  while (j < tokens.length && j - c < 30 && !isSegmentEnd(tokens[j]) && !hasNewline(text, tokens[j - 1].end, tokens[j].start)) j++;
  const segment = text.slice(first.start, tokens[j - 1].end).trim();
  // What follows depends on the segment's words alone (its first token and the word classes of its
  // tokens are those of its text): the same segment, in this text or the next, gives the same role.
  let role = roleOfSegment.get(segment);
  if (role === undefined) {
    if (roleOfSegment.size >= 4096) roleOfSegment.clear();
    // The table outlives the text: it keeps a copy of the segment, and the role is read from that
    // copy, so that neither holds on to the text they came from.
    const own = ownCopy(segment, 0, segment.length);
    roleOfSegment.set(own, (role = roleFromSegment(own, tokens, lead, j)));
  }
  return role;
}

/**
 * The roles of the appositive segments read so far, by the segment (at most 4,096 kept): the editor
 * analyses the same article again at every keystroke, and an article gives a role in the same words.
 */
const roleOfSegment = new Map<string, Role | null>();

/** The role an appositive segment states: `tokens[lead, end)` are the segment's tokens. */
function roleFromSegment(segment: string, tokens: Token[], lead: number, end: number): Role | null {
  const first = tokens[lead];
  const j = end;
  // "who … chairs the Friends of Brackenford Lido group": a job told by its verb.
  if (/^who\s/i.test(segment)) {
    const told = fromJobVerb(segment);
    if (told !== null) return told;
  }
  // "Brightwater’s chair", "Castellan’s managing partner for Europe": the owner is the body.
  const owned = /^((?:[A-Z][\p{L}&.-]*\s+)*[A-Z][\p{L}&.-]*)['\u2019]s\s+(.+)$/u.exec(segment);
  if (owned !== null) {
    const ownedWords = owned[2].split(/\s+/);
    if (ownedWords.some((w) => ROLE_NOUNS.has(w.toLowerCase())) && ownedWords.length <= 6) return { role: owned[2], organization: owned[1] };
  }
  let body = segment.replace(RELATIVE, '').replace(/^(?:then|now|formerly|currently|previously)\s+/i, '');
  const relative = body !== segment && RELATIVE.test(segment);
  // "a planetary scientist at the University of Arizona who was not involved": the clause after
  // "who" says something else about the person.
  // (Each replace or split below is tried only when the text holds the word it looks for.)
  if (!relative && body.includes('wh')) body = body.replace(/\s+(?:who|which|whose)\s.*$/s, '');
  if (!relative && NOT_ROLE_START.has(first.lower) && !/^(?:of|from|at)$/.test(first.lower)) return null;
  if (/\b(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could|should|not|may|might)\b/.test(body)) return null;
  const startsLower = first.text[0] === first.text[0].toLowerCase();
  if (!relative && !startsLower && !ROLE_START.has(first.lower)) return null;
  if (!relative && startsLower && !DETERMINER.test(body) && !ROLE_NOUNS.has(first.lower.replace(/s$/, '')) && !/^(?:co-)?\p{Ll}+\s/u.test(body)) return null;
  if (/\b(?:said|says|told|added|stated)\b/.test(body) || (first.lex & LEX_CUE_PARTICIPLE) !== 0 || /ing$/.test(first.lower)) return null;
  // ("New York Stock Exchange, one trader described the session as": a clause with a cue is no role.)
  for (let k = lead; k < j; k++) if (!tokens[k].cap && (tokens[k].lex & LEX_CUE_FINITE) !== 0 && !relative) return null;
  if (relative) body = body.split(/\s+and\s+/)[0];
  body = body.replace(DETERMINER, '').replace(/^(?:only\s+|sole\s+)/, '').replace(/^(?:his|her|their|its|\p{Ll}+['\u2019]s)\s+/u, '');
  if (/^from\s+/i.test(body)) return null; // "from Chichester" is where someone lives
  const onlyOrganisation = /^(?:of|at|with)\s+/i.exec(body);
  if (onlyOrganisation !== null) {
    const organization = lastCapitalisedRun(body.slice(onlyOrganisation[0].length));
    return organization === null ? null : { role: null, organization };
  }
  // "a co-author of the study and a senior researcher at the Aarhus Eye Institute": the job with a body.
  if (!relative && body.includes('and')) {
    const conjuncts = body.split(/\s+and\s+(?:a|an|the)\s+/);
    if (conjuncts.length > 1) body = conjuncts.find((c) => /\s(?:at|of|for|with)\s+(?:the\s+)?[A-Z]/.test(c)) ?? conjuncts[0];
  }
  // "a pensioner from Leeds": where someone comes from is neither job nor body.
  const parts = (body.includes('from') ? body.replace(/\s+from\s+\p{Lu}.*$/su, '') : body).split(ORG_SPLIT);
  const role = parts[0].trim();
  const roleWords = role.split(/\s+/);
  // A role names a job: "chief global affairs officer", "CEO", "partner", not "inflation stood".
  // (After "who": "who had been sacked by Rotherby United" tells no job either.)
  if (!roleWords.some((w) => { const lower = w.toLowerCase(); return ROLE_NOUNS.has(lower) || ROLE_START.has(lower); })) return null;
  // "at Sandhills Regional Medical Center in Valentine, Nebraska": the place is not the body.
  const orgPart = parts.length > 1 ? parts.slice(1).join(' of ').split(/\s+in\s+/)[0] : '';
  const organization = lastCapitalisedRun(orgPart);
  if (role === '' || roleWords.length > 8) return null;
  // "a Conservative peer", "a senior Labour MP": a capitalised word that is no job names the body.
  if (organization === null) return splitOrganisation(roleWords);
  return { role, organization };
}

/** Verbs that tell a job ("who chairs the committee"), with the job they tell. */
const JOB_VERBS: ReadonlyMap<string, string> = new Map([
  ['chairs', 'chair'], ['chaired', 'chair'], ['leads', 'leader'], ['heads', 'head'], ['coaches', 'coach'], ['manages', 'manager'],
  ['directs', 'director'], ['founded', 'founder'], ['co-founded', 'co-founder'], ['owns', 'owner'], ['edits', 'editor'], ['runs', 'head'],
]);

/** "who has swum there for 41 years and chairs the Friends of Brackenford Lido group": chair, Friends of Brackenford Lido. */
function fromJobVerb(segment: string): Role | null {
  const m = /\b([a-z-]+)\s+(?:the\s+)?((?:[A-Z][\p{L}\u2019'&.-]*)(?:\s+(?:of|for|and|the|[A-Z][\p{L}\u2019'&.-]*))*)/u.exec(segment.replace(/^.*?\b(?=(?:chairs|chaired|leads|heads|coaches|manages|directs|founded|co-founded|owns|edits|runs)\s)/u, ''));
  if (m === null) return null;
  const role = JOB_VERBS.get(m[1]);
  if (role === undefined) return null;
  return { role, organization: m[2].replace(/\s+(?:of|for|and|the)$/, '') };
}

function isSegmentEnd(t: Token): boolean {
  return !t.word && (t.text === ',' || t.text === '.' || t.text === ';' || t.text === ')' || t.text === ':' || t.text === '\u2014' || t.quoted);
}

function lastCapitalisedRun(s: string): string | null {
  let last: string | null = null;
  // An exec loop rather than matchAll, which copies the regular expression and makes an iterator at each call.
  CAPITALISED_RUN.lastIndex = 0;
  for (let m = CAPITALISED_RUN.exec(s); m !== null; m = CAPITALISED_RUN.exec(s)) last = m[0];
  if (last === null) return null;
  return last.replace(/\s+(?:of|and|for|de|van|der|the|&)$/, '').replace(/^The\s+(?=\S+$)/, '');
}

const NOT_ROLE_WORDS = new Set(['the', 'a', 'an', 'in', 'on', 'but', 'and', 'according', 'of', 'to', 'for', 'by', 'with', 'at', 'from', 'as', 'said', 'says', 'told', 'that', 'this', 'when', 'after', 'before', 'while', 'his', 'her', 'their', 'its', 'our', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'be', 'been']);

const ROLE_MODIFIER_WORDS = new Set(['financial', 'operating', 'technology', 'technical', 'marketing', 'content', 'investment', 'information', 'medical', 'nursing', 'commercial', 'legal', 'digital', 'people', 'product', 'creative', 'editorial', 'former', 'senior', 'deputy', 'acting', 'interim', 'chief', 'retired', 'veteran', 'shadow', 'assistant', 'associate', 'executive', 'managing', 'vice', 'special', 'principal', 'lead', 'junior', 'general', 'cabinet', 'district', 'federal', 'state', 'local', 'regional', 'national', 'international', 'global', 'science', 'research', 'policy', 'political', 'health', 'education', 'finance', 'foreign', 'home', 'justice', 'transport', 'business', 'defence', 'defense', 'environment', 'energy', 'trade', 'treasury', 'first', 'high', 'supreme', 'prime', 'press', 'communications', 'club', 'team', 'head', 'majority', 'minority', 'floor', 'house', 'opposition', 'party']);

/** "Former work and pensions secretary Iain Duncan Smith": up to five words before the name ending in a job. */
function fromPremodifier(tokens: Token[], run: NameRun): Role | null {
  let i = run.from;
  const words: string[] = [];
  while (i - 1 >= 0 && words.length < 5) {
    const t = tokens[i - 1];
    if (!t.word || t.quoted) break;
    if (words.length === 0 && (t.lex & LEX_ROLE_NOUN) === 0) break;
    const joins = t.lower === 'and' && i - 2 >= 0 && tokens[i - 2].word && !NOT_ROLE_WORDS.has(tokens[i - 2].lower);
    if (words.length > 0 && NOT_ROLE_WORDS.has(t.lower) && !joins) break;
    words.unshift(t.text);
    i--;
  }
  if (words.length === 0) return null;
  // "Labour's shadow chancellor": a possessive names the organisation.
  const owner = /^(.+?)['\u2019]s\s+/.exec(words.join(' '));
  if (owner !== null) return { role: words.join(' ').slice(owner[0].length), organization: owner[1] };
  return splitOrganisation(words);
}

/**
 * A role's words with the organisation taken out: capitalised words that are neither a job nor a
 * modifier of one ("Former Conservative chancellor", "Castlefield boss", "FBI Special Agent").
 */
function splitOrganisation(words: string[]): Role {
  const org = words.filter((w) => /^\p{Lu}/u.test(w) && !ROLE_NOUNS.has(w.toLowerCase()) && !ROLE_MODIFIER_WORDS.has(w.toLowerCase()) && !ROLE_START.has(w.toLowerCase()));
  if (org.length > 0 && org.length < words.length) {
    const role = words.filter((w) => !org.includes(w)).join(' ');
    return { role, organization: org.join(' ') };
  }
  return { role: words.join(' '), organization: null };
}

/**
 * The role before a name set off by commas: "The chief executive of Island Ferries, Margaret
 * O'Neill,", "West Sussex County Council’s cabinet member for highways, Sean O’Brien,", "The
 * Conservatives’ shadow chancellor, Michael Grant,", "Its chairwoman, Louise Pryor," (its: the
 * organisation named last).
 */
function fromPreAppositive(tokens: Token[], run: NameRun): Role | null {
  if (tokens[run.from - 1]?.text !== ',' || tokens[run.to]?.text !== ',') return null;
  let from = run.from - 1;
  while (from - 1 >= 0 && run.from - from < 14) {
    const t = tokens[from - 1];
    if (t.quoted || (!t.word && t.text !== "'" && t.text !== '\u2019' && t.text !== '&')) break;
    from--;
  }
  const words = tokens.slice(from, run.from - 1);
  if (words.length === 0) return null;
  let organization: string | null = null;
  let k = 0;
  const lead = words[0].lower;
  if (lead === 'the' || lead === 'a' || lead === 'an') k = 1;
  else if (lead === 'its' || lead === 'their') {
    organization = organisationBefore(tokens, from);
    k = 1;
  }
  // "the company’s chief executive, Nadia Ferrante": the body last named owns the role.
  for (let m = words.length - 3; m >= 0; m--) {
    if (words[m].lower === 'the' && /['\u2019]s$/.test(words[m + 1].text) && ORGANIZATION_DESCRIPTIONS.has(words[m + 1].lower.replace(/['\u2019]s$/, ''))) {
      organization = organisationBefore(tokens, from + m);
      k = m + 2;
      break;
    }
  }
  // A possessive owner: "West Sussex County Council’s", "The Conservatives’".
  for (let m = k; m < words.length - 1 && organization === null; m++) {
    const w = words[m];
    const plural = (words[m + 1].text === '\u2019' || words[m + 1].text === "'") && words[m + 1].start === w.end && w.lower.endsWith('s');
    if (!w.cap && !plural) continue;
    if (/['\u2019]s$/.test(w.text) || plural) {
      if (!words.slice(k, m + 1).every((x) => x.cap || x.lower === 'of' || x.lower === 'and' || x.lower === 'for')) break;
      organization = words.slice(k, m + 1).map((x) => x.text).join(' ').replace(/['\u2019]s$/, '');
      k = m + (plural ? 2 : 1);
      break;
    }
  }
  const rest = words.slice(k);
  // "chief executive of Island Ferries": of/at/for before a capital names the organisation.
  let end = rest.length;
  for (let m = 0; m < rest.length - 1; m++) {
    if ((rest[m].lower === 'of' || rest[m].lower === 'at' || rest[m].lower === 'for') && rest[m + 1].cap && m > 0) {
      end = m;
      organization ??= rest.slice(m + 1).map((x) => x.text).join(' ').replace(/^The\s+/, '');
      break;
    }
  }
  // "Harbour’s then-chairman": the time is no part of the job.
  const roleWords = rest.slice(0, end).map((x) => x.text.replace(/^(?:then|now|former)-/i, ''));
  if (roleWords.length === 0 || roleWords.length > 8) return null;
  if (!roleWords.some((w) => ROLE_NOUNS.has(w.toLowerCase()))) return null;
  if (roleWords.some((w) => NOT_ROLE_WORDS.has(w.toLowerCase()) && w.toLowerCase() !== 'for' && w.toLowerCase() !== 'of' && w.toLowerCase() !== 'and')) return null;
  if (organization !== null) return { role: roleWords.join(' '), organization };
  return splitOrganisation(roleWords);
}

/** The organisation named last before token `before`, within a few sentences ("… Association. Its chairwoman"). */
function organisationBefore(tokens: Token[], before: number): string | null {
  for (let k = before - 1; k >= 0 && before - k < 200; k--) {
    const t = tokens[k];
    if (!t.word || !t.cap || t.quoted || !ORGANIZATION_WORDS.has(t.lower)) continue;
    let from = k;
    while (from - 1 >= 0 && tokens[from - 1].word && (tokens[from - 1].cap || ((tokens[from - 1].lower === 'of' || tokens[from - 1].lower === 'for') && from - 2 >= 0 && tokens[from - 2].cap))) from--;
    if (from === k) continue;
    return tokens.slice(from, k + 1).map((x) => x.text).join(' ').replace(/^The\s+/, '');
  }
  return null;
}

/** Words after which an unnamed source's description goes on about it ("aide familiar with …"). */
const SOURCE_MODIFIERS = new Set(['familiar', 'with', 'at', 'of', 'for', 'to', 'who', 'close', 'working', 'from', 'in', 'on', 'led', 'briefed', 'involved', 'based', 'that', 'which', 'within', 'inside', 'near']);

/** Source nouns that say nothing about a job ("No 10 source", "person briefed on …"). */
const NO_JOB = new Set(['source', 'sources', 'person', 'people', 'insider', 'insiders', 'figure', 'figures', 'ally', 'allies', 'friend', 'friends', 'pal', 'veteran', 'statement', 'report']);

/**
 * The role and organisation in an unnamed source's own words: "Rail Delivery Group spokeswoman",
 * "Senate aide familiar with the negotiations" (aide, Senate), "fund manager at another top
 * shareholder" (fund manager), "spokesperson for the Department for Education".
 */
export function roleOfUnnamed(name: string): Role {
  const words = name.split(' ');
  let k = 0;
  // "Department for Transport spokeswoman", "No 10 source": small words and numbers inside the body's name.
  while (k < words.length && (/^\p{Lu}/u.test(words[k]) || (k > 0 && /^\d+$/.test(words[k])) || (k > 0 && /^(?:for|of|and|on)$/.test(words[k]) && /^\p{Lu}/u.test(words[k + 1] ?? '')))) k++;
  let organization: string | null = k > 0 ? words.slice(0, k).join(' ').replace(/['\u2019]s$/, '') : null;
  const from = k;
  while (k < words.length && !SOURCE_MODIFIERS.has(words[k])) k++;
  const head = words[k - 1]?.toLowerCase() ?? '';
  // "second diplomat": the ordinal tells sources apart, not jobs.
  const start = /^(?:second|third|fourth|fifth|other|another)$/.test(words[from] ?? '') ? from + 1 : from;
  const role = k > start && !NO_JOB.has(head) && (ROLE_NOUNS.has(head) || /^spokes/.test(head)) ? words.slice(start, k).join(' ') : null;
  // "spokesperson for the Department for Environment, Food and Rural Affairs": the body after "for"/"at".
  if (organization === null && (words[k] === 'for' || words[k] === 'at')) {
    const rest = words.slice(words[k + 1] === 'the' ? k + 2 : k + 1);
    if (rest.length > 0 && /^\p{Lu}/u.test(rest[0]) && rest.every((w) => /^\p{Lu}/u.test(w) || /^(?:and|of|for|the|on)$/.test(w))) organization = rest.join(' ').replace(/,$/, '');
  }
  return { role, organization };
}
