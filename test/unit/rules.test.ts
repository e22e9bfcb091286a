// Diagnostic rules, data-driven: for each rule, texts where ⟦…⟧ marks exactly what the rule flags
// (nothing marked: the rule must stay silent).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { marked, showSpans } from './helpers/markers';

const CASES: Record<string, string[]> = {
  'unattributed-quote': [
    'The executives disagreed.\n⟦“The fight has begun, and nobody will stop it.”⟧',
    '“We won,” Lehane said.',
    'A so-called “distillation” method.',
  ],
  'unbalanced-quote': [
    'The mayor said ⟦“⟧we will not raise taxes.',
    'A stray closing mark⟦”⟧ here.',
    '“Balanced,” she said.',
  ],
  'vague-source': [
    'The plan will fail, ⟦experts say⟧.',
    'It worked, according to the opinions of ⟦some technologists⟧.',
    '⟦It is believed⟧ the deal is off.',
    'Labour sources said the leader must go.',
    'Dr Jane Smith, an economist, said the plan will fail.',
  ],
  'unsourced-number': [
    'The plant cost ⟦$6 million⟧ to build.',
    'Hoffman said the plant cost $6 million to build.',
    '“It cost $6 million,” Hoffman said.',
    'It opened in 1989 on Monday.',
  ],
  'name-variant': [
    'DeepSeek shocked markets. DeepSeek’s model is cheap. Users moved to ⟦Deepseek⟧.',
    'The firm said. the firm said.',
    '“We won,” said Meredith Whitaker. “We won again,” said Meredith ⟦Whittaker⟧.',
  ],
  'speaker-not-introduced': [
    '“We won,” ⟦Lehane⟧ said.',
    '“We won,” ⟦Lehane⟧ said. Chris Lehane is the chief.',
    'Chris Lehane spoke first. “We won,” Lehane said.',
    '“A real competition,” according to Chris Lehane, chief global affairs officer at OpenAI.',
  ],
  'mixed-quote-style': [
    '“One,” she said. “Two,” she said. ⟦"Three,"⟧ she said.',
    '"One," she said. "Two," she said.',
  ],
};

for (const [rule, inputs] of Object.entries(CASES)) {
  for (const input of inputs) {
    test(`${rule}: ${input.replace(/\n/g, '⏎')}`, () => {
      const { text, spans } = marked(input);
      const found = analyze(text).findings.filter((f) => f.rule === rule).map((f) => f.span);
      assert.equal(showSpans(text, found), showSpans(text, spans));
    });
  }
}
