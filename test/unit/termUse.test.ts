// Quotes used as names by their place in the sentence: terms, with no speaker.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/index';

/** Each article, and the kind of its last quote. */
const CASES: [text: string, kind: 'speech' | 'term'][] = [
  ['Red "danger to life" warning in force until 6pm', 'term'],
  ['TfL will also run a “Check before you travel” campaign at stations across east London.', 'term'],
  ['Some scientists have dubbed such crops “low-input wheat”, a label she dislikes.', 'term'],
  // A phrase someone said before, named again, stays theirs.
  ['Declan Moroney warned of young people in “box rooms for another decade”.\nMoroney, who made the “box rooms” warning, said the council could not wait.', 'speech'],
  // A thing with an article before it and a clause about it after.
  ['Speaking in Westminster, she said the "Bellwin scheme", which reimburses councils, had been activated.', 'term'],
  ['The council would ask the ministry for a “capitalisation direction” of up to £45m, she said.', 'term'],
  ['Tom Baird called it “a disaster” of the government’s making.', 'speech'],
  // A lifted phrase before an ordinary word is speech.
  ['The minister called the plan “reckless” and said so twice.', 'speech'],
];

for (const [text, kind] of CASES) {
  test(`quote kind by its use: ${text.split('\n').pop()}`, () => {
    const a = analyze(text);
    assert.equal(a.quotes[a.quotes.length - 1].kind, kind);
  });
}
