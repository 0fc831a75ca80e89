// Drafts of the transparency notice (art. 25) and of the SGTD consultation request
// (arts. 23.3 / 24.2), composed from the answers and the engine's result. Pure: the texts
// come from locales/<lang>/documents.json through the translation functions passed in, so a
// draft can be made in either language whatever the interface language is.
// Every sentence either restates an answer (or a draft input the person typed) or is a
// [bracketed] placeholder: a draft never asserts a fact the person was not asked.
import type { TFunction } from 'i18next';
import { versions } from '../about/versions';
import {
  isUnknownAnswer,
  openProhibitions,
  optionsOf,
  questionById,
  questionForField,
  reachableQuestions,
  type Answers,
  type Classified,
  type Content,
  type Result,
} from '../engine';
import type { Clause, ProfileField } from '../questionnaire/schema';
import { answerText, dataText, questionWordingById } from '../questionnaire/texts';
import { outcomeKeys } from './outcome';
import type { DocSection, DraftDoc, DraftInputs, NoNotice, NoticeBasis } from './types';

export interface DraftContext {
  lang: 'es' | 'en';
  /** Translation functions fixed to `lang`: documents, questionnaire and results namespaces. */
  t: TFunction<'documents'>;
  tq: TFunction<'questionnaire'>;
  tr: TFunction<'results'>;
  content: Content;
  clauseById: ReadonlyMap<string, Clause>;
  answers: Answers;
  result: Result;
  inputs: DraftInputs;
  /** The person's note behind each answer, by question ID. */
  notes: Readonly<Record<string, string>>;
  date: string;
}

export function noticeBasis(result: Classified): NoticeBasis {
  switch (result.outcome) {
    case 'uso_indebido':
      return 'prohibited';
    case 'fuera_de_ambito':
      return 'out_of_scope';
    case 'riesgo_aceptable':
      return 'voluntary';
    case 'indeterminado':
      return 'art25_preview';
    case 'riesgo_alto':
      return openProhibitions(result).length > 0 ? 'art25_open_prohibition' : 'art25';
  }
}

function profile(ctx: DraftContext, field: ProfileField): string | undefined {
  const q = questionForField(ctx.content, field);
  const value = q ? ctx.answers[q.id]?.trim() : undefined;
  return value || undefined;
}

function answerLabel(ctx: DraftContext, questionId: string, value: string | null): string {
  return value === null ? '—' : answerText(ctx.tq, questionById(ctx.content, questionId)!, value);
}

const filled = (value: string, placeholder: string) => (value.trim() === '' ? placeholder : value.trim());
/** A rule's name inside a sentence: the locale texts are capitalised headings. */
const inSentence = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function common(ctx: DraftContext) {
  const { t } = ctx;
  const inputs = {
    organisation: filled(ctx.inputs.organisation, t('placeholders.organisation')),
    contact: filled(ctx.inputs.contact, t('placeholders.contact')),
    oversight: filled(ctx.inputs.oversight, t('placeholders.oversight')),
    place: filled(ctx.inputs.place, t('placeholders.place')),
    ruc: filled(ctx.inputs.ruc, t('placeholders.ruc')),
    representative: filled(ctx.inputs.representative, t('placeholders.representative')),
  };
  const { version, legalText } = ctx.content.questionnaire;
  const footer = [t('common.disclaimer'), t('common.stamp', { app: versions.app, version, norm: legalText.norm, date: ctx.date })];
  const outcome = dataText(ctx.tr)(outcomeKeys(ctx.result).label);
  return {
    inputs,
    footer,
    outcome,
    name: profile(ctx, 'systemName') ?? t('placeholders.name'),
    description: profile(ctx, 'systemDescription') ?? t('placeholders.description'),
  };
}

const section = (t: TFunction<'documents'>, id: string, body: string, tier?: DocSection['tier']): DocSection => ({
  id,
  heading: dataText(t)(`${id}.heading`),
  body,
  ...(tier ? { tier } : {}),
});

const clauseLabel = (ctx: DraftContext, cite: string) => ctx.clauseById.get(cite)?.label[ctx.lang] ?? cite;

/** "rule (Art. x)" for each clause met with the given outcome. */
function rulesMet(ctx: DraftContext, outcome: Result['outcome']): string[] {
  return ctx.result.clausesMet
    .filter((m) => m.outcome === outcome)
    .map((m) => `${inSentence(dataText(ctx.tr)(`rules.${m.ruleId}`))} (${clauseLabel(ctx, m.cites.at(-1)!)})`);
}

/** The open points that could make a high-risk use prohibited, as question and answer given. */
const openPoints = (ctx: DraftContext) =>
  openProhibitions(ctx.result)
    .map((p) =>
      ctx.t('notice.status.point', {
        question: questionWordingById(ctx.tq, p.questionId),
        answer: answerLabel(ctx, p.questionId, p.value),
      }),
    )
    .join('; ');

/** Why no notice is offered, for prohibited and out-of-scope results. */
function noNotice(ctx: DraftContext, basis: 'prohibited' | 'out_of_scope'): NoNotice {
  const { t } = ctx;
  const { name } = common(ctx);
  const reasons = rulesMet(ctx, basis === 'prohibited' ? 'uso_indebido' : 'fuera_de_ambito').join('; ');
  return {
    kind: 'no_notice',
    lang: ctx.lang,
    title: t(`noNotice.${basis}.title`, { name }),
    paragraphs: [t(`noNotice.${basis}.why`, { reasons }), t(`noNotice.${basis}.next`)],
  };
}

export function noticeDraft(ctx: DraftContext): DraftDoc | NoNotice {
  const { t, result } = ctx;
  const basis = noticeBasis(result);
  if (basis === 'prohibited' || basis === 'out_of_scope') return noNotice(ctx, basis);
  const { inputs, footer, outcome, name, description } = common(ctx);
  const role = profile(ctx, 'role');
  // Only an implementer uses the system; a developer's notice names the user as a placeholder.
  const label =
    role === 'implementador' || role === 'ambos'
      ? t('notice.label.user', { ...inputs, name })
      : role === 'desarrollador'
        ? t('notice.label.developer', { ...inputs, name })
        : t('notice.label.unknown', { name });
  const highRisk = rulesMet(ctx, 'riesgo_alto');
  const data = profile(ctx, 'personalData');
  const optional = basis === 'voluntary' ? 'optional' : 'required';
  const classification = t('common.classification', { outcome });
  return {
    kind: 'notice',
    lang: ctx.lang,
    title: t('notice.title', { name }),
    sections: [
      ...(basis === 'art25' ? [] : [section(t, 'notice.status', t(`notice.status.${basis}`, { points: openPoints(ctx) }))]),
      section(t, 'notice.label', t('notice.label.body', { label }), 'public'),
      section(t, 'notice.purpose', description, 'public'),
      section(
        t,
        'notice.decisions',
        [...(highRisk.length ? [t('notice.decisions.highRisk', { list: highRisk.join('; ') })] : []), t('notice.decisions.describe')].join('\n'),
        'public',
      ),
      section(t, 'notice.explanation', t(`notice.explanation.${optional}`, inputs), 'public'),
      section(t, 'notice.review', [t('notice.review.offer', inputs), t('notice.review.channels')].join('\n'), 'public'),
      section(t, 'notice.data', data === 'si' ? t('notice.data.yes') : data === 'no' ? t('notice.data.no') : t('notice.data.unknown'), 'public'),
      section(t, 'notice.functions', t('notice.functions.body'), 'annex'),
      section(t, 'notice.capabilities', t('notice.capabilities.body'), 'annex'),
      section(t, 'notice.oversight', [t('notice.oversight.who', inputs), t('notice.oversight.describe')].join('\n'), 'annex'),
      section(t, 'notice.basis', t(`notice.basis.${basis}`, { classification }), 'annex'),
      section(t, 'notice.contact', t('notice.contact.body', inputs), 'annex'),
    ],
    footer,
  };
}

/** Why a point is put to the SGTD, in the order a point that is several things is named by. */
/** The section of the questions about the organisation and the system (questionnaire.json). */
const PROFILE_SECTION = 'perfil';

type PointKind = 'met' | 'exception' | 'unknown' | 'open' | 'advisory' | 'noted';
const KIND_ORDER: readonly PointKind[] = ['met', 'exception', 'unknown', 'open', 'advisory', 'noted'];

interface Point {
  questionId: string;
  value: string | null;
  kind: PointKind;
  /** The clauses the answer bears on: a rule's, or the answer's own. */
  cites: string[];
  /** The exceptions the answer met, kept apart from the rule they lift so the letter can ask
   *  whether the one takes the system out of the other. */
  exceptionCites: string[];
}

/** The points the letter puts to the SGTD, one per question: every answer that meets a
 *  prohibition (what art. 23.3 consults on) or a rule that recommends a consultation, every
 *  exception applied, every open or «No sé» answer, every advisory, and every answer with a
 *  note. Each carries the clauses it bears on: the rule's where a rule is in play, else the
 *  answer's own (its option's, or its question's). The profile questions are no point: the
 *  SGTD answers only whether a system is within 23.1 (art. 23.3) or a high-risk use (art. 24.2),
 *  and the letter leaves what the profile did not settle as placeholders. */
export function letterPoints(ctx: DraftContext): Point[] {
  const { content, result, answers } = ctx;
  const rules = content.questionnaire.rules;
  const ruleCites = (ruleId: string) => rules.find((r) => r.id === ruleId)?.cites.slice(-1) ?? [];
  const ownCites = (questionId: string, value: string | null) => {
    const question = questionById(content, questionId);
    if (!question) return [];
    return optionsOf(content, question).find((o) => o.id === value)?.cites ?? question.cites;
  };
  const askable = reachableQuestions(content, answers).filter((q) => q.section !== PROFILE_SECTION);
  const none: string[] = [];
  const found: Point[] = [
    ...result.clausesMet
      .filter((m) => m.outcome === 'uso_indebido' || rules.find((r) => r.id === m.ruleId)?.consultationRecommended)
      .flatMap((m) => m.answers.map((a) => ({ ...a, kind: 'met' as const, cites: m.cites.slice(-1), exceptionCites: none }))),
    ...result.exceptionsApplied.flatMap((e) =>
      e.answers.map((a) => ({ ...a, kind: 'exception' as const, cites: ruleCites(e.ruleId), exceptionCites: e.cites })),
    ),
    ...result.unresolved.map((p) => ({
      questionId: p.questionId,
      value: p.value,
      kind: isUnknownAnswer(content, p.questionId, p.value ?? undefined) ? ('unknown' as const) : ('open' as const),
      cites: p.ruleIds.flatMap(ruleCites),
      exceptionCites: none,
    })),
    ...result.advisories.flatMap((a) => a.answers.map((x) => ({ ...x, kind: 'advisory' as const, cites: a.cites, exceptionCites: none }))),
    // «No sé» answers that no rule turns on still leave the person unsure of something.
    ...askable
      .filter((q) => isUnknownAnswer(content, q.id, answers[q.id]))
      .map((q) => ({ questionId: q.id, value: answers[q.id]!, kind: 'unknown' as const, cites: ownCites(q.id, answers[q.id]!), exceptionCites: none })),
    ...askable
      .filter((q) => ctx.notes[q.id])
      .map((q) => ({
        questionId: q.id,
        value: answers[q.id] ?? null,
        kind: 'noted' as const,
        cites: ownCites(q.id, answers[q.id] ?? null),
        exceptionCites: none,
      })),
  ];
  const byQuestion = new Map<string, Point>();
  for (const p of found) {
    const seen = byQuestion.get(p.questionId);
    if (!seen) byQuestion.set(p.questionId, { ...p, cites: [...p.cites], exceptionCites: [...p.exceptionCites] });
    else {
      if (KIND_ORDER.indexOf(p.kind) < KIND_ORDER.indexOf(seen.kind)) seen.kind = p.kind;
      seen.cites.push(...p.cites);
      seen.exceptionCites.push(...p.exceptionCites);
    }
  }
  return [...byQuestion.values()].map((p) => ({ ...p, cites: [...new Set(p.cites)], exceptionCites: [...new Set(p.exceptionCites)] }));
}

/** A note inside a point's line: on one line, so a line break in it never starts a list item. */
const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/** A point as the letter numbers it: the question, the answer, the note, each clause quoted in
 *  full (in Spanish in the letter, in our English rendering in the reading copy) and what the
 *  SGTD is asked. */
function pointLines(ctx: DraftContext, p: Point, n: number): string[] {
  const { t } = ctx;
  const note = ctx.notes[p.questionId];
  const quoted = (cites: string[]) =>
    cites.flatMap((c) => {
      const clause = ctx.clauseById.get(c);
      return clause ? [{ label: clause.label[ctx.lang], text: clause[ctx.lang] }] : [];
    });
  const labels = (clauses: { label: string }[]) => clauses.map((c) => c.label).join('; ') || t('placeholders.clause');
  const rule = quoted(p.cites);
  const exception = quoted(p.exceptionCites);
  const clauses = [...rule, ...exception];
  return [
    t('consultation.points.number', { n, question: questionWordingById(ctx.tq, p.questionId) }),
    `- ${t('consultation.points.answer', { answer: answerLabel(ctx, p.questionId, p.value) })}`,
    `- ${note ? t('consultation.points.note', { note: oneLine(note) }) : p.kind === 'unknown' ? t('consultation.points.why') : t('consultation.points.noNote')}`,
    ...clauses.map((c) => `- ${t('consultation.points.clause', c)}`),
    `- ${t(`consultation.points.ask.${p.kind}`, { clauses: labels(clauses), clause: labels(rule), exception: labels(exception) })}`,
  ];
}

/** What the requester wants confirmed when nothing is in doubt, where the answers say it. */
function toConfirm(ctx: DraftContext): string {
  const { t, result } = ctx;
  if (result.outcome === 'riesgo_aceptable') return t('consultation.points.confirm.acceptable');
  if (result.outcome === 'riesgo_alto') return t('consultation.points.confirm.highRisk', { rules: rulesMet(ctx, 'riesgo_alto').join('; ') });
  return t('consultation.points.confirm.other');
}

/** The two numerals that found the request, quoted (the Spanish text in the letter, our English
 *  rendering in the reading copy) so that their «if considered necessary» is not paraphrased away. */
function basisQuotes(ctx: DraftContext) {
  const { uso_indebido, riesgo_alto } = ctx.content.questionnaire.consultation;
  const quote = (cite: string) => ctx.clauseById.get(cite)?.[ctx.lang] ?? ctx.t('placeholders.clause');
  return { improper: quote(uso_indebido), highRisk: quote(riesgo_alto) };
}

/** The consultation request of arts. 23.3 and 24.2 as a letter the SGTD can answer. In Spanish
 *  (the language of the procedure); composed in English it is a reading copy and its title says
 *  so. The tool's disclaimer stays in the report: the letter speaks for the requester. */
export function consultationDraft(ctx: DraftContext): DraftDoc {
  const { t, lang } = ctx;
  const { inputs, outcome, name, description } = common(ctx);
  const role = profile(ctx, 'role') ?? 'no_se';
  const actor = profile(ctx, 'actorType');
  const stage = profile(ctx, 'stage');
  const stageQuestion = questionForField(ctx.content, 'stage');
  const points = letterPoints(ctx);
  return {
    kind: 'consultation',
    lang,
    title: t('consultation.title', { name }),
    sections: [
      section(t, 'consultation.placeDate', t('consultation.placeDate.body', { ...inputs, date: ctx.date })),
      section(t, 'consultation.addressee', t('consultation.addressee.body')),
      section(t, 'consultation.subject', t('consultation.subject.body', { name })),
      section(
        t,
        'consultation.requester',
        t('consultation.requester.body', {
          ...inputs,
          role: dataText(t)(`roles.${role}`),
          actor: actor ? dataText(t)(`actors.${actor}`) : t('placeholders.actor'),
        }),
      ),
      section(t, 'consultation.basis', t('consultation.basis.body', basisQuotes(ctx))),
      section(
        t,
        'consultation.system',
        t('consultation.system.body', {
          name,
          description,
          stage: stage && stageQuestion ? answerLabel(ctx, stageQuestion.id, stage) : t('placeholders.stage'),
        }),
      ),
      section(
        t,
        'consultation.doubts',
        [
          t('common.classification', { outcome }),
          ...(points.length ? [t('consultation.doubts.intro'), ...points.flatMap((p, i) => pointLines(ctx, p, i + 1))] : [t('consultation.doubts.none')]),
        ].join('\n'),
      ),
      section(t, 'consultation.request', points.length ? t('consultation.request.points', { count: points.length }) : toConfirm(ctx)),
      section(t, 'consultation.attachments', t('consultation.attachments.body', { date: ctx.date })),
      section(t, 'consultation.signature', t('consultation.signature.body', inputs)),
    ],
    footer: [],
  };
}
