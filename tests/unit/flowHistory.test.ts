// The browser's history and the questionnaire: every screen has an address that names it back,
// and history moves (GO_TO) go only where the answers reach, keeping every answer as «Atrás» does.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { content } from '../../src/questionnaire/content';
import { routeOf } from '../../src/ui/routes';
import { screenHash, screenOfHash } from '../../src/flow/flowUrl';
import { REVIEW, RESULT, START } from '../../src/machine/questionnaireMachine';
import { screenOf } from '../../src/machine/selectors';
import { answerPages, defaultAnswer, machine, pageValues, walk } from '../helpers/journey';

const { pages } = content.questionnaire;
const started = () => {
  const actor = createActor(machine).start();
  actor.send({ type: 'BEGIN' });
  return actor;
};
/** An actor on the third page asked, with the two before answered by default; their IDs. */
function onThirdPage() {
  const actor = started();
  const seen: string[] = [];
  answerPages(actor, defaultAnswer, (page) => (seen.push(page), seen.length === 3));
  return { actor, first: seen[0]!, second: seen[1]!, third: seen[2]! };
}

describe('screen addresses', () => {
  it('names every page, the review and the result, and reads each name back', () => {
    for (const screen of [...pages.map((p) => p.id), REVIEW, RESULT]) {
      expect(screenHash(screen)).toMatch(/^#\/evaluar\/[a-z0-9_]+$/);
      expect(screenOfHash(screenHash(screen))).toBe(screen);
    }
    expect(screenHash(REVIEW)).toBe('#/evaluar/revision');
    expect(screenHash(RESULT)).toBe('#/evaluar/resultado');
    // The questionnaire takes the start page's place: its screens are on the start route.
    expect(routeOf(screenHash(pages[0]!.id))).toBe('start');
  });

  it('gives the start page its own address and names no screen for other addresses', () => {
    expect(screenHash(START)).toBe('#/');
    for (const hash of ['', '#/', '#/mapa', '#/ejemplos', '#s=abc', '#/evaluar/', '#/evaluar/<x>', '#/evaluarsistema']) expect(screenOfHash(hash)).toBeNull();
  });
});

describe('GO_TO, the machine event of a history move', () => {
  it('goes back to an earlier page and forward again, every answer kept', () => {
    const { actor, first, second, third } = onThirdPage();
    const answers = actor.getSnapshot().context.answers;
    actor.send({ type: 'GO_TO', screen: first });
    expect(screenOf(actor.getSnapshot())).toBe(first);
    expect(actor.getSnapshot().context.answers).toEqual(answers);
    actor.send({ type: 'GO_TO', screen: second });
    expect(screenOf(actor.getSnapshot())).toBe(second);
    actor.send({ type: 'GO_TO', screen: third });
    expect(screenOf(actor.getSnapshot())).toBe(third);
    expect(actor.getSnapshot().context.answers).toEqual(answers);
  });

  it('keeps the answers given on the page it leaves, as «Atrás» does', () => {
    const { actor, second, third } = onThirdPage();
    const { values } = pageValues(actor, defaultAnswer);
    actor.send({ type: 'GO_TO', screen: second, values });
    expect(actor.getSnapshot().context.answers).toMatchObject(values);
    actor.send({ type: 'GO_TO', screen: third });
    expect(screenOf(actor.getSnapshot())).toBe(third);
  });

  it('refuses a page the answers do not reach yet, and a page that does not exist', () => {
    const { actor, third } = onThirdPage();
    const later = pages.at(-1)!.id;
    expect(later).not.toBe(third);
    for (const screen of [later, 'no_such_page', REVIEW, RESULT]) {
      actor.send({ type: 'GO_TO', screen });
      expect(screenOf(actor.getSnapshot())).toBe(third);
    }
  });

  it('reaches the review and the result only with every page answered, and moves between them', () => {
    const { actor, pages: asked } = walk({});
    expect(screenOf(actor.getSnapshot())).toBe(REVIEW);
    actor.send({ type: 'GO_TO', screen: asked[0]! });
    expect(screenOf(actor.getSnapshot())).toBe(asked[0]);
    actor.send({ type: 'GO_TO', screen: REVIEW });
    expect(screenOf(actor.getSnapshot())).toBe(REVIEW);
    actor.send({ type: 'GO_TO', screen: RESULT });
    expect(screenOf(actor.getSnapshot())).toBe(RESULT);
    actor.send({ type: 'GO_TO', screen: REVIEW });
    expect(screenOf(actor.getSnapshot())).toBe(REVIEW);
  });

  it('leaves the first page for the start with the answers kept', () => {
    const actor = started();
    const first = screenOf(actor.getSnapshot());
    const { values } = pageValues(actor, defaultAnswer);
    actor.send({ type: 'GO_TO', screen: START, values });
    expect(screenOf(actor.getSnapshot())).toBe(START);
    expect(actor.getSnapshot().context.answers).toMatchObject(values);
    expect(first).toBe(pages[0]!.id);
  });
});
