// Adequacy deadlines of the Primera DCF and the decree's entry into force. Periods run from
// the day after publication; the date shown is the same calendar day the given number of
// years later (see caveat "anniversary"). Dates are ISO strings so that comparing them needs
// no time zone; where the text allows more than one count the engine returns the range.
import type { Caveat, Schedule } from '../questionnaire/schema';
import { evaluate, or, type Env } from './logic';
import type { Content, DateRange, DeadlineItem, Result, Truth } from './types';

export function addYears(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-');
  return `${String(Number(y) + years).padStart(4, '0')}-${m}-${d}`;
}

const utc = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** Day of the week of an ISO date, 0 = Sunday … 6 = Saturday. */
export function weekday(isoDate: string): number {
  return utc(isoDate).getUTCDay();
}

const isWeekend = (isoDate: string) => [0, 6].includes(weekday(isoDate));

/** The n-th business day after `from` (Monday to Friday, skipping the closed days). */
export function nthBusinessDay(from: string, n: number, closed: ReadonlySet<string>): string {
  // Steps one Date along instead of re-reading each day from text: the what-if scenarios
  // classify hundreds of times, and each classification counts these days again.
  const day = utc(from);
  for (let counted = 0; counted < n;) {
    day.setUTCDate(day.getUTCDate() + 1);
    const weekend = day.getUTCDay() === 0 || day.getUTCDay() === 6;
    if (!weekend && !closed.has(day.toISOString().slice(0, 10))) counted++;
  }
  return day.toISOString().slice(0, 10);
}

/** A date as YYYY-MM-DD in the local calendar, the form `classify` takes for "today". */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** In force once the latest reading says so; between the readings it is unsettled. */
function status(date: DateRange, today: string): DeadlineItem['status'] {
  if (today >= date.to) return 'in_force';
  return today >= date.from ? 'unsettled' : 'due';
}

export function generalEntry(content: Content, today: string): DeadlineItem {
  const { id, published, businessDays, holidays, publicSectorNonWorkingDays, cites, caveats } = content.deadlines.generalEntry;
  const date = {
    from: nthBusinessDay(published, businessDays, new Set(holidays)),
    to: nthBusinessDay(published, businessDays, new Set([...holidays, ...publicSectorNonWorkingDays])),
  };
  return { deadlineId: id, cites, status: status(date, today), date, conditional: false, caveats };
}

interface Applicable {
  schedule: Schedule;
  applies: Truth;
}

function scheduleItem(content: Content, { schedule, applies }: Applicable, today: string, extra: Caveat[]): DeadlineItem {
  const base = { deadlineId: schedule.id, cites: schedule.cites, conditional: applies === 'U' };
  if (schedule.years === undefined) return { ...base, status: 'optional', date: null, caveats: [...schedule.caveats, ...extra] };
  const day = addYears(content.deadlines.periodsStart, schedule.years);
  // The text does not say whether a period ending on a weekend moves to the next working day.
  const weekend: Caveat[] = isWeekend(day) ? ['weekend'] : [];
  const date = { from: day, to: day };
  return { ...base, status: status(date, today), date, caveats: [...schedule.caveats, ...extra, ...weekend] };
}

/** Primera DCF: a MYPE row that applies displaces every other dated row running no longer
 *  (the special rule and the most favourable reading agree); a longer row stays beside it. */
function withSpecialRules(rows: Applicable[]): { row: Applicable; extra: Caveat[] }[] {
  const ordinary = rows.filter((r) => !r.schedule.special && r.schedule.years !== undefined);
  const settled = rows.filter((r) => r.schedule.special && r.applies === 'T');
  const displaced = new Set(ordinary.filter((r) => settled.some((s) => r.schedule.years! <= s.schedule.years!)));
  return rows
    .filter((r) => !displaced.has(r))
    .map((row) => {
      const { special, years } = row.schedule;
      const extra: Caveat[] = [];
      if (special && row.applies === 'T' && displaced.size > 0) extra.push(special.displacing);
      if (special && ordinary.some((r) => !displaced.has(r) && r.schedule.years! > years!)) extra.push(special.shorter);
      return { row, extra };
    });
}

/** The schedules that apply to this actor; those hanging on a "No sé" come back conditional. */
export function schedulesFor(content: Content, env: Env, today: string): DeadlineItem[] {
  const rows = content.deadlines.schedules.map((schedule) => ({ schedule, applies: evaluate(schedule.when, env) })).filter((r) => r.applies !== 'F');
  return withSpecialRules(rows).map(({ row, extra }) => scheduleItem(content, row, today, extra));
}

/** Whether the actor is one for whom the phased provisions are optional (Primera DCF g)). */
export function phasedOptional(content: Content, env: Env): Truth {
  return or(content.deadlines.schedules.filter((s) => s.optional).map((s) => evaluate(s.when, env)));
}

/** Everything the result says about dates: entry into force, the actor's schedules (only
 *  when a phased obligation applies) and the caveats about the actor itself. */
export function deadlinesFor(content: Content, env: Env, today: string, inScope: boolean, phased: boolean): Result['deadlines'] {
  if (!inScope) return { generalEntry: null, schedules: [], caveats: [] };
  if (!phased) return { generalEntry: generalEntry(content, today), schedules: [], caveats: [] };
  return {
    generalEntry: generalEntry(content, today),
    schedules: schedulesFor(content, env, today),
    caveats: content.deadlines.actorCaveats.filter((c) => evaluate(c.when, env) === 'T').map((c) => c.caveat),
  };
}
