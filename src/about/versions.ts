// The versions every page footer, printed report and download carries, so that a result can
// always be traced to the text and the questionnaire that produced it.
import { version as app } from '../../package.json';
import { legalText, version as questionnaire } from '../../questionnaire/questionnaire.json';

export const versions = { app, questionnaire, norm: legalText.norm, published: legalText.published } as const;
