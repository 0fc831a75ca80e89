import { useTranslation } from 'react-i18next';
import type { DeadlineItem, Result } from '../../engine';
import { clauseById } from '../../questionnaire/clauses';
import { dateRange, longDate } from '../../ui/format';
import { dataText } from '../../questionnaire/texts';
import { Acronyms } from './Acronyms';

export function Deadlines({ deadlines, today }: { deadlines: Result['deadlines']; today: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'es';
  const rows: DeadlineItem[] = [...(deadlines.generalEntry ? [deadlines.generalEntry] : []), ...deadlines.schedules];
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="deadlines" className="keep-together">
      <h2 id="deadlines">{t('result.deadlines')}</h2>
      <p>{t('result.deadlinesLead', { today: longDate(today, lang) })}</p>
      {deadlines.caveats.length > 0 ? (
        <ul className="caveats">
          {deadlines.caveats.map((c) => (
            <li key={c}>
              <Acronyms text={dataText(t)(`caveats.${c}`, { ns: 'results' })} />
            </li>
          ))}
        </ul>
      ) : null}
      <ul className="deadlines">
        {rows.map((d) => (
          <li key={d.deadlineId}>
            <p className="deadlines__title">
              <Acronyms text={dataText(t)(`deadlines.${d.deadlineId}`, { ns: 'results' })} />:{' '}
              <strong>{t(`result.status.${d.status}`, { date: d.date ? dateRange(d.date, lang) : '' })}</strong>
            </p>
            <p className="checklist__meta">
              <Acronyms text={d.cites.map((c) => clauseById.get(c)!.label[lang]).join(', ')} />
            </p>
            {d.conditional ? <p className="checklist__note">{t('result.deadlineConditional')}</p> : null}
            {d.caveats.length > 0 ? (
              <ul className="caveats">
                {d.caveats.map((c) => (
                  <li key={c}>
                    <Acronyms text={dataText(t)(`caveats.${c}`, { ns: 'results' })} />
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
