// The action plan: each obligation that asks something of this actor, joined to the dates the
// deadline schedule gives for it. A "general" obligation binds from the decree's entry into
// force; a "phased" one (art. 25 and Title VI) on the actor's Primera DCF rows. Nothing here
// makes up a date: where the schedule gives the actor none, the item says so (no dates).
import type { Caveat } from '../questionnaire/schema';
import type { DeadlineItem, ObligationItem, Result } from './types';

/** How firmly the obligation binds this actor, as the plan states it. */
export type PlanCategory = 'mandatory' | 'conditional' | 'voluntary' | 'principle';

export interface PlanItem {
  obligation: ObligationItem;
  category: PlanCategory;
  /** The schedule rows for this obligation, earliest first. Empty when the schedule gives none:
   *  a phased obligation for an actor the Primera DCF rows do not place (e.g. no answer yet). */
  deadlines: DeadlineItem[];
  /** The earliest day it may be required (the start of a range); null when no row gives a day. */
  from: string | null;
}

export interface ActionPlan {
  items: PlanItem[];
  /** The nearest date after today on which something in the plan becomes required, if any. */
  next: { date: string; items: PlanItem[] } | null;
  /** What the schedule leaves uncertain for this actor as a whole (academia, concessionaires):
   *  said beside the dates, not only in the deadlines section further down. */
  caveats: Caveat[];
}

function categoryOf(o: ObligationItem): PlanCategory {
  if (o.conditional || o.onlyIf !== null || o.kind === 'conditional' || o.kind === 'condition') return 'conditional';
  if (o.kind === 'must' || o.kind === 'prohibition') return 'mandatory';
  if (o.kind === 'principle') return 'principle';
  return 'voluntary';
}

const firstDay = (d: DeadlineItem) => d.date?.from ?? null;
/** Undated items last; then by date, as the obligations list orders them. */
const byDate = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);

/** The plan for a result, in date order, with the next date still ahead of `result.today`.
 *  Items of kind «info» (what the SGTD may do) ask nothing of the actor and are left out. */
export function actionPlan(result: Result): ActionPlan {
  const { generalEntry, schedules } = result.deadlines;
  const phased = [...schedules].sort((a, b) => byDate(firstDay(a), firstDay(b)));
  const items = result.obligations
    .filter((o) => o.kind !== 'info')
    .map((obligation): PlanItem => {
      const deadlines = obligation.schedule === 'phased' ? phased : generalEntry ? [generalEntry] : [];
      const dated = deadlines.map(firstDay).filter((d) => d !== null);
      return { obligation, category: categoryOf(obligation), deadlines, from: dated[0] ?? null };
    })
    .sort((a, b) => byDate(a.from, b.from));
  const ahead = items.flatMap((i) => i.deadlines.map(firstDay)).filter((d): d is string => d !== null && d > result.today);
  const nextDate = ahead.sort()[0];
  const next = nextDate ? { date: nextDate, items: items.filter((i) => i.deadlines.some((d) => firstDay(d) === nextDate)) } : null;
  return { items, next, caveats: result.deadlines.caveats };
}
