// The classifier: from answers to outcome, reasons, open points, obligations and deadlines.
// Precedence (issue #2): out of scope, then prohibited, then high risk, then undetermined
// when an unresolved answer could still make the use prohibited or high risk, then
// acceptable. A rule is met when its condition holds and none of its exceptions does.
import type { Rule, RuleOutcome } from '../questionnaire/schema';
import { deadlinesFor } from './deadlines';
import { envFor, isOpenAnswer, isValidAnswer, reachableQuestions } from './flow';
import { and, evaluate, not, openQuestions, or, witnesses, type Env } from './logic';
import { obligationsFor } from './obligations';
import type { AdvisoryMet, Answers, ClauseMet, ConsultationReason, Content, ExceptionApplied, Result, Truth, UnresolvedPoint } from './types';

const SEVERITY: Record<RuleOutcome, number> = { fuera_de_ambito: 0, riesgo_alto: 1, uso_indebido: 2 };

interface RuleStatus {
  rule: Rule;
  status: Truth;
  condition: Truth;
}

function ruleStatus(rule: Rule, env: Env): RuleStatus {
  const condition = evaluate(rule.when, env);
  const excepted = or((rule.unless ?? []).map((u) => evaluate(u.when, env)));
  return { rule, condition, status: and([condition, not(excepted)]) };
}

function openPointsOf({ rule }: RuleStatus, env: Env): string[] {
  return [rule.when, ...(rule.unless ?? []).map((u) => u.when)].flatMap((c) => openQuestions(c, env));
}

/** Whether an unresolved rule of this kind could still change the outcome reached. */
function couldChange(kind: RuleOutcome, outcome: Result['outcome']): boolean {
  if (outcome === 'fuera_de_ambito') return false;
  if (kind === 'fuera_de_ambito') return true;
  if (outcome === 'uso_indebido') return false;
  return kind === 'uso_indebido' || outcome !== 'riesgo_alto';
}

export interface ClassifyOptions {
  /** ISO date (YYYY-MM-DD) against which deadlines are judged. */
  today: string;
}

/** The outcome and the status of every rule for these answers: what a classification decides,
 *  without what it then reports (obligations, deadlines, open points). The what-if scenarios
 *  try hundreds of answer sets and need no more than this. */
export function decide(content: Content, answers: Answers) {
  const asked = reachableQuestions(content, answers);
  const reachable = new Set(asked.map((q) => q.id));
  // Invalid answers count as missing: they must never make a rule false.
  const valid: Record<string, string> = {};
  for (const q of asked) {
    const value = answers[q.id];
    if (isValidAnswer(content, q.id, value)) valid[q.id] = value;
  }
  const env = envFor(content, valid, reachable);
  const statuses = content.questionnaire.rules.map((rule) => ruleStatus(rule, env));
  const met = (kind: RuleOutcome) => statuses.some((s) => s.rule.outcome === kind && s.status === 'T');
  const open = (kind: RuleOutcome) => statuses.some((s) => s.rule.outcome === kind && s.status === 'U');

  const outcome: Result['outcome'] = met('fuera_de_ambito')
    ? 'fuera_de_ambito'
    : met('uso_indebido')
      ? 'uso_indebido'
      : met('riesgo_alto')
        ? 'riesgo_alto'
        : open('uso_indebido') || open('riesgo_alto')
          ? 'indeterminado'
          : 'riesgo_aceptable';
  /** The rules met, by ID. */
  const metRuleIds = statuses.filter((s) => s.status === 'T').map((s) => s.rule.id);
  return { outcome, asked, valid, env, statuses, open, metRuleIds };
}

export function classify(content: Content, answers: Answers, { today }: ClassifyOptions): Result {
  const { questionnaire } = content;
  const { outcome, asked, valid, env, statuses, open } = decide(content, answers);

  const clausesMet: ClauseMet[] = statuses
    .filter((s) => s.status === 'T')
    .map(({ rule }) => ({ ruleId: rule.id, outcome: rule.outcome, cites: rule.cites, answers: witnesses(rule.when, env) }));

  const exceptionsApplied: ExceptionApplied[] = statuses
    .filter((s) => s.condition === 'T' && s.status === 'F')
    .flatMap(({ rule }) =>
      (rule.unless ?? []).filter((u) => evaluate(u.when, env) === 'T').map((u) => ({ ruleId: rule.id, cites: u.cites, answers: witnesses(u.when, env) })),
    );

  const unresolvedByQuestion = new Map<string, UnresolvedPoint>();
  for (const s of statuses) {
    if (s.status !== 'U' || !couldChange(s.rule.outcome, outcome)) continue;
    for (const questionId of openPointsOf(s, env)) {
      const point = unresolvedByQuestion.get(questionId) ?? {
        questionId,
        value: valid[questionId] ?? null,
        open: isOpenAnswer(content, questionId, valid[questionId]),
        couldMake: s.rule.outcome,
        ruleIds: [],
      };
      if (!point.ruleIds.includes(s.rule.id)) point.ruleIds.push(s.rule.id);
      if (SEVERITY[s.rule.outcome] > SEVERITY[point.couldMake]) point.couldMake = s.rule.outcome;
      unresolvedByQuestion.set(questionId, point);
    }
  }
  const unresolved = [...unresolvedByQuestion.values()];

  const advisories: AdvisoryMet[] = questionnaire.advisories
    .filter((a) => evaluate(a.when, env) === 'T')
    .map((a) => ({ advisoryId: a.id, cites: a.cites, answers: witnesses(a.when, env) }));

  const reasons: ConsultationReason[] = [];
  if (outcome === 'indeterminado') reasons.push('indeterminado');
  if (statuses.some((s) => s.status === 'T' && s.rule.consultationRecommended)) reasons.push('open_clause');
  if (exceptionsApplied.length > 0) reasons.push('exception');
  if (advisories.length > 0) reasons.push('advisory');

  const couldBecome = outcome === 'indeterminado' ? (['uso_indebido', 'riesgo_alto'] as const).filter(open) : [];
  const obligations = obligationsFor(content, env, outcome, couldBecome);
  const phased = obligations.some((o) => o.schedule === 'phased');

  const consultationCites = [questionnaire.consultation.uso_indebido, questionnaire.consultation.riesgo_alto];
  const outcomeCites =
    outcome === 'riesgo_aceptable'
      ? [questionnaire.residual]
      : outcome === 'indeterminado'
        ? consultationCites
        : [...new Set(clausesMet.filter((m) => m.outcome === outcome).flatMap((m) => m.cites))];

  const missing = asked.filter((q) => valid[q.id] === undefined).map((q) => q.id);
  return {
    outcome,
    outcomeCites,
    questionnaireVersion: questionnaire.version,
    legalText: `${questionnaire.legalText.norm} (${questionnaire.legalText.gazette}, ${questionnaire.legalText.published})`,
    today,
    complete: missing.length === 0,
    missing,
    clausesMet,
    exceptionsApplied,
    unresolved,
    advisories,
    consultation: {
      recommended: reasons.length > 0,
      reasons,
      cites: consultationCites,
    },
    obligations,
    deadlines: deadlinesFor(content, env, today, outcome !== 'fuera_de_ambito', phased),
    ignoredAnswers: Object.keys(answers).filter((id) => valid[id] === undefined && !missing.includes(id)),
  };
}
