// The whole questionnaire as a flow chart, drawn from the data: a diagram first, then the
// same map in text (every question in order, when it is asked, and the outcome each rule
// leads to with its clause), which is the diagram's accessible alternative. The current
// assessment's path (answered questions, rules met, final outcome) is marked in text as well
// as by line and colour, so it survives a projector and a black-and-white printer.
import '../styles/pages.css';
import type { TFunction } from 'i18next';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { classify, isoDate, questionById, reachableQuestions } from '../engine';
import { Isolated, SLOT } from '../ui/Isolated';
import { OutcomeBadge } from '../ui/OutcomeBadge';
import { answerText, dataText, optionLabel, questionWording } from '../questionnaire/texts';
import { clauseById } from '../questionnaire/clauses';
import { content } from '../questionnaire/content';
import { decisionMap } from '../questionnaire/decisionMap';
import { questionNumber } from '../questionnaire/numbering';
import { decisionGraph, pathThrough } from '../questionnaire/decisionGraph';
import type { Condition } from '../questionnaire/schema';
import { answersOf, displayName } from '../storage/assessments';
import type { PageProps } from './lazyPage';
import { DecisionMapDiagram, type DiagramLabels } from './DecisionMapDiagram';
import { PageTitle } from './PageTitle';

const { questionnaire } = content;

function conditionText(t: TFunction<'pages'>, c: Condition, nested = false): string {
  const group = (parts: string[], joiner: 'map.and' | 'map.or') => {
    const text = parts.join(t(joiner));
    return nested && parts.length > 1 ? `(${text})` : text;
  };
  if ('q' in c) {
    const q = questionById(content, c.q)!;
    const values = c.in.map((v) => optionLabel(t, q, v));
    return t('map.equals', { n: questionNumber(questionnaire, c.q), values: values.join(t('map.or')) });
  }
  if ('all' in c)
    return group(
      c.all.map((x) => conditionText(t, x, true)),
      'map.and',
    );
  if ('any' in c)
    return group(
      c.any.map((x) => conditionText(t, x, true)),
      'map.or',
    );
  if ('not' in c) return t('map.not', { condition: conditionText(t, c.not, true) });
  return dataText(t)(`map.ref.${c.ref}`);
}

export default function DecisionMapPage({ store }: PageProps) {
  const { t, i18n } = useTranslation('pages');
  const lang = i18n.language === 'en' ? 'en' : 'es';
  const clause = (id: string) => clauseById.get(id)!.label[lang];
  const sections = useMemo(() => decisionMap(questionnaire), []);
  const graph = useMemo(() => decisionGraph(questionnaire), []);
  const textHeading = useRef<HTMLHeadingElement>(null);

  const current = store.assessments.find((a) => a.id === store.current) ?? null;
  const answers = current ? answersOf(current) : {};
  const asked = new Set(reachableQuestions(content, answers).map((q) => q.id));
  const result = current ? classify(content, answers, { today: isoDate(new Date()) }) : null;
  const met = new Set(result?.clausesMet.map((m) => m.ruleId));
  const excepted = new Set(result?.exceptionsApplied.map((e) => e.ruleId));
  const reached = result?.complete ? result.outcome : null;
  const answered = new Set([...asked].filter((id) => id in answers));
  const path = pathThrough(graph, { answered, met, excepted, reached });

  const labels: DiagramLabels = {
    answer: (id) => (answered.has(id) ? answerText(t, questionById(content, id)!, answers[id]!) : null),
    clause: (id) => clause(questionnaire.rules.find((r) => r.id === id)!.cites.at(-1)!),
    outcomeCites: (outcome) =>
      outcome === 'riesgo_aceptable'
        ? clause(questionnaire.residual)
        : outcome === 'indeterminado'
          ? [questionnaire.consultation.uso_indebido, questionnaire.consultation.riesgo_alto].map(clause).join(' · ')
          : null,
  };
  const summary = [
    t('map.diagram.summary', { questions: questionnaire.questions.length, sections: sections.length, rules: questionnaire.rules.length }),
    current
      ? t('map.diagram.summaryPath', {
          name: displayName(current),
          answered: answered.size,
          met: met.size,
          outcome: reached ? t(`outcomes.${reached}.label`, { ns: 'results' }) : t('map.diagram.notReached'),
        })
      : t('map.noCurrent'),
  ].join(' ');

  return (
    <div className="map-page">
      <PageTitle>{t('map.title')}</PageTitle>
      <p className="lead">{t('map.lead')}</p>
      <p className="notice">{current ? <Isolated sentence={t('map.highlighting', { name: SLOT })} value={displayName(current)} /> : t('map.noCurrent')}</p>

      <DecisionMapDiagram
        graph={graph}
        path={path}
        excepted={excepted}
        labels={labels}
        summary={summary}
        onShowText={() => {
          textHeading.current?.scrollIntoView();
          textHeading.current?.focus();
        }}
      />

      <h2 id="map-text" className="map__text-heading" tabIndex={-1} ref={textHeading}>
        {t('map.textVersion')}
      </h2>
      <ol className="map__spine" aria-label={t('map.sections')}>
        {sections.map((s) => (
          <li key={s.id} className={s.nodes.some((n) => asked.has(n.question.id) && n.question.id in answers) ? 'map__spine--path' : undefined}>
            {dataText(t)(`sections.${s.id}`, { ns: 'questionnaire' })}
          </li>
        ))}
        <li className={reached ? 'map__spine--path' : undefined}>{t('map.result')}</li>
      </ol>

      {sections.map((s) => (
        <section key={s.id} className="map__section" aria-labelledby={`map-${s.id}`}>
          <h3 id={`map-${s.id}`}>{dataText(t)(`sections.${s.id}`, { ns: 'questionnaire' })}</h3>
          <ol className="map__flow">
            {s.nodes.map(({ question: q, number, rules }) => {
              const onPath = asked.has(q.id) && q.id in answers;
              return (
                <li key={q.id} className={`map__node${onPath ? ' map__node--path' : ''}`}>
                  <p className="map__question">
                    <span className="map__number">{t('map.number', { n: number })}</span> {questionWording(t, q)}
                  </p>
                  {q.askIf ? <p className="map__when">{t('map.askedIf', { condition: conditionText(t, q.askIf) })}</p> : null}
                  {onPath ? <p className="map__answer">{t('map.yourAnswer', { answer: answerText(t, q, answers[q.id]!) })}</p> : null}
                  {rules.length > 0 ? (
                    <ul className="map__rules">
                      {rules.map((r) => (
                        <li key={r.id} className={`map__rule map__rule--${r.outcome}${met.has(r.id) ? ' map__rule--met' : ''}`}>
                          <p>
                            <span aria-hidden="true">→ </span>
                            <strong>{t(`outcomes.${r.outcome}.label`, { ns: 'results' })}</strong> · {clause(r.cites.at(-1)!)}
                          </p>
                          <p>{t('map.when', { condition: conditionText(t, r.when) })}</p>
                          {(r.unless ?? []).map((u) => (
                            <p key={u.cites.join()}>{t('map.unless', { condition: conditionText(t, u.when), clause: clause(u.cites.at(-1)!) })}</p>
                          ))}
                          {met.has(r.id) ? <p className="map__flag">{t('map.met')}</p> : null}
                          {excepted.has(r.id) ? <p className="map__flag">{t('map.excepted')}</p> : null}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              );
            })}
          </ol>
        </section>
      ))}

      <section className="map__section" aria-labelledby="map-result">
        <h3 id="map-result">{t('map.result')}</h3>
        <p>{t('map.precedence')}</p>
        <ul className="map__rules">
          <li className={`map__rule map__rule--indeterminado${reached === 'indeterminado' ? ' map__rule--met' : ''}`}>
            <p>
              <strong>{t('outcomes.indeterminado.label', { ns: 'results' })}</strong> ·{' '}
              {[questionnaire.consultation.uso_indebido, questionnaire.consultation.riesgo_alto].map(clause).join(' · ')}
            </p>
            <p>{t('map.undetermined')}</p>
            {reached === 'indeterminado' ? <p className="map__flag">{t('map.reached')}</p> : null}
          </li>
          <li className={`map__rule map__rule--riesgo_aceptable${reached === 'riesgo_aceptable' ? ' map__rule--met' : ''}`}>
            <p>
              <strong>{t('outcomes.riesgo_aceptable.label', { ns: 'results' })}</strong> · {clause(questionnaire.residual)}
            </p>
            <p>{t('map.acceptable')}</p>
            {reached === 'riesgo_aceptable' ? <p className="map__flag">{t('map.reached')}</p> : null}
          </li>
        </ul>
        {reached ? <OutcomeBadge outcome={reached} /> : null}
      </section>
    </div>
  );
}
