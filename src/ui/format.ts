import { isRealDate } from '../engine/text';

// Dates are written out by hand, not with Intl.DateTimeFormat: creating the first formatter loads
// the browser's calendar data, which took 70–80 ms of one task in Chromium on our test machine
// (about 300 ms at a cheap phone's speed), on the result page's first render. The words below are
// the ones that data gives for es-PE and en-GB (Peru writes «setiembre»); a unit test compares every
// day and range with Intl, so the output does not change.
const MONTHS = {
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'setiembre', 'octubre', 'noviembre', 'diciembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

interface Day {
  day: number;
  month: string;
  year: number;
}

const dayOf = (iso: string, lang: string): Day => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { day, month: MONTHS[lang === 'en' ? 'en' : 'es'][month - 1]!, year };
};

// «10 de setiembre» / «10 September», with or without the year.
const dayMonth = (d: Day, lang: string) => (lang === 'en' ? `${d.day} ${d.month}` : `${d.day} de ${d.month}`);
const full = (d: Day, lang: string) => (lang === 'en' ? `${dayMonth(d, lang)} ${d.year}` : `${dayMonth(d, lang)} de ${d.year}`);

/** A YYYY-MM-DD date written out in the given language, e.g. "10 de setiembre de 2026". */
export const longDate = (iso: string, lang: string) => full(dayOf(iso, lang), lang);
/** A date the person gave: written out when it is a real day, else shown as it was written. */
export const givenDate = (value: string, lang: string) => (isRealDate(value) ? longDate(value, lang) : value);

/** Between the two ends of a range: an en dash in thin spaces, as the calendar data writes it. */
const BETWEEN = '\u2009–\u2009';

/** A deadline's date, or its range where the text allows two counts ("20–22 de enero de 2026"):
 *  what is shared is written once, as the calendar data does. */
export const dateRange = ({ from, to }: { from: string; to: string }, lang: string) => {
  if (from === to) return longDate(from, lang);
  const a = dayOf(from, lang);
  const b = dayOf(to, lang);
  if (a.year !== b.year) return `${full(a, lang)}${BETWEEN}${full(b, lang)}`;
  if (a.month !== b.month) return `${dayMonth(a, lang)}${BETWEEN}${full(b, lang)}`;
  return `${a.day}${lang === 'en' ? BETWEEN : '–'}${full(b, lang)}`;
};
