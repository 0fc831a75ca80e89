// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { pageOf } from '../../src/engine';
import { FlowContext } from '../../src/flow/FlowContext';
import { GroupPage } from '../../src/flow/GroupPage';
import { changeLanguage, initI18n, loadNamespaces } from '../../src/i18n/i18n';
import { currentPage } from '../../src/machine/selectors';
import { content } from '../../src/questionnaire/content';
import { decisionMap } from '../../src/questionnaire/decisionMap';
import { answerPages, defaultAnswer, machine } from '../helpers/journey';
import { Q } from '../helpers/questions';

beforeAll(async () => {
  await initI18n('es');
  await loadNamespaces(['questionnaire', 'results']);
});

/** The page holding this question, as the machine reaches it with the default answers before. */
function renderPageOf(questionId: string) {
  const pageId = pageOf(content, questionId)!.id;
  const actor = createActor(machine).start();
  actor.send({ type: 'BEGIN' });
  answerPages(actor, defaultAnswer, (page) => page === pageId);
  render(
    <FlowContext.Provider value={actor}>
      <GroupPage pageId={pageId} answers={actor.getSnapshot().context.answers} />
    </FlowContext.Provider>,
  );
  return { actor, pageId };
}

/** The rows: fieldsets (the clause quotes, in <details>, are groups too). */
const rowGroups = () => screen.getAllByRole('group').filter((g) => g.tagName === 'FIELDSET');

describe('page of grouped questions', () => {
  it('focuses the page title and puts each question in the legend of its own fieldset, with hint and options', async () => {
    renderPageOf(Q.manipulation);
    // In the frame after the page appears (usePageFocus).
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: '¿El sistema hace alguna de estas cosas?' })).toHaveFocus());
    const group = screen.getByRole('group', { name: /engañosa o manipulativa/ });
    expect(within(group).getByRole('heading', { level: 2 })).toBeInTheDocument();
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.closest('div')!.textContent),
    ).toEqual(['Sí', 'No', 'No sé']);
    expect(group).toHaveAccessibleDescription(/.{20,}/);
    // Every prohibition of this page is a row at once; the follow-up of the screen waits.
    expect(rowGroups().length).toBe(6);
    expect(document.querySelector(`[data-question="${Q.discriminatoryClassification}"]`)).toBeNull();
  });

  it('numbers each row as the decision map does, read out as «Pregunta N»', () => {
    renderPageOf(Q.manipulation);
    const mapNumber = new Map(decisionMap(content.questionnaire).flatMap((s) => s.nodes.map((n) => [n.question.id, n.number])));
    for (const group of rowGroups()) {
      const id = group.closest('[data-question]')!.getAttribute('data-question')!;
      const n = mapNumber.get(id);
      // The map numbers questions in the order of the data; the prohibitions come after the scope questions.
      expect(n).toBeGreaterThan(1);
      expect(within(group).getByText(`P${n}`)).toHaveAttribute('aria-hidden', 'true');
      expect(group).toHaveAccessibleName(new RegExp(`^Pregunta ${n}: `));
    }
  });

  it('reveals the follow-up rows of a screening row when it is answered «Sí» or «No sé», and hides them on «No»', async () => {
    const { actor, pageId } = renderPageOf(Q.biometricsScreen);
    const screenRow = screen.getByRole('group', { name: /datos biométricos/ });
    const before = rowGroups().length;
    await userEvent.click(within(screenRow).getByLabelText('Sí'));
    const shown = rowGroups().length;
    expect(shown).toBeGreaterThan(before);
    expect(screen.getByRole('status')).toHaveTextContent(`Se agregaron ${shown - before} preguntas más abajo.`);
    await userEvent.click(within(screenRow).getByLabelText('No sé'));
    expect(rowGroups()).toHaveLength(shown);
    // Answer a follow-up, then hide it: its value is not sent.
    const followUp = rowGroups()[1]!;
    await userEvent.click(within(followUp).getByLabelText('Sí'));
    await userEvent.click(within(screenRow).getByLabelText('No'));
    expect(rowGroups()).toHaveLength(before);
    for (const group of rowGroups().slice(1)) await userEvent.click(within(group).getByLabelText('No'));
    await userEvent.click(screen.getByRole('button', { name: 'Continuar' }));
    expect(currentPage(actor.getSnapshot())).not.toBe(pageId);
    const { answers } = actor.getSnapshot().context;
    expect(answers[Q.biometricsScreen]).toBe('no');
    expect(answers[Q.biometricInference]).toBeUndefined();
  });

  it('on an empty submit lists an error per row in the focused summary, marks each row, and sends nothing', async () => {
    const { actor, pageId } = renderPageOf(Q.manipulation);
    await userEvent.click(screen.getByRole('button', { name: 'Continuar' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    expect(summary).toHaveTextContent('Hay un problema');
    const links = within(summary).getAllByRole('link');
    expect(links).toHaveLength(rowGroups().length);
    expect(links[0]).toHaveTextContent(/engañosa o manipulativa.*: Seleccione una respuesta\./);
    for (const group of rowGroups()) expect(group).toHaveAccessibleDescription(/Error: Seleccione una respuesta\./);
    await userEvent.click(links[1]!);
    expect(within(rowGroups()[1]!).getAllByRole('radio')[0]).toHaveFocus();
    expect(currentPage(actor.getSnapshot())).toBe(pageId);
    // Answering one row takes its error away, the others stay.
    await userEvent.click(within(rowGroups()[0]!).getByLabelText('No'));
    await userEvent.click(screen.getByRole('button', { name: 'Continuar' }));
    expect(within(await screen.findByRole('alert')).getAllByRole('link')).toHaveLength(rowGroups().length - 1);
    await changeLanguage('en');
    expect((await screen.findAllByText(/: Select an answer\./, { selector: 'a' })).length).toBe(rowGroups().length - 1);
    await changeLanguage('es');
  });

  it('defines each legal term once on a page, at the first row that uses it', async () => {
    renderPageOf(Q.biometricsScreen);
    const sensitive = () => screen.getAllByText('Datos sensibles', { selector: 'dt' });
    expect(sensitive()).toHaveLength(1);
    await userEvent.click(within(screen.getByRole('group', { name: /datos biométricos/ })).getByLabelText('Sí'));
    // The follow-up on sensitive inferences uses the term too: still defined once, above it.
    expect(rowGroups().length).toBeGreaterThan(2);
    expect(sensitive()).toHaveLength(1);
  });

  it('limits free text and sends the trimmed answers of the page to the machine', async () => {
    const { actor } = renderPageOf(Q.systemName);
    const name = screen.getByRole('textbox', { name: /: ¿Cómo se llama el sistema\?$/ });
    await userEvent.click(name);
    await userEvent.paste('x'.repeat(121));
    await userEvent.click(screen.getByRole('button', { name: 'Continuar' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Use como máximo 120 caracteres.');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    await userEvent.clear(name);
    await userEvent.type(name, '  Chatbot municipal  ');
    await userEvent.type(screen.getAllByRole('textbox')[1]!, 'Responde consultas de vecinos.');
    await userEvent.click(within(screen.getByRole('group', { name: /infiere/ })).getByLabelText('No'));
    await userEvent.click(screen.getByRole('button', { name: 'Continuar' }));
    expect(actor.getSnapshot().context.answers[Q.systemName]).toBe('Chatbot municipal');
    expect(actor.getSnapshot().value).toBe('review');
  });
});
