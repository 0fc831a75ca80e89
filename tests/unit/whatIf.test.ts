// "What would change it", expected from the text: each flip below is argued from the
// clause it opens or closes.
import { describe, expect, it } from 'vitest';
import { whatWouldChange, type ChangeScenario } from '../../src/engine';
import { content } from '../../src/questionnaire/content';
import { walk } from '../helpers/journey';

const id = (about: string) => content.questionnaire.questions.find((q) => q.about === about)!.id;
const rule = (about: string) => content.questionnaire.rules.find((r) => r.about === about)!.id;
const find = (scenarios: ChangeScenario[], about: string, to: string) => scenarios.find((s) => s.questionId === id(about) && s.to === to);

describe('what would change the classification', () => {
  const faq = whatWouldChange(content, walk({}).answers);

  it('an acceptable FAQ chatbot: processing biometric data could make it prohibited (23.1 d, e)', () => {
    const s = find(faq, 'screen: biometrics', 'si')!;
    expect(s.outcomes).toEqual(['uso_indebido', 'riesgo_aceptable']);
    expect(s.ruleIds.sort()).toEqual([rule('p_d1'), rule('p_e')].sort());
    // Every question that could follow, including those behind a new "Sí".
    expect(s.opens).toEqual(
      ['23.1 d) first limb', '23.1 e) identification', '23.1 e) categorisation', '23.1 e) exception i)', '23.1 e) exception ii)'].map(id),
    );
    expect(s.openEnded).toBe(false);
  });

  it('… use with workers could make it high risk (24.1 e and the emotion sentence of i)', () => {
    const s = find(faq, 'screen: employment', 'si')!;
    expect(s.outcomes).toEqual(['riesgo_alto', 'riesgo_aceptable']);
    expect(s.ruleIds.sort()).toEqual([rule('h_e1'), rule('h_e2'), rule('h_iw')].sort());
  });

  it('… not being an AI-based system takes it out of scope, with nothing more to ask', () => {
    const s = find(faq, 'scope: AI-based system (Art. 6 j)', 'no')!;
    expect(s).toMatchObject({ outcomes: ['fuera_de_ambito'], opens: [], ruleIds: [rule('notai')] });
  });

  it('… a defence use could take it out of scope, depending on the principles of art. 7', () => {
    expect(find(faq, 'scope: defence and national security (Art. 4 b)', 'si')!.outcomes).toEqual(['riesgo_aceptable', 'fuera_de_ambito']);
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
    const answers = walk({ [id('screen: employment')]: 'si', [id('24.1 e) first limb')]: 'si' }).answers;
    const scenarios = whatWouldChange(content, answers);
    expect(find(scenarios, '24.1 e) first limb', 'apoya')).toBeUndefined();
    expect(find(scenarios, '24.1 e) first limb', 'no')!.outcomes).toEqual(['riesgo_aceptable']);
  });

  it('live face recognition that categorises people: what would lift the prohibition', () => {
    const answers = walk({
      [id('screen: biometrics')]: 'si',
      [id('23.1 e) identification')]: 'si',
      [id('23.1 e) categorisation')]: 'si',
    }).answers;
    const scenarios = whatWouldChange(content, answers);
    // "Solo las identifica" is not a way out: the text leaves identification without
    // categorisation open, so it is never offered as a change.
    expect(find(scenarios, '23.1 e) categorisation', 'no')).toBeUndefined();
    expect(find(scenarios, '23.1 e) exception i)', 'si')!.outcomes).toEqual(['riesgo_aceptable']);
    expect(find(scenarios, '23.1 e) exception ii)', 'si')!.outcomes).toEqual(['riesgo_aceptable']);
    // A prohibited use stays prohibited whatever high-risk feature is added.
    expect(find(scenarios, 'screen: employment', 'si')).toBeUndefined();
  });
});
