// Worked cases for workshops. Each opens as a new assessment on its result, so a trainer can
// show why, then change one answer and compare. A trainer drives it in front of a room: filters
// by outcome and by sector, a compact index, the facilitator's notes hidden while presenting, and an example
// opened before offered again instead of saved twice.
import '../styles/pages.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { examples, exampleAnswers } from '../examples/examples';
import { ClauseQuote } from '../ui/ClauseQuote';
import { assessmentFrom } from '../machine/importAssessment';
import { OutcomeBadge } from '../ui/OutcomeBadge';
import { presenterStored } from '../ui/PresenterToggle';
import { content } from '../questionnaire/content';
import { OUTCOMES, SECTORS } from '../questionnaire/vocabulary';
import type { PageProps } from './lazyPage';
import { PageTitle } from './PageTitle';
import { dataText } from '../questionnaire/texts';

type Filter = (typeof OUTCOMES)[number] | 'all';
type SectorFilter = (typeof SECTORS)[number] | 'all';

export default function GalleryPage({ store, onAdd, onOpen }: PageProps) {
  const { t } = useTranslation('pages');
  const [filter, setFilter] = useState<Filter>('all');
  const [sector, setSector] = useState<SectorFilter>('all');
  // The answer key is for the facilitator, not the room: hidden while presenting.
  const [notes, setNotes] = useState(() => !presenterStored());
  const [asking, setAsking] = useState<string | null>(null);
  const shown = examples.filter((e) => (filter === 'all' || e.outcome === filter) && (sector === 'all' || e.sector === sector));
  const outcomeLabel = (o: string) => dataText(t)(`outcomes.${o}.label`, { ns: 'results' });
  const sectorLabel = (s: string) => dataText(t)(`gallery.sectors.${s}`);
  const titleOf = (id: string) => dataText(t)(`${id}.title`, { ns: 'examples' });
  const goTo = (id: string) => {
    const heading = document.querySelector<HTMLElement>(`#ejemplo-${id} h2`);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus();
  };

  return (
    <>
      <PageTitle>{t('gallery.title')}</PageTitle>
      <p className="lead">{t('gallery.lead')}</p>
      <div className="gallery__controls no-print">
        <div className="field">
          <label htmlFor="gallery-filter">{t('gallery.filter')}</label>
          <select id="gallery-filter" value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
            <option value="all">{t('gallery.all', { count: examples.length })}</option>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {`${outcomeLabel(o)} (${examples.filter((e) => e.outcome === o).length})`}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="gallery-sector">{t('gallery.sector')}</label>
          <select id="gallery-sector" value={sector} onChange={(e) => setSector(e.target.value as SectorFilter)}>
            <option value="all">{t('gallery.allSectors', { count: examples.length })}</option>
            {SECTORS.map((s) => (
              <option key={s} value={s}>
                {`${sectorLabel(s)} (${examples.filter((e) => e.sector === s).length})`}
              </option>
            ))}
          </select>
        </div>
        <div className="gallery__toggle">
          <input id="gallery-notes" type="checkbox" checked={notes} onChange={(e) => setNotes(e.target.checked)} />
          <label htmlFor="gallery-notes">{t('gallery.showNotes')}</label>
        </div>
      </div>
      <p role="status">{t('gallery.shown', { count: shown.length })}</p>
      <nav className="gallery__index no-print" aria-label={t('gallery.index')}>
        <ol>
          {shown.map((e) => (
            <li key={e.id}>
              <button type="button" className="inline-link" onClick={() => goTo(e.id)}>
                {titleOf(e.id)}
              </button>{' '}
              <span className="gallery__index-outcome">
                — {outcomeLabel(e.outcome)} · {sectorLabel(e.sector)}
              </span>
            </li>
          ))}
        </ol>
      </nav>
      <ol className="cards">
        {shown.map((example) => {
          const texts = { title: titleOf(example.id), scenario: dataText(t)(`${example.id}.scenario`, { ns: 'examples' }) };
          const openNew = () => onAdd(assessmentFrom(exampleAnswers(content, example, texts), { title: texts.title, example: example.id, onResult: true }));
          // The copy of this example saved last, if any (a duplicate or a renamed copy counts).
          const saved = store.assessments.filter((a) => a.example === example.id).sort((x, y) => y.updatedAt.localeCompare(x.updatedAt))[0];
          return (
            <li key={example.id} className="card" id={`ejemplo-${example.id}`}>
              <h2 tabIndex={-1}>{texts.title}</h2>
              <OutcomeBadge outcome={example.outcome} />
              <p className="gallery__sector">{t('gallery.sectorOf', { sector: sectorLabel(example.sector) })}</p>
              <p>{texts.scenario}</p>
              {notes ? (
                <>
                  <h3>{t('gallery.note')}</h3>
                  <p>{dataText(t)(`${example.id}.note`, { ns: 'examples' })}</p>
                </>
              ) : null}
              {example.clauses.length > 0 ? (
                <details>
                  <summary>{t('gallery.clauses', { count: example.clauses.length })}</summary>
                  {example.clauses.map((id) => (
                    <ClauseQuote key={id} clauseId={id} />
                  ))}
                </details>
              ) : null}
              {asking === example.id && saved ? (
                <div className="gallery__again" role="group" aria-labelledby={`again-${example.id}`}>
                  <p id={`again-${example.id}`}>{t('gallery.again')}</p>
                  <div className="button-group">
                    {/* The button pressed is gone: focus goes to the first choice that replaced it. */}
                    <button type="button" className="button" ref={(el) => el?.focus()} onClick={() => onOpen(saved)}>
                      {t('gallery.openSaved')}
                    </button>
                    <button type="button" className="button button--secondary" onClick={openNew}>
                      {t('gallery.openCopy')}
                    </button>
                  </div>
                </div>
              ) : (
                <button type="button" className="button" onClick={saved ? () => setAsking(example.id) : openNew}>
                  {t('gallery.open')}
                  <span className="visually-hidden">{t('gallery.openWhich', { title: texts.title })}</span>
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
