// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { FlowContext } from '../../src/flow/FlowContext';
import { QuestionPage } from '../../src/flow/QuestionPage';
import { changeLanguage, initI18n, loadNamespaces } from '../../src/i18n/i18n';
import { createQuestionnaireMachine, currentQuestion } from '../../src/machine/questionnaireMachine';
import { content } from '../../src/questionnaire/content';

const machine = createQuestionnaireMachine(content);
const byAbout = (about: string) => content.questionnaire.questions.find((q) => q.about === about)!;

beforeAll(async () => {
  await initI18n('es');
  await loadNamespaces(['questionnaire', 'results']);
});

function renderQuestion(about: string) {
  const actor = createActor(machine).start();
  const question = byAbout(about);
  render(
    <FlowContext.Provider value={actor}>
      <QuestionPage question={question} value={undefined} />
    </FlowContext.Provider>,
  );
  return { actor, question };
}

describe('question page', () => {
  it('puts the question in the legend of a fieldset, with hint and options labelled', () => {
    renderQuestion('scope: AI-based system (Art. 6 j)');
    const group = screen.getByRole('group', { name: /infiere, a partir de los datos que recibe/ });
    expect(within(group).getByRole('heading', { level: 1 })).toHaveFocus();
    expect(within(group).getAllByRole('radio').map((r) => r.closest('div')!.textContent)).toEqual(['Sí', 'No', 'No sé']);
    expect(group).toHaveAccessibleDescription(/Así define el Reglamento/);
    expect(screen.getByText('Sistema basado en IA')).toBeInTheDocument();
    expect(screen.getByText('¿Qué dice el Reglamento?')).toBeInTheDocument();
    expect(screen.getByText(/«Sistema basado en IA: Sistema basado en máquina/)).toBeInTheDocument();
  });

  it('on an empty submit shows and focuses the error summary, marks the field, and sends nothing', async () => {
    const { actor } = renderQuestion('scope: AI-based system (Art. 6 j)');
    const before = actor.getSnapshot().value;
    await userEvent.click(screen.getByRole('button', { name: 'Continuar' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    expect(summary).toHaveTextContent('Hay un problema');
    expect(summary).toHaveTextContent('Seleccione una respuesta.');
    expect(screen.getByRole('group', { name: /infiere/ })).toHaveAccessibleDescription(/Error: Seleccione una respuesta\./);
    expect(actor.getSnapshot().value).toBe(before);
    await changeLanguage('en');
    expect(await screen.findByText('Select an answer.', { selector: 'a' })).toBeInTheDocument();
    await changeLanguage('es');
  });

  it('limits free text and sends the trimmed answer to the machine', async () => {
    const { actor, question } = renderQuestion('system name');
    actor.send({ type: 'NEXT' });
    expect(currentQuestion(actor.getSnapshot())).toBe(question.id);
    const input = screen.getByRole('textbox', { name: '¿Cómo se llama el sistema?' });
    await userEvent.type(input, 'x'.repeat(121));
    await userEvent.click(screen.getByRole('button', { name: 'Continuar' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Use como máximo 120 caracteres.');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    await userEvent.clear(input);
    await userEvent.type(input, '  Chatbot municipal  ');
    await userEvent.click(screen.getByRole('button', { name: 'Continuar' }));
    expect(actor.getSnapshot().context.answers[question.id]).toBe('Chatbot municipal');
  });
});
