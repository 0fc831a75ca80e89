// A draft the person edited with other answers than the current ones: said plainly, with the
// choice to keep their text or rebuild the draft from the current answers. Edited sections the
// current draft no longer has (another classification drafts other sections, or none) stay in
// view, read-only, until the person discards them: an edit is never dropped out of sight.
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { sourceOutcome, type DraftEdits } from '../../engine';
import type { Language } from '../../i18n/i18n';
import { OUTCOMES } from '../../questionnaire/vocabulary';
import { dataText } from '../../questionnaire/texts';

interface Props {
  kind: 'notice' | 'consultation';
  edits: DraftEdits | undefined;
  /** What the draft would be composed from now (see draftSource). */
  source: string;
  /** The section IDs of the draft as composed now. */
  sections: string[];
  lang: Language;
  /** The draft's edits as the person chose them; null when none remain. */
  onChange: (edits: DraftEdits | null) => void;
}

const isOutcome = (s: string): s is (typeof OUTCOMES)[number] => (OUTCOMES as readonly string[]).includes(s);

export function EditedElsewhere({ kind, edits, source, sections, lang, onChange }: Props) {
  const { t } = useTranslation();
  if (!edits || Object.keys(edits.sections).length === 0) return null;
  const stale = edits.from !== source;
  const orphans = Object.entries(edits.sections).filter(([id]) => !sections.includes(id));
  if (!stale && orphans.length === 0) return null;

  const then = sourceOutcome(edits.from);
  const now = sourceOutcome(source);
  const label = (outcome: string) => dataText(t)(`outcomes.${outcome}.label`, { ns: 'results' });
  const heading = i18next.getFixedT(lang, 'documents');
  const id = `${kind}-edited-elsewhere`;
  return (
    <section className="banner no-print" aria-labelledby={id}>
      <h3 id={id}>{stale ? t(`drafts.stale.title.${kind}`) : t('drafts.orphans.title')}</h3>
      {stale ? (
        <p>
          {isOutcome(then) && then !== now ? t('drafts.stale.outcomeChanged', { then: label(then), now: label(now) }) : t('drafts.stale.answersChanged')}{' '}
          {t('drafts.stale.kept')}
        </p>
      ) : null}
      {orphans.length > 0 ? <p>{t('drafts.orphans.lead')}</p> : null}
      {orphans.map(([section, text]) => (
        <div key={section} className="form-group form-group--compact">
          <label htmlFor={`${id}-${section}`} className="label">
            {heading(`${section}.heading`, { defaultValue: section })}
          </label>
          <textarea id={`${id}-${section}`} className="input draft__text" lang={lang} readOnly rows={Math.min(8, text.split('\n').length + 1)} value={text} />
        </div>
      ))}
      <div className="button-group">
        {stale ? (
          <>
            <button type="button" className="button button--secondary" onClick={() => onChange({ ...edits, from: source })}>
              {t('drafts.stale.keep')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => onChange(null)}>
              {t('drafts.stale.rebuild')}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              const kept = Object.fromEntries(Object.entries(edits.sections).filter(([section]) => sections.includes(section)));
              onChange(Object.keys(kept).length ? { ...edits, sections: kept } : null);
            }}
          >
            {t('drafts.orphans.discard')}
          </button>
        )}
      </div>
      {stale ? <p>{t('drafts.stale.rebuildNote')}</p> : null}
    </section>
  );
}
