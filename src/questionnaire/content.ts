// The decision content. The app takes the bundled data files as they are: the build, the CLI
// and the tests check them against their schemas (checkData.ts), and checking them again on
// every visit would load zod and cost a cheap phone a noticeable pause before the first page.
import questionnaireJson from '../../questionnaire/questionnaire.json';
import obligationsJson from '../../questionnaire/obligations.json';
import deadlinesJson from '../../questionnaire/deadlines.json';
import type { DeadlineFile, ObligationFile, Questionnaire } from './schema';
import type { Content } from './schema';

export const content: Content = {
  questionnaire: questionnaireJson as unknown as Questionnaire,
  obligations: (obligationsJson as unknown as ObligationFile).obligations,
  deadlines: deadlinesJson as unknown as DeadlineFile,
};
