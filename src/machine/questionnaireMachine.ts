// The questionnaire as an XState v5 machine, built from the data: one state per question
// (tagged "question", with its ID in meta), plus start, review and result. Navigation is
// decided by the engine's flow functions; a transient "route" state turns the engine's
// answer ("go to question X") into a transition, so every target is a static state.
import { assign, setup, type SnapshotFrom } from 'xstate';
import {
  firstQuestion,
  firstUnanswered,
  isValidAnswer,
  nextQuestion,
  previousQuestion,
  pruneAnswers,
  reachableQuestions,
  type Content,
} from '../engine';

export type Cursor = string | 'start' | 'review';

export interface QuestionnaireContext {
  answers: Record<string, string>;
  /** Where "route" sends the machine next. */
  cursor: Cursor;
  /** Set by EDIT from the review: after the change, go back to the review. */
  returnToReview: boolean;
}

export type QuestionnaireEvent =
  | { type: 'NEXT'; value?: string }
  | { type: 'BACK' }
  | { type: 'EDIT'; questionId: string }
  | { type: 'RESTART' };

export const START = 'start';
export const REVIEW = 'review';
export const RESULT = 'result';
const ROUTE = 'route';

const initialContext = (): QuestionnaireContext => ({ answers: {}, cursor: START, returnToReview: false });

export function createQuestionnaireMachine(content: Content) {
  const { questions } = content.questionnaire;

  const questionStates = Object.fromEntries(
    questions.map((q) => [
      q.id,
      {
        tags: ['question'],
        meta: { questionId: q.id, section: q.section },
        on: {
          NEXT: {
            guard: { type: 'answerIsValid', params: { questionId: q.id } },
            target: ROUTE,
            actions: { type: 'recordAnswer', params: { questionId: q.id } },
          },
          BACK: { target: ROUTE, actions: { type: 'stepBack', params: { questionId: q.id } } },
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
      answerIsValid: ({ event }, { questionId }: { questionId: string }) =>
        event.type === 'NEXT' && isValidAnswer(content, questionId, event.value),
      cursorIs: ({ context }, { cursor }: { cursor: Cursor }) => context.cursor === cursor,
      canEdit: ({ context, event }) =>
        event.type === 'EDIT' && reachableQuestions(content, context.answers).some((q) => q.id === event.questionId),
      complete: ({ context }) => firstUnanswered(content, context.answers) === null,
    },
    actions: {
      reset: assign(initialContext),
      goToFirst: assign({ cursor: () => firstQuestion(content, {}) ?? REVIEW }),
      recordAnswer: assign(({ context, event }, { questionId }: { questionId: string }) => {
        if (event.type !== 'NEXT' || event.value === undefined) return {};
        const answers = pruneAnswers(content, { ...context.answers, [questionId]: event.value });
        const cursor = context.returnToReview
          ? firstUnanswered(content, answers) ?? REVIEW
          : nextQuestion(content, answers, questionId) ?? REVIEW;
        return { answers, cursor, returnToReview: context.returnToReview && cursor !== REVIEW };
      }),
      stepBack: assign(({ context }, { questionId }: { questionId: string }) => ({
        cursor: previousQuestion(content, context.answers, questionId) ?? START,
      })),
      toLastQuestion: assign(({ context }) => ({
        cursor: previousQuestion(content, context.answers, null) ?? START,
        returnToReview: false,
      })),
      startEdit: assign(({ event }) => (event.type === 'EDIT' ? { cursor: event.questionId, returnToReview: true } : {})),
    },
  }).createMachine({
    id: 'semaforo',
    initial: START,
    context: initialContext,
    on: { RESTART: { target: `.${START}`, actions: 'reset' } },
    states: {
      [START]: { tags: ['start'], on: { NEXT: { target: ROUTE, actions: 'goToFirst' } } },
      ...questionStates,
      [ROUTE]: {
        always: [
          ...questions.map((q) => ({ guard: { type: 'cursorIs' as const, params: { cursor: q.id } }, target: q.id })),
          { guard: { type: 'cursorIs' as const, params: { cursor: START } }, target: START },
          { target: REVIEW },
        ],
      },
      [REVIEW]: {
        tags: ['review'],
        on: {
          NEXT: { guard: 'complete', target: RESULT },
          BACK: { target: ROUTE, actions: 'toLastQuestion' },
          EDIT: edit,
        },
      },
      [RESULT]: {
        tags: ['result'],
        on: { BACK: REVIEW, EDIT: edit },
      },
    },
  });
}

export type QuestionnaireMachine = ReturnType<typeof createQuestionnaireMachine>;
export type QuestionnaireSnapshot = SnapshotFrom<QuestionnaireMachine>;

/** The question a snapshot is on, or null at start, review and result. */
export function currentQuestion(snapshot: QuestionnaireSnapshot): string | null {
  return typeof snapshot.value === 'string' && snapshot.hasTag('question') ? snapshot.value : null;
}
