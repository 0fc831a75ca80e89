// Each questionnaire screen has its own address, so the browser's Back and Forward move
// through the pages and the review, and a reload stays on the screen:
//   #/evaluar/<page ID>   a page of questions (page IDs are lower-case slugs)
//   #/evaluar/revision    the review
//   #/evaluar/resultado   the result
// The start page keeps "#/". The addresses live in the fragment like the other pages'
// (src/app/routes.ts), under one prefix no other page uses; they name a screen, never an
// answer: which screens the answers reach is the machine's to decide.
import { FLOW_PREFIX as PREFIX, href } from '../ui/routes';
import { RESULT, REVIEW, START } from '../machine/questionnaireMachine';

const SLUGS: Record<string, string> = { [REVIEW]: 'revision', [RESULT]: 'resultado' };

/** The address of a screen: a page ID, start, review or result. */
export const screenHash = (screen: string): string => (screen === START ? href('start') : PREFIX + (SLUGS[screen] ?? screen));

/** The screen an address names, or null when it names none (the start page, another page). */
export function screenOfHash(hash: string): string | null {
  if (!hash.startsWith(PREFIX)) return null;
  const slug = hash.slice(PREFIX.length).split(/[?#/]/)[0]!;
  if (!/^[a-z0-9_]+$/.test(slug)) return null;
  return Object.keys(SLUGS).find((screen) => SLUGS[screen] === slug) ?? slug;
}
