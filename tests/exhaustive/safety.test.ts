// The safety invariant, on every path: when a "No sé" answer, or an answer the text leaves
// open («Solo apoya», «solo identifica»), could make the system prohibited or high risk, the
// result is never "riesgo_aceptable". The oracle does not use the engine's three-valued
// logic: it replaces every such answer with each definite answer,
// walks the follow-ups this opens with every definite answer, and classifies each
// completion. Questions fall into independent groups linked by their askIf conditions, and
// every rule reads a single group (graph.test.ts checks both), so walking each group
// exhaustively, with every other question at its default, covers every combination a rule
// can see.
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/engine';
import { content } from '../../src/questionnaire/content';
import { defaultAnswer } from '../helpers/journey';
import { allValues, clusters, enumerate, isUndecided } from '../helpers/paths';

const today = '2026-11-23';
const about = new Map(content.questionnaire.questions.map((q) => [q.id, q.about]));
const groups = clusters(content, 'ambito').map((ids) => ({ name: about.get(ids[0]!)!, ids: new Set(ids) }));
const DANGER = new Set(['uso_indebido', 'riesgo_alto']);
// Completions repeat across paths; classify each answer set once.
const outcomes = new Map<string, string>();
const outcomeOf = (answers: Record<string, string>) => {
  const key = JSON.stringify(answers);
  let outcome = outcomes.get(key);
  if (outcome === undefined) outcomes.set(key, (outcome = classify(content, answers, { today }).outcome));
  return outcome;
};

describe.each(groups)('questions from "$name"', ({ name, ids }) => {
  it('never gives riesgo_aceptable when an undecided answer could make it prohibited or high risk', () => {
    const inSection = (id: string) => ids.has(id);
    const fixed = (id: string) => [defaultAnswer(id)];
    // Every completion of an undecided path is one of the definite paths: walk those once.
    const definite = [...enumerate(content, (id) => (inSection(id) ? allValues(content, id, { definiteOnly: true }) : fixed(id)))].map((answers) => ({
      answers: Object.entries(answers).filter(([id]) => inSection(id)),
      outcome: outcomeOf(answers),
    }));
    let paths = 0;
    let withUnknown = 0;
    const violations: string[] = [];
    const overCautious: string[] = [];
    for (const answers of enumerate(content, (id) => (inSection(id) ? allValues(content, id) : fixed(id)))) {
      paths++;
      const unknowns = Object.entries(answers).filter(([id, v]) => inSection(id) && isUndecided(content, id, v));
      if (unknowns.length === 0) continue;
      withUnknown++;
      // A completion keeps the definite answers; "No sé", open answers and the questions they
      // open take every definite value.
      const keeps = (id: string, value: string) => {
        const given = answers[id];
        return given === undefined || isUndecided(content, id, given) || given === value;
      };
      const possible = new Set(definite.filter((d) => d.answers.every(([id, v]) => keeps(id, v))).map((d) => d.outcome));
      const outcome = outcomeOf(answers);
      const dangerous = [...possible].some((o) => DANGER.has(o));
      if (dangerous && outcome === 'riesgo_aceptable') violations.push(JSON.stringify(answers));
      // The converse keeps the engine honest: no "indeterminado" when nothing is at stake.
      if (!dangerous && outcome === 'indeterminado') overCautious.push(JSON.stringify(answers));
    }
    console.log(`${name}: ${paths} paths, ${withUnknown} with "No sé" or an open answer, ${definite.length} definite completions, all checked`);
    expect(violations).toEqual([]);
    expect(overCautious).toEqual([]);
  }, 300_000);
});
