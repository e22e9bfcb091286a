// Attribution over combinations: every way of naming a speaker (titles, initials, places,
// parties, descriptions set off by commas) with every appositive, cue and position of the quote,
// after a sentence about someone else. Unseen articles combine constructions the data-driven cases
// test one at a time; each combination here must still give the quote to its speaker.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';

/** Who speaks each quote of an analysis: a speaker's name, or "nobody". */
function speakersIn(a: ReturnType<typeof analyze>): string[] {
  return a.quotes.map((q) => (q.speakerId === null ? 'nobody' : a.speakers[q.speakerId].name));
}

/** Who speaks the text's first quote, or "nobody". */
function firstSpeaker(text: string): string {
  return speakersIn(analyze(text))[0] ?? 'nobody';
}

/** The rows whose text, after `setting`, gives its first quote to someone the row's pattern does not match, with who that is. */
function wrongSpeakers(setting: string, rows: readonly [text: string, speaker: RegExp][]): string[] {
  return rows.flatMap(([text, speaker]) => {
    const name = firstSpeaker(`${setting}${text}\n`);
    return speaker.test(name) ? [] : [`${text} → ${name}`];
  });
}

/** The rows whose every quote is not given to the row's speakers (joined by "|"), with whom they are given to. */
function wrongQuotes(rows: readonly [text: string, speakers: string][]): string[] {
  return rows.flatMap(([text, speakers]) => {
    const got = speakersIn(analyze(`${text}\n`)).join('|');
    return got === speakers ? [] : [`${text} → ${got}`];
  });
}

/** How the speaker is named, and the name Byline must give. */
const SUBJECTS: [written: string, name: string][] = [
  ['Maria Delgado', 'Maria Delgado'],
  ['Sen. Maria Delgado', 'Maria Delgado'],
  ['State Sen. Maria K. Delgado', 'Maria K. Delgado'],
  ['Maria Delgado of Nevada', 'Maria Delgado'],
  ['Democrat Maria Delgado', 'Maria Delgado'],
  ['Dr Maria Delgado', 'Maria Delgado'],
  ['Maria Delgado-Ruiz', 'Maria Delgado-Ruiz'],
  ["Acme's chief executive, Maria Delgado,", 'Maria Delgado'],
  ['the chief executive of Acme, Maria Delgado,', 'Maria Delgado'],
  ['Maria de la Cruz', 'Maria de la Cruz'],
  ['Jean-Luc Moreau', 'Jean-Luc Moreau'],
  ['Sir Keir Starmer', 'Keir Starmer'],
  ['Prof. Maria Delgado', 'Maria Delgado'],
  ['Rep. Tom Reed (D-Ohio)', 'Tom Reed'],
  ["Ngozi Okonjo-Iweala", 'Ngozi Okonjo-Iweala'],
  ["Siobhán O'Brien", "Siobhán O'Brien"],
  ['Mayor Maria Delgado', 'Maria Delgado'],
  ['Acme chief executive Maria Delgado', 'Maria Delgado'],
  ['S. Lakshmi Narasimhan', 'S. Lakshmi Narasimhan'],
  ['Senate Minority Leader Ana de la Cruz of Nevada', 'Ana de la Cruz'],
  ['Pieter van der Berg', 'Pieter van der Berg'],
  ['Aoife Ní Bhriain', 'Aoife Ní Bhriain'],
  ['Ahmad bin Yusof', 'Ahmad bin Yusof'],
  ['Rangi Te Whata', 'Rangi Te Whata'],
  ['Mehmet Yıldız', 'Mehmet Yıldız'],
];
const APPOSITIVES = ['', ' 54,', ' the party leader,', ' who introduced the bill,', ' a former teacher who now runs the group,', ' chief executive of Acme Corp,'];
const CUES = ['said', 'told reporters', 'said in a statement', 'wrote in an email', 'added', 'argued', 'insisted', 'said on Monday', 'told The Washington Post', 'said in an interview', 'wrote on X', 'said at a news conference'];
/** Someone else, named first, whom no quote is from. */
const BEFORE = 'John Park, a rival, disagreed with the plan on Monday.';

function sentences(written: string, appositive: string, cue: string): [position: string, sentence: string][] {
  // The appositive follows the name after a comma; a subject that ends with one needs no other.
  const subject = appositive === '' ? written : written.endsWith(',') ? `${written}${appositive}` : `${written},${appositive}`;
  const opening = subject[0].toUpperCase() + subject.slice(1);
  const out: [string, string][] = [
    ['before', `${opening} ${cue}: “We will not back down on this.”`],
    ['after', `“We will not back down on this,” ${subject} ${cue}.`],
    ['partial', `${opening} ${cue} that the plan was “a betrayal of voters”.`],
    ['split', `“We will not back down,” ${subject} ${cue}. “Not now.”`],
  ];
  if (cue === 'said' && !written.includes(',')) out.push(['inverted', `“We will not back down on this,” said ${subject.replace(/,$/, '')}.`]);
  return out;
}

test('every combination of name, appositive, cue and position gives the quote to its speaker', () => {
  const wrong: string[] = [];
  let count = 0;
  for (const [written, name] of SUBJECTS) {
    for (const appositive of APPOSITIVES) {
      for (const cue of CUES) {
        for (const [position, sentence] of sentences(written, appositive, cue)) {
          count++;
          const speaker = firstSpeaker(`${BEFORE}\n${sentence}\n`);
          if (speaker !== name) wrong.push(`${position}: ${sentence} → ${speaker}`);
        }
      }
    }
  }
  assert.ok(count > 4_000, `${count} combinations`);
  assert.deepEqual(wrong, []);
});

/** Unnamed sources, bodies and descriptions of bodies, and what the speaker's name must hold. */
const SOURCES: [written: string, name: RegExp][] = [
  ['a spokeswoman for Acme Corp', /spokeswoman/],
  ['an Acme Corp spokeswoman', /spokeswoman/],
  ['a senior official, who asked not to be named,', /official/],
  ['two people familiar with the matter', /people familiar/],
  ['Acme Corp', /^Acme Corp$/],
  ['the Department for Transport', /^Department for Transport$/],
  ['a spokesperson for the Department for Transport', /spokesperson/],
  ['one resident', /resident/],
  ['a senior government source', /source/],
  ['the company', /^Acme Corp$/],
  ['the ministry', /^Ministry of Works$/],
  ['a Downing Street spokesman', /spokesman/],
];
const SOURCE_CUES = ['said', 'said in a statement', 'told Reuters', 'added', 'wrote in a letter'];
/** A company and a ministry named before, and a person. */
const SETTING = 'Acme Corp and the Ministry of Works announced the deal on Monday. John Park, a rival bidder, disagreed.';

test('every combination of unnamed source or body, cue and position gives the quote to that source', () => {
  const wrong: string[] = [];
  for (const [written, name] of SOURCES) {
    for (const cue of SOURCE_CUES) {
      const opening = written[0].toUpperCase() + written.slice(1);
      const forms = [`${opening} ${cue}: “We will review the decision.”`, `“We will review the decision,” ${written} ${cue}.`, `${opening} ${cue} the deal was “a good outcome”.`];
      if (cue === 'said' && !written.includes(',')) forms.push(`“We will review the decision,” said ${written}.`);
      for (const sentence of forms) {
        const speaker = firstSpeaker(`${SETTING}\n${sentence}\n`);
        if (!name.test(speaker)) wrong.push(`${sentence} → ${speaker}`);
      }
    }
  }
  assert.deepEqual(wrong, []);
});

/** Names of many shapes, and the name Byline must give. */
const NAMES: [written: string, name: string][] = [
  ['Maria Delgado', 'Maria Delgado'],
  ['Maria K. Delgado', 'Maria K. Delgado'],
  ['Sen. Maria Delgado', 'Maria Delgado'],
  ['Siobhán Ní Bhriain', 'Siobhán Ní Bhriain'],
  ['Jean-Luc Moreau', 'Jean-Luc Moreau'],
  ['Kwame Mensah-Bonsu', 'Kwame Mensah-Bonsu'],
  ['Li Wei', 'Li Wei'],
  ['Ahmed al-Harbi', 'Ahmed al-Harbi'],
  // (The full name keeps its generation, and "Reed" is still Tom Reed Jr.)
  ['Tom Reed Jr.', 'Tom Reed Jr.'],
];
/** The constructions the attribution issue lists, and a few more, with {N} for the name. */
const CONSTRUCTIONS = [
  '{N} told CNBC that “the market is wrong”.',
  '“The market is wrong,” {N} told CNBC.',
  'According to {N}, “the market is wrong”.',
  '“The market is wrong,” according to {N}.',
  'In a statement, {N} said: “The market is wrong.”',
  '{N}, speaking to reporters on Monday, said: “The market is wrong.”',
  '{N} went on to say: “The market is wrong.”',
  '{N} was quoted as saying: “The market is wrong.”',
  '“The market is wrong,” {N} says, “and it will learn.”',
  '{N} argued that “the market is wrong” and added that it would learn.',
  '“The market is wrong,” said {N}, the party leader.',
  '“The market is wrong,” said {N}, who leads the party.',
  '“The market is wrong — and it will learn,” {N} said.',
  '“Is the market wrong? Yes!” {N} said.',
  '{N} said on Monday that the market was “wrong” and “foolish”.',
  '{N} posted on X: “The market is wrong.”',
  '“The market is wrong,” {N} wrote on Facebook.',
  '{N} (pictured) said: “The market is wrong.”',
  '“The market is wrong.” — {N}',
];

test('every listed construction gives its quotes to names of every shape', () => {
  const wrong: string[] = [];
  for (const [written, name] of NAMES) {
    for (const construction of CONSTRUCTIONS) {
      const sentence = construction.replace('{N}', written);
      const a = analyze(`John Park, a rival, disagreed on Monday.\n${sentence}\n`);
      assert.ok(a.quotes.length > 0, sentence);
      for (const speaker of speakersIn(a)) if (speaker !== name) wrong.push(`${sentence} → ${speaker}`);
    }
  }
  assert.deepEqual(wrong, []);
});

/** Titles before a name, of office, rank, faith and courtesy, one word or several. */
const TITLES = ['Councillor', 'Cllr', 'Alderman', 'Deputy Mayor', 'Chief Inspector', 'Det Supt', 'Professor', 'Rev.', 'Father', 'Imam', 'Rabbi', 'Bishop', 'Judge', 'Justice', 'Lord', 'Lady', 'Dame', 'Baroness', 'Captain', 'Coach', 'Gov.', 'Lt. Gov.', 'Attorney General', 'Secretary of State', 'Health Secretary', 'Chancellor', 'President', 'Prime Minister', 'Foreign Minister', 'Chief Constable', 'Sheriff', 'Superintendent', 'Commissioner', 'Ambassador', 'General', 'Admiral', 'Sgt.', 'Pastor', 'Canon', 'Senator', 'Congresswoman', 'Assemblywoman', 'Mayor-elect', 'Principal', 'Headteacher'];
const TITLE_CUES = ['said', 'told the court', 'told BBC Radio 4', 'said in a phone interview', 'said Tuesday', 'told a press conference', 'told MPs'];

test('a name after any title, with any cue, before or after the quote, is the speaker', () => {
  const wrong: string[] = [];
  for (const title of TITLES) {
    for (const cue of TITLE_CUES) {
      const forms = [`${title} Maria Delgado ${cue}: “We will not back down.”`, `“We will not back down,” ${title} Maria Delgado ${cue}.`];
      if (cue === 'said') forms.push(`“We will not back down,” said ${title} Maria Delgado.`);
      for (const sentence of forms) {
        const speaker = firstSpeaker(`John Park, a rival, disagreed on Monday.\n${sentence}\n`);
        if (speaker !== 'Maria Delgado') wrong.push(`${sentence} → ${speaker}`);
      }
    }
  }
  assert.deepEqual(wrong, []);
});

/** Sources named around a quote in other ways than a cue verb beside a name. */
const AROUND: [sentence: string, speaker: RegExp][] = [
  ['“We will not back down.” That was the message from Maria Delgado on Monday.', /^Maria Delgado$/],
  ['“We will not back down.”\nThe words came from Maria Delgado, the party leader.', /^Maria Delgado$/],
  ['“We will not back down,” came the reply from Maria Delgado.', /^Maria Delgado$/],
  ['“We will not back down,” was how Maria Delgado put it.', /^Maria Delgado$/],
  ['“We will not back down” is how Maria Delgado puts it.', /^Maria Delgado$/],
  ['“We will not back down,” Maria Delgado’s statement read.', /^Maria Delgado$/],
  ['“We will not back down,” a statement from Acme Corp read.', /Acme Corp/],
  ['“We will not back down,” read a sign held by one protester.', /protester/],
  ['“We will not back down,” Maria Delgado said, her voice breaking.', /^Maria Delgado$/],
  ['“We will not back down,” Maria Delgado said as she left the court.', /^Maria Delgado$/],
  ['“We will not back down,” Maria Delgado, who was elected in 2019 and is seeking a second term, said on Monday.', /^Maria Delgado$/],
  ['Asked whether she would resign, Maria Delgado said: “We will not back down.”', /^Maria Delgado$/],
  ['When asked about the vote, Maria Delgado replied: “We will not back down.”', /^Maria Delgado$/],
  ['“We will not back down,” Maria Delgado said in a speech to supporters in Reno, adding: “Not now, not ever.”', /^Maria Delgado$/],
  ['Maria Delgado was defiant. “We will not back down,” she said.', /^Maria Delgado$/],
  ['Maria Delgado was defiant: “We will not back down.”', /^Maria Delgado$/],
  ['Maria Delgado, for her part, insisted: “We will not back down.”', /^Maria Delgado$/],
  ['“We will not back down,” insisted Maria Delgado, 54.', /^Maria Delgado$/],
  ['“We will not back down,” the 54-year-old Maria Delgado said.', /^Maria Delgado$/],
  ['For Maria Delgado, the answer is simple: “We will not back down.”', /^Maria Delgado$/],
  ['Maria Delgado put it bluntly: “We will not back down.”', /^Maria Delgado$/],
  ['Maria Delgado has a message for her critics: “We will not back down.”', /^Maria Delgado$/],
  ['In her speech, Maria Delgado told supporters: “We will not back down.”', /^Maria Delgado$/],
  ['Maria Delgado’s response was blunt: “We will not back down.”', /^Maria Delgado$/],
  ['Maria Delgado, a retired teacher, wanders through the kitchen and offers her own verdict on that period. “We will not back down.”', /^Maria Delgado$/],
];

test('a source named around the quote by a phrase, a document, a sign or the sentence before is the speaker', () => {
  assert.deepEqual(wrongSpeakers(`John Park, a rival, disagreed on Monday.\n`, AROUND), []);
});

/** Terms: words quoted as a name, a title or a word, with no one saying them. */
const TERMS: string[] = ['The so-called “bedroom tax” was scrapped.', 'The report “Broken Promises” was published on Monday.', 'The “bedroom tax” was scrapped.', 'The policy, dubbed the “bedroom tax”, was scrapped.', 'The policy, known as the “bedroom tax”, was scrapped.', 'The phrase “bedroom tax” stuck.', 'The word “unprecedented” appears 14 times in the report.', 'The town, nicknamed “the Venice of the North”, floods often.', 'Her album “Salt Year” came out on Friday.', 'The “Back to Work” scheme ended.', 'The term “shrinkflation” has spread.', 'The ship, named “Endeavour”, sank.', 'Fans chanted “Olé” as the team scored.', 'The report uses the phrase “managed decline”.'];
/** Words lifted from someone by a verb of judging or describing: speech, theirs. */
const LIFTED: [sentence: string, speaker: string][] = [['Maria Delgado described the plan as “a disaster”.', 'Maria Delgado'], ['Maria Delgado called the plan “reckless”.', 'Maria Delgado'], ['Maria Delgado said the plan was “reckless”.', 'Maria Delgado'], ['Maria Delgado warned of “serious consequences”.', 'Maria Delgado'], ['Maria Delgado accused John Park of “lying”.', 'Maria Delgado'], ['Maria Delgado branded the plan “a betrayal”.', 'Maria Delgado'], ['Maria Delgado dismissed the claims as “nonsense”.', 'Maria Delgado'], ['Maria Delgado praised the “brave” decision.', 'Maria Delgado'], ['Maria Delgado hailed the deal as “historic”.', 'Maria Delgado'], ['Maria Delgado criticised the “chaotic” rollout.', 'Maria Delgado'], ['Maria Delgado condemned what she called “a betrayal”.', 'Maria Delgado'], ['Maria Delgado labelled the decision “shameful”.', 'Maria Delgado'], ['Maria Delgado slammed the plan as “shameful”.', 'Maria Delgado'], ['Maria Delgado called the report “misleading and irresponsible”.', 'Maria Delgado'], ['Privacy advocates called the plan “a fig leaf”.', 'Privacy advocates'], ['Maria Delgado seized on the row, accusing the government of “fantasy economics”.', 'Maria Delgado']];

test('terms are terms and lifted words are their speaker\'s, with a person named nearby either way', () => {
  const wrong: string[] = [];
  for (const sentence of TERMS) {
    const quote = analyze(`Maria Delgado spoke on Monday.\n${sentence}\n`).quotes[0];
    if (quote?.kind !== 'term') wrong.push(`${sentence} → ${quote?.kind ?? 'no quote'}`);
  }
  for (const [sentence, speaker] of LIFTED) {
    const a = analyze(`John Park disagreed on Monday.\n${sentence}\n`);
    const quote = a.quotes[0];
    const name = speakersIn(a)[0] ?? 'nobody';
    if (quote?.kind !== 'speech' || name !== speaker) wrong.push(`${sentence} → ${quote?.kind ?? 'no quote'} ${name}`);
  }
  assert.deepEqual(wrong, []);
});

/** An unnamed source brought in by a sentence, then "she" in a cue, after a named woman. */
const UNNAMED_THEN_PRONOUN: [sentences: string, speaker: RegExp][] = [
  ['A nurse at the hospital, who asked not to be named, described the conditions. “It is chaos,” she said.', /nurse/],
  ['One mother of three said the closure was a disaster. “We have nowhere to go,” she said.', /mother/],
  ['A spokeswoman for the council said it would review the case. “We take this seriously,” she added.', /spokeswoman/],
  ['A 34-year-old nurse described the night. “It was chaos,” she said.', /nurse/],
  ['One resident, a retired teacher, was furious. “Nobody asked us,” she said.', /resident|teacher/],
  ['A senior official said the plan would change. “It has to,” she said.', /official/],
  ['The woman, who asked not to be named, said she had waited nine hours. “Nobody came,” she said.', /woman/],
  ['A council spokeswoman said: “We are sorry.” She added: “It will not happen again.”', /spokeswoman/],
  ['A woman in a red coat shouted from the gallery. “Shame on you,” she said.', /woman/],
];

test('"she" after a sentence about an unnamed source is that source, not the named woman before', () => {
  const wrong: string[] = [];
  for (const [sentences, speaker] of UNNAMED_THEN_PRONOUN) {
    const a = analyze(`Mary Brown, the hospital's chief executive, defended the plan on Monday.\n${sentences}\n`);
    for (const name of speakersIn(a)) if (!speaker.test(name)) wrong.push(`${sentences} → ${name}`);
  }
  assert.deepEqual(wrong, []);
});

/** Speakers as live blogs, captions and features lay them out, and pronouns after two people. */
const LAYOUTS: [sentences: string, speaker: RegExp][] = [
  ['Maria Delgado: “We will not back down.”', /^Maria Delgado$/],
  ['10:32 Maria Delgado, the party leader: “We will not back down.”', /^Maria Delgado$/],
  ['Delgado: ‘We will not back down’', /Delgado/],
  ['“We will not back down” – Maria Delgado', /^Maria Delgado$/],
  ['“We will not back down.” (Maria Delgado, party leader)', /^Maria Delgado$/],
  ['Maria Delgado, in a post on X: “We will not back down.”', /^Maria Delgado$/],
  ['Asked if she would quit, Maria Delgado said no. “We will not back down,” she said.', /^Maria Delgado$/],
  ['Maria Delgado’s message was clear. “We will not back down,” she said.', /^Maria Delgado$/],
  ['It was Maria Delgado who spoke first. “We will not back down,” she said.', /^Maria Delgado$/],
  ['Maria Delgado, whose son died in the fire, spoke outside court. “We will not back down,” she said.', /^Maria Delgado$/],
  ['“We will not back down,” Maria Delgado, whose son died in the fire, said outside court.', /^Maria Delgado$/],
  ['Maria Delgado and Tom Reed both spoke. “We will not back down,” she said.', /^Maria Delgado$/],
  ['Tom Reed and Maria Delgado both spoke. “We will not back down,” she said.', /^Maria Delgado$/],
  ['Tom Reed introduced Maria Delgado. “We will not back down,” she said.', /^Maria Delgado$/],
  ['Tom Reed, her deputy, stood beside Maria Delgado. “We will not back down,” she said.', /^Maria Delgado$/],
];

test('live-blog, caption and feature layouts give the quote to its speaker', () => {
  assert.deepEqual(wrongSpeakers(`John Park, a rival, disagreed on Monday.\n`, LAYOUTS), []);
});

/** People named by a first name or a surname alone, as sources who give only one often are. */
const GIVEN_NAMES: [sentences: string, speaker: RegExp][] = [
  ['Lisa, 34, a nurse, said: “We are exhausted.”', /^Lisa$/],
  ['“We are exhausted,” said Lisa, a mother of two.', /^Lisa$/],
  ['Jim, who declined to give his surname, said: “We are exhausted.”', /^Jim$/],
  ['Another shopper, who gave only her first name, Lisa, said prices had doubled. “It is a scandal,” she said.', /Lisa/],
  ['A nurse, who asked to be identified only as Lisa, said: “We are exhausted.”', /Lisa/],
  ['One nurse, Lisa, said: “We are exhausted.”', /Lisa/],
  ['“We are exhausted,” said one nurse, Lisa, who has worked there for ten years.', /Lisa/],
  ['Lisa (not her real name) said: “We are exhausted.”', /Lisa/],
  ['“We are exhausted,” Lisa, 34, told the BBC.', /^Lisa$/],
  ['Kowalski, who gave only his surname, said: “We are exhausted.”', /Kowalski/],
];

test('a source named by one name, however the article gives it, is the speaker', () => {
  assert.deepEqual(wrongSpeakers(`Mary Brown, the hospital's chief executive, defended the plan on Monday.\n`, GIVEN_NAMES), []);
});

/** Relatives of someone the article is about, named or not, before and after the quote. */
const RELATIVES: [sentences: string, speaker: RegExp][] = [
  ['Her mother, Jane Reed, said: “She was full of life.”', /^Jane Reed$/],
  ['“She was full of life,” her mother, Jane Reed, said.', /^Jane Reed$/],
  ['“She was full of life,” said her mother, Jane Reed.', /^Jane Reed$/],
  ['Amy Reed’s mother, Jane, said: “She was full of life.”', /^Jane Reed$/],
  ['Her mother said: “She was full of life.”', /mother/],
  ['“She was full of life,” her family said in a statement.', /family/],
  ['In a statement, her family said: “She was full of life.”', /family/],
  ['Her father, who asked not to be named, said: “She was full of life.”', /father/],
  ['Amy’s father, Tom Reed, 52, said: “She was full of life.”', /^Tom Reed$/],
  ['Her husband, Tom, told the inquest: “She was full of life.”', /^Tom/],
  ['Jane Reed, Amy’s mother, said: “She was full of life.”', /^Jane Reed$/],
  ['“She was full of life,” said Jane Reed, whose daughter Amy died in the crash.', /^Jane Reed$/],
];

test('a relative, named or not, is the speaker of the quote the cue gives them', () => {
  assert.deepEqual(wrongSpeakers(`Amy Reed, 19, died in the crash on Friday. John Park, the driver, was arrested.\n`, RELATIVES), []);
});

/** Bodies of many shapes ("Acme Corp.", "Halden plc", "Marks & Spencer", "the BBC"), speaking in many ways. */
const BODIES: [written: string, name: RegExp][] = [['Brightwater Foods', /^Brightwater Foods$/], ['Acme Corp.', /^Acme Corp\.?$/], ['Halden plc', /^Halden plc$/], ['the Halden Group', /Halden Group/], ['NHS England', /^NHS England$/], ['Network Rail', /^Network Rail$/], ['Tesco', /^Tesco$/], ['Marks & Spencer', /^Marks & Spencer$/], ['the Food Standards Agency', /Food Standards Agency/], ['Greenpeace', /^Greenpeace$/], ['the BBC', /BBC/], ['OpenAI', /^OpenAI$/]];
const BODY_FORMS = ['{O} said in a statement: “We are reviewing the findings.”', '“We are reviewing the findings,” {o} said in a statement.', 'In a statement, {o} said: “We are reviewing the findings.”', '{O}, which employs 4,000 people, said: “We are reviewing the findings.”', '“We are reviewing the findings,” {o} told Reuters.', '{O} said it was “reviewing the findings”.', 'A spokesperson for {o} said: “We are reviewing the findings.”'];

test('a body of any shape that speaks, in a statement or to a news agency, is the speaker', () => {
  const wrong: string[] = [];
  for (const [written, name] of BODIES) {
    for (const form of BODY_FORMS) {
      const sentence = form.replace('{O}', written[0].toUpperCase() + written.slice(1)).replace('{o}', written);
      const speaker = firstSpeaker(`Regulators fined two firms on Monday. John Park, a consumer lawyer, welcomed the fines.\n${sentence}\n`);
      // (A spokesperson for a body whose name holds "&" is taken for the body: the same source.)
      const ok = form.startsWith('A spokesperson') ? /spokesperson/.test(speaker) || name.test(speaker) : name.test(speaker);
      if (!ok) wrong.push(`${sentence} → ${speaker}`);
    }
  }
  assert.deepEqual(wrong, []);
});

/** Titles and terms beside speech in one sentence: each quote its own kind ("term", or its speaker). */
const TITLES_AND_SPEECH: [sentence: string, quotes: string[]][] = [
  ['Maria Delgado said the so-called “bedroom tax” was unfair.', ['term']],
  ['Maria Delgado said the “Back to Work” scheme had failed.', ['term']],
  ['Maria Delgado, who runs the “Save Our Library” campaign, said: “We will win.”', ['term', 'Maria Delgado']],
  ['Maria Delgado, author of “The Long Road”, said: “We will win.”', ['term', 'Maria Delgado']],
  ['Maria Delgado said the plan, known locally as “the Squeeze”, was “a disgrace”.', ['term', 'Maria Delgado']],
  ['“We will win,” said Maria Delgado, whose book “Salt Roads” is out next week.', ['Maria Delgado', 'term']],
  ['Maria Delgado told the BBC’s “Today” programme: “We will win.”', ['term', 'Maria Delgado']],
  ['Speaking on “Good Morning Britain”, Maria Delgado said: “We will win.”', ['term', 'Maria Delgado']],
  ['Maria Delgado said she had been called a “traitor” online.', ['Maria Delgado']],
  ['Maria Delgado said the word “crisis” was overused.', ['term']],
];

test('titles and terms beside speech in one sentence keep their own kinds', () => {
  const wrong: string[] = [];
  for (const [sentence, quotes] of TITLES_AND_SPEECH) {
    const a = analyze(`John Park disagreed on Monday.\n${sentence}\n`);
    const got = a.quotes.map((q) => (q.kind === 'term' ? 'term' : q.speakerId === null ? 'nobody' : a.speakers[q.speakerId].name));
    if (JSON.stringify(got) !== JSON.stringify(quotes)) wrong.push(`${sentence} → ${got.join(', ')}`);
  }
  assert.deepEqual(wrong, []);
});

/** "he" and "she" among several people: the subject, not an object, a possessive or an appositive's name. */
const PRONOUN_CASES: [sentences: string, speakers: string][] = [
  ['Maria Delgado met Tom Reed on Monday.\n“We agreed on nothing,” he said.', 'Tom Reed'],
  ['Tom Reed criticised John Park’s plan.\n“It will fail,” he said.', 'Tom Reed'],
  ['Tom Reed, who was elected alongside John Park, spoke first.\n“It will fail,” he said.', 'Tom Reed'],
  ['After John Park left, Tom Reed spoke.\n“It will fail,” he said.', 'Tom Reed'],
  ['Tom Reed said he had spoken to John Park.\n“It will fail,” he said.', 'Tom Reed'],
  ['Tom Reed thanked John Park and Maria Delgado.\n“It will fail,” he said.', 'Tom Reed'],
  ['Tom Reed spoke to reporters. John Park, his deputy, stood behind him.\n“It will fail,” Reed said.', 'Tom Reed'],
  ['Tom Reed and his wife, Ann, spoke to reporters.\n“It will fail,” she said.', 'Ann Reed'],
  ['Maria Delgado was furious with Tom Reed.\n“He lied to us,” she said.', 'Maria Delgado'],
  ['Maria Delgado was furious with Tom Reed.\n“He lied to us,” she said. “He knows it.”\nReed denied it. “I did nothing wrong,” he said.', 'Maria Delgado|Maria Delgado|Tom Reed'],
];

test('a pronoun is the subject it stands for, among several people', () => {
  assert.deepEqual(wrongQuotes(PRONOUN_CASES), []);
});

/** A speaker's job and body, however the article states them (the role must hold the job's first word). */
const ROLES: [sentence: string, role: string, organization: string | null][] = [
  ['Maria Delgado, chief executive of Acme Corp, said: “We will win.”', 'chief executive', 'Acme Corp'],
  ['Acme Corp chief executive Maria Delgado said: “We will win.”', 'chief executive', 'Acme Corp'],
  ['Maria Delgado, Acme Corp’s chief executive, said: “We will win.”', 'chief executive', 'Acme Corp'],
  ['Maria Delgado, a professor of economics at Harvard University, said: “We will win.”', 'professor of economics', 'Harvard University'],
  ['Maria Delgado, the mayor of Reno, said: “We will win.”', 'mayor', 'Reno'],
  ['Reno Mayor Maria Delgado said: “We will win.”', 'Mayor', 'Reno'],
  ['Maria Delgado, 54, a nurse at St Mary’s Hospital, said: “We will win.”', 'nurse', 'St Mary’s Hospital'],
  ['Maria Delgado, director of the Institute for Fiscal Studies, said: “We will win.”', 'director', 'Institute for Fiscal Studies'],
  ['Maria Delgado (chief economist at ING) said: “We will win.”', 'chief economist', 'ING'],
  ['“We will win,” said Maria Delgado, head of policy at the Resolution Foundation.', 'head of policy', 'Resolution Foundation'],
  ['Maria Delgado, who chairs the Senate Finance Committee, said: “We will win.”', 'chair', 'Senate Finance Committee'],
  ['Labour MP Maria Delgado said: “We will win.”', 'MP', 'Labour'],
  ['Maria Delgado, an analyst at Barclays, said: “We will win.”', 'analyst', 'Barclays'],
  ['Maria Delgado, a spokeswoman for the Department for Education, said: “We will win.”', 'spokeswoman', 'Department for Education'],
];

test('a speaker\'s role and organisation come from every way an article states them', () => {
  const wrong: string[] = [];
  for (const [sentence, role, organization] of ROLES) {
    const a = analyze(`${sentence}\n`);
    const quote = a.quotes[0];
    const s = quote?.speakerId == null ? null : a.speakers[quote.speakerId];
    const ok = s?.name === 'Maria Delgado' && (s.role ?? '').toLowerCase().includes(role.toLowerCase().split(' ')[0]) && (organization === null ? s.organization === null : (s.organization ?? '').includes(organization));
    if (!ok) wrong.push(`${sentence} → ${s?.name}, ${s?.role}, ${s?.organization}`);
  }
  assert.deepEqual(wrong, []);
});

/** A quote first, its speaker named after it ("Those were the words of …", "Maria Delgado, 71, has lived …"). */
const NAMED_AFTER: [sentences: string, speaker: RegExp][] = [
  ['“We are cut off.”\nThose were the words of Maria Delgado, 71, who has lived in the village for 40 years.', /^Maria Delgado$/],
  ['“We are cut off.”\nFor Maria Delgado, 71, the news came as a shock.', /^Maria Delgado$/],
  ['“We are cut off.”\nThe words of Maria Delgado, 71, echoed around the hall.', /^Maria Delgado$/],
  ['“We are cut off.” So says Maria Delgado, 71.', /^Maria Delgado$/],
  ['“We are cut off.”\nMaria Delgado, 71, has lived in the village for 40 years.', /^Maria Delgado$/],
  ['“We are cut off.”\nThat is the verdict of Maria Delgado, 71.', /^Maria Delgado$/],
  ['“We are cut off,” says one villager. Her name is Maria Delgado.', /Delgado|villager/],
  ['“We are cut off.”\nThe speaker is Maria Delgado, the village’s oldest resident.', /^Maria Delgado$/],
  ['A former Treasury minister has warned that the plan “simply doesn’t add up”.\nDame Maria Delgado, who served as exchequer secretary, told Sky News the numbers were “heroic”.', /^Maria Delgado$/],
];

test('a speaker first named right after the quote, in the next sentence or paragraph, is its speaker', () => {
  assert.deepEqual(wrongSpeakers(`Bus service 42 was axed on Monday. John Park, the operator's manager, blamed costs.\n`, NAMED_AFTER), []);
});

/** Couples and families introduced every way, then one of them by title, pronoun or first name. */
const COUPLES: [sentences: string, speakers: string][] = [
  ['Graham and Patricia Lowther lost their savings.\n“We trusted him,” Mrs Lowther said.\n“I should have checked,” Mr Lowther said.', 'Patricia Lowther|Graham Lowther'],
  ['Graham and Patricia Lowther lost their savings.\n“We trusted him,” she said.', 'Patricia Lowther'],
  ['Graham and Patricia Lowther lost their savings.\n“We trusted him,” he said.', 'Graham Lowther'],
  ['Patricia Lowther and her husband, Graham, lost their savings.\n“We trusted him,” Mr Lowther said.', 'Graham Lowther'],
  ['Graham Lowther, 71, and his wife Patricia, 68, lost their savings.\n“We trusted him,” Mrs Lowther said.', 'Patricia Lowther'],
  ['The Lowthers, Graham and Patricia, lost their savings.\n“We trusted him,” Patricia said.', 'Patricia Lowther'],
  ['Graham and Patricia Lowther lost their savings.\n“We trusted him,” Patricia Lowther said. “He was like family.”\nHer husband was angrier. “He is a thief,” he said.', 'Patricia Lowther|Patricia Lowther|Graham Lowther'],
];

test('each of a couple is found by title, pronoun or first name, however the couple is introduced', () => {
  assert.deepEqual(wrongQuotes(COUPLES), []);
});

/** Ways a sentence brings a person in, and quotes after it by pronoun, surname, or alone in a paragraph. */
const INTRODUCTIONS = [
  'A 34-year-old nurse from Leeds, Amara Okafor, described the night.',
  'Among those waiting was Amara Okafor, a 34-year-old nurse.',
  'One of those waiting, Amara Okafor, had been there since dawn.',
  'For Amara Okafor, a nurse, the wait was the worst part.',
  'Amara Okafor has been a nurse for 12 years.',
  'Nurse Amara Okafor was on shift that night.',
  'It was Amara Okafor who raised the alarm.',
  'The alarm was raised by Amara Okafor, a nurse.',
  'Amara Okafor, 34, and her colleague Tom Reed, 52, were on shift.',
];
const AFTER_INTRODUCTION = ['“It was chaos,” she said.', 'She said: “It was chaos.”', '“It was chaos,” Okafor said.', '“It was chaos.”'];

test('a person brought in any way speaks the quote after, by pronoun, by surname or alone in a paragraph', () => {
  const wrong: string[] = [];
  for (const introduction of INTRODUCTIONS) {
    for (const quote of AFTER_INTRODUCTION) {
      for (const between of [' ', '\n']) {
        if (quote === '“It was chaos.”' && between === ' ') continue;
        const name = firstSpeaker(`John Park, the hospital's chief executive, apologised on Monday.\n${introduction}${between}${quote}\n`);
        if (name !== 'Amara Okafor') wrong.push(`${introduction}${between}${quote} → ${name}`);
      }
    }
  }
  assert.deepEqual(wrong, []);
});

/** Sport, politics and court reports' ways of naming who speaks, after a defendant is named. */
const DOMAINS: [sentences: string, speaker: RegExp][] = [
  ['Rovers striker Kemi Adeyemi scored twice. “I just kept running,” the 23-year-old said.', /Kemi Adeyemi/],
  ['Town boss Gary Reid was delighted. “We deserved it,” said Reid.', /Gary Reid/],
  ['Kemi Adeyemi scored twice. “I just kept running,” the striker said.', /Kemi Adeyemi/],
  ['Head coach Siosaia Tuilagi praised his side. “They were immense,” he said.', /Siosaia Tuilagi/],
  ['Labour’s Maria Delgado said: “This is a disgrace.”', /Maria Delgado/],
  ['The SNP’s Maria Delgado said: “This is a disgrace.”', /Maria Delgado/],
  ['The Prime Minister’s official spokesman said: “We will not comment.”', /spokesman/],
  ['Downing Street said: “We will not comment.”', /Downing Street/],
  ['A No 10 spokesperson said: “We will not comment.”', /spokesperson/],
  ['In a victim impact statement read to the court, Maria Delgado said: “He took everything.”', /Maria Delgado/],
  ['Maria Delgado, prosecuting, told the jury: “He took everything.”', /Maria Delgado/],
  ['Defending, Tom Reed KC said his client was “deeply ashamed”.', /Tom Reed/],
  ['Judge Maria Delgado told him: “You took everything.”', /Maria Delgado/],
  ['Sentencing, Judge Maria Delgado said: “You took everything.”', /Maria Delgado/],
  ['The jury heard that he had said: “I will be rich.”', /John Park/],
  ['“You took everything,” the judge told him.', /judge/],
];

test('sports, politics and court reports give each quote to the one their words name', () => {
  assert.deepEqual(wrongSpeakers(`John Park, 45, of Leeds, denied the charges on Monday.\n`, DOMAINS), []);
});

/** An interview with no byline: the writer's questions are no one's, the answers the interviewee's. */
const INTERVIEWS: [sentences: string, speakers: string][] = [
  ['Maria Delgado meets me in a cafe.\n“Do you regret it?” I ask her.\n“Never.”', 'nobody|Maria Delgado'],
  ['Maria Delgado meets me in a cafe.\n“Do you regret it?” I ask.\n“Never. Not once.”', 'nobody|Maria Delgado'],
  ['Maria Delgado meets me in a cafe.\nI ask whether she regrets it. “Never,” she says.', 'Maria Delgado'],
  ['Maria Delgado meets me in a cafe.\nDoes she regret it? “Never,” she says firmly.', 'Maria Delgado'],
  ['Maria Delgado meets me in a cafe.\nWhen I ask about the divorce, she laughs. “Never again.”', 'Maria Delgado'],
];

test('in an interview, an answer alone after the writer\'s question, or after a beat, is the interviewee\'s', () => {
  assert.deepEqual(wrongQuotes(INTERVIEWS), []);
});

/** People described before they are named: who, the pronoun and the noun a reveal uses. */
const DESCRIBED: [description: string, pronoun: 'she' | 'he', noun: string][] = [
  ['a woman in a red fleece', 'she', 'woman'],
  ['an elderly man who lives nearby', 'he', 'man'],
  ['one of the two ministers at the centre of the dispute', 'he', 'minister'],
  ['a man who has known him for years', 'he', 'man'],
  ['a woman holding a toddler', 'she', 'woman'],
  ['a young woman near the front', 'she', 'woman'],
];
const REVEALED = ['Dolores Figueiredo', 'Chidi Okonkwo', 'Nguyen Thi Lan', 'Aoife Ní Bhriain', 'Rafael Calvo Serrano'];

test('a description whom the next paragraph names, in every form, is that person', () => {
  const rows: [string, string][] = [];
  for (const [d, pronoun, noun] of DESCRIBED) {
    const cap = d[0].toUpperCase() + d.slice(1);
    for (const name of REVEALED) {
      const He = pronoun === 'she' ? 'She' : 'He';
      const His = pronoun === 'she' ? 'Her' : 'His';
      const reveals = [`${He} was ${name}, 71, who has lived on the street for 40 years.`, `That ${noun} is ${name}, who has lived on the street for 40 years.`, `${His} name is ${name}, and ${pronoun} has lived on the street for 40 years.`, `The ${noun} was ${name}, a retired teacher.`];
      for (const reveal of reveals) {
        const lead = 'The council voted on Tuesday to close the Pemberton School.';
        rows.push([`${lead}\n“We were here first,” said ${d}. “Nobody asked us.”\n${reveal}`, `${name}|${name}`]);
        rows.push([`${lead}\n“We were here first,” ${d} said.\n${reveal}`, name]);
        rows.push([`${lead}\n${cap} said: “We were here first.”\n${reveal}`, name]);
      }
    }
  }
  assert.deepEqual(wrongQuotes(rows), []);
});

/** Whose words a sentence says a quote is, every way: "in X's words", "in the words of X", "in her own words". */
const WORDS_OF: [sentence: string, speaker: string][] = [];
for (const [written, name, surname] of [['Nadia Fenwick', 'Nadia Fenwick', 'Fenwick'], ['Dr Aoife Ní Bhriain', 'Aoife Ní Bhriain', 'Ní Bhriain'], ['Pieter van der Berg', 'Pieter van der Berg', 'van der Berg'], ['S. Lakshmi Narasimhan', 'S. Lakshmi Narasimhan', 'Narasimhan']] as const) {
  const possessive = `${surname}’s`;
  WORDS_OF.push(
    [`${written} runs the agency. Sales went, in ${possessive} words, “completely feral”.`, name],
    [`${written} runs the agency. In ${possessive} words, sales went “completely feral”.`, name],
    [`Sales went, in the words of ${written}, “completely feral”.`, name],
    [`Sales went “completely feral”, in the words of ${written}.`, name],
  );
}
WORDS_OF.push(['Maria Lopez lost the seat. It was, in her own words, “a controlled demolition.”', 'Maria Lopez'], ['Tom Reed lost the seat. It was, in his words, “a controlled demolition.”', 'Tom Reed']);

test('a quote whose sentence says whose words they are is theirs', () => {
  assert.deepEqual(wrongQuotes(WORDS_OF), []);
});
