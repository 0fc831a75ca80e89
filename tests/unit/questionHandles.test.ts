// The handles of tests/helpers/questions.ts still mean what their names say. A question is
// described by what does not depend on its editor note: its section, the answers it accepts, the
// clauses it cites, the questions it follows and the profile field it fills; a rule by its
// outcome, its clauses and the questions it reads. Each description must also fit no other
// question or rule today, so an ID moved to another question fails; an ID reused for a question
// with the same section, answers, clauses and parent would still pass (IDs are never reused).
import { describe, expect, it } from 'vitest';
import { optionsOf, questionById, questionsIn } from '../../src/engine';
import { content } from '../../src/questionnaire/content';
import type { Condition, Question, Rule } from '../../src/questionnaire/schema';
import { Q, R } from '../helpers/questions';

const { questions, rules } = content.questionnaire;

/** The questions a condition names itself; the named condition «in scope» adds none. */
const reads = (cond: Condition | undefined) => (cond ? [...new Set(questionsIn(cond, () => ({ all: [] })))] : []);

type QuestionMeaning = { section: string; answers: string[] | 'text'; cites: string[]; follows: string[]; profileField?: string };
type RuleMeaning = { outcome: string; cites: string[]; reads: string[] };

const questionMeaning = (q: Question): QuestionMeaning => ({
  section: q.section,
  answers: q.kind === 'text' ? 'text' : optionsOf(content, q).map((o) => o.id),
  cites: q.cites,
  follows: reads(q.askIf),
  ...(q.profileField ? { profileField: q.profileField } : {}),
});

const ruleMeaning = (r: Rule): RuleMeaning => ({ outcome: r.outcome, cites: r.cites, reads: reads(r.when) });

/** A description as a string, keys and lists sorted (their order means nothing), to compare and to use as a key. */
const normal = (m: QuestionMeaning | RuleMeaning) =>
  JSON.stringify(
    Object.entries(m)
      .map(([key, value]) => [key, Array.isArray(value) ? [...value].sort() : value])
      .sort(([a], [b]) => String(a).localeCompare(String(b))),
  );

const YES_NO = ['si', 'no', 'no_se'];
const DETERMINES = ['si', 'apoya', 'no', 'no_se']; // «determines», «only supports a human decision», no, don't know

// Clause IDs from questionnaire/clauses.json, with their article.
const QUESTIONS: Record<keyof typeof Q, QuestionMeaning> = {
  systemName: { section: 'sistema', answers: 'text', cites: ['ctnj'], follows: [], profileField: 'systemName' }, // Art. 25.1
  systemDescription: { section: 'sistema', answers: 'text', cites: ['ctnj'], follows: [], profileField: 'systemDescription' },
  isAiSystem: { section: 'ambito', answers: YES_NO, cites: ['c5yn'], follows: [] }, // Art. 6(j)
  personalUse: { section: 'ambito', answers: YES_NO, cites: ['cybq'], follows: [Q.isAiSystem] }, // Art. 4(a)
  defenceUse: { section: 'ambito', answers: YES_NO, cites: ['c22v'], follows: [Q.isAiSystem, Q.personalUse] }, // Art. 4(b)
  defencePrinciples: { section: 'ambito', answers: YES_NO, cites: ['c22v'], follows: [Q.defenceUse] },
  manipulation: { section: 'finalidad', answers: YES_NO, cites: ['c3v4'], follows: [] }, // Art. 23.1(a)
  classifiesPeopleScreen: { section: 'finalidad', answers: YES_NO, cites: ['cyt2'], follows: [] }, // Art. 23.1(d), second limb
  discriminatoryClassification: { section: 'finalidad', answers: YES_NO, cites: ['cyt2'], follows: [Q.classifiesPeopleScreen] },
  biometricsScreen: { section: 'biometria', answers: YES_NO, cites: ['cfm6', 'cjv3'], follows: [] }, // Art. 23.1(d) first limb, 23.1(e)
  biometricInference: { section: 'biometria', answers: YES_NO, cites: ['cfm6'], follows: [Q.biometricsScreen] },
  realTimeIdentification: { section: 'biometria', answers: YES_NO, cites: ['cjv3'], follows: [Q.biometricsScreen] }, // Art. 23.1(e)
  publicCategorisation: { section: 'biometria', answers: YES_NO, cites: ['cjv3'], follows: [Q.realTimeIdentification] },
  identityVerification: { section: 'biometria', answers: YES_NO, cites: ['cme7'], follows: [Q.realTimeIdentification] }, // exception (i)
  crimeInvestigation: { section: 'biometria', answers: YES_NO, cites: ['czna'], follows: [Q.realTimeIdentification] }, // exception (ii)
  sensitiveDataEvaluation: { section: 'biometria', answers: YES_NO, cites: ['c5f6'], follows: [] }, // Art. 24.1(i)
  employmentScreen: { section: 'empleo', answers: YES_NO, cites: ['c2vr', 'cn44'], follows: [] }, // Art. 24.1(e), 24.1(i) second sentence
  workerSelection: { section: 'empleo', answers: DETERMINES, cites: ['c2vr'], follows: [Q.employmentScreen] },
  workingConditions: { section: 'empleo', answers: DETERMINES, cites: ['cd2n'], follows: [Q.employmentScreen] },
  workplaceEmotions: { section: 'empleo', answers: YES_NO, cites: ['cn44'], follows: [Q.employmentScreen] },
  creditScoring: { section: 'credito', answers: DETERMINES, cites: ['cmys'], follows: [] }, // Art. 24.1(g)
  fraudDetection: { section: 'credito', answers: YES_NO, cites: ['cycu'], follows: [Q.creditScoring] }, // its exception
  role: { section: 'perfil', answers: ['desarrollador', 'implementador', 'ambos', 'no_se'], cites: ['cv4x', 'c2t9'], follows: [], profileField: 'role' }, // Art. 6(b), 6(d)
  actorType: {
    section: 'perfil',
    answers: ['entidad_publica', 'empresa_publica', 'concesionaria_privada', 'organizacion_privada', 'academia_sociedad_civil'],
    cites: ['ce6e', 'cp9c', 'cdeh'], // Art. 3(a) to (c)
    follows: [],
    profileField: 'actorType',
  },
  publicGroup: {
    section: 'perfil',
    answers: ['poderes', 'oca', 'essalud_gore_univ', 'local_abc', 'local_defg', 'otras', 'no_se'],
    cites: ['cpuk'], // First Final Complementary Provision, public entities
    follows: [Q.actorType],
    profileField: 'publicGroup',
  },
  companySize: { section: 'perfil', answers: ['micro', 'pequena', 'mayor', 'no_se'], cites: ['c2gf'], follows: [Q.actorType], profileField: 'companySize' },
  sectorOfUse: {
    section: 'perfil',
    answers: [
      'salud',
      'educacion',
      'justicia',
      'seguridad',
      'economia_finanzas',
      'transporte',
      'comercio',
      'trabajo',
      'produccion',
      'agricultura',
      'energia',
      'mineria',
      'otro',
      'no_se',
    ],
    cites: ['cce2'], // First Final Complementary Provision, private sector
    follows: [Q.actorType],
    profileField: 'sectorOfUse',
  },
  personalData: { section: 'perfil', answers: YES_NO, cites: ['cx5h'], follows: [], profileField: 'personalData' }, // Art. 26.1
};

// ca4p is Art. 23.1 (prohibited uses), crv8 Art. 24.1 (high risk).
const RULES: Record<keyof typeof R, RuleMeaning> = {
  notAiSystem: { outcome: 'fuera_de_ambito', cites: ['c5yn'], reads: [Q.isAiSystem] },
  biometricInference: { outcome: 'uso_indebido', cites: ['ca4p', 'cfm6'], reads: [Q.biometricInference] },
  publicCategorisation: { outcome: 'uso_indebido', cites: ['ca4p', 'cjv3'], reads: [Q.realTimeIdentification, Q.publicCategorisation] },
  workerSelection: { outcome: 'riesgo_alto', cites: ['crv8', 'c2vr'], reads: [Q.workerSelection] },
  workingConditions: { outcome: 'riesgo_alto', cites: ['crv8', 'cd2n'], reads: [Q.workingConditions] },
  workplaceEmotions: { outcome: 'riesgo_alto', cites: ['crv8', 'cn44'], reads: [Q.workplaceEmotions] },
};

describe('question handles', () => {
  it.each(Object.entries(Q))('%s (%s) asks what its name says', (handle, id) => {
    const question = questionById(content, id);
    expect(question, `${handle}: no question ${id}`).toBeDefined();
    expect(normal(questionMeaning(question!)), `${handle} → ${id} (${question!.about})`).toBe(normal(QUESTIONS[handle as keyof typeof Q]));
  });

  it('describes each handle so that no other question fits', () => {
    const clashes = Object.entries(Q).flatMap(([handle, id]) => {
      const key = normal(QUESTIONS[handle as keyof typeof Q]);
      return questions.filter((q) => q.id !== id && normal(questionMeaning(q)) === key).map((q) => `${handle} also fits ${q.id} (${q.about})`);
    });
    expect(clashes).toEqual([]);
  });
});

describe('rule handles', () => {
  it.each(Object.entries(R))('%s (%s) applies what its name says', (handle, id) => {
    const rule = rules.find((r) => r.id === id);
    expect(rule, `${handle}: no rule ${id}`).toBeDefined();
    expect(normal(ruleMeaning(rule!)), `${handle} → ${id} (${rule!.about})`).toBe(normal(RULES[handle as keyof typeof R]));
  });

  it('describes each handle so that no other rule fits', () => {
    const clashes = Object.entries(R).flatMap(([handle, id]) => {
      const key = normal(RULES[handle as keyof typeof R]);
      return rules.filter((r) => r.id !== id && normal(ruleMeaning(r)) === key).map((r) => `${handle} also fits ${r.id} (${r.about})`);
    });
    expect(clashes).toEqual([]);
  });
});
