// Reads a speaker's role and organisation from the article's own words: appositives
// ("Chris Lehane, chief global affairs officer at OpenAI,"), relative clauses ("Reid Hoffman, who
// is a partner at … Greylock Partners") and pre-modifiers ("Conservative leader Michael Howard").
// Pure: imports nothing from editors, LSP or Node.
import { type Token, ownCopy, tokenTexts } from './tokens';
import { endsPossessive, hasNewline } from './chars';
import { type NameRun, PERSON_DESCRIPTORS, SEAT_ROLES, organisationAfter, rolePrepositionBefore } from './names';
import { FAMILY, FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, NAME_WORDS_OF, ORGANIZATION_DESCRIPTIONS, ORGANIZATION_WORDS, ROLE_NOUNS, words } from './lexicon';
import { LEX_CUE_FINITE, LEX_CUE_PARTICIPLE, LEX_NOT_NAME, LEX_ROLE_NOUN } from './wordClasses';

/** A role and organisation as the article states them. */
export interface Role {
  role: string | null;
  organization: string | null;
}

const ROLE_START = new Set(words(`
  ceo cfo cto coo chief president director chairman chairwoman chair head
  founder co-founder professor senior vice executive managing general secretary
  minister leader deputy editor partner mp md
`));


const NOT_ROLE_START = new Set(words(`
  for in on at however though too also meanwhile which that who whose and
  but or as by from with after before when while if not it he she they
  said says told added according instead meanwhile then now still like including
`));

/** Nouns that end a description of an organisation ("a semiconductor research organization"). */
export const ORGANIZATION_NOUNS = new Set(words(`
  organization organisation company firm group platform business lab laboratory startup
  start-up agency charity body institute network bank fund party union publication
  newspaper broadcaster website outlet consultancy think-tank tank regulator authority
`));

const RELATIVE = /^who\s+(?:is|was|has\s+been|had\s+been|serves\s+as|served\s+as|works\s+as|worked\s+as|became)\s+/i;
const DETERMINER = /^(?:the|a|an)\s+/i;
const ORG_SPLIT = /\s+(?:at|of|for|with)\s+/i;
const CAPITALISED_RUN = /(?:[A-Z][\p{L}0-9’'&.-]*)(?:\s+(?:[A-Z][\p{L}0-9’'&.-]*|of|and|for|de|van|der|the|&))*/gu;

/**
 * The organisation an owner points back to, from before token `at`: "the association's president"
 * (noun `association`), "its chief executive" (noun null). Given by the speaker registry, which
 * knows the article's names; null when it finds none.
 */
export type BodyBefore = (at: number, noun: string | null) => string | null;

/** What findRole asks of the article around a mention, kept by its caller for the whole article. */
export interface RoleArticle {
  /** The first token of the sentence holding a token (the attribution's sentences). */
  sentenceStart: (at: number) => number;
  /** Which words the article writes in small letters, as asked so far (see writtenSmall). */
  small: Map<string, boolean>;
}

/** The role and organisation stated next to a name mention, or null. */
export function findRole(text: string, tokens: Token[], run: NameRun, bodyBefore: BodyBefore, article: RoleArticle): Role | null {
  const appositive = fromAppositive(text, tokens, run, bodyBefore);
  if (appositive !== null && appositive.role !== null) return appositive;
  const before = withOrganisationBefore(tokens, run, fromTitle(run), article) ?? fromSeat(text, tokens, run) ?? fromPremodifier(tokens, run, bodyBefore, article) ?? fromPreAppositive(tokens, run, bodyBefore) ?? fromOwnerBefore(tokens, run) ?? fromCourtLead(tokens, run);
  // "Council leader Gareth Prosser, of Labour,": the job before the name, the party after it.
  // (Both name a body: the one before the job stays in the role, "Council leader".)
  if (appositive !== null) {
    if (before === null || before.role === null) return appositive;
    if (appositive.organization === null) return before;
    return { role: before.organization === null ? before.role : `${before.organization} ${before.role}`, organization: appositive.organization };
  }
  // "Another analyst, Tom Ashgrove of Crestmoor Capital, asked": a body's name after "of" straight
  // after the person's.
  if (before === null || before.organization === null) {
    const body = bodyAfterName(tokens, run);
    if (body !== null) return { role: before?.role ?? null, organization: body };
  }
  return before;
}

/**
 * The body a person is "of" or "at", straight after their name ("Tom Ashgrove of Crestmoor
 * Capital") or in a who-clause after it ("Priya Venkatesan, who covers food retail at Tamarack
 * Securities,"), when the name is a body's by its last word.
 */
function bodyAfterName(tokens: Token[], run: NameRun): string | null {
  const prep = tokens[run.to];
  if (prep === undefined) return null;
  if (prep.word && (prep.lower === 'of' || prep.lower === 'at')) return bodyNameAfter(tokens, run.to);
  if (prep.text !== ',' || tokens[run.to + 1]?.lower !== 'who') return null;
  for (let k = run.to + 2; k < tokens.length && k < run.to + 14 && tokens[k].text !== ',' && tokens[k].text !== '.'; k++) {
    if (tokens[k].quoted) return null;
    if (tokens[k].lower === 'at' || tokens[k].lower === 'for') {
      const body = bodyNameAfter(tokens, k);
      if (body !== null) return body;
    }
  }
  return null;
}

/** The organisation named after the preposition at token `k` (see organisationAfter) when its last word is a body's. */
function bodyNameAfter(tokens: Token[], k: number): string | null {
  const body = organisationAfter(tokens, k, Math.min(tokens.length, k + 10));
  if (body === null) return null;
  const space = body.name.lastIndexOf(' ');
  return space > 0 && ORGANIZATION_WORDS.has(body.name.slice(space + 1).toLowerCase()) ? body.name : null;
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

const HONORIFICS = new Set(words(`mr mrs ms miss mx dr sir dame lord lady prof professor rev reverend baroness baron shri smt shrimati sri madam madame mme me maître datuk datin dato seri tan puan toh haji hajjah hj alhaji alhaja hajia hon honourable honorable eng engr sheikh`));

/** "Republican Sen. Carol Whitaker", "Nebraska Gov. Dale Pruitt": a capitalised word before a title names its body. */
function withOrganisationBefore(tokens: Token[], run: NameRun, role: Role | null, article: RoleArticle): Role | null {
  if (role === null || role.organization !== null) return role;
  const ok = (t: Token | undefined): t is Token => t !== undefined && t.word && t.cap && !t.quoted && !NOT_ROLE_WORDS.has(t.lower) && (t.lex & LEX_ROLE_NOUN) === 0;
  if (!ok(tokens[run.from - 1])) return role;
  // "Scottish Green MSP Isla Munro": the body may have several words.
  let from = run.from - 1;
  while (from - 1 >= 0 && run.from - from < 3 && ok(tokens[from - 1]) && !endsPossessive(tokens[from - 1].text)) from--;
  // "Offensive coordinator Jen Castellano said", "Then Kestrels captain Rashid Anwar": a sentence's
  // first word has a capital whatever it is; it names no body when it is never a name, or when it
  // is the only word before the job and the article writes it in small letters elsewhere.
  // ("Left Party co-leader Timo Fehrenbach": a word of a longer name stays.)
  // ("Prosecuting solicitor Ruairí Mac Giolla Phádraig": a participle is no body either.)
  const opening = article.sentenceStart(from) === from ? sentenceOpener(tokens, from, article) : null;
  if (opening === 'never a name' || (opening === 'common' && from + 1 === run.from)) from++;
  if (from === run.from) return role;
  return { role: role.role, organization: tokenTexts(tokens, from, run.from).replace(/['\u2019]s$/, '') };
}

/**
 * What a sentence's capitalised first word, token `k`, is when it is no name: a word that is never
 * one ("Then"), or a common word, a participle or one the article writes in small letters elsewhere
 * ("Offensive", "Prosecuting", "Board"); null when it may be a name.
 */
function sentenceOpener(tokens: Token[], k: number, article: RoleArticle): 'never a name' | 'common' | null {
  const t = tokens[k];
  if ((t.lex & LEX_NOT_NAME) !== 0) return 'never a name';
  return t.lower.endsWith('ing') || writtenSmall(tokens, t.lower, article.small) ? 'common' : null;
}

/**
 * Whether the article writes `lower` somewhere in small letters. `known` keeps the answers for the
 * article (its owner makes one per analysis), so that each word is looked for once and an article
 * of many "Board member …" stays linear.
 */
function writtenSmall(tokens: Token[], lower: string, known: Map<string, boolean>): boolean {
  let small = known.get(lower);
  if (small === undefined) {
    small = false;
    for (const t of tokens) {
      if (t.word && !t.cap && t.text === lower) {
        small = true;
        break;
      }
    }
    known.set(lower, small);
  }
  return small;
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

/** Jobs done for a person ("Ashdown’s barrister", "Blaine’s agent"), whose owner is a client. */
const PERSONAL_JOBS: ReadonlySet<string> = new Set(['lawyer', 'barrister', 'solicitor', 'attorney', 'counsel', 'agent', 'publicist']);

/** Time words before a role ("then the art critic of …"). */
const TIME_WORDS: ReadonlySet<string> = new Set(['then', 'now', 'formerly', 'currently', 'previously']);

function fromAppositive(text: string, tokens: Token[], run: NameRun, bodyBefore: BodyBefore): Role | null {
  let c = run.to;
  // "Philippa Drummond KC, prosecuting,", "Richard Bellamy, KC, Ashdown’s barrister,": letters after the name.
  if (tokens[c]?.word && /^(?:kc|qc|mp|msp|mep|td|sc)$/.test(tokens[c].lower)) c++;
  else if (tokens[c]?.text === ',' && tokens[c + 1]?.word === true && /^(?:kc|qc|sc)$/.test(tokens[c + 1].lower) && tokens[c + 2]?.text === ',') c += 2;
  // "Sen. Ruth Calloway (D-Minn.), a member of …": a party tag in brackets before the appositive.
  if (tokens[c]?.text === '(') {
    let close = c + 1;
    while (close < tokens.length && close - c < 8 && tokens[close].text !== ')') close++;
    if (tokens[close]?.text === ')' && tokens[close + 1]?.text === ',') c = close + 1;
  }
  // "Sheila Brannigan, 68, who chairs the group": an age before the appositive.
  if (tokens[c]?.text === ',' && /^\d{1,3}$/.test(tokens[c + 1]?.text ?? '') && tokens[c + 2]?.text === ',') {
    c += 2;
    // "Gregory O'Malley, 61, of Dublin, Ohio": after an age, "of" tells where someone lives.
    if (/^(?:of|from)$/.test(tokens[c + 1]?.lower ?? '')) return null;
  }
  // "said Karin Holm at Nordvik Asset Management in Oslo": the body straight after the name.
  if (tokens[c]?.lower === 'at' && !tokens[c].quoted) {
    const organization = capitalisedAfter(tokens, tokens[c + 1]?.lower === 'the' ? c + 2 : c + 1);
    return organization === null ? null : { role: null, organization };
  }
  const comma = tokens[c];
  // ("Maria Delgado (chief economist at ING) said": a job in brackets is an appositive too.)
  const bracketed = comma?.text === '(' && tokens[c + 1]?.word === true && !tokens[c + 1].cap;
  if (comma === undefined || (comma.text !== ',' && !bracketed)) return null;
  // "Philippa Drummond KC, prosecuting,", "Jonathan Pryde KC, defending,": court reports' roles.
  if (tokens[c + 2]?.text === ',' || tokens[c + 2]?.text === '.') {
    const role = COURT_ROLES.get(tokens[c + 1]?.lower ?? '');
    if (role !== undefined) return { role, organization: null };
  }
  let j = c + 1;
  // "then the art critic of the Sunday Herald": a time word before the role.
  const lead = TIME_WORDS.has(tokens[j]?.lower ?? '') ? j + 1 : j;
  const first = tokens[lead];
  if (first === undefined || !first.word) return null;
  while (j < tokens.length && j - c < 30 && !isSegmentEnd(tokens[j]) && !hasNewline(text, tokens[j - 1].end, tokens[j].start)) j++;
  const segment = text.slice(first.start, tokens[j - 1].end).trim();
  // The role a segment states depends on its words alone (its tokens' classes are those of its
  // text), unless it reads the article around it (an owner: "its chief executive"; a body named
  // after it: "a spokesman for the developer, Corrib Ridge Homes,"). The editor analyses the same
  // article again at every keystroke: a segment read before is not read again.
  const known = roleOfSegment.get(segment);
  if (known !== undefined) return known;
  const around = { read: false };
  const role = roleFromSegment(segment, tokens, lead, j, run, bodyBefore, around);
  if (!around.read) {
    if (roleOfSegment.size >= 4096) roleOfSegment.clear();
    // (A copy of the segment, so that the table holds on to no article.)
    roleOfSegment.set(ownCopy(segment, 0, segment.length), role);
  }
  return role;
}

/** The roles of appositive segments that depend on their words alone, by the segment (at most 4,096 kept). */
const roleOfSegment = new Map<string, Role | null>();

/**
 * The role an appositive segment states (`tokens[lead, j)` are its tokens); `around.read` is set
 * when the answer also read the article around the segment.
 */
function roleFromSegment(segment: string, tokens: Token[], lead: number, j: number, run: NameRun, bodyBefore: BodyBefore, around: { read: boolean }): Role | null {
  const first = tokens[lead];
  // "who … chairs the Friends of Brackenford Lido group": a job told by its verb.
  if (/^who\s/i.test(segment)) {
    const told = fromJobVerb(segment);
    if (told !== null) return told;
  }
  // "Brightwater’s chair", "Castellan’s managing partner for Europe": the owner is the body.
  // ("the UN’s resident co-ordinator": after an article.)
  const owned = /^(?:the\s+)?((?:[A-Z][\p{L}&.-]*\s+)*[A-Z][\p{L}&.-]*)['\u2019]s\s+(.+)$/u.exec(segment);
  if (owned !== null) {
    const ownedWords = owned[2].split(/\s+/);
    // ("Ashdown’s barrister": a one-word owner of a lawyer or an agent is the client, not a body.)
    const client = !owned[1].includes(' ') && PERSONAL_JOBS.has(ownedWords[ownedWords.length - 1].toLowerCase());
    if (ownedWords.some((w) => ROLE_NOUNS.has(w.toLowerCase())) && ownedWords.length <= 6) return { role: owned[2], organization: client ? null : owned[1] };
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
  // ("X, speaking to reporters," is no role; "managing director", "acting chair" are.)
  if (/\b(?:said|says|told|added|stated)\b/.test(body) || (first.lex & LEX_CUE_PARTICIPLE) !== 0 || (/ing$/.test(first.lower) && !ROLE_MODIFIER_WORDS.has(first.lower))) return null;
  // ("New York Stock Exchange, one trader described the session as": a clause with a cue is no role.)
  for (let k = lead; k < j; k++) if (!tokens[k].cap && (tokens[k].lex & LEX_CUE_FINITE) !== 0 && !relative) return null;
  if (relative) body = body.split(/\s+and\s+/)[0];
  // "a retired school bus driver", "a vegetable vendor": after "a", a word for someone who does something is a job too.
  const indefinite = /^(?:a|an)\s/i.test(body);
  body = body.replace(DETERMINER, '').replace(/^(?:only\s+|sole\s+)/, '').replace(/^\d+-year-old\s+/, '');
  // "the association's president", "its chief executive": the owner is a body named before.
  const owner = /^(?:his|her|their|its|(\p{Ll}+)['\u2019]s)\s+/u.exec(body);
  if (owner !== null) body = body.slice(owner[0].length);
  const ownerBody = (): string | null => {
    if (owner === null || /^(?:his|her)\s/.test(owner[0])) return null;
    around.read = true;
    return bodyBefore(run.from, owner[1] ?? null);
  };
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
  const job = body.includes('from') ? body.replace(/\s+from\s+\p{Lu}.*$/su, '') : body;
  const split = ORG_SPLIT.exec(job);
  const role = (split === null ? job : job.slice(0, split.index)).trim();
  // "at Sandhills Regional Medical Center in Valentine, Nebraska": the place is not the body.
  // ("at the Westbury Centre for Crop Research": the body's own small words stay. "the Liberal
  // Democrat MSP for the Highlands and Islands": a seat's "for" names where, not a body.)
  const seat = split !== null && /^for$/i.test(split[0].trim()) && SEAT_ROLES.has(role.slice(role.lastIndexOf(' ') + 1).toLowerCase());
  const orgPart = split === null || seat ? '' : job.slice(split.index + split[0].length).split(/\s+in\s+/)[0];
  // "a spokesman for the developer, Corrib Ridge Homes,": the body's name after its description.
  const described = /^(?:the\s+)?\p{Ll}+$/u.test(orgPart.trim());
  const organization = lastCapitalisedRun(orgPart) ?? (described && (around.read = true) && tokens[j]?.text === ',' ? capitalisedAfter(tokens, j + 1, true) : null);
  // A role names a job: "chief global affairs officer", "CEO", "partner", not "inflation stood".
  // (After "who": "who had been sacked by Rotherby United" tells no job either.) "transport lead at
  // Harwood Council" still names the body.
  const roleWords = role.split(/\s+/);
  if (!roleWords.some((w) => { const lower = w.toLowerCase(); return ROLE_NOUNS.has(lower) || ROLE_START.has(lower) || (indefinite && isAgentNoun(w)); })) {
    return !relative && organization !== null && /^\p{Ll}[\p{Ll} -]*\s+at\s/u.test(body) ? { role: null, organization } : null;
  }
  if (role === '' || roleWords.length > 8) return null;
  // "a Conservative peer", "a senior Labour MP": a capitalised word that is no job names the body.
  if (organization === null) {
    const words = splitOrganisation(roleWords);
    return words.organization === null ? { role: words.role, organization: ownerBody() } : words;
  }
  return { role, organization };
}

/** Words with an agent's ending that name no job ("father", "water", "winter"). */
const NOT_AGENTS = new Set(words(`other another number winter summer quarter letter matter water paper power order corner border center centre error factor sector mirror monitor member minor major favour favor moment percent event parent patient student client tenant victim chapter cancer dinner answer weather feather silver river tower flower shower cover fever finger hunger danger anger sister brother mother father daughter grandmother grandfather stepfather stepmother supporter survivor neighbor neighbour ancestor descendant relative independent resident`));

/** Words that end like an agent's but are comparatives or function words ("after Connor Leahy's header"). */
const NOT_AGENTS_BEFORE_NAMES = new Set(words(`after under over never ever either neither whether rather together later earlier further however former latter sooner longer older younger elder bigger smaller higher lower better greater faster slower closer easier harder stronger weaker wider deeper richer poorer cheaper clearer lesser inner outer upper senior junior prior minor major superior inferior interior exterior meanwhile christian indian italian russian canadian australian brazilian egyptian iranian nigerian norwegian hungarian belgian colombian syrian asian european american`));

/**
 * "retired machinist Harold Boyle", "reviewer Sam Okonkwo", "influencer Tia Rowlands": a
 * lower-case agent's word straight before a name, itself after an article, a modifier, a number or
 * the start of a clause, is a job.
 */
function agentBeforeName(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t.cap || !isAgentNoun(t.lower) || NOT_AGENTS_BEFORE_NAMES.has(t.lower)) return false;
  const before = tokens[k - 1];
  return before === undefined || !before.word || /^(?:the|a|an|retired|former|veteran|longtime|fellow|assistant|senior|junior|chief|lead|head|local)$/.test(before.lower) || /^\d/.test(before.text) || /-year-old$/.test(before.lower);
}

/** "vendor", "machinist", "schoolteacher", "influencer": a lower-case word ending as someone who does something does. */
function isAgentNoun(word: string): boolean {
  return word.length >= 5 && /^\p{Ll}[\p{Ll}-]*(?:er|or|ist|ian|eer)$/u.test(word) && !NOT_AGENTS.has(word) && !FAMILY.has(word);
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

/**
 * The capitalised name that starts at token `k` ("Nordvik Asset Management", "Bank of England"),
 * or null; with `set`, only one set off by a comma after it.
 */
function capitalisedAfter(tokens: Token[], k: number, set = false): string | null {
  let to = k;
  while (to < tokens.length && tokens[to].word && !tokens[to].quoted && (tokens[to].cap || (to > k && /^(?:of|for|and|&)$/.test(tokens[to].lower) && tokens[to + 1]?.cap === true))) to++;
  if (to === k || (set && tokens[to]?.text !== ',')) return null;
  return tokenTexts(tokens, k, to);
}

function lastCapitalisedRun(s: string): string | null {
  let last: string | null = null;
  // An exec loop rather than matchAll, which copies the regular expression and makes an iterator at each call.
  CAPITALISED_RUN.lastIndex = 0;
  for (let m = CAPITALISED_RUN.exec(s); m !== null; m = CAPITALISED_RUN.exec(s)) last = m[0];
  if (last === null) return null;
  return last.replace(/\s+(?:of|and|for|de|van|der|the|&)$/, '').replace(/^The\s+(?=\S+$)/, '');
}

const NOT_ROLE_WORDS = new Set(words(`the a an in on but and according of to for by with at from as said says told that this when after before while his her their its our is was are were has had have be been`));

const ROLE_MODIFIER_WORDS = new Set(words(`managing acting founding visiting consulting presiding supervising commanding outgoing incoming sitting reigning financial operating technology technical marketing content investment information medical nursing commercial legal digital people product creative editorial former senior deputy acting interim chief retired veteran shadow assistant associate executive managing vice special principal lead junior general cabinet district federal state local regional national international global science research policy political health education finance foreign home justice transport business defence defense environment energy trade treasury first high supreme prime press communications club team head majority minority floor house opposition party
  publishing banking trading advertising broadcasting engineering accounting planning housing manufacturing programming training recruiting fundraising lending licensing casting`));

/**
 * Verbs and prepositions that put a job and a name after them ("The ministry hired consultant James
 * Porter", "Critics include economist Peter Lang"): the job starts after them.
 */
const VERBS_BEFORE_JOBS = new Set(words(`include includes included including hired hires hire appointed appoints appoint named names met meets
  joined joins replaced replaces succeeded succeeds sacked sacks fired fires interviewed interviews thanked thanks praised praises
  criticised criticized criticises criticizes accused accuses blamed blames backed backs quoted quotes cited cites like unlike
  such among amongst than via featuring features featured welcomed welcomes introduced introduces called calls asked asks told tells
  became becomes become remains remained recruited recruits promoted promotes nominated nominates
  defeated defeats beat beats beaten against versus alongside whom whose who which`));

/** "Former work and pensions secretary Iain Duncan Smith": up to five words before the name ending in a job. */
function fromPremodifier(tokens: Token[], run: NameRun, bodyBefore: BodyBefore, article: RoleArticle): Role | null {
  let i = run.from;
  const words: string[] = [];
  while (i - 1 >= 0 && words.length < 5) {
    const t = tokens[i - 1];
    if (!t.word || t.quoted) break;
    // ("Shooter Losana Vainikolo", "Magistrate Nomvula Dlamini-Khoza": a word for what someone is, written with a capital.)
    if (words.length === 0 && (t.lex & LEX_ROLE_NOUN) === 0 && !agentBeforeName(tokens, i - 1) && !(t.cap && PERSON_DESCRIPTORS.has(t.lower))) break;
    const joins = t.lower === 'and' && i - 2 >= 0 && tokens[i - 2].word && !NOT_ROLE_WORDS.has(tokens[i - 2].lower);
    if (words.length > 0 && (NOT_ROLE_WORDS.has(t.lower) || VERBS_BEFORE_JOBS.has(t.lower)) && !joins) break;
    words.unshift(t.text);
    i--;
  }
  // A sentence's capitalised first word may be a common one (see withOrganisationBefore): "Then
  // Kestrels captain Rashid Anwar" leaves it out, "Board member Raymond Ortiz" reads it in small
  // letters, as part of the job or as the body's description.
  if (words.length >= 2 && tokens[i].cap && article.sentenceStart(i) === i) {
    const opening = sentenceOpener(tokens, i, article);
    if (opening === 'never a name') {
      words.shift();
      i++;
    } else if (opening === 'common' && !tokens[i + 1].cap) words[0] = tokens[i].lower;
  }
  if (words.length === 0) return null;
  // "Labour's shadow chancellor": a possessive names the organisation.
  const owner = /^(.+?)['\u2019]s\s+/.exec(words.join(' '));
  if (owner !== null) return { role: words.join(' ').slice(owner[0].length), organization: owner[1] };
  // "trust chief executive Rebecca Lomax": a body's description before the job is the body named before.
  const noun = words[0];
  if (words.length >= 2 && noun === noun.toLowerCase() && (ORGANIZATION_DESCRIPTIONS.has(noun) || NAME_WORDS_OF.has(noun))) {
    const organization = bodyBefore(i, noun);
    if (organization !== null) return { role: words.slice(1).join(' '), organization };
  }
  return splitOrganisation(words);
}

/** Court reports' words for counsel ("Philippa Drummond KC, prosecuting,"), and the roles they give. */
const COURT_ROLES: ReadonlyMap<string, string> = new Map([['prosecuting', 'prosecutor'], ['defending', 'defence barrister']]);

/** "Prosecuting, Sarah Kinnear said": court reports' roles before the name. */
function fromCourtLead(tokens: Token[], run: NameRun): Role | null {
  if (tokens[run.from - 1]?.text !== ',') return null;
  const role = COURT_ROLES.get(tokens[run.from - 2]?.lower ?? '');
  return role === undefined ? null : { role, organization: null };
}

/** "Al Jazeera's Omar Siddiq", "Labour's Ed Miliband": a body's possessive straight before the name. */
function fromOwnerBefore(tokens: Token[], run: NameRun): Role | null {
  const owner = tokens[run.from - 1];
  if (owner === undefined || !owner.word || !owner.cap || owner.quoted || !endsPossessive(owner.text) || run.title !== null) return null;
  let from = run.from - 1;
  while (from - 1 >= 0 && run.from - from < 5 && tokens[from - 1].word && tokens[from - 1].cap && !tokens[from - 1].quoted && !NOT_ROLE_WORDS.has(tokens[from - 1].lower)) from--;
  const words = tokens.slice(from, run.from).map((t) => t.text);
  // ("Sarah's husband John": a person's possessive is no body.)
  // ("Ukraine's Air Force": only a person's name is owned so.)
  if (FIRST_NAMES.has(words[0].toLowerCase().replace(/['\u2019]s$/, '')) || !FIRST_NAMES.has(run.words[0].toLowerCase())) return null;
  return { role: null, organization: words.join(' ').replace(/['\u2019]s$/, '') };
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
function fromPreAppositive(tokens: Token[], run: NameRun, bodyBefore: BodyBefore): Role | null {
  if (tokens[run.from - 1]?.text !== ',' || tokens[run.to]?.text !== ',') return null;
  let from = run.from - 1;
  while (from - 1 >= 0 && run.from - from < 14) {
    const t = tokens[from - 1];
    if (t.quoted || (!t.word && t.text !== "'" && t.text !== '\u2019' && t.text !== '&')) break;
    // "Mr Ruane was responding to Sinn Féin’s tourism spokeswoman, Aoife Brennock,": the role starts
    // after the words that cannot be in one, or at its article.
    if (t.word && NOT_ROLE_WORDS.has(t.lower) && !PRE_APPOSITIVE_WORDS.has(t.lower)) {
      if (/^(?:the|a|an|its|their)$/.test(t.lower)) from--;
      break;
    }
    from--;
  }
  const words = tokens.slice(from, run.from - 1);
  if (words.length === 0) return null;
  let organization: string | null = null;
  let k = 0;
  const lead = words[0].lower;
  if (lead === 'the' || lead === 'a' || lead === 'an') k = 1;
  else if (lead === 'its' || lead === 'their') {
    organization = bodyBefore(from, null) ?? organisationBefore(tokens, from);
    k = 1;
  }
  // "the company’s chief executive, Nadia Ferrante": the body last named owns the role; "the
  // council’s general manager": the council named before.
  for (let m = words.length - 3; m >= 0; m--) {
    if (words[m].lower === 'the' && !words[m + 1].cap && /['\u2019]s$/.test(words[m + 1].text)) {
      const noun = words[m + 1].lower.replace(/['\u2019]s$/, '');
      organization = bodyBefore(from + m, noun) ?? (ORGANIZATION_DESCRIPTIONS.has(noun) ? organisationBefore(tokens, from + m) : null);
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
      organization = tokenTexts(words, k, m + 1).replace(/['\u2019]s$/, '');
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
      organization ??= tokenTexts(rest, m + 1, rest.length).replace(/^The\s+/, '');
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

/** First names of either sex, which make a possessive before a name a person's ("Sarah's husband John"). */
const FIRST_NAMES: ReadonlySet<string> = new Set([...MALE_FIRST_NAMES, ...FEMALE_FIRST_NAMES]);

/** Words that may stand inside a role written before a name ("chief executive of the Trust for Nature"). */
const PRE_APPOSITIVE_WORDS = new Set(['of', 'for', 'and', "'", '\u2019']);

/** The organisation named last before token `before`, within a few sentences ("… Association. Its chairwoman"). */
function organisationBefore(tokens: Token[], before: number): string | null {
  for (let k = before - 1; k >= 0 && before - k < 200; k--) {
    const t = tokens[k];
    if (!t.word || !t.cap || t.quoted || !ORGANIZATION_WORDS.has(t.lower)) continue;
    let from = k;
    while (from - 1 >= 0 && tokens[from - 1].word && (tokens[from - 1].cap || ((tokens[from - 1].lower === 'of' || tokens[from - 1].lower === 'for') && from - 2 >= 0 && tokens[from - 2].cap))) from--;
    if (from === k) continue;
    return tokenTexts(tokens, from, k + 1).replace(/^The\s+/, '');
  }
  return null;
}

/** Words after which an unnamed source's description goes on about it ("aide familiar with …"). */
const SOURCE_MODIFIERS = new Set(words(`familiar with at of for to who close working from in on led briefed involved based that which within inside near`));

/** Source nouns that say nothing about a job ("No 10 source", "person briefed on …"). */
const NO_JOB = new Set(words(`source sources person people insider insiders figure figures ally allies friend friends pal veteran statement report`));

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
  // ("senior compositor", "Labour backbencher": a word for someone who does something.)
  const role = k > start && !NO_JOB.has(head) && (ROLE_NOUNS.has(head) || /^spokes/.test(head) || isAgentNoun(head)) ? words.slice(start, k).join(' ') : null;
  // "spokesperson for the Department for Environment, Food and Rural Affairs": the body after "for"/"at".
  if (organization === null && (words[k] === 'for' || words[k] === 'at')) {
    const rest = words.slice(words[k + 1] === 'the' ? k + 2 : k + 1);
    if (rest.length > 0 && /^\p{Lu}/u.test(rest[0]) && rest.every((w) => /^\p{Lu}/u.test(w) || /^(?:and|of|for|the|on)$/.test(w))) organization = rest.join(' ').replace(/,$/, '');
  }
  return { role, organization };
}
