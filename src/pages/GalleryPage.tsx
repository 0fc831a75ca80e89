// Worked cases for workshops. Each opens as a new assessment on its result, so a trainer can
// show why, then change one answer and compare.
import '../styles/pages.css';
import { useTranslation } from 'react-i18next';
import { usePageFocus } from '../app/usePageFocus';
import { examples, exampleAnswers } from '../examples/examples';
import { ClauseQuote } from '../flow/ClauseQuote';
import { assessmentFrom } from '../flow/importAssessment';
import { OutcomeBadge } from '../flow/OutcomeBadge';
import { RESULT } from '../machine/questionnaireMachine';
import { content } from '../questionnaire/content';
import type { PageProps } from './lazyPage';

export default function GalleryPage({ onAdd }: PageProps) {
  const { t } = useTranslation('examples');
  const heading = usePageFocus<HTMLHeadingElement>(t('gallery.title', { ns: 'pages' }));
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('gallery.title', { ns: 'pages' })}
      </h1>
      <p className="lead">{t('gallery.lead', { ns: 'pages' })}</p>
      <ol className="cards">
        {examples.map((example) => {
          const texts = { title: t(`${example.id}.title`), scenario: t(`${example.id}.scenario`) };
          const open = () => onAdd(assessmentFrom(exampleAnswers(content, example, texts), { title: texts.title, landing: RESULT }));
          return (
            <li key={example.id} className="card" id={`ejemplo-${example.id}`}>
              <h2>{texts.title}</h2>
              <OutcomeBadge outcome={example.outcome} />
              <p>{texts.scenario}</p>
              <h3>{t('gallery.note', { ns: 'pages' })}</h3>
              <p>{t(`${example.id}.note`)}</p>
              {example.clauses.length > 0 ? (
                <details>
                  <summary>{t('gallery.clauses', { ns: 'pages', count: example.clauses.length })}</summary>
                  {example.clauses.map((id) => (
                    <ClauseQuote key={id} clauseId={id} />
                  ))}
                </details>
              ) : null}
              <button type="button" className="button" onClick={open}>
                {t('gallery.open', { ns: 'pages' })}
                <span className="visually-hidden">{t('gallery.openWhich', { ns: 'pages', title: texts.title })}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </>
  );
}
