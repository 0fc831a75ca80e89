import { useTranslation } from 'react-i18next';
import { clauseById } from '../questionnaire/clauses';

/** A clause quoted from the official text; in English, with our rendering first. */
export function ClauseQuote({ clauseId }: { clauseId: string }) {
  const { t, i18n } = useTranslation();
  const clause = clauseById.get(clauseId);
  if (!clause) return null;
  const english = i18n.language === 'en';
  return (
    <figure className="quote">
      <figcaption className="quote__ref">{english ? clause.label.en : clause.label.es}</figcaption>
      {english ? (
        <>
          <p className="quote__note">{t('help.unofficial')}</p>
          <blockquote lang="en">{clause.en}</blockquote>
          <p className="quote__note">{t('help.original')}</p>
        </>
      ) : null}
      <blockquote lang="es">«{clause.es}»</blockquote>
    </figure>
  );
}
