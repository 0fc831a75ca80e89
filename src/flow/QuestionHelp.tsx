import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '../questionnaire/schema';
import { ClauseQuote } from '../ui/ClauseQuote';
import { dataText } from '../questionnaire/texts';

/** Definitions of the legal terms a row's question uses (`terms`: those not already defined
 *  higher on the page), and the clauses it rests on. */
export function QuestionHelp({ question, terms }: { question: Question; terms: readonly string[] }) {
  const { t } = useTranslation();
  // The quotes are written into the page when the person opens them: a page of seven rows
  // would otherwise build every clause's text, unseen, before a slow phone can show it.
  const [open, setOpen] = useState(false);
  return (
    <>
      {terms.length > 0 ? (
        // Not an <aside>: a page has a set of definitions per row, and landmarks must be unique.
        <div className="definitions">
          <h3 className="definitions__title">{t('help.definitions')}</h3>
          <dl>
            {terms.map((term) => (
              <div key={term}>
                <dt>{dataText(t)(`terms.${term}.term`, { ns: 'questionnaire' })}</dt>
                <dd>{dataText(t)(`terms.${term}.definition`, { ns: 'questionnaire' })}</dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
      <details className="regulation" onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{t('help.regulation')}</summary>
        {open ? question.cites.map((c) => <ClauseQuote key={c} clauseId={c} />) : null}
      </details>
    </>
  );
}
