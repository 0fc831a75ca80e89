// Free text typed by a person (a system name, a description, a draft edit) or read from a file
// or a link goes into XML (.docx), Markdown, JSON and the app's own sentences. Some characters
// break those outputs or mislead the reader, so they are taken out at input and again at every
// output (text saved before this check existed still passes through the outputs).

// U+FDD0–U+FDEF and the last two code points of every plane are non-characters: never meant
// for interchange, and U+FFFE/U+FFFF are not allowed in XML at all.
const NON_CHARACTERS = `\\uFDD0-\\uFDEF${Array.from({ length: 17 }, (_, plane) => {
  const base = (plane * 0x10000 + 0xfffe).toString(16);
  return `\\u{${base}}\\u{${(plane * 0x10000 + 0xffff).toString(16)}}`;
}).join('')}`;

/** What `cleanText` removes:
 *  - C0 controls except tab, newline and carriage return, DEL and C1 controls (not allowed in
 *    XML 1.0 or invisible and meaningless in a form field);
 *  - lone surrogates (half a character, which no encoder can write);
 *  - non-characters;
 *  - bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): one unclosed
 *    right-to-left override in a system name reverses every word after it on the line,
 *    including the app's own sentence around the name. Removing them keeps the letters; a
 *    right-to-left name still reads right to left by its own letters' direction. */
const UNSAFE = new RegExp(`[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\p{Cs}${NON_CHARACTERS}\\u202A-\\u202E\\u2066-\\u2069]`, 'gu');

/** The text without the characters that break documents or reverse the surrounding text. */
export const cleanText = (s: string): string => s.replace(UNSAFE, '');

// Whitespace, default-ignorable code points (zero-width spaces and joiners, soft hyphen,
// Hangul fillers, variation selectors, tags, bidi marks) and the blank Braille pattern, which
// fonts draw as nothing and which people use to fake an empty-looking name.
const INVISIBLE = /[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}\u2800]/gu;

/** True when the text shows nothing: only whitespace, zero-width or otherwise invisible
 *  characters (and the ones `cleanText` removes). */
export const isBlankText = (s: string): boolean => cleanText(s).replace(INVISIBLE, '') === '';

/** A piece of user text quoted in a message: cleaned, on one line, and cut to `max`
 *  characters with an ellipsis, so a 200,000-character value never fills the screen or the
 *  terminal and a line break in it never splits the CLI's one-line error. */
export function excerpt(s: string, max = 60): string {
  const clean = cleanText(s).replace(/[\t\n\r]/g, ' ');
  const chars = Array.from(clean);
  return chars.length <= max ? clean : `${chars.slice(0, max - 1).join('')}…`;
}

/** A day of the calendar as YYYY-MM-DD. A date input gives nothing else, but a file edited by
 *  hand may hold «2026-02-30», which a date format would silently turn into 2 March: such a
 *  value is shown as written and counts as not yet given. */
export function isRealDate(value: string | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
