import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_INPUT_LENGTH, type ActionPlan as Plan, type AssessmentWork, type DeadlineItem, type PlanItem } from '../../engine';
import { clauseById } from '../../questionnaire/clauses';
import type { Caveat } from '../../questionnaire/schema';
import { dataText } from '../../questionnaire/texts';
import { dateRange, longDate } from '../../ui/format';
import { Acronyms } from './Acronyms';

interface Props {
  plan: Plan;
  today: string;
  /** Who is in charge of each obligation, saved with the assessment (work.owners). */
  owners: NonNullable<AssessmentWork['owners']>;
  onOwners: (owners: NonNullable<AssessmentWork['owners']>) => void;
}

/** Consecutive items (the plan is in date order) that share the same schedule rows, under one date. */
function groupsOf(items: PlanItem[]) {
  const groups = new Map<string, { key: string; deadlines: DeadlineItem[]; items: PlanItem[] }>();
  for (const item of items) {
    // Undated items part by why: a phased obligation the Primera DCF gives this actor no row
    // for, or one no schedule of the Reglamento dates at all.
    const key = item.deadlines.map((d) => d.deadlineId).join('-') || `none-${item.obligation.schedule}`;
    const group = groups.get(key) ?? { key, deadlines: item.deadlines, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  return [...groups.values()];
}

const DAY = 24 * 60 * 60 * 1000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

/** What to do, by when: each obligation with the date its schedule gives, its articles, how it
 *  binds and who is in charge. The nearest date ahead is stated first. */
export const ActionPlan = memo(function ActionPlan({ plan, today, owners, onOwners }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'es';
  const when = (d: DeadlineItem) => {
    const status = t(`result.status.${d.status}`, { date: d.date ? dateRange(d.date, lang) : '' });
    const row = dataText(t)(`deadlines.${d.deadlineId}`, { ns: 'results' });
    return [t('plan.dateOf', { ns: 'results', status, row }), d.conditional ? t('plan.conditional', { ns: 'results' }) : null].filter(Boolean).join(', ');
  };
  const setOwner = (id: string, value: string) => {
    const { [id]: _, ...rest } = owners;
    onOwners(value.trim() ? { ...rest, [id]: value } : rest);
  };
  return (
    <section aria-labelledby="plan" className="plan">
      <h2 id="plan">{t('plan.title', { ns: 'results' })}</h2>
      <p className="no-print">{t('plan.lead', { ns: 'results' })}</p>
      {plan.items.length === 0 ? (
        <p>{t('plan.empty', { ns: 'results' })}</p>
      ) : (
        <p className="plan__next">
          <strong>
            {plan.next
              ? t('plan.next', { ns: 'results', date: longDate(plan.next.date, lang), days: daysBetween(today, plan.next.date), count: plan.next.items.length })
              : t('plan.noNext', { ns: 'results', today: longDate(today, lang) })}
          </strong>
        </p>
      )}
      <Caveats caveats={plan.caveats} />
      {/* On paper the notes stay in the deadlines section: the summary must hold on one page. */}
      {plan.caveats.length > 0 || plan.items.some((i) => i.deadlines.some((d) => d.caveats.length > 0)) ? (
        <p className="print-only plan__note">{t('plan.caveatsInDetail', { ns: 'results' })}</p>
      ) : null}
      {plan.items.length > 0 ? (
        <p className="print-only plan__item plan__columns" aria-hidden="true">
          <span>{t('plan.columns.what', { ns: 'results' })}</span>
          <span>{t('plan.columns.how', { ns: 'results' })}</span>
          <span>{t('plan.columns.owner', { ns: 'results' })}</span>
        </p>
      ) : null}
      {groupsOf(plan.items).map(({ key, deadlines, items }) => (
        <section key={key} aria-labelledby={`plan-${key}`} className="plan__group">
          <h3 id={`plan-${key}`} className="plan__when">
            <Acronyms
              text={
                deadlines.length > 0
                  ? deadlines.map(when).join('; ')
                  : t(items[0]!.obligation.schedule === 'phased' ? 'plan.noDate' : 'plan.noDeadline', { ns: 'results' })
              }
            />
          </h3>
          <Caveats caveats={[...new Set(deadlines.flatMap((d) => d.caveats))]} />
          <ul className="plan__list">
            {items.map((item) => {
              const { obligationId, cites } = item.obligation;
              const title = dataText(t)(`obligations.${obligationId}.title`, { ns: 'results' });
              const owner = owners[obligationId] ?? '';
              return (
                <li key={obligationId} className="plan__item">
                  <p className="plan__title">{title}</p>
                  <p className="plan__meta">
                    <Acronyms
                      text={`${t(`plan.category.${item.category}`, { ns: 'results' })} · ${cites.map((c) => clauseById.get(c)!.label[lang]).join(', ')}`}
                    />
                  </p>
                  <p className="plan__owner">
                    <label className="no-print" htmlFor={`owner-${obligationId}`}>
                      {t('plan.owner', { ns: 'results' })}
                      <span className="visually-hidden"> — {title}</span>
                    </label>
                    <input
                      id={`owner-${obligationId}`}
                      className="input no-print"
                      value={owner}
                      maxLength={MAX_INPUT_LENGTH}
                      autoComplete="off"
                      onChange={(e) => setOwner(obligationId, e.target.value)}
                    />
                    {/* On paper: the owner written in, or a blank to fill by hand. */}
                    <span className="print-only">{owner || <span className="blank" />}</span>
                  </p>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      <SignatureBlock />
    </section>
  );
});

/** What the schedule leaves open about a date, beside it (the same notes as the deadlines section). */
function Caveats({ caveats }: { caveats: readonly Caveat[] }) {
  const { t } = useTranslation();
  if (caveats.length === 0) return null;
  return (
    <ul className="caveats plan__caveats">
      {caveats.map((c) => (
        <li key={c}>
          <Acronyms text={dataText(t)(`caveats.${c}`, { ns: 'results' })} />
        </li>
      ))}
    </ul>
  );
}

const SIGNATURE_FIELDS = ['responsible', 'role', 'date', 'signature'] as const;

/** On paper only: who stands behind the report, to fill in by hand. */
function SignatureBlock() {
  const { t } = useTranslation();
  const field = (key: (typeof SIGNATURE_FIELDS)[number]) => (
    <p key={key} className="signature__field">
      {t(`plan.sign.${key}`, { ns: 'results' })}: <span className="blank" />
    </p>
  );
  return (
    <div className="print-only signature">
      <p className="signature__title">{t('plan.sign.title', { ns: 'results' })}</p>
      {SIGNATURE_FIELDS.map(field)}
    </div>
  );
}
