// Adequacy deadlines of the Primera DCF. Periods run from the day after publication; the
// date shown is the same calendar day the given number of years later (see caveat
// "anniversary"). Dates are ISO strings so that comparing them needs no time zone.
import type { Schedule } from '../questionnaire/schema';
import { evaluate, type Env } from './logic';
import type { Content, DeadlineItem } from './types';

export function addYears(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-');
  return `${String(Number(y) + years).padStart(4, '0')}-${m}-${d}`;
}

/** A date as YYYY-MM-DD in the local calendar, the form `classify` takes for "today". */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const datedStatus = (date: string, today: string) => (today >= date ? 'in_force' : 'due');

function scheduleItem(content: Content, schedule: Schedule, today: string, conditional: boolean): DeadlineItem {
  const base = { deadlineId: schedule.id, cites: schedule.cites, conditional, caveats: schedule.caveats };
  if (schedule.optional) return { ...base, status: 'optional', date: null };
  if (schedule.notSet || schedule.years === undefined) return { ...base, status: 'not_set', date: null };
  const date = addYears(content.deadlines.periodsStart, schedule.years);
  return { ...base, status: datedStatus(date, today), date };
}

export function generalEntry(content: Content, today: string): DeadlineItem {
  const { id, date, cites, caveats } = content.deadlines.generalEntry;
  return { deadlineId: id, cites, status: datedStatus(date, today), date, conditional: false, caveats };
}

/** The schedules that apply to this actor; those hanging on a "No sé" come back conditional. */
export function schedulesFor(content: Content, env: Env, today: string): DeadlineItem[] {
  return content.deadlines.schedules.flatMap((schedule) => {
    const applies = evaluate(schedule.when, env);
    return applies === 'F' ? [] : [scheduleItem(content, schedule, today, applies === 'U')];
  });
}
