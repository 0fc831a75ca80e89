import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDelete } from './ConfirmDelete';
import { versions } from '../about/versions';
import { compareVersions } from '../engine/versions';
import { cleanText } from '../engine/text';
import { displayName, newId, remove, upsert, update, versionOf, type SavedAssessment, type Store, type StorageState } from '../storage/assessments';
import { dataText } from '../questionnaire/texts';

interface Props {
  store: Store;
  onChange: (store: Store, state: StorageState) => void;
  onOpen: (saved: SavedAssessment) => void;
  onDownload: (saved: SavedAssessment) => void;
}

// One formatter per language, not one per saved row (each costs a slow phone milliseconds).
const formats = new Map<string, Intl.DateTimeFormat>();
export function dateTime(iso: string, lang: string) {
  const locale = lang === 'en' ? 'en-GB' : 'es-PE';
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })));
  return format.format(new Date(iso));
}

/** The assessments saved in this browser: open, duplicate, rename, download, delete. */
export function SavedList({ store, onChange, onOpen, onDownload }: Props) {
  const { t, i18n } = useTranslation();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [deleting, setDeleting] = useState<string | null>(null);
  if (store.assessments.length === 0) return null;

  // cleanText: a name saved before bidi controls were cleaned out cannot reverse these sentences.
  const label = (a: SavedAssessment) => cleanText(displayName(a)) || t('saved.untitled');
  // A record of another questionnaire version says so: an older one is carried over when opened.
  const versionNote = (a: SavedAssessment) => {
    const order = compareVersions(versionOf(a), versions.questionnaire);
    return order === 0 ? '' : ` · ${t(order < 0 ? 'saved.olderVersion' : 'saved.newerVersion', { version: versionOf(a) })}`;
  };
  const apply = (change: (s: Store) => Store) => {
    const { store: next, state } = update(change);
    onChange(next, state);
  };

  return (
    <section aria-labelledby="saved" className="saved">
      <h2 id="saved" tabIndex={-1}>
        {t('saved.title')}
      </h2>
      <p>{t('saved.lead')}</p>
      <ul className="saved__list">
        {store.assessments.map((a) => (
          <li key={a.id} className="saved__item">
            <p className="saved__name">{label(a)}</p>
            <p className="saved__meta">
              {t('saved.updated', { date: dateTime(a.updatedAt, i18n.language) })} ·{' '}
              {a.outcome ? dataText(t)(`outcomes.${a.outcome}.label`, { ns: 'results' }) : t('saved.inProgress')}
              {versionNote(a)}
            </p>
            {renaming === a.id ? (
              <form
                className="saved__rename"
                onSubmit={(e) => {
                  e.preventDefault();
                  apply((s) => ({ ...s, assessments: s.assessments.map((x) => (x.id === a.id ? { ...x, title: cleanText(draft).trim().slice(0, 120) } : x)) }));
                  setRenaming(null);
                }}
              >
                <label htmlFor={`rename-${a.id}`} className="label">
                  {t('saved.renameLabel', { name: label(a) })}
                </label>
                {/* Focus follows the action: the button that opened this form is gone. */}
                {/* eslint-disable-next-line jsx-a11y/no-autofocus */}
                <input id={`rename-${a.id}`} className="input" value={draft} maxLength={120} autoFocus onChange={(e) => setDraft(e.target.value)} />
                <div className="button-group">
                  <button type="submit" className="button">
                    {t('saved.save')}
                  </button>
                  <button type="button" className="button button--secondary" onClick={() => setRenaming(null)}>
                    {t('saved.cancel')}
                  </button>
                </div>
              </form>
            ) : deleting === a.id ? (
              <ConfirmDelete
                id={`confirm-${a.id}`}
                message={t('saved.confirmDelete', { name: label(a) })}
                onConfirm={() => {
                  apply((s) => remove(s, a.id));
                  setDeleting(null);
                }}
                onCancel={() => setDeleting(null)}
              />
            ) : (
              <div className="saved__actions">
                {(
                  [
                    ['open', () => onOpen(a)],
                    [
                      'duplicate',
                      () =>
                        apply((s) => ({
                          ...upsert(s, { ...a, id: newId(), title: `${label(a)} ${t('saved.copySuffix')}`, updatedAt: new Date().toISOString() }),
                          current: s.current,
                        })),
                    ],
                    [
                      'rename',
                      () => {
                        setDraft(label(a));
                        setRenaming(a.id);
                      },
                    ],
                    ['download', () => onDownload(a)],
                    ['delete', () => setDeleting(a.id)],
                  ] as const
                ).map(([action, run]) => (
                  <button key={action} type="button" className="inline-link" onClick={run}>
                    {t(`saved.${action}`)}
                    <span className="visually-hidden"> {t('saved.forItem', { name: label(a) })}</span>
                  </button>
                ))}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
