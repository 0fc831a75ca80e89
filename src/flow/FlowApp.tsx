// The guided questionnaire, loaded only when a person starts it. The machine actor lives
// here for the whole visit: switching language re-renders the pages but keeps every answer.
import { useActorRef, useSelector } from '@xstate/react';
import { useEffect } from 'react';
import { questionById } from '../engine';
import { content } from '../questionnaire/content';
import { createQuestionnaireMachine, currentQuestion, REVIEW, RESULT } from '../machine/questionnaireMachine';
import { StartPage } from '../app/StartPage';
import { FlowContext } from './FlowContext';
import { QuestionPage } from './QuestionPage';
import { ResultPage } from './ResultPage';
import { ReviewPage } from './ReviewPage';

const machine = createQuestionnaireMachine(content);

export default function FlowApp() {
  const actor = useActorRef(machine);
  const value = useSelector(actor, (s) => (currentQuestion(s) ?? s.value) as string);
  const answers = useSelector(actor, (s) => s.context.answers);

  // The person pressed "Empezar" on the static start page: go straight to the first question.
  useEffect(() => {
    if (actor.getSnapshot().value === 'start') actor.send({ type: 'NEXT' });
  }, [actor]);

  const question = questionById(content, value);
  return (
    <FlowContext.Provider value={actor}>
      {question ? (
        <QuestionPage key={question.id} question={question} value={answers[question.id]} />
      ) : value === REVIEW ? (
        <ReviewPage answers={answers} />
      ) : value === RESULT ? (
        <ResultPage answers={answers} />
      ) : (
        <StartPage onBegin={() => actor.send({ type: 'NEXT' })} />
      )}
    </FlowContext.Provider>
  );
}
