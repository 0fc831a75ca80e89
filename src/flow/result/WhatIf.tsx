import { useTranslation } from 'react-i18next';
import { questionById, type ChangeScenario } from '../../engine';
import { clauseById } from '../../questionnaire/clauses';
import { content } from '../../questionnaire/content';
import { dataText, optionLabel, questionWording } from '../../questionnaire/texts';

/** Scenarios with the same effect: one outcome, the same possible outcomes, or questions left open. */
interface Group {
  key: string;
  kind: 'would' | 'could' | 'openEnded';
  outcomes: string[];
  scenarios: ChangeScenario[];
}

function groupsOf(scenarios: ChangeScenario[]): Group[] {
  const groups = new Map<string, Group>();
  for (const s of scenarios) {
    const kind = s.openEnded ? 'openEnded' : s.opens.length === 0 ? 'would' : 'could';
    const outcomes = kind === 'openEnded' ? [] : kind === 'would' ? [s.outcomes[0]!] : s.outcomes;
    const key = `${kind}:${outcomes.join('|')}`;
    const group = groups.get(key) ?? { key, kind, outcomes, scenarios: [] };
    group.scenarios.push(s);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** `scenarios` is null while they are still being worked out. Grouped by the outcome they lead
 *  to, each group's answers behind a disclosure: the list runs to dozens of lines. */
export function WhatIf({ scenarios }: { scenarios: ChangeScenario[] | null }) {
  const { t, i18n } = useTranslation();
  const outcome = (o: string) => dataText(t)(`outcomes.${o}.label`, { ns: 'results' });
  // A label such as «Art. 6 j.» ends in its own period: the sentence adds none after it.
  const clauses = (ruleIds: string[]) =>
    [
      ...new Set(
        ruleIds.map((id) => {
          const cite = content.questionnaire.rules.find((r) => r.id === id)!.cites.at(-1)!;
          return clauseById.get(cite)!.label[i18n.language === 'en' ? 'en' : 'es'];
        }),
      ),
    ]
      .join('; ')
      .replace(/\.$/, '');
  const line = (s: ChangeScenario) => {
    const q = questionById(content, s.questionId)!;
    const vars = { answer: optionLabel(t, q, s.to), question: questionWording(t, q), count: s.opens.length };
    const sentence = s.openEnded
      ? t('result.whatIfOpenEnded', vars)
      : s.opens.length === 0
        ? t('result.whatIfWould', { ...vars, outcome: outcome(s.outcomes[0]!) })
        : t('result.whatIfCould', { ...vars, outcomes: s.outcomes.map(outcome).join(t('result.or')) });
    return s.ruleIds.length > 0 && !s.openEnded ? `${sentence} ${t('result.whatIfClauses', { clauses: clauses(s.ruleIds) })}` : sentence;
  };
  return (
    <section aria-labelledby="what-if">
      <h2 id="what-if">{t('result.whatIf')}</h2>
      {scenarios === null ? (
        <p role="status">{t('result.whatIfPending')}</p>
      ) : scenarios.length === 0 ? (
        <p>{t('result.whatIfNone')}</p>
      ) : (
        <p className="no-print">{t('whatIfGroups.lead', { ns: 'results' })}</p>
      )}
      {groupsOf(scenarios ?? []).map((g) => (
        <details key={g.key} className="what-if__group">
          <summary>
            {t(`whatIfGroups.${g.kind}`, {
              ns: 'results',
              count: g.scenarios.length,
              outcome: g.outcomes.length ? outcome(g.outcomes[0]!) : '',
              outcomes: g.outcomes.map(outcome).join(t('result.or')),
            })}
          </summary>
          <ul className="reasons">
            {g.scenarios.map((s) => (
              <li key={`${s.questionId}-${s.to}`}>{line(s)}</li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
