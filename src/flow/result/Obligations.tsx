import { useTranslation } from 'react-i18next';
import { Acronyms } from './Acronyms';
import type { ObligationItem } from '../../engine';
import { clauseById } from '../../questionnaire/clauses';
import { THEMES } from '../../questionnaire/vocabulary';
import { dataText } from '../../questionnaire/texts';

interface Props {
  items: ObligationItem[];
  /** The obligation IDs the person ticked, saved with the assessment. */
  checked: string[];
  onChecked: (checked: string[]) => void;
}

/** The obligations as a checklist grouped by theme, each with its articles. */
export function Obligations({ items, checked, onChecked }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'es';
  return (
    <section aria-labelledby="obligations">
      <h2 id="obligations">{t('result.obligations')}</h2>
      <p className="no-print">{t('result.obligationsLead')}</p>
      {THEMES.filter((theme) => items.some((o) => o.theme === theme)).map((theme) => (
        <section key={theme} aria-labelledby={`theme-${theme}`} className="keep-together">
          <h3 id={`theme-${theme}`}>{t(`themes.${theme}`, { ns: 'results' })}</h3>
          <ul className="checklist">
            {items
              .filter((o) => o.theme === theme)
              .map((o) => {
                const detail = t(`obligations.${o.obligationId}.detail`, { ns: 'results', defaultValue: '' });
                return (
                  <li key={o.obligationId}>
                    <input
                      type="checkbox"
                      id={`ob-${o.obligationId}`}
                      checked={checked.includes(o.obligationId)}
                      onChange={(e) => onChecked(e.target.checked ? [...checked, o.obligationId] : checked.filter((c) => c !== o.obligationId))}
                    />
                    <label htmlFor={`ob-${o.obligationId}`}>
                      <span className="checklist__title">
                        <Acronyms text={dataText(t)(`obligations.${o.obligationId}.title`, { ns: 'results' })} />
                      </span>{' '}
                      <span className="checklist__meta">
                        (<Acronyms text={`${t(`kinds.${o.kind}`, { ns: 'results' })} · ${o.cites.map((c) => clauseById.get(c)!.label[lang]).join(', ')}`} />)
                      </span>
                      {detail ? (
                        <span className="checklist__note">
                          <Acronyms text={detail} />
                        </span>
                      ) : null}
                      {o.schedule === 'phased' ? (
                        <span className="checklist__note">
                          <Acronyms text={t('result.phased')} />
                        </span>
                      ) : null}
                      {o.optional ? <span className="checklist__note">{t('caveats.optional', { ns: 'results' })}</span> : null}
                      {o.conditional ? <span className="checklist__note">{t('result.conditional')}</span> : null}
                      {o.onlyIf ? (
                        <span className="checklist__note">{t('result.onlyIf', { outcome: t(`outcomes.${o.onlyIf}.label`, { ns: 'results' }) })}</span>
                      ) : null}
                    </label>
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </section>
  );
}
