// The decision content, checked with the schema. A malformed data file fails here, at import
// time (in the build, the tests and the CLI), instead of producing a wrong classification later.
import questionnaireJson from '../../questionnaire/questionnaire.json';
import obligationsJson from '../../questionnaire/obligations.json';
import deadlinesJson from '../../questionnaire/deadlines.json';
import { dataFile } from './dataFile';
import { DeadlineFile, ObligationFile, Questionnaire } from './schema';
import type { Content } from '../engine/types';

export const content: Content = {
  questionnaire: dataFile(Questionnaire, questionnaireJson),
  obligations: dataFile(ObligationFile, obligationsJson).obligations,
  deadlines: dataFile(DeadlineFile, deadlinesJson),
};
