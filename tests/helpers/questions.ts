// The questions and rules the tests name, each by what it asks and pinned to its ID in
// questionnaire/questionnaire.json. IDs stay the same from one questionnaire version to the next
// (a migration keeps them); the editor notes (`about`) may be reworded at any time, so no test
// looks a question up by its note. tests/unit/questionHandles.test.ts checks that every handle
// still points at a question or rule with this meaning (its section, answers, cited clauses and
// the question it follows), so an ID reused for something else fails there first.

/** Questions, by meaning. */
export const Q = {
  /** The system's name (profile field systemName; Art. 25.1, transparency). */
  systemName: 'qctd',
  /** What the system does, in the person's words (profile field systemDescription; Art. 25.1). */
  systemDescription: 'qq37',
  /** Whether it is an AI-based system at all, per the definition of Art. 6(j). */
  isAiSystem: 'qdy8',
  /** Art. 4(a): used for personal purposes (outside the Regulation's scope). */
  personalUse: 'qavd',
  /** Art. 4(b): used for national defence and security (outside the Regulation's scope). */
  defenceUse: 'q489',
  /** Art. 4(b), proviso: the defence use complies with the principles of Art. 7. */
  defencePrinciples: 'qp8y',
  /** Art. 23.1(a), head: influences people's decisions in a deceptive or manipulative way. */
  manipulation: 'q8q8',
  /** Screen for Art. 23.1(d), second limb: does it evaluate or classify people or groups? */
  classifiesPeopleScreen: 'qs9c',
  /** Art. 23.1(d), second limb: that evaluation or classification has discriminatory or
   *  disproportionate outcomes that infringe fundamental rights (prohibited). */
  discriminatoryClassification: 'qjud',
  /** Screen for the biometric clauses, Art. 23.1(d) first limb and 23.1(e). */
  biometricsScreen: 'qfxg',
  /** Art. 23.1(d), first limb: infers sensitive data from biometric data (prohibited). */
  biometricInference: 'q2z3',
  /** Art. 23.1(e): real-time biometric identification. */
  realTimeIdentification: 'qrzh',
  /** Art. 23.1(e): that identification categorises natural persons in public spaces. */
  publicCategorisation: 'qzzw',
  /** Art. 23.1(e), exception (i): biometric verification solely to authenticate a digital identity. */
  identityVerification: 'qv6u',
  /** Art. 23.1(e), exception (ii): preliminary investigation of the serious crimes listed. */
  crimeInvestigation: 'qur5',
  /** Art. 24.1(i): evaluates sensitive personal data of natural persons (high risk). */
  sensitiveDataEvaluation: 'qc3c',
  /** Screen for the employment clauses, Art. 24.1(e) and the workplace limb of 24.1(i). */
  employmentScreen: 'q7xy',
  /** Art. 24.1(e), first limb: determines selection, evaluation, hiring or dismissal of workers
   *  or job applicants (answers include «only supports a human decision»). */
  workerSelection: 'qf99',
  /** Art. 24.1(e), second limb: sets working conditions. */
  workingConditions: 'qz9h',
  /** Art. 24.1(i), second sentence: infers the emotions of people in the workplace. */
  workplaceEmotions: 'qx8b',
  /** Art. 24.1(g): determines the credit assessment of persons. */
  creditScoring: 'q4ab',
  /** Art. 24.1(g), exception: the AI is used to detect financial fraud. */
  fraudDetection: 'qv4t',
  /** Developer, implementer or both, Art. 6(b) and (d) (profile field role). */
  role: 'qp3g',
  /** Which actor of Art. 3 (a) to (c) (profile field actorType). */
  actorType: 'q4ac',
  /** The public entity's group in the First Final Complementary Provision (profile field publicGroup). */
  publicGroup: 'qqwj',
  /** Micro or small enterprise, First Final Complementary Provision (profile field companySize). */
  companySize: 'qvca',
  /** The private sector's sector of use, First Final Complementary Provision (profile field sectorOfUse). */
  sectorOfUse: 'qtut',
  /** Whether personal data are processed, Art. 26.1 (profile field personalData). */
  personalData: 'qwkz',
};

/** Rules, by the outcome and clause they apply. */
export const R = {
  /** Out of scope: not an AI-based system under Art. 6(j). */
  notAiSystem: 'r7jn',
  /** Prohibited, Art. 23.1(d) first limb: sensitive data inferred from biometric data. */
  biometricInference: 'rg39',
  /** Prohibited, Art. 23.1(e): real-time biometric identification that categorises people. */
  publicCategorisation: 'rght',
  /** High risk, Art. 24.1(e): determines the selection, hiring or dismissal of workers. */
  workerSelection: 'rkz9',
  /** High risk, Art. 24.1(e): sets working conditions. */
  workingConditions: 'rku3',
  /** High risk, Art. 24.1(i) second sentence: infers emotions in the workplace. */
  workplaceEmotions: 'raej',
};
