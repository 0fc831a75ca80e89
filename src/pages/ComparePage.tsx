// Two assessments side by side: both classifications with the clauses behind them, and the
// answers that differ. Typical workshop use: an example and a copy with one answer changed.
import '../styles/pages.css';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { href } from '../ui/routes';
import { Isolated, SLOT } from '../ui/Isolated';
import { classify, isoDate, type Result } from '../engine';
import { OutcomeBadge } from '../ui/OutcomeBadge';
import { outcomeKeys } from '../documents/outcome';
import { answerText, dataText, questionWording } from '../questionnaire/texts';
import { clauseById } from '../questionnaire/clauses';
import { content } from '../questionnaire/content';
import { answersOf, displayName as label, versionOf, type SavedAssessment } from '../storage/assessments';
import type { PageProps } from './lazyPage';
import { PageTitle } from './PageTitle';
import { CompareDossier } from './CompareDossier';

/** `olderVersion`: the questionnaire version of a record not yet carried over (it is when it
 *  opens); its answers are read by the current questionnaire only after that. */
function Classification({ result, heading, olderVersion }: { result: Result; heading: ReactNode; olderVersion: string | null }) {
  const { t, i18n } = useTranslation();
  const clauseLabel = (id: string) => clauseById.get(id)!.label[i18n.language === 'en' ? 'en' : 'es'];
  return (
    <section className="compare__side">
      <h2>{heading}</h2>
      {olderVersion !== null ? (
        <p>{t('compare.olderVersion', { ns: 'pages', version: olderVersion })}</p>
      ) : result.complete ? (
        <OutcomeBadge outcome={result.outcome} unresolved={result.unresolved} />
      ) : (
        <p>{t('compare.incomplete', { ns: 'pages' })}</p>
      )}
      {result.complete && olderVersion === null ? (
        <ul>
          {result.clausesMet.map((m) => (
            <li key={m.ruleId}>
              {dataText(t)(`rules.${m.ruleId}`, { ns: 'results' })} ({clauseLabel(m.cites.at(-1)!)})
            </li>
          ))}
          {result.exceptionsApplied.map((e) => (
            <li key={`${e.ruleId}-${e.cites.join()}`}>{t('compare.exception', { ns: 'pages', clause: clauseLabel(e.cites.at(-1)!) })}</li>
          ))}
          {result.unresolved.length > 0 ? <li>{t('compare.open', { ns: 'pages', count: result.unresolved.length })}</li> : null}
          {result.clausesMet.length + result.exceptionsApplied.length + result.unresolved.length === 0 ? <li>{t('result.noClauses')}</li> : null}
        </ul>
      ) : null}
    </section>
  );
}

export default function ComparePage({ store }: PageProps) {
  const { t } = useTranslation('pages');
  const list = store.assessments;
  // The choice is kept by ID; the list is read afresh on every visit and may have changed (a
  // record saved or deleted since, here or in another tab): a choice no longer listed falls
  // back to the first or second record.
  const [chosen, setIds] = useState<[string, string]>([list[0]?.id ?? '', list[1]?.id ?? '']);
  const ids = chosen.map((id, i) => (list.some((a) => a.id === id) ? id : (list[i]?.id ?? ''))) as [string, string];
  // In a room the question is «what changed, and what did it do»: the differences come first.
  const [onlyDiffs, setOnlyDiffs] = useState(true);
  const pair = ids.map((id) => list.find((a) => a.id === id)) as [SavedAssessment | undefined, SavedAssessment | undefined];
  const today = isoDate(new Date());

  const [a, b] = pair.map((s) => (s ? answersOf(s) : {})) as [Record<string, string>, Record<string, string>];
  const rows = content.questionnaire.questions.filter((q) => q.id in a || q.id in b).map((q) => ({ q, a: a[q.id], b: b[q.id], differs: a[q.id] !== b[q.id] }));

  if (list.length < 2) {
    return (
      <>
        <PageTitle>{t('compare.title')}</PageTitle>
        <p>{t('compare.needTwo')}</p>
        <p>
          <a href={href('examples')}>{t('compare.toExamples')}</a>
        </p>
      </>
    );
  }

  const results = pair.map((s) => (s ? classify(content, answersOf(s), { today }) : null));
  const differing = rows.filter((r) => r.differs);
  const shown = onlyDiffs ? differing : rows;
  /** What one difference does by itself: the first assessment with only this answer of the
   *  second. Read as the badge reads it (an open prohibition makes «riesgo alto» «como mínimo»). */
  const effect = (r: (typeof rows)[number]) => {
    const first = results[0];
    if (!first?.complete) return null;
    if (r.b === undefined) return t('compare.effectNotInSecond');
    if (r.a === undefined) return t('compare.effectNotInFirst');
    const changed = classify(content, { ...a, [r.q.id]: r.b }, { today });
    if (!changed.complete) return t('compare.effectIncomplete');
    const label = outcomeKeys(changed).label;
    if (label === outcomeKeys(first).label) return t('compare.effectSame');
    return t('compare.effect', { outcome: t(label, { ns: 'results' }) });
  };
  const show = (r: (typeof rows)[number], v: string | undefined) => (v === undefined ? t('compare.notAsked') : answerText(t, r.q, v));

  return (
    <>
      <PageTitle>{t('compare.title')}</PageTitle>
      <p className="lead">{t('compare.lead')}</p>
      <div className="compare__pickers no-print">
        {(['a', 'b'] as const).map((side, i) => (
          <div className="field" key={side}>
            <label htmlFor={`compare-${side}`}>{t(`compare.pick.${side}`)}</label>
            <select id={`compare-${side}`} value={ids[i]} onChange={(e) => setIds(i === 0 ? [e.target.value, ids[1]] : [ids[0], e.target.value])}>
              {list.map((s) => (
                <option key={s.id} value={s.id}>
                  {label(s)}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <div className="compare">
        {results.map((r, i) =>
          r ? (
            <Classification
              key={i}
              result={r}
              olderVersion={versionOf(pair[i]!) === content.questionnaire.version ? null : versionOf(pair[i]!)}
              heading={<Isolated sentence={t(`compare.side.${i === 0 ? 'a' : 'b'}`, { name: SLOT })} value={label(pair[i]!)} />}
            />
          ) : null,
        )}
      </div>
      <h2>{t('compare.differences', { count: differing.length })}</h2>
      {differing.length === 0 ? <p>{t('compare.same')}</p> : null}
      <div className="compare__filter no-print">
        <input id="compare-only-diffs" type="checkbox" checked={onlyDiffs} onChange={(e) => setOnlyDiffs(e.target.checked)} />
        <label htmlFor="compare-only-diffs">{t('compare.onlyDiffs')}</label>
      </div>
      {shown.length > 0 ? (
        <table className="compare__table" data-compare="answers">
          <caption className="visually-hidden">{t('compare.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compare.question')}</th>
              <th scope="col">{label(pair[0]!)}</th>
              <th scope="col">{label(pair[1]!)}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.q.id} className={r.differs ? 'compare__diff' : undefined}>
                <th scope="row">
                  {r.differs ? <strong className="compare__mark">{t('compare.differs')} </strong> : null}
                  {questionWording(t, r.q)}
                  {r.differs ? <span className="compare__effect">{effect(r)}</span> : null}
                </th>
                <td>{show(r, r.a)}</td>
                <td>{show(r, r.b)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {pair[0] && pair[1] && results[0] && results[1] && pair.every((s) => versionOf(s!) === content.questionnaire.version) ? (
        <CompareDossier pair={[pair[0], pair[1]]} results={[results[0], results[1]]} names={[label(pair[0]), label(pair[1])]} />
      ) : null}
    </>
  );
}
