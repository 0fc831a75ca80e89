// Paths through the questionnaire taken from the machine, not picked by hand: seeded random
// walks (each row the machine shows answered with one of its options, as a person could), and
// from them one path per outcome. Answers drawn evenly almost always meet a prohibition or
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
  actor.send({ type: 'BEGIN' });
  const { pages } = answerPages(actor, pick);
  const { answers } = actor.getSnapshot().context;
  actor.stop();
  return { seed, outcome: classify(content, answers, { today }).outcome, answers, pages };
}

/**
 * One path per outcome, from the seeded walks 1 to `walks`: for each outcome in turn, the walk
 * to it that asks the most questions the paths chosen before did not (the lowest seed on a
 * tie), so that together the paths show as many rows as the walks reach. Fails when an outcome
 * is out of reach.
 */
export function pathPerOutcome(today: string, walks = 100): ModelPath[] {
  const found = Array.from({ length: walks }, (_, i) => randomWalk(i + 1, today));
  const asked = new Set<string>();
  return OUTCOMES.map((outcome) => {
    let best: ModelPath | undefined;
    let bestNew = -1;
    for (const path of found.filter((p) => p.outcome === outcome)) {
      const fresh = Object.keys(path.answers).filter((id) => !asked.has(id)).length;
      if (fresh > bestNew) [best, bestNew] = [path, fresh];
    }
    if (!best) throw new Error(`No path to ${outcome} in ${walks} seeded walks`);
    for (const id of Object.keys(best.answers)) asked.add(id);
    return best;
  });
}
