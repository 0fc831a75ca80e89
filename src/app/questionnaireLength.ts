// What the start page says about the questionnaire's length. The start page stays light and
// does not load the questionnaire, so the figures are written here; a unit test recomputes them
// from the engine over the gallery examples (tests/unit/questionnaireLength.test.ts), so a change
// to the questionnaire that moves them fails until they are updated.

/** Questions asked and pages of questions, over the gallery examples. */
export const QUESTIONNAIRE_LENGTH = { questionsMedian: 30, questionsMax: 39, pagesMax: 9 };

/** An assumption, not a measurement: half a minute to read a question, its hint and answer it
 *  when the facts are at hand. */
export const SECONDS_PER_QUESTION = 30;

export const minutesFor = (questions: number) => Math.ceil((questions * SECONDS_PER_QUESTION) / 60);
