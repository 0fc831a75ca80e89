// Two tabs on one assessment. A tab's write finds, in storage, answers another tab saved since
// this tab last read or wrote the record: instead of writing over them, the two are merged per
// answer, the newest change winning, and the tab resumes from the merged record. The machine
// resumes from a snapshot, so the merged record gets one built from the merged answers: on the
// page this tab was on if the merged answers still ask it, else at the first question they
// leave unanswered (or the review or result when none is).
import { classify, isoDate, pruneAnswers, systemName } from '../engine';
import { isAtResult } from '../machine/selectors';
import { loadAnswers, savedAtResult } from '../machine/snapshots';
import { content } from '../questionnaire/content';
import { answersOf, type SavedAssessment } from '../storage/assessments';

type Answers = Record<string, string>;

export const sameAnswers = (a: Answers, b: Answers) => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
};

const time = (iso: string | undefined) => (iso ? Date.parse(iso) : Number.NEGATIVE_INFINITY);

/** Each side's answers with when each was last changed. */
export interface Side {
  answers: Answers;
  answeredAt: Record<string, string>;
}

/** Per question: a change on one side only is kept; a change on both keeps the newer (this
 *  tab's on a tie, since it is being made now). A removal carries no time, so an answer given
 *  on the other side beats it. The result drops what the merged answers no longer ask. */
export function mergeAnswers(base: Answers, mine: Side, theirs: Side): Side {
  const answers: Answers = {};
  const answeredAt: Record<string, string> = {};
  for (const q of new Set([...Object.keys(base), ...Object.keys(mine.answers), ...Object.keys(theirs.answers)])) {
    const mineChanged = mine.answers[q] !== base[q];
    const theirsChanged = theirs.answers[q] !== base[q];
    const side = mineChanged && (!theirsChanged || time(mine.answeredAt[q]) >= time(theirs.answeredAt[q])) ? mine : theirs;
    const value = side.answers[q];
    if (value === undefined) continue;
    answers[q] = value;
    const at = side.answeredAt[q];
    if (at) answeredAt[q] = at;
  }
  const kept = pruneAnswers(content, answers);
  return { answers: kept, answeredAt: Object.fromEntries(Object.entries(answeredAt).filter(([q]) => q in kept)) };
}

/** The snapshot of `answers` on the screen `from` was on, or where the answers lead if that
 *  screen no longer fits them (LOAD); the outcome when the screen is the result. */
function place(from: unknown, answers: Answers): Pick<SavedAssessment, 'snapshot' | 'outcome'> {
  const { snapshot, persisted } = loadAnswers(answers, { from, onResult: savedAtResult(from) });
  return { snapshot: persisted, outcome: isAtResult(snapshot) ? classify(content, answers, { today: isoDate(new Date()) }).outcome : null };
}

/** `mine`: the record this tab is about to write; `base`: the answers it last read or wrote;
 *  `theirs`: the record in storage now. Fields other than the answers come from `mine`, which
 *  the tab built on top of `theirs`. */
export function mergeRecord(mine: SavedAssessment, base: Answers, theirs: SavedAssessment): SavedAssessment {
  const merged = mergeAnswers(
    base,
    { answers: answersOf(mine), answeredAt: mine.answeredAt ?? {} },
    { answers: answersOf(theirs), answeredAt: theirs.answeredAt ?? {} },
  );
  return { ...theirs, ...mine, name: systemName(content, merged.answers), ...place(mine.snapshot, merged.answers), answeredAt: merged.answeredAt };
}
