// At the top of the file: each section's state and what it still lacks, linked to the section.
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { missingIn, sectionState, type DossierSection, type Prefilled } from '../../engine/dossier';
import type { DossierWork } from '../../engine/dossierWork';
import { dataText } from '../../questionnaire/texts';

interface Props {
  sections: readonly DossierSection[];
  dossier: DossierWork | undefined;
  prefilled: Prefilled;
}

export function DossierSummary({ sections, dossier, prefilled }: Props) {
  const { t } = useTranslation('dossier');
  const text = dataText(t);
  const rows = sections.map((s) => {
    const work = dossier?.sections?.[s.id];
    const state = sectionState(s, work, prefilled[s.id]);
    const missing = s.pointer
      ? []
      : missingIn(s, work, prefilled[s.id]).map((m) =>
          'field' in m ? text(`fields.${m.field}.label`, { ns: 'dossier' }) : 'risks' in m ? t('summary.noRisks') : t('summary.risk', { n: m.risk + 1 }),
        );
    return { s, state, missing };
  });
  const done = rows.every((r) => r.state === 'complete' || r.state === 'pointer');
  return (
    <section aria-labelledby="dossier-summary" className="dossier__part">
      <h2 id="dossier-summary">{t('summary.heading')}</h2>
      <p role="status" data-dossier-complete={done ? 'yes' : 'no'}>
        {done ? t('summary.complete') : null}
      </p>
      <ul className="dossier__summary">
        {rows.map(({ s, state, missing }) => (
          <li key={s.id} data-section={s.id} data-state={state}>
            <a href={`#dossier-${s.id}`} onClick={(e) => jump(e, `dossier-${s.id}`)}>
              {text(`sections.${s.id}.title`, { ns: 'dossier' })}
            </a>{' '}
            — {t(`kinds.${s.kind}`)} — <strong>{t(`states.${state}`)}</strong>
            <br />
            <span className="dossier__missing">
              {s.pointer ? t('summary.pointer') : missing.length ? t('summary.missing', { list: missing.join('; ') }) : t('summary.nothingMissing')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Routes live in the URL fragment: a link to an anchor would change the page. Scroll instead. */
function jump(event: MouseEvent, id: string) {
  event.preventDefault();
  const target = document.getElementById(id);
  target?.scrollIntoView();
  target?.setAttribute('tabindex', '-1');
  target?.focus();
}
