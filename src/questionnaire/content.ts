// The decision content, parsed once with the schema. A malformed data file fails here,
// at import time, instead of producing a wrong classification later.
import questionnaireJson from '../../questionnaire/questionnaire.json';
import obligationsJson from '../../questionnaire/obligations.json';
import deadlinesJson from '../../questionnaire/deadlines.json';
import { DeadlineFile, ObligationFile, Questionnaire } from './schema';
import type { Content } from '../engine/types';

export const content: Content = {
  questionnaire: Questionnaire.parse(questionnaireJson),
  obligations: ObligationFile.parse(obligationsJson).obligations,
  deadlines: DeadlineFile.parse(deadlinesJson),
};
