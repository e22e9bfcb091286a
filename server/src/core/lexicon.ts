// Word lists the attribution engine reads: cue verbs, titles, pronouns, unnamed-source nouns and
// the words that introduce a term. Kept as data so that a new cue is one line, not a new branch.
// Pure: imports nothing.

/** The words of a list written one after another, spaces and line breaks between them: a long list costs a byte a word. */
export function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

/** Phrases written one after another with commas between them ("prime minister, chief executive"). */
function phrases(list: string): string[] {
  return list.split(',').map((p) => p.trim().replace(/\s+/g, ' ')).filter(Boolean);
}

/** Verbs and their forms, a line each ("say: says said saying say"). */
function verbTable(lines: string): [base: string, forms: string[]][] {
  return lines.split('\n').filter((l) => l.trim() !== '').map((l) => {
    const [base, forms] = l.split(':');
    return [base.trim(), words(forms)];
  });
}

/** How a cue word relates to its speaker. */
export type CueForm = 'finite' | 'participle' | 'infinitive';

const CUE_VERBS: [base: string, forms: string[]][] = [
  ...verbTable(`
    say: says said saying say
    tell: tells told telling tell
    add: adds added adding add
    state: states stated stating state
    argue: argues argued arguing argue
    warn: warns warned warning warn
    insist: insists insisted insisting insist
    claim: claims claimed claiming claim
    write: writes wrote writing written write
    explain: explains explained explaining explain
    note: notes noted noting note
    ask: asks asked asking ask
    reply: replies replied replying reply
    admit: admits admitted admitting admit
    declare: declares declared declaring
    acknowledge: acknowledges acknowledged acknowledging
    announce: announces announced announcing
    confirm: confirms confirmed confirming
    recall: recalls recalled recalling
    remark: remarks remarked remarking
    comment: comments commented commenting
    concede: concedes conceded conceding
    conclude: concludes concluded concluding
    continue: continues continued continuing
    caution: cautions cautioned cautioning
    stress: stresses stressed stressing
    emphasise: emphasises emphasised emphasising emphasizes emphasized emphasizing
    observe: observes observed observing
    predict: predicts predicted predicting
    promise: promises promised promising
    respond: responds responded responding
    suggest: suggests suggested suggesting
    tweet: tweets tweeted tweeting
    post: posted
    caption: captions captioned captioning
    describe: describes described describing
    call: calls called calling
    joke: jokes joked joking
    complain: complains complained complaining
    maintain: maintains maintained maintaining
    testify: testifies testified testifying
    shout: shouts shouted shouting shout
    chant: chants chanted chanting
    urge: urges urged urging
    allege: alleges alleged alleging
    assert: asserts asserted asserting
    boast: boasts boasted boasting
    quip: quips quipped quipping
    vow: vows vowed vowing
    repeat: repeated
    read: reads
    report: reports reported reporting
  `),
  // Manner verbs that carry speech in features ("she laughs", "he recalls", "she shrugs").
  ...verbTable(`
    laugh: laughs laughed laughing
    smile: smiles smiled smiling
    shrug: shrugs shrugged shrugging
    sigh: sighs sighed sighing
    chuckle: chuckles chuckled chuckling
    grin: grins grinned grinning
    muse: muses mused musing
    reflect: reflects reflected reflecting
    recount: recounts recounted recounting
    agree: agrees agreed agreeing
    counter: counters countered countering
    retort: retorts retorted retorting
    whisper: whispers whispered whispering
    mutter: mutters muttered muttering
    scoff: scoffs scoffed scoffing
    reason: reasons reasoned reasoning
    wonder: wonders wondered wondering
    plead: pleads pleaded pleading
    pledge: pledges pledged pledging
    reveal: reveals revealed revealing
  `),
  // More ways news copy says "said" ("“…,” she fumed", "he reiterated", "they protested"); of a
  // verb that is also a common noun or adjective (demands, protests, a crying shame), only the forms
  // that are not.
  ...verbTable(`
    exclaim: exclaims exclaimed exclaiming
    reiterate: reiterates reiterated reiterating
    assure: assures assured assuring
    murmur: murmured murmuring
    mumble: mumbles mumbled mumbling
    enthuse: enthuses enthused enthusing
    gush: gushed
    marvel: marvelled marveled marvelling marveling
    hint: hinted hinting
    confide: confides confided confiding
    grumble: grumbled grumbling
    snap: snapped
    yell: yelled yelling
    scream: screamed
    cry: cried
    sob: sobbed
    demand: demanded
    inquire: inquires inquired inquiring enquires enquired enquiring
    interject: interjects interjected interjecting
    speculate: speculates speculated speculating
    theorise: theorises theorised theorising theorizes theorized theorizing
    opine: opines opined opining
    protest: protested
    bemoan: bemoans bemoaned bemoaning
    lament: lamented lamenting
    fume: fumed
    rage: raged
    beg: begged
    implore: implores implored imploring
    contend: contends contended contending
    concur: concurs concurred concurring
    stammer: stammers stammered stammering
    tease: teased
  `),
  // A coroner's or a judge's finding ("warning signs, a coroner has ruled").
  ...verbTable(`
    rule: ruled
  `),
];

/** Every cue word, mapped to its form. */
export const CUE_WORDS: ReadonlyMap<string, CueForm> = (() => {
  const m = new Map<string, CueForm>();
  for (const [base, forms] of CUE_VERBS) {
    for (const f of forms) m.set(f, f.endsWith('ing') ? 'participle' : f === base ? 'infinitive' : 'finite');
  }
  return m;
})();

/** Cue words that need an object or complement to mean speech ("described it as", "called it"). */
export const WEAK_CUES: ReadonlySet<string> = new Set(words(`
  describe describes described describing call calls called calling
  report reports reported reporting continue continues continued continuing
`));

/** Words allowed between a subject and its cue ("Hoffman later told", "he went on to say"). */
export const CUE_AUXILIARIES: ReadonlySet<string> = new Set(words(`
  also later then has had have was is were are been quoted as went on
  to once previously recently further would will could did does reportedly
  repeatedly often simply just earlier again famously separately privately publicly
  openly flatly bluntly candidly angrily quickly always frequently herself
  himself themselves itself yesterday today tonight
`));

/** Titles before a name; the canonical name leaves them out. Multi-word titles are space-joined. */
// Among them: faiths' titles, and pairs written with full stops ("Lt. Gov. Maria Delgado").
export const TITLES: ReadonlySet<string> = new Set(phrases(`
  mr, mrs, ms, miss, mx, dr, prof, professor, sir, dame, lord, lady, baroness, baron,
  president, vice president, prime minister, chancellor, minister, secretary, senator, sen,
  rep, representative, gov, governor, mayor, judge, justice, general, gen, colonel, col,
  captain, capt, detective, inspector, sergeant, sgt, rev, reverend, father, pope, king,
  queen, prince, princess, archbishop, bishop, commissioner, coach, manager, chief, officer,
  constable, superintendent, det, supt, insp, pc, councillor, cllr, ald, coun, atty, kaumātua, kuia, councilor, councilman, councilwoman, councilmember, alderman, alderwoman, assemblyman, assemblywoman, assemblymember, mp, mca, cr, sheriff, attorney,
  general, speaker, ambassador, chairman, chairwoman, director, detective sergeant,
  detective inspector, detective constable, detective superintendent, chief constable, chief inspector,
  chief superintendent, police constable, special agent, special agent in charge, detective chief inspector,
  dc, ds, di, dci, dsi, pcso, ceo, cfo, coo, cto, chief executive, chief financial officer,
  chief operating officer, chief technology officer, managing director, executive director, first minister, deputy first minister, taoiseach, tánaiste, tanaiste, deputy prime minister,
  detective chief superintendent, assistant chief constable, deputy chief constable, chief executive officer,
  msp, mep, mla, td, shri, smt, shrimati, sri, datuk, datin, dato, datuk seri, dato sri, tan sri, puan sri, toh puan,
  senior vice president, senior vice-president, vice-president, executive vice president,
  datuk haji, tan sri haji, haji, hajjah, hj, alhaji, alhaja, hajia, hon, honourable, honorable, eng, engr, sheikh, madam, madame, mme, me, maître, commander, cmdr, cdr, group commander, station commander, watch commander, lieutenant, lt, maj,
  brigadier, brig, admiral, adm, corporal, cpl, lance corporal, wing commander, squadron leader,
  imam, rabbi, pastor, cardinal, monsignor, chaplain, deacon, vicar, canon, sheikh, mufti, ayatollah, fr,
  lt gov, lt col, lt gen, maj gen, brig gen, rear adm, vice adm, sgt maj,
  secretary of state, attorney general, lieutenant governor,
`));

/** Titles that tell a person's gender. */
export const MALE_TITLES: ReadonlySet<string> = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'father', 'baron']);
export const FEMALE_TITLES: ReadonlySet<string> = new Set(['mrs', 'ms', 'miss', 'dame', 'lady', 'queen', 'princess', 'baroness', 'madam', 'madame', 'mme', 'smt', 'shrimati']);

/** Lower-case words allowed inside a name (Jeroen van der Veer, Ursula von der Leyen). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(words(`
  van der von de la le da di del della du bin ibn al el ter ten te den dos das zu af y ap ab ní nic ó uí arap`));

/** Pronouns that can stand for a speaker, with the gender they imply. */
export const PRONOUNS: ReadonlyMap<string, 'm' | 'f' | 'n' | 'p'> = new Map([
  ['he', 'm'], ['him', 'm'], ['she', 'f'], ['her', 'f'], ['it', 'n'], ['they', 'p'], ['them', 'p'],
]);

/** Nouns that make an unnamed source ("a spokeswoman", "party sources", "a government official"). */
// (Among them, more of the people news quotes as a group: advocates, activists, lawmakers, …)
export const SOURCE_NOUNS: ReadonlySet<string> = new Set(words(`
  spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen official officials
  source sources analyst analysts expert experts critic critics aide aides insider
  insiders executive executives economist economists researcher researchers scientist
  scientists police resident residents witness witnesses campaigner campaigners lawyer
  lawyers prosecutor prosecutors statement report study survey company firm group
  government ministry department council spokesperson representative representatives investor
  investors observers diplomat diplomats doctor doctors teacher teachers parent parents
  fans fan authors writers organisers backbencher backbenchers whip whips minister
  ministers mps mp councillor councillors shopper shoppers commuter commuters passenger
  passengers pensioner pensioners voter voters student students nurse nurses neighbour neighbours neighbor neighbors colleague colleagues friend friends
  unions union organisers organizers supporters opponents statement court judge jury
  regulator regulators agency bank club team party people person technologists
  commentators observer academic academics staff worker workers employee employees
  lobbyist lobbyists strategist strategists adviser advisers advisor advisors consultant
  consultants donor donors operative operatives staffer staffers negotiator negotiators
  trader traders banker bankers manager managers shareholder shareholders member members
  ally allies pal pals figure figures loyalist loyalists rebel rebels backer backers
  judges attendee attendees onlooker onlookers bystander bystanders guest guests delegate delegates
  participant participants customer customers patient patients victim victims survivor
  survivors relative relatives villager villagers islander islanders tenant tenants protester protesters
  demonstrator demonstrators volunteer volunteers veteran veterans local locals mourner mourners
  organisation organization charity association federation coalition alliance commission
  committee presidency watchdog foundation institute family supporter reporter reporters
  trust society board campaign grower growers farmer farmers landlord landlords
  guild
  advocate advocates activist activists lawmaker lawmakers legislator legislators historian
  historians homeowner homeowners taxpayer taxpayers firefighter firefighters paramedic
  paramedics midwife midwives
  user users commenter commenters reader readers viewer viewers listener listeners follower followers subscriber subscribers
`));

/** Nouns for written sources cited by "according to a report by X". */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(words(`
  report study survey analysis statement research data figures estimate estimates
  poll paper filing document documents memo letter findings review release note
  recording transcript video footage minutes email circular notice directive bulletin advisory submission
`));

/** Words just before a quote that make it a term rather than speech ("so-called", "known as"). */
export const TERM_INTRODUCERS: readonly string[][] = phrases(`
  so-called, known as, referred to as, dubbed, termed, nicknamed, the term, the word, the phrase, titled,
  entitled, branded, labelled, labeled, a k a, aka, the film, the book, the song, the album, the show,
  the series, the novel, the play, slogan, motto, tagline, hashtag, catchphrase, nickname, the report,
  the campaign,
`).map((phrase) => phrase.split(' '));

/** Capitalised words that start sentences but are never names. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'instagram', 'twitter', 'facebook', 'tiktok', 'linkedin', 'youtube', 'bluesky', 'snapchat', 'whatsapp', 'reddit',
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his',
  'i’d', "i'd", 'i’m', "i'm", 'i’ve', "i've", 'i’ll', "i'll",
  'her', 'their', 'our', 'my', 'your', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'without', 'of', 'to', 'as',
  'and', 'but', 'or', 'nor', 'so', 'yet', 'if', 'when', 'while', 'after', 'before', 'since', 'because', 'although',
  'though', 'however', 'nevertheless', 'meanwhile', 'despite', 'according', 'additionally', 'furthermore',
  'outside', 'inside', 'during', 'until', 'within', 'beyond', 'throughout', 'upon', 'into', 'onto', 'behind',
  'moreover', 'also', 'still', 'then', 'now', 'there', 'here', 'what', 'which', 'who', 'whom', 'whose', 'where',
  'why', 'how', 'all', 'some', 'many', 'most', 'more', 'much', 'few', 'several', 'both', 'each', 'every', 'no', 'others', 'another', 'neither', 'either',
  'not', 'one', 'two', 'three', 'experts', 'analysts', 'officials', 'critics', 'sources', 'police', 'asked',
  'speaking', 'writing', 'last', 'next', 'first', 'second', 'later', 'earlier', 'today', 'yesterday', 'tomorrow',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'under', 'over',
  'instead', 'indeed', 'thus', 'therefore', 'overall', 'finally', 'again', 'even', 'only', 'just', 'such',
  'other', 'another', 'any', 'neither', 'either', 'whether', 'unless', 'until', 'once', 'twice', 'during', 'within',
  'among', 'between', 'through', 'about', 'against', 'around', 'above', 'below', 'like', 'unlike', 'rather',
  'yes', 'oh', 'well', 'please', 'thank', 'thanks', 'hello', 'sorry', 'dear', 'we’re', "we're", 'it’s', "it's",
  'i’m', "i'm", 'let', 'let’s', "let's", 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'has', 'have', 'had',
  'will', 'would', 'can', 'could', 'should', 'must', 'might', 'shall', 'says', 'said', 'told', 'added',
  'down', 'up', 'out', 'off', 'back', 'away', 'nearby', 'upstairs', 'downstairs', 'afterwards', 'afterward', 'spokesman', 'spokeswoman', 'spokesperson', 'residents', 'people', 'everyone', 'nobody', 'someone', 'anyone',
]);

/** Words that mark an organisation when they end a name (Signal Foundation, Greylock Partners). */
export const ORGANIZATION_WORDS: ReadonlySet<string> = new Set(words(`
  inc ltd llc plc corp corporation company co group foundation partners party
  institut instituto istituto universiti universidad universidade université universität universiteit
  kementerian jabatan lembaga majlis yayasan perbadanan persatuan fundación fundação fondation fondazione
  stiftung ministerio ministère ministerium associação asociación associazione verein
  ledger gazette tribune herald chronicle courier inquirer sentinel dispatch examiner
  council ministry department office agency authority commission committee association
  institute university college school hospital trust bank fund union federation
  police service services board court club fc united city labs lab technologies
  holdings capital ventures media news times post journal network systems motors
  airlines airways energy bureau organisation organization society centre center
  government parliament congress senate administration team business analysis
  campaign statistics programme program forum alliance coalition institution museum
  foods brands industries pharmaceuticals therapeutics biosciences logistics retail stores
  resources mining petroleum utilities telecom communications software semiconductor
  semiconductors electronics automotive insurance bancorp financial securities investments
  management consulting associates solutions healthcare records entertainment studios
  pictures games publishing railways ferries shipping homes properties estates
  developments construction engineering hotels resorts restaurants beverages brewery
  breweries farms dairy pharma robotics aerospace steel metals chemicals apparel
  cosmetics water rail airport port council assembly tribunal institute academy
  terminals terminal supermarkets stores chain unit county polling district borough parish province gallery galleries theatre theater library festival orchestra opera choir ballet
  animation productions films music guild talent agency bakery brewing distillery airline
  timber mills textiles knitwear travel tours motor bus buses transit transport
  power books press mutual cooperative clinic studio works
  athletic rovers wanderers albion rangers harriers thistle academicals
  monthly weekly daily magazine quarterly digest observer reporter review
`));

/** Verbs that give something a name ("known to colleagues as", "branded the expansion"). */
export const NAMING_VERBS: ReadonlySet<string> = new Set([
  'known', 'referred', 'nicknamed', 'dubbed', 'called', 'branded', 'named', 'labelled', 'labeled', 'titled', 'christened',
  'renamed', 'marketed', 'billed',
]);

/** Countries and places that look like organisations (all capitals) but are never "the company". */
export const PLACES: ReadonlySet<string> = new Set(words(`
  UK US USA U.S. U.K. Britain England Scotland Wales Ireland France Germany
  China Russia Japan India Europe America Canada Australia Italy Spain UAE
`));

/** Positions sports writers use for a player just named ("the striker said", "said the jockey"); all are job words. */
export const PLAYER_DESCRIPTIONS: ReadonlySet<string> = new Set(words(`
  striker midfielder defender goalkeeper keeper winger forward substitute pitcher shortstop
  quarterback backup bowler batsman centre-back full-back fly-half scrum-half jockey cornerback
  linebacker receiver kicker punter lineman catcher outfielder infielder slugger reliever
  rookie defenceman defenseman netminder playmaker all-rounder sprinter
`));

/** Nouns naming a job or role ("Conservative leader Michael Howard", "guitarist Dave O'Brien"). */
export const ROLE_NOUNS: ReadonlySet<string> = new (class RoleNouns extends Set<string> {
  /** The listed words, and job words by their ending: obstetrician, virologist, radiographer, psychiatrist. */
  override has(word: string): boolean {
    if (super.has(word)) return true;
    // "co-leader", "co-author", "co-chair".
    if (word.startsWith('co-') && super.has(word.slice(3))) return true;
    // "Mum-of-two Kerry Walsh", "father-of-three".
    // Asked of most words of an article: plain string tests rule nearly all of them out before a regular expression.
    if (word.includes('-of-') && /^(?:mum|mother|mom|dad|father|grandmother|grandfather|gran|grandad)-of-[a-z]+$/.test(word)) return true;
    // ("Eighth-grader Owen Pratt", "sixth-former".)
    return word.length > 7 && (word.endsWith('ologist') || word.endsWith('ician') || word.endsWith('iatrist') || word.endsWith('ographer') || word.endsWith('-grader') || word.endsWith('-former'));
  }
})([
  ...PLAYER_DESCRIPTIONS,
  'correspondent', 'owner', 'retiree', 'pensioner', 'agent', 'substitute', 'attorney', 'boss', 'skipper', 'keeper', 'teacher', 'investigator', 'astronomer',
  'physicist', 'chemist', 'biologist', 'specialist', 'co-ordinator', 'horticulturist', 'representative', 'glaciologist', 'geologist', 'epidemiologist', 'surgeon', 'consultant',
  'adviser', 'advisor', 'trustee', 'governor', 'treasurer', 'clerk', 'registrar', 'landlord', 'owner',
  'guitarist', 'drummer', 'singer', 'musician', 'artist', 'architect', 'engineer', 'farmer', 'nurse', 'pilot',
  'reporter', 'journalist', 'columnist', 'presenter', 'host', 'pundit', 'referee', 'umpire', 'bowler', 'batsman',
  'leader', 'executive', 'founder', 'co-founder', 'president', 'minister', 'secretary', 'spokesman', 'spokeswoman',
  'chairman', 'chairwoman', 'director', 'analyst', 'economist', 'writer', 'author', 'professor', 'chief', 'coach',
  'manager', 'striker', 'captain', 'mayor', 'councillor', 'candidate', 'chancellor', 'governor', 'senator',
  'researcher', 'scientist', 'lawyer', 'prosecutor', 'judge', 'officer', 'inspector', 'superintendent', 'head',
  'boss', 'owner', 'mp', 'msp', 'mep', 'mla', 'mpp', 'ceo', 'cfo', 'cto', 'strategist', 'investor', 'historian', 'campaigner', 'activist',
  'commissioner', 'ambassador', 'spokesperson', 'correspondent', 'editor', 'producer', 'actor', 'actress', 'co-star', 'costar',
  'singer', 'player', 'midfielder', 'defender', 'goalkeeper', 'forward', 'winger', 'chair', 'deputy',
  'gp', 'doctor', 'physician', 'peer', 'member', 'lecturer', 'solicitor', 'barrister', 'advocate', 'counsel', 'headteacher',
  'headmaster', 'headmistress', 'principal', 'dean', 'vicar', 'bishop', 'organiser', 'organizer', 'fellow',
  'detective', 'constable', 'sergeant', 'firefighter', 'paramedic', 'midwife', 'pharmacist', 'dentist', 'vet',
  'psychologist', 'psychiatrist', 'sociologist', 'ecologist', 'climatologist', 'oceanographer', 'statistician',
  'planner', 'entrepreneur', 'banker', 'trader', 'broker', 'accountant', 'auditor', 'negotiator', 'diplomat',
  'envoy', 'official', 'aide', 'lobbyist', 'pollster', 'curator', 'conductor', 'composer', 'novelist', 'poet',
  'playwright', 'filmmaker', 'photographer', 'designer', 'chef', 'critic', 'comedian', 'dancer', 'athlete',
  'jockey', 'trainer', 'assistant', 'sheriff', 'marshal', 'warden', 'congressman', 'congresswoman', 'lawmaker',
  'legislator', 'councilman', 'councilwoman', 'councilmember', 'councilor', 'alderman', 'alderwoman', 'provost', 'rector',
  'coordinator', 'supervisor', 'administrator', 'comptroller', 'ombudsman', 'commander', 'admiral', 'lieutenant',
  'colonel', 'economist', 'scientist', 'virologist', 'immunologist', 'cardiologist', 'oncologist', 'paediatrician',
  'shortstop', 'pitcher', 'catcher', 'outfielder', 'infielder', 'quarterback', 'linebacker', 'fly-half', 'scrum-half',
  'full-back', 'fullback', 'flanker', 'wicketkeeper', 'all-rounder', 'left-hander', 'right-hander', 'reliever', 'centre-back',
  'pediatrician', 'co-founders', 'founders', 'mum', 'dad', 'grandmother', 'grandfather', 'pensioner', 'widow',
  'widower', 'grandad', 'grandma', 'grandpa', 'neurologist', 'geographer', 'archaeologist', 'astrophysicist', 'mathematician', 'programmer',
  // People by what they are to the story rather than by a job ("Student Ama Boateng", "Shopper Kerry Hale").
  // ("Resident" and "neighbour" are left out: "Guild of Resident Doctors", "a neighbour of Mr Tobin's".)
  'student', 'shopper', 'commuter', 'tenant', 'homeowner', 'motorist', 'cyclist', 'pupil', 'sophomore', 'stallholder', 'villager',
]);

/**
 * A set of first names, written without accents, that finds a name with them too: "María",
 * "Siobhán", "Renée", "José" are the maria, siobhan, renee, jose of the list.
 */
export class FirstNames extends Set<string> {
  override has(word: string): boolean {
    if (super.has(word)) return true;
    // (Asked of most capitalised words: a plain ASCII word needs no second look.)
    for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) > 127) return super.has(word.normalize('NFD').replace(/\p{M}/gu, ''));
    return false;
  }
}

/** Common first names that tell a person's gender, for resolving "he" and "she". */
export const FEMALE_FIRST_NAMES: ReadonlySet<string> = new FirstNames(`
lorraine renee colette simone nadine pauline maxine josephine geraldine jolene arlene darlene charlene marlene eileen
colleen maureen noreen kathleen doreen irene yvonne joanna johanna rosemary rosalind rosie molly polly dolly sally
tessa vanessa melanie tanya sonia sonya vera nina tina gina dana alana alanna renata marta magda agnes edith ethel
mabel hazel iris ivy violet daisy florence flora nora dora cora lara tara kara sienna serena selena helena carla
marcia lucy lucie nell nellie jill gail abby annie anne anna bella stella della gwen gwendolyn carys cerys bronwen
rhian sian lowri ffion megan nia mairead grainne una deirdre fionnuala aisling clodagh dervla ita nuala
brianna briana destiny jasmine tiffany crystal tamara latoya keisha aaliyah shanice precious ebony imani naledi
amara ngozi chioma funmilayo adaeze zainab khadija mariam maryam noor layla leila yasmin samira amina farah salma
hina sana ayesha anjali sunita deepa pooja kavita neha shreya meera lakshmi radha divya ritu asha usha
xiu fang hui jing yan ying lan hana yuna sakura aiko keiko naoko haruka jiwoo minji seoyeon
catalina valeria camila luciana paula lorena ximena guadalupe carmen dolores pilar rocio beatriz ines
margarida joana sinikka liisa anneli katja ilse hedwig gisela ingeborg brigitte
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley kimberly
emily donna michelle carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna
brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather diane ruth
julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline martha
gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn
danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori claire fiona siobhan priya
meredith nandini ursula angela theresa nicola yvette harriet rosa aisha fatima mei ling yuki ana lucia sofia
chloe zoe ella amelia ava mia isla freya poppy lily jade holly gemma kirsty leanne louise joanne tracey wendy gillian
sue jane kate katie beth bethany eleanor imogen harriet esther miriam naomi ruth leah deborah tamsin niamh aoife orla
saoirse caitlin ciara sinead bridget maeve roisin morag eilidh kirsten ingrid greta astrid sigrid annika birgit ursula
helga petra monika sabine anke kerstin claudia francesca giulia chiara valentina elena irina olga svetlana natasha tatiana
yasmin leila zara amira nadia samira layla meera anjali deepa kavita sunita pooja neha shreya aditi divya lakshmi
sophie jenny jo liz beth lynn lynne carole christine pat sheila jean joyce valerie marion marjorie brenda pamela
wendy heidi jodie kerry stacey tracy shelley vicky nikki becky jess jessie maggie marian muriel audrey rita
rachael hayley kelly lucinda philippa penelope camilla georgina henrietta arabella annabel rosamund
cressida clementine matilda beatrice eloise phoebe maisie isabel isobel elsie edie ruby ivy evie
kristen kristin courtney lindsay lindsey whitney tamika shonda latisha ebony tasha monique yolanda
catarina leonor marisol rosario mercedes esperanza soledad lourdes
anke birgitta elke frauke greta ilka jutta liesel marlies renate silke ute
agnieszka katarzyna malgorzata ewa zofia anastasia ekaterina galina ludmila oksana yulia
fatma zeynep elif ayse emine hatice leyla nour rania dalia hala lina mona reem
chiamaka ifeoma nneka folake yetunde abena akosua efua
mariko naomi yoko emiko chiara noriko sachiko tomoko yumiko jiyeon soojin eunji haeun xiaoming xiaoli
priyanka sneha swati tanvi nisha rekha geeta seema
lidia lydia marisol guadalupe lupe rosalinda esperanza consuelo dolores pilar carmen ximena valentina camila daniela gabriela
fernanda luciana catalina paola adriana alejandra yolanda maricela araceli graciela leticia beatriz rocio marisa elena ines
aoife niamh saoirse sinead orla grainne clodagh ciara roisin caoimhe eimear cerys carys rhian sian bethan ffion eleri nia
angharad seren lowri aroha mere hine ngaire maricel rowena lorna jocelyn lakshmi meera sunita anjali deepika kavita pooja
shreya divya fatima aisha mariam layla noor yasmin huda salma ngozi chiamaka adaeze thandiwe nomvula zanele lindiwe haruka
akiko keiko hana minji jiwoo seoyeon oksana olena iryna natalia tetiana svitlana kylie bernie bernadette
`.split(/\s+/).filter(Boolean));

export const MALE_FIRST_NAMES: ReadonlySet<string> = new FirstNames(`
james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony mark donald steven
paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan
stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron
jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean
austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah
randy roy vincent ralph eugene russell bobby mason philip louis chris reid victor abishur arjun tony boris keir rishi
nigel neil ian colin graham malcolm alistair hamish angus callum ewan fraser gordon duncan euan lachlan rory ruairi
declan eoin conor cian niall seamus liam oisin padraig barry gareth rhys dylan owen dafydd huw ifan emyr geraint
hans jurgen klaus dieter wolfgang stefan thomas lars sven nils bjorn erik magnus henrik anders jens olaf pierre jean
francois philippe luc marco luca giovanni giuseppe matteo alessandro lorenzo pablo carlos miguel javier diego sergio
ivan dmitri sergei vladimir alexei mikhail yuri omar ahmed mohammed muhammad ali hassan hussein tariq imran rahul amit
raj sanjay vikram arun ravi suresh anil vijay kenji hiroshi takashi wei jun hao ming chen dave mike steve jim bob tom
ben sam max harry oliver jake charlie alfie archie freddie theo leo toby ollie ed jeremy rob andy pete phil ted
derek dean martin simon greg dale tim trevor clive nick jonny danny kieran shaun shane darren lee craig stuart robin
howard leonard stanley norman bernard cyril dennis desmond maurice reginald ronnie sidney clifford gerard leslie
glenn dean wade troy brett brad chad clint curtis dwayne earl floyd glen grant herbert hugh irving jerome jimmy
johnny lance lloyd marcus marvin melvin mitchell neal nelson otis perry randall rex ricky rodney ross rudy salvatore
spencer todd travis vernon warren wesley calvin cedric clarence darnell demetrius jamal jermaine kareem malik
marquis terrell tyrone andre antoine julien laurent olivier thierry yves emmanuel mathieu guillaume nicolas
fabio paolo stefano enrico roberto francesco andrea antonio rafael alejandro fernando jorge luis manuel ramon
ricardo eduardo andres emilio hector joaquin mateo santiago tomas felipe gonzalo ignacio jesus
jan piet joost sander ruud kees wim bram daan finn jasper tobias felix lukas jonas matthias florian sebastian
andreas markus christoph dirk uwe rainer helmut gunter heinz otto karl ernst friedrich
piotr pawel tomasz krzysztof andrzej marek jakub bogdan nikolai oleg pavel andrei viktor kirill
mehmet mustafa emre kemal yusuf ibrahim khalid faisal karim hamza bilal rashid samir nabil walid youssef
kwame kofi chinedu emeka oluwaseun tunde femi segun musa abdul
hiroki kazuo satoshi yuto haruto daisuke shinji takeshi minho jihoon seojun hyun wei jian feng lei tao qiang
vikram rohan aarav karan nikhil pranav varun arjun akash deepak manoj rajesh ramesh sunil ashok vivek
aidan brendan colm donal fergal kieran ronan tadhg cathal diarmuid ruairi fionn
gavin alasdair hector murdo ruaridh struan calum finlay
ernesto rodrigo alejandro eduardo fernando ricardo raul ramon rafael javier santiago mateo diego joaquin emilio arturo alberto
alfonso ignacio gustavo hector julio mario sergio enrique armando cesar andres felipe esteban cian oisin padraig eoin seamus
diarmuid ciaran donal fergal tadhg niall ruairi rhys dafydd gethin iwan emyr huw ieuan gareth aled wiremu tane hemi rawiri
arnel rodel jomar rajesh suresh ramesh vikram arjun rohan rahul amit sanjay anil sunil vijay mohammed muhammad ahmed omar
khalid hassan youssef tariq karim chinedu emeka oluwaseun tunde kwame kofi themba sipho thabo hiroshi takeshi kenji satoshi
haruto minjun seojun andrii oleksandr dmytro mykola serhii vasyl yurii taras bohdan
`.split(/\s+/).filter(Boolean));

/** Nouns that stand for an organisation already named ("the company said"). */
export const ORGANIZATION_DESCRIPTIONS: ReadonlySet<string> = new Set(words(`
  company firm group club council bank party ministry department agency university
  charity team organisation organization union board trust retailer carrier airline
  brand network insurer lender supermarket manufacturer startup operator broadcaster
  hospital school force business lab developer regulator authority government platform
  fund watchdog association federation coalition alliance institute commission committee body
  society campaign foundation guild
`));


/** Plural and collective nouns of vague sources ("experts say", "sources said"), for the vague-source rule. */
export const VAGUE_NOUNS: ReadonlySet<string> = new Set(words(`
  experts analysts critics observers sources officials technologists insiders commentators
  people many some others scientists economists researchers executives observers pundits
`));

/** Quantifiers that make a source vague ("some technologists", "industry sources"). */
export const VAGUE_QUANTIFIERS: ReadonlySet<string> = new Set(['some', 'many', 'several', 'certain', 'most', 'various', 'unnamed', 'anonymous', 'industry', 'senior']);

/** Family and partners, with the sex the word tells ("her son Eli Delgado", "Kasim’s sister, Amira"). */
export const KIN_SEX: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['husband', 'm'], ['son', 'm'], ['father', 'm'], ['brother', 'm'], ['grandson', 'm'], ['grandfather', 'm'], ['nephew', 'm'],
  ['uncle', 'm'], ['dad', 'm'], ['stepfather', 'm'], ['stepson', 'm'], ['widower', 'm'], ['boyfriend', 'm'], ['fiancé', 'm'],
  ['wife', 'f'], ['daughter', 'f'], ['mother', 'f'], ['sister', 'f'], ['granddaughter', 'f'], ['grandmother', 'f'], ['niece', 'f'],
  ['aunt', 'f'], ['mum', 'f'], ['stepmother', 'f'], ['stepdaughter', 'f'], ['widow', 'f'], ['girlfriend', 'f'], ['fiancée', 'f'],
]);

/** Possessive pronouns that own a relative ("his wife", "their father"). */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'their']);

/** Family who may share a surname: a first name after them takes it ("Kasim’s sister, Amira"). */
export const FAMILY: ReadonlySet<string> = new Set([...KIN_SEX.keys(), 'partner', 'cousin'].filter((w) => !/^(?:boyfriend|girlfriend|fiancé|fiancée)$/.test(w)));

/** People named by their tie to someone: family, friends, neighbours, colleagues ("Her classmate Jonas Albers"). */
export const RELATIONS: ReadonlySet<string> = new Set([
  ...KIN_SEX.keys(), ...FAMILY, 'fiancee', 'fiance', 'family', 'parents', 'children', 'friend', 'friends', 'neighbour', 'neighbor',
  'teammate', 'colleague', 'classmate', 'flatmate', 'roommate', 'housemate', 'schoolmate', 'bandmate',
]);

/** Words in the names of the bodies a description means: "the union" is a Federation, "the club" an FC. */
export const NAME_WORDS_OF: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['union', new Set(['union', 'federation', 'association', 'congress', 'guild', "workers'", 'workers’', 'unite', 'unison'])],
  ['club', new Set(['fc', 'united', 'city', 'town', 'rovers', 'club', 'athletic', 'wanderers', 'albion', 'county'])],
  ['party', new Set(['party', 'labour', 'conservatives', 'democrats', 'republicans', 'greens', 'reform'])],
  ['charity', new Set(['trust', 'foundation', 'charity', 'society', 'appeal'])],
  ['bank', new Set(['bank', 'bancorp', 'banking'])],
  ['university', new Set(['university', 'college'])],
  ['hospital', new Set(['hospital', 'infirmary', 'clinic'])],
  ['council', new Set(['council'])],
  ['agency', new Set(['agency', 'administration', 'authority', 'commission', 'office', 'bureau', 'directorate', 'inspectorate', 'executive'])],
  ['label', new Set(['records', 'recordings', 'music'])],
  ['fund', new Set(['capital', 'management', 'partners', 'fund', 'investments', 'asset', 'advisers', 'advisors'])],
]);
