// The risks of the impact analysis, each with the mitigation adopted, its owner and its date
// (arts. 30.2 and 32.2). A risk counts once every part is written.
import { useTranslation } from 'react-i18next';
import { MAX_DOSSIER_LINE, MAX_DOSSIER_TEXT, MAX_RISKS, MEASURES, RISK_KINDS, type DossierRisk } from '../../engine/dossierWork';
import { givenDate } from '../../ui/format';

interface Props {
  idPrefix: string;
  risks: readonly DossierRisk[];
  onChange: (risks: DossierRisk[]) => void;
}

export function Risks({ idPrefix, risks, onChange }: Props) {
  const { t, i18n } = useTranslation('dossier');
  const set = (index: number, change: Partial<DossierRisk>) => onChange(risks.map((r, i) => (i === index ? { ...r, ...change } : r)));
  const todo = t('header.placeholder');
  return (
    <div className="dossier__risks">
      <h3>{t('risks.heading')}</h3>
      <p className="hint">{t('risks.lead')}</p>
      {risks.map((risk, i) => {
        const id = `${idPrefix}-risk-${i}`;
        const n = i + 1;
        return (
          <fieldset key={i} className="dossier__item">
            <legend>{t('risks.item', { n })}</legend>
            <div className="no-print">
              <label className="label" htmlFor={`${id}-kind`}>
                {t('risks.kind')}
              </label>
              <select
                id={`${id}-kind`}
                className="input"
                value={risk.kind ?? ''}
                onChange={(e) => set(i, { kind: (e.target.value || undefined) as DossierRisk['kind'] })}
              >
                <option value="">{t('risks.choose')}</option>
                {RISK_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`risks.kinds.${k}`)}
                  </option>
                ))}
              </select>
              <label className="label" htmlFor={`${id}-description`}>
                {t('risks.description')}
              </label>
              <textarea
                id={`${id}-description`}
                className="input"
                rows={3}
                maxLength={MAX_DOSSIER_TEXT}
                value={risk.description ?? ''}
                onChange={(e) => set(i, { description: e.target.value })}
              />
              <label className="label" htmlFor={`${id}-measure`}>
                {t('risks.measure')}
              </label>
              <select
                id={`${id}-measure`}
                className="input"
                value={risk.measure ?? ''}
                onChange={(e) => set(i, { measure: (e.target.value || undefined) as DossierRisk['measure'] })}
              >
                <option value="">{t('risks.choose')}</option>
                {MEASURES.map((m) => (
                  <option key={m} value={m}>
                    {t(`risks.measures.${m}`)}
                  </option>
                ))}
              </select>
              <label className="label" htmlFor={`${id}-mitigation`}>
                {t('risks.mitigation')}
              </label>
              <textarea
                id={`${id}-mitigation`}
                className="input"
                rows={3}
                maxLength={MAX_DOSSIER_TEXT}
                value={risk.mitigation ?? ''}
                onChange={(e) => set(i, { mitigation: e.target.value })}
              />
              <label className="label" htmlFor={`${id}-owner`}>
                {t('risks.owner')}
              </label>
              <input
                id={`${id}-owner`}
                type="text"
                className="input"
                maxLength={MAX_DOSSIER_LINE}
                value={risk.owner ?? ''}
                onChange={(e) => set(i, { owner: e.target.value })}
              />
              <label className="label" htmlFor={`${id}-due`}>
                {t('risks.due')}
              </label>
              <input id={`${id}-due`} type="date" className="input input--short" value={risk.due ?? ''} onChange={(e) => set(i, { due: e.target.value })} />
              <button type="button" className="inline-link" onClick={() => onChange(risks.filter((_, j) => j !== i))}>
                {t('risks.remove', { n })}
              </button>
            </div>
            <dl className="print-only dossier__printed-risk">
              <dt>{t('risks.kind')}</dt>
              <dd>{risk.kind ? t(`risks.kinds.${risk.kind}`) : <mark className="placeholder">{todo}</mark>}</dd>
              <dt>{t('risks.description')}</dt>
              <dd>{risk.description?.trim() ? risk.description : <mark className="placeholder">{todo}</mark>}</dd>
              <dt>{t('risks.measure')}</dt>
              <dd>{risk.measure ? t(`risks.measures.${risk.measure}`) : <mark className="placeholder">{todo}</mark>}</dd>
              <dt>{t('risks.mitigation')}</dt>
              <dd>{risk.mitigation?.trim() ? risk.mitigation : <mark className="placeholder">{todo}</mark>}</dd>
              <dt>{t('risks.owner')}</dt>
              <dd>{risk.owner?.trim() ? risk.owner : <mark className="placeholder">{todo}</mark>}</dd>
              <dt>{t('risks.due')}</dt>
              <dd>{risk.due ? givenDate(risk.due, i18n.language) : <mark className="placeholder">{todo}</mark>}</dd>
            </dl>
          </fieldset>
        );
      })}
      {risks.length ? null : (
        <p className="print-only">
          <mark className="placeholder">{todo}</mark>
        </p>
      )}
      {risks.length < MAX_RISKS ? (
        <button type="button" className="button button--secondary no-print" onClick={() => onChange([...risks, {}])}>
          {t('risks.add')}
        </button>
      ) : (
        <p className="hint">{t('risks.limit', { max: MAX_RISKS })}</p>
      )}
    </div>
  );
}
