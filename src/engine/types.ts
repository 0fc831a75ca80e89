import type {
  Caveat,
  DeadlineFile,
  Obligation,
  Outcome,
  Questionnaire,
  RuleOutcome,
} from '../questionnaire/schema';

/** Everything the engine decides from; injected so tests can run it on other content. */
export interface Content {
  questionnaire: Questionnaire;
  obligations: Obligation[];
  deadlines: DeadlineFile;
}

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
}

export type DeadlineStatus = 'in_force' | 'due' | 'optional' | 'not_set';

export interface DeadlineItem {
  deadlineId: string;
  cites: string[];
  status: DeadlineStatus;
  date: string | null;
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
  deadlines: { generalEntry: DeadlineItem | null; schedules: DeadlineItem[] };
  ignoredAnswers: string[];
}
