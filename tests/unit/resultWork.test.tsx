// @vitest-environment jsdom
// Draft edits, the details the drafts ask for and the obligations checklist are the person's
// work: they survive a reload and a visit to «Revisar o cambiar respuestas», and a draft edited
// with other answers says so and lets the person keep the text or rebuild it, never dropping it.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { useState } from 'react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { classify, draftSource, questionForField, type AssessmentWork } from '../../src/engine';
import { Drafts } from '../../src/flow/result/Drafts';
import { examples, exampleAnswers } from '../../src/examples/examples';
import { assessmentFrom, placeAnswers } from '../../src/machine/importAssessment';
import { initI18n, loadNamespaces } from '../../src/i18n/i18n';
import { content } from '../../src/questionnaire/content';
import { emptyStore, readStore, upsert, writeStore } from '../../src/storage/assessments';
import { walk } from '../helpers/journey';

const fintech = examples.find((e) => e.id === 'puntaje-credito-fintech')!;
const answers = exampleAnswers(content, fintech, { title: 'Puntaje Fintech', scenario: 'Asigna un puntaje de crédito.' });
const PURPOSE = 'notice-notice.purpose';
const MINE = 'Nuestro texto, escrito a mano.';

/** The result page of the fintech example, as a reload opens it. */
async function openResult() {
  const view = render(<App />);
  await screen.findByLabelText('Nombre de la organización', {}, { timeout: 30_000 });
  await waitFor(() => expect(document.getElementById(PURPOSE)).not.toBeNull());
  return view;
}
const purpose = () => document.getElementById(PURPOSE) as HTMLTextAreaElement;

beforeAll(() => initI18n('es'));
beforeEach(() => {
  window.localStorage.clear();
  writeStore(upsert(emptyStore(), assessmentFrom(answers, { onResult: true })));
});

// The first render loads the questionnaire and its texts: slow on a busy two-core machine.
describe('work on the result page', { timeout: 60_000 }, () => {
  it('keeps a draft edit, the draft details and the ticked obligations across a reload', async () => {
    const user = userEvent.setup();
    const first = await openResult();
    await user.type(screen.getByLabelText('Nombre de la organización'), 'Fintech SAC');
    await user.clear(purpose());
    await user.type(purpose(), MINE);
    const box = screen.getAllByRole('checkbox')[0]!;
    await user.click(box);
    first.unmount();

    await openResult();
    expect(screen.getByLabelText('Nombre de la organización')).toHaveValue('Fintech SAC');
    expect(purpose()).toHaveValue(MINE);
    expect(screen.getAllByRole('checkbox')[0]).toBeChecked();
    expect(screen.getAllByRole('checkbox').filter((c) => (c as HTMLInputElement).checked)).toHaveLength(1);
    expect(screen.queryByText(/no se guarda todavía/)).toBeNull();
  });

  it('keeps them across «Revisar o cambiar respuestas» and back', async () => {
    const user = userEvent.setup();
    await openResult();
    await user.clear(purpose());
    await user.type(purpose(), MINE);
    await user.click(screen.getByRole('button', { name: 'Revisar o cambiar respuestas' }));
    await user.click(await screen.findByRole('button', { name: 'Ver el resultado' }));
    await waitFor(() => expect(purpose()).toHaveValue(MINE));
  });

  it('says when a draft was edited with other answers, and keeps the text or rebuilds it on request', async () => {
    const user = userEvent.setup();
    const first = await openResult();
    await user.clear(purpose());
    await user.type(purpose(), MINE);
    first.unmount();
    // Another description, as if the person had changed it on the review page of another tab.
    const { store } = readStore();
    const saved = store.assessments[0]!;
    const description = questionForField(content, 'systemDescription')!.id;
    writeStore(upsert(store, { ...saved, ...placeAnswers({ ...answers, [description]: 'Otra descripción.' }, { onResult: true }) }));

    const second = await openResult();
    const notice = screen.getByRole('region', { name: /El aviso se editó con otras respuestas/ });
    expect(purpose()).toHaveValue(MINE);
    await user.click(within(notice).getByRole('button', { name: 'Conservar mi texto' }));
    expect(screen.queryByRole('region', { name: /se editó con otras respuestas/ })).toBeNull();
    expect(purpose()).toHaveValue(MINE);
    second.unmount();

    // Kept: the draft now counts as made from these answers, with the person's text.
    const third = await openResult();
    expect(screen.queryByRole('region', { name: /se editó con otras respuestas/ })).toBeNull();
    expect(purpose()).toHaveValue(MINE);
    third.unmount();

    // Once more stale, and this time rebuilt: the generated text, with the new description.
    writeStore(upsert(readStore().store, { ...readStore().store.assessments[0]!, ...placeAnswers(answers, { onResult: true }) }));
    await openResult();
    await user.click(
      within(screen.getByRole('region', { name: /se editó con otras respuestas/ })).getByRole('button', { name: 'Rehacer con las respuestas actuales' }),
    );
    expect(purpose()).toHaveValue('Asigna un puntaje de crédito.');
  });
});

describe('edits to sections the current draft no longer has', () => {
  it('stay in view, read-only, until the person discards them', async () => {
    await loadNamespaces(['questionnaire', 'results', 'documents']);
    // Edited while high risk; the answers now make the use prohibited, which has no notice.
    const { answers: prohibited } = walk(JSON.parse(readFileSync('tests/golden/p-23-1-f.json', 'utf8')).answers);
    const result = classify(content, prohibited, { today: '2026-11-23' });
    expect(result.outcome).toBe('uso_indebido');
    const initial: AssessmentWork = { drafts: { notice: { from: draftSource(answers, 'riesgo_alto'), sections: { 'notice.purpose': MINE } } } };
    const saved: AssessmentWork[] = [];
    function Page() {
      const [work, setWork] = useState(initial);
      const onWork = (next: AssessmentWork) => {
        saved.push(next);
        setWork(next);
      };
      return <Drafts answers={prohibited} result={result} date="2026-11-23" systemName="Sistema" work={work} onWork={onWork} />;
    }
    const user = userEvent.setup();
    render(<Page />);
    const stale = await screen.findByRole('region', { name: 'El aviso se editó con otras respuestas' });
    expect(stale).toHaveTextContent('Lo editó cuando la clasificación era «Riesgo alto»; ahora es «Uso indebido');
    expect(within(stale).getByRole('textbox', { name: 'Para qué se usa' })).toHaveValue(MINE);

    await user.click(within(stale).getByRole('button', { name: 'Conservar mi texto' }));
    const kept = screen.getByRole('region', { name: 'Texto editado de secciones que este borrador ya no tiene' });
    expect(within(kept).getByRole('textbox')).toHaveValue(MINE);
    expect(saved.at(-1)!.drafts!.notice!.from).toBe(draftSource(prohibited, 'uso_indebido'));

    await user.click(within(kept).getByRole('button', { name: 'Descartar este texto' }));
    expect(screen.queryByRole('region', { name: /Texto editado/ })).toBeNull();
    expect(saved.at(-1)!.drafts).toEqual({});
  });
});
