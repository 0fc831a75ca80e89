// Worked cases for workshops. Each opens as a new assessment on its result, so a trainer can
// show why, then change one answer and compare.
import '../styles/pages.css';
import { useTranslation } from 'react-i18next';
import { examples, exampleAnswers } from '../examples/examples';
import { ClauseQuote } from '../ui/ClauseQuote';
import { assessmentFrom } from '../machine/importAssessment';
import { OutcomeBadge } from '../ui/OutcomeBadge';
import { content } from '../questionnaire/content';
import type { PageProps } from './lazyPage';
import { PageTitle } from './PageTitle';
import { dataText } from '../questionnaire/texts';

export default function GalleryPage({ onAdd }: PageProps) {
  const { t } = useTranslation('pages');
  return (
    <>
      <PageTitle>{t('gallery.title')}</PageTitle>
      <p className="lead">{t('gallery.lead')}</p>
      <ol className="cards">
        {examples.map((example) => {
          const texts = { title: dataText(t)(`${example.id}.title`, { ns: 'examples' }), scenario: dataText(t)(`${example.id}.scenario`, { ns: 'examples' }) };
          const open = () => onAdd(assessmentFrom(exampleAnswers(content, example, texts), { title: texts.title, onResult: true }));
          return (
            <li key={example.id} className="card" id={`ejemplo-${example.id}`}>
              <h2>{texts.title}</h2>
              <OutcomeBadge outcome={example.outcome} />
              <p>{texts.scenario}</p>
              <h3>{t('gallery.note')}</h3>
              <p>{dataText(t)(`${example.id}.note`, { ns: 'examples' })}</p>
              {example.clauses.length > 0 ? (
                <details>
                  <summary>{t('gallery.clauses', { count: example.clauses.length })}</summary>
                  {example.clauses.map((id) => (
                    <ClauseQuote key={id} clauseId={id} />
                  ))}
                </details>
              ) : null}
              <button type="button" className="button" onClick={open}>
                {t('gallery.open')}
                <span className="visually-hidden">{t('gallery.openWhich', { title: texts.title })}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </>
  );
}
