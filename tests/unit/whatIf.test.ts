// "What would change it", expected from the text: each flip below is argued from the
// clause it opens or closes.
import { describe, expect, it } from 'vitest';
import { whatWouldChange, type ChangeScenario } from '../../src/engine';
import { content } from '../../src/questionnaire/content';
import { walk } from '../helpers/journey';
import { Q, R } from '../helpers/questions';

const find = (scenarios: ChangeScenario[], questionId: string, to: string) => scenarios.find((s) => s.questionId === questionId && s.to === to);

describe('what would change the classification', () => {
  const faq = whatWouldChange(content, walk({}).answers);

  it('an acceptable FAQ chatbot: processing biometric data could make it prohibited (23.1 d, e)', () => {
    const s = find(faq, Q.biometricsScreen, 'si')!;
    expect(s.outcomes).toEqual(['uso_indebido', 'riesgo_aceptable']);
    expect(s.ruleIds.sort()).toEqual([R.biometricInference, R.publicCategorisation].sort());
    // Every question that could follow, including those behind a new "Sí".
    expect(s.opens).toEqual([Q.biometricInference, Q.realTimeIdentification, Q.publicCategorisation, Q.identityVerification, Q.crimeInvestigation]);
    expect(s.openEnded).toBe(false);
  });

  it('… use with workers could make it high risk (24.1 e and the emotion sentence of i)', () => {
    const s = find(faq, Q.employmentScreen, 'si')!;
    expect(s.outcomes).toEqual(['riesgo_alto', 'riesgo_aceptable']);
    expect(s.ruleIds.sort()).toEqual([R.workerSelection, R.workingConditions, R.workplaceEmotions].sort());
  });

  it('… not being an AI-based system takes it out of scope, with nothing more to ask', () => {
    const s = find(faq, Q.isAiSystem, 'no')!;
    expect(s).toMatchObject({ outcomes: ['fuera_de_ambito'], opens: [], ruleIds: [R.notAiSystem] });
  });

  it('… a defence use could take it out of scope, depending on the principles of art. 7', () => {
    expect(find(faq, Q.defenceUse, 'si')!.outcomes).toEqual(['riesgo_aceptable', 'fuera_de_ambito']);
  });

  it('never lists a change to "No sé", a profile answer, or one that leaves the outcome as it is', () => {
    expect(faq.some((s) => s.to === 'no_se')).toBe(false);
    expect(faq.some((s) => content.questionnaire.questions.find((q) => q.id === s.questionId)!.profileField)).toBe(false);
    expect(faq.every((s) => !(s.outcomes.length === 1 && s.outcomes[0] === 'riesgo_aceptable'))).toBe(true);
    // Most severe first.
    expect(faq[0]!.outcomes[0]).toBe('uso_indebido');
  });

  it('a CV ranking that determines selection: «Solo apoya» is never offered as the way down', () => {
    // 24.1 e) says «determinar», but arts. 28.11 / 31.4 put human oversight inside high-risk
    // systems of this very sector: a final human decision leaves the point open, not acceptable.
    const answers = walk({ [Q.employmentScreen]: 'si', [Q.workerSelection]: 'si' }).answers;
    const scenarios = whatWouldChange(content, answers);
    expect(find(scenarios, Q.workerSelection, 'apoya')).toBeUndefined();
    expect(find(scenarios, Q.workerSelection, 'no')!.outcomes).toEqual(['riesgo_aceptable']);
  });

  it('live face recognition that categorises people: what would lift the prohibition', () => {
    const answers = walk({
      [Q.biometricsScreen]: 'si',
      [Q.realTimeIdentification]: 'si',
      [Q.publicCategorisation]: 'si',
    }).answers;
    const scenarios = whatWouldChange(content, answers);
    // "Solo las identifica" is not a way out: the text leaves identification without
    // categorisation open, so it is never offered as a change.
    expect(find(scenarios, Q.publicCategorisation, 'no')).toBeUndefined();
    expect(find(scenarios, Q.identityVerification, 'si')!.outcomes).toEqual(['riesgo_aceptable']);
    expect(find(scenarios, Q.crimeInvestigation, 'si')!.outcomes).toEqual(['riesgo_aceptable']);
    // A prohibited use stays prohibited whatever high-risk feature is added.
    expect(find(scenarios, Q.employmentScreen, 'si')).toBeUndefined();
  });
});
