// The questionnaire as an XState v5 machine, built from the data: one state per page (tagged
// "page", with its ID in meta), plus start, review and result. A page carries a group of related
// questions; the answers stay one per question. Navigation is decided by the engine's page-flow
// functions; a transient "route" state turns the engine's answer ("go to page X") into a
// transition, so every target is a static state. Saved snapshots name these states and hold
// this context: renaming either needs a step in upgradeSnapshot (./snapshots.ts).
import { assertEvent, assign, setup, type SnapshotFrom } from 'xstate';
import {
  firstPage,
  firstUnansweredPage,
  nextPage,
  pageComplete,
  pageOf,
  pagesAsked,
  previousPage,
  pruneAnswers,
  reachableQuestions,
  withValidValues,
  type Content,
} from '../engine';

/** A screen of the questionnaire: a page ID, or start, review or result. Addresses and the
 *  browser's history name screens (GO_TO); the selectors in ./selectors.ts read them. */
export type Screen = string;

export interface QuestionnaireContext {
  answers: Record<string, string>;
  /** Where "route" sends the machine next: a page ID, start or review. */
  cursor: Screen;
  /** Set by EDIT from the review: after the change, go back to the review. */
  returnToReview: boolean;
}

/** `values`: a page's answers by question ID, as the form holds them. */
export type QuestionnaireEvent =
  /** «Empezar»: from the start to the first page. */
  | { type: 'BEGIN' }
  /** «Continuar» on a page: its answers, every row shown answered (else refused). */
  | { type: 'SUBMIT_PAGE'; values: Record<string, string> }
  /** «Ver el resultado» on the review, once every page is answered. */
  | { type: 'SHOW_RESULT' }
  /** «Atrás»: the screen before. From a page, the valid values given on it are kept. */
  | { type: 'BACK'; values?: Record<string, string> }
  /** The person leaves for another page of the app (the menu): the valid values given on the
   *  page are kept, as «Atrás» keeps them, and the page stays for when they come back. */
  | { type: 'LEAVE'; values: Record<string, string> }
  /** «Cambiar» on the review or the result: the page holding this question, then back to the review. */
  | { type: 'EDIT'; questionId: string }
  /** The browser's history names a screen. `values`: the answers on the page being left, kept
   *  as BACK keeps them. */
  | { type: 'GO_TO'; screen: Screen; values?: Record<string, string> }
  /** «Empezar de nuevo»: every answer cleared, back at the start. */
  | { type: 'RESTART' }
  /** A saved, imported, shared or merged assessment's answers. The screen shown stays if these
   *  answers still ask it; otherwise the first page they leave unanswered opens (and then the
   *  review), or, with every page answered, the review, or the result when `onResult`. */
  | { type: 'LOAD'; answers: Record<string, string>; onResult?: boolean };

export const START = 'start';
export const REVIEW = 'review';
export const RESULT = 'result';
const ROUTE = 'route';

const initialContext = (): QuestionnaireContext => ({ answers: {}, cursor: START, returnToReview: false });

export function createQuestionnaireMachine(content: Content) {
  const { pages } = content.questionnaire;

  /** The answers with a page's valid values put in, without the answers to questions no longer
   *  asked (as the flow always dropped them). */
  const merged = (answers: Record<string, string>, values: Record<string, string> | undefined) =>
    pruneAnswers(content, withValidValues(content, answers, values));
  const complete = (answers: Record<string, string>) => firstUnansweredPage(content, answers) === null;

  /** Whether these answers lead to `target`: every page asked before it is complete. The
   *  browser's history may name any screen; only one the answers reach is shown. */
  const reaches = (answers: Record<string, string>, target: string) => {
    for (let page = firstPage(content, answers); page !== null; page = nextPage(content, answers, page)) {
      if (page === target) return true;
      if (!pageComplete(content, answers, page)) return false;
    }
    return false;
  };
  const canShow = (answers: Record<string, string>, screen: Screen) =>
    screen === START || (screen === REVIEW || screen === RESULT ? complete(answers) : reaches(answers, screen));

  // History moves like the app's own buttons: the page's answers are kept, the result waits
  // for the review's condition (every page answered), and an unreached page is refused.
  const goTo = [
    { guard: { type: 'canGoTo', params: { to: RESULT } }, target: RESULT, actions: 'goTo' },
    { guard: { type: 'canGoTo', params: { to: null } }, target: ROUTE, actions: 'goTo' },
  ] as const;

  // Loading answers: the screen shown keeps them if they still ask it (`stays`), else they are
  // placed where they lead.
  const placed = [
    { guard: 'loadsResult', target: RESULT, actions: 'load' },
    { target: ROUTE, actions: 'load' },
  ] as const;
  const load = (stays: { type: 'asks'; params: { pageId: string } } | 'loadsComplete') => [{ guard: stays, actions: 'keepLoaded' }, ...placed] as const;

  const pageStates = Object.fromEntries(
    pages.map((page) => [
      page.id,
      {
        tags: ['page'],
        meta: { pageId: page.id },
        on: {
          SUBMIT_PAGE: {
            guard: { type: 'pageIsComplete', params: { pageId: page.id } },
            target: ROUTE,
            actions: { type: 'recordPage', params: { pageId: page.id } },
          },
          BACK: { target: ROUTE, actions: { type: 'stepBack', params: { pageId: page.id } } },
          LEAVE: { actions: 'keepValues' },
          GO_TO: goTo,
          LOAD: load({ type: 'asks', params: { pageId: page.id } }),
        },
      },
    ]),
  );

  const edit = { guard: 'canEdit', target: ROUTE, actions: 'startEdit' } as const;

  return setup({
    types: {
      context: {} as QuestionnaireContext,
      events: {} as QuestionnaireEvent,
    },
    guards: {
      // Every row the page shows, with these values, has a valid answer.
      pageIsComplete: ({ context, event }, { pageId }: { pageId: string }) => {
        assertEvent(event, 'SUBMIT_PAGE');
        return pageComplete(content, withValidValues(content, context.answers, event.values), pageId);
      },
      cursorIs: ({ context }, { cursor }: { cursor: Screen }) => context.cursor === cursor,
      canEdit: ({ context, event }) => {
        assertEvent(event, 'EDIT');
        return reachableQuestions(content, context.answers).some((q) => q.id === event.questionId);
      },
      complete: ({ context }) => complete(context.answers),
      // `to`: the result only (its own transition), or null for any other screen.
      canGoTo: ({ context, event }, { to }: { to: typeof RESULT | null }) => {
        assertEvent(event, 'GO_TO');
        return (to === null ? event.screen !== RESULT : event.screen === to) && canShow(merged(context.answers, event.values), event.screen);
      },
      asks: ({ event }, { pageId }: { pageId: string }) => {
        assertEvent(event, 'LOAD');
        return pagesAsked(content, event.answers).some((page) => page.id === pageId);
      },
      loadsComplete: ({ event }) => {
        assertEvent(event, 'LOAD');
        return complete(event.answers);
      },
      loadsResult: ({ event }) => {
        assertEvent(event, 'LOAD');
        return event.onResult === true && complete(event.answers);
      },
    },
    actions: {
      reset: assign(initialContext),
      goToFirst: assign({ cursor: () => firstPage(content, {}) ?? REVIEW }),
      recordPage: assign(({ context, event }, { pageId }: { pageId: string }) => {
        assertEvent(event, 'SUBMIT_PAGE');
        const answers = merged(context.answers, event.values);
        const cursor = context.returnToReview ? (firstUnansweredPage(content, answers) ?? REVIEW) : (nextPage(content, answers, pageId) ?? REVIEW);
        return { answers, cursor, returnToReview: context.returnToReview && cursor !== REVIEW };
      }),
      keepValues: assign(({ context, event }) => {
        assertEvent(event, 'LEAVE');
        return { answers: merged(context.answers, event.values) };
      }),
      stepBack: assign(({ context, event }, { pageId }: { pageId: string }) => {
        assertEvent(event, 'BACK');
        const answers = merged(context.answers, event.values);
        return { answers, cursor: previousPage(content, answers, pageId) ?? START };
      }),
      toLastPage: assign(({ context }) => ({
        cursor: previousPage(content, context.answers, null) ?? START,
        returnToReview: false,
      })),
      goTo: assign(({ context, event }) => {
        assertEvent(event, 'GO_TO');
        return { answers: merged(context.answers, event.values), cursor: event.screen, returnToReview: false };
      }),
      startEdit: assign(({ event }) => {
        assertEvent(event, 'EDIT');
        return { cursor: pageOf(content, event.questionId)?.id ?? REVIEW, returnToReview: true };
      }),
      keepLoaded: assign(({ event }) => {
        assertEvent(event, 'LOAD');
        return { answers: event.answers };
      }),
      // On the first page the answers leave unanswered, the flow goes on to the next such page
      // and then to the review, as after EDIT.
      load: assign(({ event }) => {
        assertEvent(event, 'LOAD');
        const unanswered = firstUnansweredPage(content, event.answers);
        return { answers: event.answers, cursor: unanswered ?? REVIEW, returnToReview: unanswered !== null };
      }),
    },
  }).createMachine({
    id: 'semaforo',
    initial: START,
    context: initialContext,
    on: { RESTART: { target: `.${START}`, actions: 'reset' } },
    states: {
      [START]: { tags: ['start'], on: { BEGIN: { target: ROUTE, actions: 'goToFirst' }, LOAD: placed } },
      ...pageStates,
      [ROUTE]: {
        always: [
          ...pages.map((p) => ({ guard: { type: 'cursorIs' as const, params: { cursor: p.id } }, target: p.id })),
          { guard: { type: 'cursorIs' as const, params: { cursor: START } }, target: START },
          { target: REVIEW },
        ],
      },
      [REVIEW]: {
        tags: ['review'],
        on: {
          SHOW_RESULT: { guard: 'complete', target: RESULT },
          BACK: { target: ROUTE, actions: 'toLastPage' },
          EDIT: edit,
          GO_TO: goTo,
          LOAD: load('loadsComplete'),
        },
      },
      [RESULT]: {
        tags: ['result'],
        on: { BACK: REVIEW, EDIT: edit, GO_TO: goTo, LOAD: load('loadsComplete') },
      },
    },
  });
}

export type QuestionnaireMachine = ReturnType<typeof createQuestionnaireMachine>;
export type QuestionnaireSnapshot = SnapshotFrom<QuestionnaireMachine>;
