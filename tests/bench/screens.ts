// npm run bench:screens — how many screens a person answers from the first question to the
// review (the review itself not counted), for each gallery example: one question per screen
// (before pages) and one page of grouped questions per screen (now). Target of issue 13:
// median ≤ 10 and max ≤ 15 screens. Computed from the engine, which the machine and the UI use.
import { pagesAsked, reachableQuestions } from '../../src/engine';
import { content } from '../../src/questionnaire/content';
import { examples, exampleAnswers } from '../../src/examples/examples';

const rows = examples.map((example) => {
  const answers = exampleAnswers(content, example, { title: 'Sistema', scenario: 'Descripción' });
  return { id: example.id, questions: reachableQuestions(content, answers).length, pages: pagesAsked(content, answers).length };
});

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const summary = (xs: number[]) => `median ${median(xs)}, max ${Math.max(...xs)}`;

const width = Math.max(...rows.map((r) => r.id.length));
console.log(`Screens from the first question to the review (review not counted), questionnaire ${content.questionnaire.version}`);
console.log(`${'example'.padEnd(width)}  one question per screen  pages`);
for (const r of rows) console.log(`${r.id.padEnd(width)}  ${String(r.questions).padStart(23)}  ${String(r.pages).padStart(5)}`);
console.log(`before (one question per screen): ${summary(rows.map((r) => r.questions))}`);
console.log(`now (pages):                      ${summary(rows.map((r) => r.pages))}`);
