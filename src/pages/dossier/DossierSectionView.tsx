// One section of the file: its state, whether it binds this actor and why, the checklist's
// obligations it answers, the article quoted, then what the person writes.
import { useTranslation } from 'react-i18next';
import { DATE_FIELDS, obligationKind, retentionDate, sectionState, type DossierSection } from '../../engine/dossier';
import type { DossierSectionWork } from '../../engine/dossierWork';
import type { Affected } from '../../questionnaire/dossierSchema';
import { clauseById } from '../../questionnaire/clauses';
import { dataText } from '../../questionnaire/texts';
import { ClauseQuote } from '../../ui/ClauseQuote';
import { longDate } from '../../ui/format';
import { href } from '../../ui/routes';
import { Attachments } from './Attachments';
import { Field } from './Field';
import { Risks } from './Risks';

interface Props {
  section: DossierSection;
  work: DossierSectionWork | undefined;
  prefilled: Readonly<Record<string, string>>;
  /** Who and what the clauses met name (the impact section only). */
  affected: readonly Affected[];
  onChange: (work: DossierSectionWork) => void;
}

/** Art. 30 (public entities) and 32 (private sector) each have their own impact assessment. */
const PUBLIC_IMPACT = 'c8mr';

export function DossierSectionView({ section, work, prefilled, affected, onChange }: Props) {
  const { t, i18n } = useTranslation('dossier');
  const text = dataText(t);
  const lang = i18n.language === 'en' ? 'en' : 'es';
  const id = `dossier-${section.id}`;
  const state = sectionState(section, work, prefilled);
  const setField = (field: string, value: string) => onChange({ ...work, fields: { ...work?.fields, [field]: value } });
  const label = (clauseId: string) => clauseById.get(clauseId)!.label[lang];
  // Where a prefilled value comes from: the words of the clauses met that name it.
  const sourceOf = (field: string) => {
    if (field === 'who') return t('header.fromDrafts');
    const naming = affected.filter((a) => (a.names as readonly string[]).includes(field));
    return `${t('header.fromAnswers')}: ${naming.map((a) => `${label(a.clause)} «${a.words}»`).join('; ')}`;
  };
  const until = section.retention ? retentionDate(work?.fields?.issued) : null;

  return (
    <section aria-labelledby={id} className="dossier__part dossier__section">
      <h2 id={id}>{text(`sections.${section.id}.title`, { ns: 'dossier' })}</h2>
      <p className="dossier__tags">
        <span className={`dossier__tag dossier__tag--${section.kind}`}>{t(`kinds.${section.kind}`)}</span>{' '}
        <span className={`dossier__tag dossier__tag--${state}`}>{t(`states.${state}`)}</span>
      </p>
      <p>{text(`sections.${section.id}.lead`, { ns: 'dossier' })}</p>
      {section.id === 'impact' ? <p>{t(section.cites.includes(PUBLIC_IMPACT) ? 'sections.impact.leadPublic' : 'sections.impact.leadPrivate')}</p> : null}
      {section.onlyIf ? <p className="notice">{t('kindWhy.onlyIf')}</p> : null}
      {section.byAnalogy ? <p className="notice">{t('kindWhy.byAnalogy')}</p> : null}

      {section.obligations.length ? (
        <>
          <h3>{t('obligationsHeading')}</h3>
          <ul className="dossier__obligations">
            {section.obligations.map((o) => (
              <li key={o.obligationId}>
                {text(`obligations.${o.obligationId}.title`, { ns: 'results' })} ({o.cites.map(label).join(', ')}) —{' '}
                <strong>{t(`kinds.${obligationKind(o)}`)}</strong>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t('quotesHeading')}</h3>
      {section.cites.map((c) => (
        <ClauseQuote key={c} clauseId={c} />
      ))}

      {section.id === 'transparency' ? (
        <p className="no-print">
          <a href={href('start')}>{t('sections.transparency.toNotice')}</a>
        </p>
      ) : null}

      {[...section.required, ...section.optional].map((field) => (
        <Field
          key={field}
          id={`${id}-${field}`}
          field={field}
          required={section.required.includes(field)}
          value={work?.fields?.[field]}
          prefilled={prefilled[field]}
          source={sourceOf(field)}
          date={DATE_FIELDS.includes(field)}
          onChange={(value) => setField(field, value)}
        />
      ))}
      {section.id === 'impact' && !affected.length ? <p className="hint">{t('affected.none')}</p> : null}

      {section.risks ? <Risks idPrefix={id} risks={work?.risks ?? []} onChange={(risks) => onChange({ ...work, risks })} /> : null}
      {section.id === 'impact' ? (
        <p className="notice" role="note">
          {!section.retention ? t('retention.public') : until ? t('retention.until', { date: longDate(until, i18n.language) }) : t('retention.noDate')}
        </p>
      ) : null}
      {section.pointer ? null : (
        <Attachments idPrefix={id} attachments={work?.attachments ?? []} onChange={(attachments) => onChange({ ...work, attachments })} />
      )}
    </section>
  );
}
