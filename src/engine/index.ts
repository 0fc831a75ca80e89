// The engine: pure decision logic with no React, DOM or I/O. The machine, the UI, the CLI
// and the tests all go through this module.
export { classify, type ClassifyOptions } from './classify';
export {
  answerProblem,
  checkAnswer,
  firstUnanswered,
  isDefinite,
  isOpenAnswer,
  isUnknownAnswer,
  isValidAnswer,
  optionsOf,
  pruneAnswers,
  questionById,
  questionForField,
  reachableQuestions,
  systemName,
  withValidValues,
  type AnswerReason,
} from './flow';
export { cleanText, excerpt, isBlankText } from './text';
export { questionsIn } from './logic';
export { firstPage, firstUnansweredPage, nextPage, pageById, pageComplete, pageOf, pageRows, pagesAsked, previousPage } from './pages';
export { pageSteps, screenPosition, type StepState } from './progress';
export { openProhibitions, type Classified } from './openProhibitions';
export { isoDate } from './deadlines';
export { actionPlan, type ActionPlan, type PlanCategory, type PlanItem } from './actionPlan';
export { changeScenarioSteps, whatWouldChange, type ChangeScenario } from './whatIf';
export {
  ANSWERS_FORMAT,
  ANSWERS_FORMAT_VERSION,
  parseAnswersFile,
  toAnswersFile,
  type AnswersFile,
  type FileMigration,
  type ParseProblem,
  type ParseReason,
  type ParseResult,
} from './answersFile';
export type * from './types';
export { changesOf, migrateAnswers, type DroppedAnswer, type DropReason, type MigrationProblem, type MigrationResult } from './migrate';
export { compareVersions } from './versions';
export {
  draftSource,
  MAX_INPUT_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_SECTION_LENGTH,
  mergeWork,
  readWork,
  sourceOutcome,
  withNote,
  type AssessmentWork,
  type DraftEdits,
} from './work';
