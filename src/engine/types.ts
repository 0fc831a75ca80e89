import type { Caveat, Obligation, Outcome, RuleOutcome } from '../questionnaire/schema';

export type { Content } from '../questionnaire/schema';

/** Answers by question ID: an option ID for choice questions, free text for text ones. */
export type Answers = Readonly<Record<string, string>>;

/** Three-valued truth: a "No sé" or a missing answer leaves a condition unresolved. */
export type Truth = 'T' | 'F' | 'U';

export interface AnswerRef {
  questionId: string;
  value: string;
}

export interface ClauseMet {
  ruleId: string;
  outcome: RuleOutcome;
  cites: string[];
  answers: AnswerRef[];
}

export interface ExceptionApplied {
  ruleId: string;
  cites: string[];
  answers: AnswerRef[];
}

export interface UnresolvedPoint {
  questionId: string;
  /** The "No sé" or open option given, or null when the question has no answer yet. */
  value: string | null;
  /** The answer is definite but the text leaves open what it means for the clause. */
  open: boolean;
  /** The most severe outcome this point could still lead to. */
  couldMake: RuleOutcome;
  ruleIds: string[];
}

export interface AdvisoryMet {
  advisoryId: string;
  cites: string[];
  answers: AnswerRef[];
}

export type ConsultationReason = 'indeterminado' | 'open_clause' | 'exception' | 'advisory';

export interface ObligationItem {
  obligationId: string;
  theme: Obligation['theme'];
  kind: Obligation['kind'];
  cites: string[];
  schedule: Obligation['schedule'];
  /** Depends on a profile answer given as "No sé". */
  conditional: boolean;
  /** Set when the outcome is undetermined: applies only if the system turns out to be this. */
  onlyIf: RuleOutcome | null;
  /** Primera DCF g): a phased provision this actor may implement «de acuerdo a sus recursos y
   *  capacidades»; `kind` then says "may" where the provision itself says "must". */
  optional: boolean;
}

/** "unsettled": today falls between two readings of the same deadline. */
export type DeadlineStatus = 'in_force' | 'due' | 'unsettled' | 'optional';

/** ISO dates; `from` equals `to` unless the text allows more than one count. */
export interface DateRange {
  from: string;
  to: string;
}

export interface DeadlineItem {
  deadlineId: string;
  cites: string[];
  status: DeadlineStatus;
  date: DateRange | null;
  conditional: boolean;
  caveats: Caveat[];
}

export interface Result {
  outcome: Outcome;
  /** The clauses the outcome itself rests on. */
  outcomeCites: string[];
  questionnaireVersion: string;
  legalText: string;
  today: string;
  complete: boolean;
  missing: string[];
  clausesMet: ClauseMet[];
  exceptionsApplied: ExceptionApplied[];
  unresolved: UnresolvedPoint[];
  advisories: AdvisoryMet[];
  consultation: { recommended: boolean; reasons: ConsultationReason[]; cites: string[] };
  obligations: ObligationItem[];
  /** `caveats`: about the actor rather than one schedule (e.g. academia, concessionaires). */
  deadlines: { generalEntry: DeadlineItem | null; schedules: DeadlineItem[]; caveats: Caveat[] };
  ignoredAnswers: string[];
}
