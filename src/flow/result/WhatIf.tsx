import { useTranslation } from 'react-i18next';
import { questionById, type ChangeScenario } from '../../engine';
import { clauseById } from '../../questionnaire/clauses';
import { content } from '../../questionnaire/content';
import { dataText, optionLabel, questionWording } from '../../questionnaire/texts';

/** `scenarios` is null while they are still being worked out. */
export function WhatIf({ scenarios }: { scenarios: ChangeScenario[] | null }) {
  const { t, i18n } = useTranslation();
  const outcome = (o: string) => dataText(t)(`outcomes.${o}.label`, { ns: 'results' });
  const clauses = (ruleIds: string[]) =>
    [
      ...new Set(
        ruleIds.map((id) => {
          const cite = content.questionnaire.rules.find((r) => r.id === id)!.cites.at(-1)!;
          return clauseById.get(cite)!.label[i18n.language === 'en' ? 'en' : 'es'];
        }),
      ),
    ].join('; ');
  return (
    <section aria-labelledby="what-if">
      <h2 id="what-if">{t('result.whatIf')}</h2>
      <p>{t('result.whatIfLead')}</p>
      {scenarios === null ? <p role="status">{t('result.whatIfPending')}</p> : scenarios.length === 0 ? <p>{t('result.whatIfNone')}</p> : null}
      <ul className="reasons">
        {scenarios?.map((s) => {
          const q = questionById(content, s.questionId)!;
          const vars = { answer: optionLabel(t, q, s.to), question: questionWording(t, q), count: s.opens.length };
          const sentence = s.openEnded
            ? t('result.whatIfOpenEnded', vars)
            : s.opens.length === 0
              ? t('result.whatIfWould', { ...vars, outcome: outcome(s.outcomes[0]!) })
              : t('result.whatIfCould', { ...vars, outcomes: s.outcomes.map(outcome).join(t('result.or')) });
          return (
            <li key={`${s.questionId}-${s.to}`}>
              {sentence}
              {s.ruleIds.length > 0 && !s.openEnded ? ` ${t('result.whatIfClauses', { clauses: clauses(s.ruleIds) })}` : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
