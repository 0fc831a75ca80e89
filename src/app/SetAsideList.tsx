import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDelete } from './ConfirmDelete';
import { deleteSetAside, listSetAside, type SetAside, type Store, type StorageState } from '../storage/assessments';
import { saveFile } from '../ui/download';
import { dateTime } from './SavedList';

interface Props {
  store: Store;
  onChange: (store: Store, state: StorageState) => void;
}

const kib = (raw: string) => Math.max(1, Math.round(new Blob([raw]).size / 1024));

/** Saved data this version could not read, kept aside rather than deleted: each piece can be
 *  downloaded as it is stored and deleted for good (after a confirmation). It takes room in
 *  the browser's storage, so its size is shown. */
const identity = (item: SetAside) => (item.kind === 'copy' ? `copy:${item.key}` : `record:${item.raw}`);

export function SetAsideList({ store, onChange }: Props) {
  const { t, i18n } = useTranslation();
  // The item being confirmed, by what it is (its key, or its stored text), never by its place
  // in the list: another tab may set data aside meanwhile and move it.
  const [deleting, setDeleting] = useState<string | null>(null);
  const items = listSetAside(store);
  if (items.length === 0) return null;

  const label = (item: SetAside) =>
    item.kind === 'copy'
      ? item.at
        ? t('setAside.copy', { date: dateTime(item.at, i18n.language) })
        : t('setAside.copyUndated')
      : item.name
        ? t('setAside.record', { name: item.name })
        : t('setAside.recordUnnamed');

  return (
    <section aria-labelledby="set-aside" className="saved">
      <h2 id="set-aside">{t('setAside.title', { count: items.length })}</h2>
      <p>{t('setAside.lead')}</p>
      <ul className="saved__list">
        {items.map((item, i) => (
          <li key={item.kind === 'copy' ? item.key : `${i}:${item.raw.length}`} className="saved__item">
            <p className="saved__name">{label(item)}</p>
            <p className="saved__meta">{t('setAside.size', { size: kib(item.raw) })}</p>
            {deleting === identity(item) ? (
              <ConfirmDelete
                id={`confirm-aside-${i}`}
                message={t('setAside.confirmDelete', { name: label(item) })}
                onConfirm={() => {
                  const { store: next, state } = deleteSetAside(item);
                  setDeleting(null);
                  onChange(next, state);
                }}
                onCancel={() => setDeleting(null)}
              />
            ) : (
              <div className="saved__actions">
                <button
                  type="button"
                  className="inline-link"
                  onClick={() => saveFile(new Blob([item.raw], { type: 'application/json' }), `semaforo-ia-apartado-${i + 1}.json`)}
                >
                  {t('setAside.download')}
                  <span className="visually-hidden"> {t('saved.forItem', { name: label(item) })}</span>
                </button>
                <button type="button" className="inline-link" onClick={() => setDeleting(identity(item))}>
                  {t('saved.delete')}
                  <span className="visually-hidden"> {t('saved.forItem', { name: label(item) })}</span>
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
