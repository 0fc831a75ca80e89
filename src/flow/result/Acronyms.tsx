import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';

/** The acronyms the legal text and our labels use, each expanded in locales/*\/results.json. */
const ACRONYMS = ['DCF', 'PNSSP', 'CND', 'UIT', 'TUO', 'NNA'] as const;
const PATTERN = new RegExp(`\\b(${ACRONYMS.join('|')})\\b`);

/** Text with each acronym in an <abbr> whose title expands it; print.css writes the expansion
 *  out after it, since a printed page has no tooltip. */
export function Acronyms({ text }: { text: string }) {
  const { t } = useTranslation();
  // split() with a capturing group keeps the acronyms at the odd positions.
  const parts = text.split(PATTERN);
  if (parts.length === 1) return <>{text}</>;
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <abbr key={i} title={t(`acronyms.${part as (typeof ACRONYMS)[number]}`, { ns: 'results' })}>
            {part}
          </abbr>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}
