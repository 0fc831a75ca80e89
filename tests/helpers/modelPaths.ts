// Paths through the questionnaire taken from the machine, not picked by hand: seeded random
// walks (each row the machine shows answered with one of its options, as a person could) until
// every outcome has been reached once. Answers drawn evenly almost always meet a prohibition or
// leave the scope (a «riesgo aceptable» needs some thirty answers to fall on the harmless side),
// so each walk draws how often it keeps to the golden defaults (tests/golden/_defaults.json,
// a harmless system) and answers the other rows evenly. The seed sequence is fixed, so every
// run finds the same paths; a change to the questionnaire or the machine may find others, and
// the browser walk follows whatever is found.
import { createActor } from 'xstate';
import { classify, optionsOf, questionById } from '../../src/engine';
import { content } from '../../src/questionnaire/content';
import type { Outcome } from '../../src/questionnaire/schema';
import { answerPages, defaultAnswer, machine } from './journey';

export const OUTCOMES: readonly Outcome[] = ['uso_indebido', 'riesgo_alto', 'riesgo_aceptable', 'fuera_de_ambito', 'indeterminado'];

/** mulberry32: a small seeded generator, the same numbers on every machine. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface ModelPath {
  seed: number;
  outcome: Outcome;
  /** Every answer given on the way, by question ID. */
  answers: Record<string, string>;
  /** The pages walked, in order, from the first to the last before the review. */
  pages: string[];
}

/** The golden default of a question, or undefined for one without (company size). */
function harmless(questionId: string): string | undefined {
  try {
    return defaultAnswer(questionId);
  } catch {
    return undefined;
  }
}

/** One walk of the machine from the start to the review, each row answered at random. */
export function randomWalk(seed: number, today: string): ModelPath {
  const random = seeded(seed);
  const keepToDefaults = random();
  const pick = (questionId: string) => {
    const question = questionById(content, questionId)!;
    if (question.kind === 'text') return `Sistema ${seed}`;
    const fallback = random() < keepToDefaults ? harmless(questionId) : undefined;
    const options = optionsOf(content, question);
    return fallback ?? options[Math.floor(random() * options.length)]!.id;
  };
  const actor = createActor(machine).start();
  actor.send({ type: 'NEXT' });
  const { pages } = answerPages(actor, pick);
  const { answers } = actor.getSnapshot().context;
  actor.stop();
  return { seed, outcome: classify(content, answers, { today }).outcome, answers, pages };
}

/** The first path found for each outcome, seeds 1, 2, 3, …; fails when one stays out of reach. */
export function pathPerOutcome(today: string, tries = 2000): ModelPath[] {
  const found = new Map<Outcome, ModelPath>();
  for (let seed = 1; seed <= tries && found.size < OUTCOMES.length; seed++) {
    const path = randomWalk(seed, today);
    if (!found.has(path.outcome)) found.set(path.outcome, path);
  }
  const missing = OUTCOMES.filter((o) => !found.has(o));
  if (missing.length > 0) throw new Error(`No path to ${missing.join(', ')} in ${tries} seeded walks`);
  return OUTCOMES.map((o) => found.get(o)!);
}
