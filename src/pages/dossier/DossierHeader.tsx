// The file's first part: what the system is (taken from the answers, and marked so), its
// classification and the clauses behind it, and the versions and date of this copy.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { versions } from '../../about/versions';
import { MAX_DOSSIER_LINE } from '../../engine/dossierWork';
import { cleanText } from '../../engine/text';
import { Printed } from './Printed';
import type { DossierFacts } from '../../documents/dossierDoc';

/** The facts the header states: the document's, without its language and the versions (the header reads them itself). */
export type HeaderFacts = Omit<DossierFacts, 'lang' | 'version' | 'app' | 'questionnaire' | 'norm'>;

export function DossierHeader({ facts, version, onVersion }: { facts: HeaderFacts; version: string; onVersion: (version: string) => void }) {
  const { t } = useTranslation('dossier');
  const answered = (value: string) =>
    value ? (
      <>
        <bdi>{cleanText(value)}</bdi> <span className="dossier__source">({t('header.fromAnswers')})</span>
      </>
    ) : (
      <mark className="placeholder">{t('header.placeholder')}</mark>
    );
  const rows: [string, ReactNode][] = [
    [t('header.system'), answered(facts.systemName)],
    [t('header.description'), answered(facts.description)],
    [t('header.actor'), answered(facts.actor)],
    [t('header.role'), answered(facts.role)],
    [t('header.classification'), facts.outcome],
    [t('header.clauses'), facts.clauses.join('; ') || '—'],
    [t('header.tool'), t('header.toolValue', { app: versions.app, version: versions.questionnaire, norm: versions.norm })],
    [t('header.printed'), facts.date],
  ];
  return (
    <section aria-labelledby="dossier-header" className="dossier__part">
      <h2 id="dossier-header">{t('header.heading')}</h2>
      <dl className="summary-list">
        {rows.map(([term, value]) => (
          <div className="summary-list__row" key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="form-group form-group--compact">
        <label htmlFor="dossier-version" className="label">
          {t('header.version')}
        </label>
        <p className="hint" id="dossier-version-hint">
          {t('header.versionHint')}
        </p>
        <input
          id="dossier-version"
          type="text"
          className="input input--short no-print"
          aria-describedby="dossier-version-hint"
          maxLength={MAX_DOSSIER_LINE}
          value={version}
          onChange={(e) => onVersion(e.target.value)}
        />
        <Printed text={version} placeholder={t('header.placeholder')} />
      </div>
    </section>
  );
}
