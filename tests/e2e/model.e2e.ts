// A model-based walk: the browser follows paths found by the machine (one per outcome, from
// seeded walks, together asking every question: tests/helpers/modelPaths.ts), and at every step
// the same events go to an actor of the machine, whose screen the browser must show: the
// address, the page's rows in order and the answer each row holds. On the way, Back and Forward
// (and Back then «Continuar») at steps chosen by a fixed rule move both: the browser's history
// and the model's GO_TO must agree, and no answer may be lost. At the end the result's badge
// shows the engine's classification.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createActor, type Actor } from 'xstate';
import { classify, isoDate, optionsOf, pageRows, questionById, reachableQuestions } from '../../src/engine';
import { screenHash } from '../../src/flow/flowUrl';
import { REVIEW, RESULT, START, type QuestionnaireMachine } from '../../src/machine/questionnaireMachine';
import { currentPage, screenOf } from '../../src/machine/selectors';
import { content } from '../../src/questionnaire/content';
import { machine, pageValues } from '../helpers/journey';
import { pathPerOutcome, randomWalk, type ModelPath } from '../helpers/modelPaths';
import { appReady, openPage, useBrowser } from './browser';
import { continueFrom } from './flow';

const baseUrl = inject('baseUrl');
const session = useBrowser();
const today = isoDate(new Date());
const PATHS = pathPerOutcome(today);

type Model = Actor<QuestionnaireMachine>;

/** What a screen shows, in terms both sides can state: its address, and on a page its ID and
 *  its rows in order, each with the answer it holds (null for none). */
interface Screen {
  hash: string;
  page: string | null;
  rows: [string, string | null][];
}

/** The screen the browser shows. */
const shown = (page: Page): Promise<Screen> =>
  page.evaluate(() => ({
    hash: window.location.hash,
    page: document.querySelector('form[data-page]')?.getAttribute('data-page') ?? null,
    rows: [...document.querySelectorAll('[data-question]')].map((row): [string, string | null] => {
      const field = row.querySelector<HTMLInputElement | HTMLTextAreaElement>('input:checked, input[type=text], textarea[name]');
      const value = field === null || (field.type !== 'radio' && field.value === '') ? null : field.value;
      return [row.getAttribute('data-question')!, value];
    }),
  }));

/** The screen the model is on, with the answers it holds and `given` on its page (not sent). */
function expected(model: Model, given: Record<string, string> = {}): Screen {
  const snapshot = model.getSnapshot();
  const page = currentPage(snapshot);
  const answers = { ...snapshot.context.answers, ...given };
  return {
    hash: screenHash(screenOf(snapshot)),
    page,
    rows: page === null ? [] : pageRows(content, answers, page).map((q): [string, string | null] => [q.id, answers[q.id] ?? null]),
  };
}

/** Waits until the browser shows the model's screen (history moves and renders take a moment). */
async function agree(page: Page, model: Model) {
  const want = expected(model);
  await expect.poll(() => shown(page), { message: `the browser shows ${want.hash}` }).toEqual(want);
}

/**
 * The browser's history as the model sees it: the screens entered, in order, and the one shown.
 * Entering a screen drops the entries after the one shown, as the browser does.
 */
class History {
  private entries: string[] = [START];
  private at = 0;
  enter(screen: string) {
    this.entries = [...this.entries.slice(0, this.at + 1), screen];
    this.at++;
  }
  back() {
    return this.entries[--this.at]!;
  }
  forward() {
    return this.entries[++this.at]!;
  }
}

/** Gives the page's values, row after row in the order the model revealed them (one action
 *  per row: flow.ts's answerPage looks at every row before each answer, too slow here). A row
 *  the browser does not reveal fails the walk at once, with both screens side by side. The
 *  clicks are real mouse clicks on the option's label, without Playwright's wait for the page
 *  to stand still: some 160 rows must fit the time budget, and the journeys (journeys.e2e.ts)
 *  click as a person does. */
async function answerRows(page: Page, model: Model, values: Record<string, string>) {
  const given: Record<string, string> = {};
  for (const [id, value] of Object.entries(values)) {
    const question = questionById(content, id)!;
    const field =
      question.kind === 'text'
        ? page.locator(`#${id}`).fill(value, { timeout: 5_000 })
        : page.locator(`label[for="${id}-${optionsOf(content, question).findIndex((o) => o.id === value)}"]`).click({ timeout: 5_000, force: true });
    await field.catch(async (error: unknown) => {
      expect(await shown(page), `row ${id} never appears`).toEqual(expected(model, given));
      throw error;
    });
    given[id] = value;
  }
}

/** The values a page's form holds, as the model knows them: the answers to its rows. */
function formValues(model: Model): Record<string, string> | undefined {
  const snapshot = model.getSnapshot();
  const page = currentPage(snapshot);
  if (page === null) return undefined;
  const { answers } = snapshot.context;
  return Object.fromEntries(pageRows(content, answers, page).flatMap((q) => (answers[q.id] === undefined ? [] : [[q.id, answers[q.id]!]])));
}

/** Moves of the browser's history taken at a page (never the first: Back from it leaves the
 *  questionnaire for the start page, which history.e2e.ts covers). A fixed rule: every fourth
 *  page from the second, the kinds in turn, shifted per path, so every run takes the same moves
 *  and each long path takes both kinds; more would not fit the time budget. */
type Move = 'back-forward' | 'back-continue' | null;
const moveAt = (pathIndex: number, step: number): Move =>
  step % 4 !== 1 ? null : (['back-forward', 'back-continue'] as const)[(Math.floor(step / 4) + pathIndex) % 2]!;

describe('a model-based walk through the pages, one path per outcome', () => {
  let page: Page;
  let close: () => Promise<void>;
  let errors: string[];
  let foreign: string[];
  beforeAll(async () => {
    // One context and one tab for every path, each path starting from an empty store.
    const opened = await openPage(session.browser, baseUrl);
    ({ page, errors, foreign } = opened);
    close = () => opened.context.close();
  });
  afterAll(async () => {
    await close?.();
  });

  it('takes one path per outcome, the same every run, which together ask every question', () => {
    expect(PATHS.map((p) => p.outcome)).toEqual(['uso_indebido', 'riesgo_alto', 'riesgo_aceptable', 'fuera_de_ambito', 'indeterminado']);
    expect(PATHS.map((p) => randomWalk(p.seed, today))).toEqual(PATHS);
    // Every row of every page is then shown in the browser at least once. Should the
    // questionnaire grow a question the walks miss, give pathPerOutcome more walks.
    const asked = new Set(PATHS.flatMap((p) => Object.keys(p.answers)));
    expect(content.questionnaire.questions.map((q) => q.id).filter((id) => !asked.has(id))).toEqual([]);
  });

  it.each(PATHS.map((path, index) => ({ ...path, index, count: path.pages.length })))(
    '$outcome: seed $seed, $count pages',
    async (path: ModelPath & { index: number }) => {
      const pick = (questionId: string) => path.answers[questionId]!;
      // A fresh start: the store emptied (the tab is new, or on the app after the last path).
      if (page.url().startsWith(baseUrl)) await page.evaluate(() => window.localStorage.clear());
      await page.goto(baseUrl);
      await appReady(page);
      // Errors are this path's own.
      errors.length = 0;
      foreign.length = 0;

      const model = createActor(machine).start();
      const history = new History();
      await page.getByRole('button', { name: 'Empezar' }).click();
      model.send({ type: 'BEGIN' });
      history.enter(screenOf(model.getSnapshot()));

      for (let step = 0, at = currentPage(model.getSnapshot()); at !== null; step++, at = currentPage(model.getSnapshot())) {
        await agree(page, model);
        // Answer the rows as they appear, without sending: the browser reveals the same rows
        // as the model, and holds the answers given.
        const { values } = pageValues(model, pick);
        await answerRows(page, model, values);
        await expect.poll(() => shown(page)).toEqual(expected(model, values));

        const move = moveAt(path.index, step);
        if (move !== null) {
          // Back keeps the answers given on the page but not sent, as «Atrás» does.
          await page.goBack();
          model.send({ type: 'GO_TO', screen: history.back(), values });
          await agree(page, model);
          if (move === 'back-forward') {
            await page.goForward();
            model.send({ type: 'GO_TO', screen: history.forward(), values: formValues(model) });
          } else {
            // «Continuar» on the page before, its answers unchanged: a new entry for this page.
            const previous = currentPage(model.getSnapshot())!;
            const sent = formValues(model)!;
            await continueFrom(page, previous);
            model.send({ type: 'SUBMIT_PAGE', values: sent });
            history.enter(screenOf(model.getSnapshot()));
          }
          expect(currentPage(model.getSnapshot())).toBe(at);
          await agree(page, model);
        }
        await continueFrom(page, at);
        model.send({ type: 'SUBMIT_PAGE', values });
        history.enter(screenOf(model.getSnapshot()));
      }

      const { answers } = model.getSnapshot().context;
      expect(answers).toEqual(path.answers);
      expect(screenOf(model.getSnapshot())).toBe(REVIEW);
      await agree(page, model);
      // The review lists each question asked.
      await expect.poll(() => page.locator('.summary-list__row').count()).toBe(reachableQuestions(content, answers).length);
      // Back to the last page and Forward again, its answers kept.
      await page.goBack();
      model.send({ type: 'GO_TO', screen: history.back() });
      await agree(page, model);
      await page.goForward();
      model.send({ type: 'GO_TO', screen: history.forward(), values: formValues(model) });
      await agree(page, model);

      await page.getByRole('button', { name: 'Ver el resultado' }).click();
      model.send({ type: 'SHOW_RESULT' });
      history.enter(screenOf(model.getSnapshot()));
      expect(screenOf(model.getSnapshot())).toBe(RESULT);
      await agree(page, model);
      // Back to the review and Forward to the result.
      await page.goBack();
      model.send({ type: 'GO_TO', screen: history.back() });
      await agree(page, model);
      await page.goForward();
      model.send({ type: 'GO_TO', screen: history.forward() });
      await agree(page, model);

      const { outcome } = classify(content, model.getSnapshot().context.answers, { today });
      expect(outcome).toBe(path.outcome);
      await expect.poll(() => page.locator(`.badge.badge--${outcome}`).count()).toBe(1);
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
      model.stop();
    },
    // Explicit budget, CI being near its limit. Measured on a two-core machine shared with
    // other test runs: the longest path 5–16 s, the whole file 35–50 s at a load average of
    // 6 to 11 (up to 24 s and 76 s at 12, with two other Chromium suites running).
    40_000,
  );
});
