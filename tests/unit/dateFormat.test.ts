// Dates are written by hand (src/ui/format.ts) so the result page does not load the browser's
// calendar data; they must read exactly as that data writes them, which Node's full ICU also has.
import { describe, expect, it } from 'vitest';
import { dateRange, givenDate, longDate } from '../../src/ui/format';

const LOCALES = { es: 'es-PE', en: 'en-GB' } as const;
const intl = (lang: keyof typeof LOCALES) => new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' });
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Every day from the start of 2025 to the end of 2031 (the regulation's deadlines fall within). */
const days: string[] = [];
for (let t = Date.UTC(2025, 0, 1); t <= Date.UTC(2031, 11, 31); t += 86_400_000) days.push(iso(new Date(t)));

describe('dates written out as the calendar data writes them', () => {
  for (const lang of ['es', 'en'] as const) {
    it(`every day of 2025–2031 in ${lang}`, () => {
      const format = intl(lang);
      const wrong = days.filter((d) => longDate(d, lang) !== format.format(utc(d)));
      expect(wrong).toEqual([]);
    });

    it(`ranges within a month, across months and across years in ${lang}`, () => {
      const format = intl(lang);
      // Pairs at growing distances from every 7th day: the same month, the next, the next year.
      const pairs = days
        .filter((_, i) => i % 7 === 0)
        .flatMap((from) => [1, 2, 13, 40, 400].map((gap) => [from, iso(new Date(utc(from).getTime() + gap * 86_400_000))] as const));
      const wrong = pairs.filter(([from, to]) => dateRange({ from, to }, lang) !== format.formatRange(utc(from), utc(to)));
      expect(wrong).toEqual([]);
    });
  }

  it('names the Peruvian month and writes a one-day range as the day', () => {
    expect(longDate('2026-09-10', 'es')).toBe('10 de setiembre de 2026');
    expect(dateRange({ from: '2026-01-20', to: '2026-01-22' }, 'es')).toBe('20–22 de enero de 2026');
    expect(dateRange({ from: '2026-01-20', to: '2026-01-20' }, 'en')).toBe('20 January 2026');
  });

  it('shows a date that is not a real day as it was written', () => {
    expect(givenDate('2026-02-30', 'es')).toBe('2026-02-30');
    expect(givenDate('2026-02-28', 'es')).toBe('28 de febrero de 2026');
  });
});
