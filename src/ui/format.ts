import { isRealDate } from '../engine/text';

// One formatter per language: creating one costs a slow phone milliseconds, and the result
// page writes dozens of dates.
const formats = new Map<string, Intl.DateTimeFormat>();
const longFormat = (lang: string) => {
  const locale = lang === 'en' ? 'en-GB' : 'es-PE';
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })));
  return format;
};
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A YYYY-MM-DD date written out in the given language, e.g. "10 de septiembre de 2026". */
export const longDate = (iso: string, lang: string) => longFormat(lang).format(utc(iso));
/** A date the person gave: written out when it is a real day, else shown as it was written. */
export const givenDate = (value: string, lang: string) => (isRealDate(value) ? longDate(value, lang) : value);

/** A deadline's date, or its range where the text allows two counts ("20–22 de enero de 2026"). */
export const dateRange = ({ from, to }: { from: string; to: string }, lang: string) =>
  from === to ? longDate(from, lang) : longFormat(lang).formatRange(utc(from), utc(to));
