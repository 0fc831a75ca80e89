/** A YYYY-MM-DD date written out in the given language, e.g. "10 de septiembre de 2026". */
export const longDate = (iso: string, lang: string) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'es-PE', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
