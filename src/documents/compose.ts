// Drafts of the transparency notice (art. 25) and of the SGTD consultation request
// (arts. 23.3 / 24.2), composed from the answers and the engine's result. Pure: the texts
// come from locales/<lang>/documents.json through the translation functions passed in, so a
// draft can be made in either language whatever the interface language is.
import type { TFunction } from 'i18next';
import { versions } from '../about/versions';
import { questionById, questionForField, type Answers, type Content, type Result } from '../engine';
import type { Clause, ProfileField } from '../questionnaire/schema';
import { answerText } from '../flow/texts';
import type { DocSection, DraftDoc, DraftInputs } from './types';

export interface DraftContext {
  lang: 'es' | 'en';
  /** Translation functions fixed to `lang`: documents, questionnaire and results namespaces. */
  t: TFunction;
  tq: TFunction;
  tr: TFunction;
  content: Content;
  clauseById: ReadonlyMap<string, Clause>;
  answers: Answers;
  result: Result;
  inputs: DraftInputs;
  date: string;
}

function profile(ctx: DraftContext, field: ProfileField): string | undefined {
  const q = questionForField(ctx.content, field);
  return q ? ctx.answers[q.id] : undefined;
}

function answerLabel(ctx: DraftContext, questionId: string, value: string | null): string {
  return value === null ? '—' : answerText(ctx.tq, questionById(ctx.content, questionId)!, value);
}

const filled = (value: string, placeholder: string) => (value.trim() === '' ? placeholder : value.trim());

function common(ctx: DraftContext) {
  const { t } = ctx;
  const inputs = {
    organisation: filled(ctx.inputs.organisation, t('placeholders.organisation')),
    contact: filled(ctx.inputs.contact, t('placeholders.contact')),
    oversight: filled(ctx.inputs.oversight, t('placeholders.oversight')),
  };
  const { version, legalText } = ctx.content.questionnaire;
  const footer = [t('common.disclaimer'), t('common.stamp', { app: versions.app, version, norm: legalText.norm, date: ctx.date })];
  const outcome = ctx.tr(`outcomes.${ctx.result.outcome}.label`);
  return { inputs, footer, outcome, name: profile(ctx, 'systemName') ?? '', description: profile(ctx, 'systemDescription') ?? '' };
}

const section = (t: TFunction, id: string, body: string, tier?: DocSection['tier']): DocSection => ({
  id,
  heading: t(`${id}.heading`),
  body,
  ...(tier ? { tier } : {}),
});

export function noticeDraft(ctx: DraftContext): DraftDoc {
  const { t, tr, result } = ctx;
  const { inputs, footer, outcome, name, description } = common(ctx);
  const decisions = result.clausesMet.filter((m) => m.outcome !== 'fuera_de_ambito').map((m) => tr(`rules.${m.ruleId}`).toLowerCase());
  const data = profile(ctx, 'personalData');
  return {
    kind: 'notice',
    lang: ctx.lang,
    title: t('notice.title', { name }),
    sections: [
      section(t, 'notice.label', t('notice.label.body', { ...inputs, name }), 'public'),
      section(t, 'notice.purpose', t('notice.purpose.body', { description }), 'public'),
      section(
        t,
        'notice.decisions',
        decisions.length ? t('notice.decisions.some', { ...inputs, list: decisions.join('; ') }) : t('notice.decisions.none', inputs),
        'public',
      ),
      section(t, 'notice.explanation', t('notice.explanation.body', inputs), 'public'),
      section(t, 'notice.review', t('notice.review.body', inputs), 'public'),
      section(t, 'notice.data', data === 'si' ? t('notice.data.yes', inputs) : data === 'no' ? t('notice.data.no') : t('notice.data.unknown'), 'public'),
      section(t, 'notice.functions', t('notice.functions.body'), 'annex'),
      section(t, 'notice.capabilities', t('notice.capabilities.body'), 'annex'),
      section(t, 'notice.oversight', t('notice.oversight.body', inputs), 'annex'),
      section(t, 'notice.basis', t('notice.basis.body', { classification: t('common.classification', { outcome }) }), 'annex'),
      section(t, 'notice.contact', t('notice.contact.body', inputs), 'annex'),
    ],
    footer,
  };
}

export function consultationDraft(ctx: DraftContext): DraftDoc {
  const { t, tq, result, lang } = ctx;
  const { inputs, footer, outcome, name, description } = common(ctx);
  const label = (cite: string) => ctx.clauseById.get(cite)?.label[lang] ?? cite;
  const ruleCites = (ruleId: string) => ctx.content.questionnaire.rules.find((r) => r.id === ruleId)?.cites.slice(-1) ?? [];
  const item = (questionId: string, value: string | null, cites: string[]) =>
    `- ${t('consultation.doubts.item', {
      question: tq(`questions.${questionId}.title`),
      answer: answerLabel(ctx, questionId, value),
      clauses: [...new Set(cites.map(label))].join('; '),
    })}`;
  const doubts = [
    ...result.unresolved.map((p) => item(p.questionId, p.value, p.ruleIds.flatMap(ruleCites))),
    ...result.clausesMet
      .filter((m) => ctx.content.questionnaire.rules.find((r) => r.id === m.ruleId)?.consultationRecommended)
      .flatMap((m) => m.answers.map((a) => item(a.questionId, a.value, m.cites.slice(-1)))),
    ...result.exceptionsApplied.flatMap((e) => e.answers.map((a) => item(a.questionId, a.value, [...ruleCites(e.ruleId), ...e.cites]))),
    ...result.advisories.flatMap((a) => a.answers.map((x) => item(x.questionId, x.value, a.cites))),
  ];
  const role = profile(ctx, 'role') ?? 'no_se';
  const actor = profile(ctx, 'actorType');
  const stage = profile(ctx, 'stage');
  const stageQuestion = questionForField(ctx.content, 'stage');
  return {
    kind: 'consultation',
    lang,
    title: t('consultation.title', { name }),
    sections: [
      section(t, 'consultation.addressee', t('consultation.addressee.body')),
      section(t, 'consultation.basis', t('consultation.basis.body')),
      section(
        t,
        'consultation.requester',
        t('consultation.requester.body', { ...inputs, role: t(`roles.${role}`), actor: actor ? t(`actors.${actor}`) : '—' }),
      ),
      section(
        t,
        'consultation.system',
        t('consultation.system.body', { name, description, stage: stage && stageQuestion ? answerLabel(ctx, stageQuestion.id, stage) : '—' }),
      ),
      section(
        t,
        'consultation.doubts',
        doubts.length ? [t('consultation.doubts.intro'), ...[...new Set(doubts)]].join('\n') : t('consultation.doubts.none', { outcome }),
      ),
      section(t, 'consultation.request', t('consultation.request.body')),
      section(t, 'consultation.note', t('consultation.note.body')),
    ],
    footer,
  };
}
