// The questionnaire as an XState v5 machine, built from the data: one state per page (tagged
// "page", with its ID in meta), plus start, review and result. A page carries a group of related
// questions; the answers stay one per question. Navigation is decided by the engine's page-flow
// functions; a transient "route" state turns the engine's answer ("go to page X") into a
// transition, so every target is a static state.
import { assign, setup, type SnapshotFrom } from 'xstate';
import {
  firstPage,
  firstUnansweredPage,
  isValidAnswer,
  nextPage,
  pageComplete,
  pageOf,
  previousPage,
  pruneAnswers,
  questionById,
  reachableQuestions,
  type Content,
} from '../engine';

export type Cursor = string | 'start' | 'review';

export interface QuestionnaireContext {
  answers: Record<string, string>;
  /** Where "route" sends the machine next: a page ID, start or review. */
  cursor: Cursor;
  /** Set by EDIT from the review: after the change, go back to the review. */
  returnToReview: boolean;
}

/** `values`: the page's answers by question ID. BACK keeps the valid ones given so far. */
export type QuestionnaireEvent =
  | { type: 'NEXT'; values?: Record<string, string> }
  | { type: 'BACK'; values?: Record<string, string> }
  | { type: 'EDIT'; questionId: string }
  /** The browser's history names a screen (a page ID, start, review or result). `values`: the
   *  answers on the page being left, kept as BACK keeps them. */
  | { type: 'GO_TO'; screen: string; values?: Record<string, string> }
  | { type: 'RESTART' };

export const START = 'start';
export const REVIEW = 'review';
export const RESULT = 'result';
const ROUTE = 'route';

const initialContext = (): QuestionnaireContext => ({ answers: {}, cursor: START, returnToReview: false });

export function createQuestionnaireMachine(content: Content) {
  const { pages } = content.questionnaire;

  /** The answers with the valid ones among a page's values put in. */
  const withValues = (answers: Record<string, string>, values: Record<string, string> | undefined) => ({
    ...answers,
    ...Object.fromEntries(Object.entries(values ?? {}).filter(([id, value]) => isValidAnswer(content, id, value))),
  });
  /** The same, without the answers to questions no longer asked (as the flow always dropped them). */
  const merged = (answers: Record<string, string>, values: Record<string, string> | undefined) => pruneAnswers(content, withValues(answers, values));

  /** Whether these answers lead to `target`: every page asked before it is complete. The
   *  browser's history may name any screen; only one the answers reach is shown. */
  const reaches = (answers: Record<string, string>, target: string) => {
    for (let page = firstPage(content, answers); page !== null; page = nextPage(content, answers, page)) {
      if (page === target) return true;
      if (!pageComplete(content, answers, page)) return false;
    }
    return false;
  };
  const canShow = (answers: Record<string, string>, screen: string) =>
    screen === START || (screen === REVIEW || screen === RESULT ? firstUnansweredPage(content, answers) === null : reaches(answers, screen));

  // History moves like the app's own buttons: the page's answers are kept, the result waits
  // for the review's condition (every page answered), and an unreached page is refused.
  const goTo = [
    { guard: { type: 'canGoTo', params: { to: RESULT } }, target: RESULT, actions: 'goTo' },
    { guard: { type: 'canGoTo', params: { to: null } }, target: ROUTE, actions: 'goTo' },
  ] as const;

  const pageStates = Object.fromEntries(
    pages.map((page) => [
      page.id,
      {
        tags: ['page'],
        meta: { pageId: page.id },
        on: {
          NEXT: {
            guard: { type: 'pageIsComplete', params: { pageId: page.id } },
            target: ROUTE,
            actions: { type: 'recordPage', params: { pageId: page.id } },
          },
          BACK: { target: ROUTE, actions: { type: 'stepBack', params: { pageId: page.id } } },
          GO_TO: goTo,
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
      pageIsComplete: ({ context, event }, { pageId }: { pageId: string }) =>
        event.type === 'NEXT' && pageComplete(content, withValues(context.answers, event.values), pageId),
      cursorIs: ({ context }, { cursor }: { cursor: Cursor }) => context.cursor === cursor,
      canEdit: ({ context, event }) => event.type === 'EDIT' && reachableQuestions(content, context.answers).some((q) => q.id === event.questionId),
      complete: ({ context }) => firstUnansweredPage(content, context.answers) === null,
      // `to`: the result only (its own transition), or null for any other screen.
      canGoTo: ({ context, event }, { to }: { to: typeof RESULT | null }) =>
        event.type === 'GO_TO' && (to === null ? event.screen !== RESULT : event.screen === to) && canShow(merged(context.answers, event.values), event.screen),
    },
    actions: {
      reset: assign(initialContext),
      goToFirst: assign({ cursor: () => firstPage(content, {}) ?? REVIEW }),
      recordPage: assign(({ context, event }, { pageId }: { pageId: string }) => {
        if (event.type !== 'NEXT') return {};
        const answers = merged(context.answers, event.values);
        const cursor = context.returnToReview ? (firstUnansweredPage(content, answers) ?? REVIEW) : (nextPage(content, answers, pageId) ?? REVIEW);
        return { answers, cursor, returnToReview: context.returnToReview && cursor !== REVIEW };
      }),
      stepBack: assign(({ context, event }, { pageId }: { pageId: string }) => {
        const answers = event.type === 'BACK' ? merged(context.answers, event.values) : context.answers;
        return { answers, cursor: previousPage(content, answers, pageId) ?? START };
      }),
      toLastPage: assign(({ context }) => ({
        cursor: previousPage(content, context.answers, null) ?? START,
        returnToReview: false,
      })),
      goTo: assign(({ context, event }) =>
        event.type === 'GO_TO' ? { answers: merged(context.answers, event.values), cursor: event.screen, returnToReview: false } : {},
      ),
      startEdit: assign(({ event }) => (event.type === 'EDIT' ? { cursor: pageOf(content, event.questionId)?.id ?? REVIEW, returnToReview: true } : {})),
    },
  }).createMachine({
    id: 'semaforo',
    initial: START,
    context: initialContext,
    on: { RESTART: { target: `.${START}`, actions: 'reset' } },
    states: {
      [START]: { tags: ['start'], on: { NEXT: { target: ROUTE, actions: 'goToFirst' } } },
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
          NEXT: { guard: 'complete', target: RESULT },
          BACK: { target: ROUTE, actions: 'toLastPage' },
          EDIT: edit,
          GO_TO: goTo,
        },
      },
      [RESULT]: {
        tags: ['result'],
        on: { BACK: REVIEW, EDIT: edit, GO_TO: goTo },
      },
    },
  });
}

export type QuestionnaireMachine = ReturnType<typeof createQuestionnaireMachine>;
export type QuestionnaireSnapshot = SnapshotFrom<QuestionnaireMachine>;

/** The page a snapshot is on, or null at start, review and result. */
export function currentPage(snapshot: QuestionnaireSnapshot): string | null {
  return typeof snapshot.value === 'string' && snapshot.hasTag('page') ? snapshot.value : null;
}

/** The screen a snapshot shows: its page ID, or start, review or result. */
export const screenOf = (snapshot: QuestionnaireSnapshot): string => currentPage(snapshot) ?? (snapshot.value as string);

/**
 * A persisted snapshot in the shape this machine reads. Until pages, the machine had one state
 * per question, and autosave kept snapshots naming one (value and cursor a question ID): those
 * resume on the page holding that question, with the same answers and the same return to the
 * review. Anything else is returned as it is, for the machine to accept or refuse.
 */
export function upgradeSnapshot(content: Content, persisted: unknown): unknown {
  if (typeof persisted !== 'object' || persisted === null) return persisted;
  const snapshot = persisted as { value?: unknown; context?: { cursor?: unknown } };
  const toPage = (x: unknown) => (typeof x === 'string' && questionById(content, x) ? (pageOf(content, x)?.id ?? x) : x);
  if (toPage(snapshot.value) === snapshot.value && toPage(snapshot.context?.cursor) === snapshot.context?.cursor) return persisted;
  return {
    ...snapshot,
    value: toPage(snapshot.value),
    ...(snapshot.context ? { context: { ...snapshot.context, cursor: toPage(snapshot.context.cursor) } } : {}),
  };
}
