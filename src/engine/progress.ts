// Progress counted in screens, the unit a person experiences: the pages of questions these
// answers ask, then the review. A question not answered yet counts as asked (its askIf cannot
// be false until the answers it reads are given), so the total is the most screens the person
// may still see: answering can only lower it (tests/unit/progress.test.ts).
import { pageComplete, pagesAsked } from './pages';
import type { Answers, Content } from './types';

/** Where a screen stands among the screens these answers ask, review included. `screen`: a
 *  page ID, or null for the review. `current` is 1-based. */
export function screenPosition(content: Content, answers: Answers, screen: string | null): { current: number; total: number } {
  const pages = pagesAsked(content, answers).map((p) => p.id);
  const at = screen === null ? pages.length : pages.indexOf(screen);
  return { current: at + 1, total: pages.length + 1 };
}

export type StepState = 'answered' | 'current' | 'ahead';

/** The pages these answers ask, each answered (every page up to it complete, so the machine
 *  shows it on request), current (the page on screen) or ahead. `current`: the page on screen,
 *  or null on the review and the result. */
export function pageSteps(content: Content, answers: Answers, current: string | null): { id: string; state: StepState }[] {
  let reached = true;
  return pagesAsked(content, answers).map((page): { id: string; state: StepState } => {
    reached &&= pageComplete(content, answers, page.id);
    return { id: page.id, state: page.id === current ? 'current' : reached ? 'answered' : 'ahead' };
  });
}
