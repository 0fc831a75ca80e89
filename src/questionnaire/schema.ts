// One zod schema for every data file in questionnaire/: the TypeScript types are inferred
// from it and the same schema validates the files in the build, the CLI and the tests (checkData.ts).
import { z } from './zod';
import { CAVEATS, FIND_OUT_SOURCES, OBLIGATION_KINDS, OUTCOMES, PROFILE_FIELDS, SECTORS, THEMES } from './vocabulary';

/** Opaque identifiers: a type letter and three characters that say nothing about content. */
const opaqueId = (prefix: string) => z.string().regex(new RegExp(`^${prefix}[a-z0-9]{3}$`), `expected an id like ${prefix}xxx`);

export const QuestionId = opaqueId('q');
export const ClauseId = opaqueId('c');
export const RuleId = opaqueId('r');
export const AdvisoryId = opaqueId('a');
export const ObligationId = opaqueId('o');
export const DeadlineId = opaqueId('d');
const Slug = z.string().regex(/^[a-z][a-z0-9_]*$/, 'expected a lower-case slug');

export const Outcome = z.enum(OUTCOMES);
/** Outcomes a rule can establish; acceptable and undetermined are what remains. */
export const RuleOutcome = z.enum(['fuera_de_ambito', 'uso_indebido', 'riesgo_alto']);

export const Bilingual = z.object({ es: z.string().min(1), en: z.string().min(1) });

export const Clause = z.object({
  id: ClauseId,
  /** Article number, or DCF1 / DCF6 for the final provisions and DS for the decree itself. */
  article: z.string().regex(/^(\d+|DCF\d|DS)$/),
  numeral: z
    .string()
    .regex(/^\d+\.\d+$/)
    .optional(),
  literal: z
    .string()
    .regex(/^[a-z]$/)
    .optional(),
  label: Bilingual,
  /** Verbatim text of the official publication; tests check it against the gazette text. */
  es: z.string().min(1),
  /** Unofficial English rendering. */
  en: z.string().min(1),
});

export type Condition = { q: string; in: string[] } | { all: Condition[] } | { any: Condition[] } | { not: Condition } | { ref: string };

export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ q: QuestionId, in: z.array(Slug).min(1) }),
    z.strictObject({ all: z.array(Condition).min(1) }),
    z.strictObject({ any: z.array(Condition).min(1) }),
    z.strictObject({ not: Condition }),
    z.strictObject({ ref: Slug }),
  ]),
);

export const Option = z.strictObject({
  id: Slug,
  /** When absent the option rests on the clauses of its question. */
  cites: z.array(ClauseId).min(1).optional(),
  /** Marks the "No sé" answer: it leaves every condition on this question unresolved. */
  unknown: z.literal(true).optional(),
  /** An answer the text itself leaves open (e.g. «Solo apoya» where a clause says «determinar»):
   *  unresolved like "No sé", never settled toward the lower outcome; the result says why. */
  open: z.literal(true).optional(),
});

/** Why a screening question may hide the questions behind it: the words of the clause that
 *  imply a "No" here settles them. Tests check the words are verbatim in the cited clause. */
export const Gate = z.strictObject({ cites: z.array(ClauseId).min(1), words: z.string().min(1) });

export const ProfileField = z.enum(PROFILE_FIELDS);

const questionBase = {
  id: QuestionId,
  /** Editor's note, never shown to users. */
  about: z.string().min(1),
  section: Slug,
  cites: z.array(ClauseId).min(1),
  askIf: Condition.optional(),
  gate: z.array(Gate).min(1).optional(),
  profileField: ProfileField.optional(),
  /** What to do about a «No sé» here: whom to ask (`ask`); the step itself, what to measure or
   *  ask for, is `questions.<id>.findOut` in the locales questionnaire.json. */
  findOut: z.strictObject({ ask: z.enum(FIND_OUT_SOURCES) }).optional(),
  terms: z.array(Slug).optional(),
};

export const ChoiceQuestion = z.strictObject({
  ...questionBase,
  kind: z.literal('choice'),
  scale: Slug.optional(),
  options: z.array(Option).min(2).optional(),
});

export const TextQuestion = z.strictObject({
  ...questionBase,
  kind: z.literal('text'),
  maxLength: z.number().int().positive(),
  multiline: z.boolean(),
});

export const Question = z.discriminatedUnion('kind', [ChoiceQuestion, TextQuestion]);

/** A screen of the questionnaire: related questions asked together, one row each. Pages are
 *  presentation only: answers stay one per question, and the graph check keeps every question
 *  on exactly one page, in the questions' order, so a row's askIf reads earlier rows or pages. */
export const Page = z.strictObject({ id: Slug, questions: z.array(QuestionId).min(1) });

export const Exception = z.strictObject({ cites: z.array(ClauseId).min(1), when: Condition });

export const Rule = z.strictObject({
  id: RuleId,
  about: z.string().min(1),
  outcome: RuleOutcome,
  cites: z.array(ClauseId).min(1),
  when: Condition,
  unless: z.array(Exception).optional(),
  /** The clause is open-textured enough that an SGTD consultation is advisable when it is met. */
  consultationRecommended: z.literal(true).optional(),
});

export const Advisory = z.strictObject({
  id: AdvisoryId,
  about: z.string().min(1),
  cites: z.array(ClauseId).min(1),
  when: Condition,
});

export const Questionnaire = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  legalText: z.strictObject({
    norm: z.string(),
    title: z.string(),
    published: z.iso.date(),
    gazette: z.string(),
  }),
  sections: z.array(Slug).min(1),
  pages: z.array(Page).min(1),
  scales: z.record(Slug, z.array(Option).min(2)),
  terms: z.array(z.strictObject({ id: Slug, cites: z.array(ClauseId) })),
  /** Where a developer or implementer may ask the SGTD (arts. 23.3 and 24.2). */
  consultation: z.strictObject({ uso_indebido: ClauseId, riesgo_alto: ClauseId }),
  /** Art. 22.2: what is neither prohibited nor high risk is acceptable risk. */
  residual: ClauseId,
  conditions: z.record(Slug, Condition),
  questions: z.array(Question).min(1),
  rules: z.array(Rule).min(1),
  advisories: z.array(Advisory),
});

export const ClauseFile = z.strictObject({
  source: z.string(),
  note: z.string(),
  clauses: z.array(Clause).min(1),
});

export const Obligation = z.strictObject({
  id: ObligationId,
  about: z.string().min(1),
  theme: z.enum(THEMES),
  kind: z.enum(OBLIGATION_KINDS),
  cites: z.array(ClauseId).min(1),
  outcomes: z.array(Outcome).min(1),
  when: Condition.optional(),
  /** "phased": art. 25 and Title VI, on the Primera DCF schedule; "general": from entry into force. */
  schedule: z.enum(['general', 'phased']),
});

export const ObligationFile = z.strictObject({ obligations: z.array(Obligation).min(1) });

export const Caveat = z.enum(CAVEATS);

export const Schedule = z
  .strictObject({
    id: DeadlineId,
    about: z.string().min(1),
    cites: z.array(ClauseId).min(1),
    when: Condition,
    years: z.number().int().positive().optional(),
    optional: z.literal(true).optional(),
    /** A special rule (the MYPE rows): another dated schedule that also applies and runs no
     *  longer is not shown (`displacing` says why); a longer one is shown beside it, and
     *  `shorter` says the text leaves the combination open. */
    special: z.strictObject({ displacing: Caveat, shorter: Caveat }).optional(),
    caveats: z.array(Caveat),
  })
  .refine((s) => (s.years !== undefined) !== (s.optional === true), {
    message: 'a schedule has exactly one of years or optional',
  })
  .refine((s) => !s.special || s.years !== undefined, { message: 'a special schedule needs years' });

const IsoDate = z.iso.date();

export const DeadlineFile = z.strictObject({
  periodsStart: IsoDate,
  /** DS 115-2025-PCM, Única DCF: in force «a partir de los noventa (90) días hábiles
   *  siguientes de su publicación». The count is shown as a range: national holidays only,
   *  or also the public sector's non-working days (digest §4.1). */
  generalEntry: z.strictObject({
    id: DeadlineId,
    published: IsoDate,
    businessDays: z.number().int().positive(),
    holidays: z.array(IsoDate),
    publicSectorNonWorkingDays: z.array(IsoDate),
    cites: z.array(ClauseId).min(1),
    caveats: z.array(Caveat),
  }),
  schedules: z.array(Schedule).min(1),
  /** Caveats about the actor rather than one schedule, shown with the deadlines. */
  actorCaveats: z.array(z.strictObject({ about: z.string().min(1), when: Condition, caveat: Caveat })),
});

export type Clause = z.infer<typeof Clause>;
export type Option = z.infer<typeof Option>;
export type Question = z.infer<typeof Question>;
export type Page = z.infer<typeof Page>;
export type ChoiceQuestion = z.infer<typeof ChoiceQuestion>;
export type Rule = z.infer<typeof Rule>;
export type Advisory = z.infer<typeof Advisory>;
export type Questionnaire = z.infer<typeof Questionnaire>;
export type ClauseFile = z.infer<typeof ClauseFile>;
export type ObligationFile = z.infer<typeof ObligationFile>;
export type Obligation = z.infer<typeof Obligation>;
export type Schedule = z.infer<typeof Schedule>;
export type DeadlineFile = z.infer<typeof DeadlineFile>;
export type Outcome = z.infer<typeof Outcome>;
export type RuleOutcome = z.infer<typeof RuleOutcome>;
export type ProfileField = z.infer<typeof ProfileField>;
export type Caveat = z.infer<typeof Caveat>;

/** A worked case for workshops: the answers a realistic system would give, and the
 *  classification and clauses the facilitator note argues from the text. The system's name
 *  and description come from the example's texts in locales/, in the reader's language. */
export const Example = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  outcome: Outcome,
  /** Where such a system is used, for the gallery's filter. */
  sector: z.enum(SECTORS),
  /** The most specific clause of each rule met and of each exception applied. */
  clauses: z.array(ClauseId),
  answers: z.record(QuestionId, z.string()),
});
export const ExampleFile = z.strictObject({
  questionnaireVersion: z.string(),
  examples: z.array(Example).min(1),
});
export type Example = z.infer<typeof Example>;
export type ExampleFile = z.infer<typeof ExampleFile>;

/** Everything the engine decides from; injected so tests can run it on other content. */
export interface Content {
  questionnaire: Questionnaire;
  obligations: Obligation[];
  deadlines: DeadlineFile;
}
