// What the UI reads of the machine's snapshot: the screen shown and the answers. Components
// ask these, never the state names or the context, so the machine can change how it holds them.
import type { QuestionnaireSnapshot, Screen } from './questionnaireMachine';

/** The page a snapshot is on, or null at start, review and result. */
export function currentPage(snapshot: QuestionnaireSnapshot): string | null {
  return typeof snapshot.value === 'string' && snapshot.hasTag('page') ? snapshot.value : null;
}

/** The screen a snapshot shows: its page ID, or start, review or result. */
export const screenOf = (snapshot: QuestionnaireSnapshot): Screen => currentPage(snapshot) ?? (snapshot.value as string);

/** Every answer kept so far, by question ID. */
export const selectAnswers = (snapshot: QuestionnaireSnapshot): Record<string, string> => snapshot.context.answers;

/** Back at the start: the questionnaire is closed (a restart, or Back from its first page). */
export const isAtStart = (snapshot: QuestionnaireSnapshot): boolean => snapshot.hasTag('start');

export const isAtReview = (snapshot: QuestionnaireSnapshot): boolean => snapshot.hasTag('review');

export const isAtResult = (snapshot: QuestionnaireSnapshot): boolean => snapshot.hasTag('result');
