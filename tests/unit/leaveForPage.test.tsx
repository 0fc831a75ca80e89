// @vitest-environment jsdom
// Leaving a question page for another page of the app (the menu) keeps what the page holds,
// once, without writing over what another tab saved meanwhile; and Comparar, opened again
// after a save it did not see, lists what is stored now. Findings of a hostile review.
import { act, render, waitFor } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { placeAnswers } from '../../src/machine/importAssessment';
import { initI18n, loadNamespaces } from '../../src/i18n/i18n';
import { readStore, update, upsert, type SavedAssessment } from '../../src/storage/assessments';
import { walk } from '../helpers/journey';
import { Q } from '../helpers/questions';

const { asked, answers: all } = walk({});
const partial = Object.fromEntries(asked.slice(0, 4).map((q) => [q, all[q]!]));

function record(answers: Record<string, string>, answeredAt: Record<string, string>): SavedAssessment {
  return { id: 'a1', name: 'Uno', updatedAt: '2026-11-25T10:00:00.000Z', answeredAt, ...placeAnswers(answers) };
}

/** A click on a menu link: the browser fires popstate, then hashchange. */
async function follow(hash: string) {
  await act(async () => {
    window.history.pushState(null, '', hash);
    window.dispatchEvent(new PopStateEvent('popstate'));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

describe('leaving the questionnaire for another page', () => {
  beforeAll(async () => {
    await initI18n('es');
    await loadNamespaces(['questionnaire', 'results', 'documents', 'pages', 'examples']);
  });
  beforeEach(() => {
    localStorage.clear();
    window.history.replaceState(null, '', '/');
  });

  it('keeps the name another tab gave while this tab was on a page', async () => {
    update((s) => ({ ...upsert(s, record(partial, {})), current: 'a1' }));
    render(<App />);
    // It resumes on the page of its first unanswered question.
    await waitFor(() => expect(document.querySelector('form[data-page]')).not.toBeNull(), { timeout: 5000 });
    // Another tab renames the system, later than anything this tab answered.
    const renamed = { ...partial, [Q.systemName]: 'Nombre de la otra pestaña' };
    update((s) => upsert(s, record(renamed, { [Q.systemName]: '2099-01-01T00:00:00.000Z' })));
    await follow('#/comparar');
    await act(async () => new Promise((r) => setTimeout(r, 50)));
    const stored = readStore().store.assessments.find((a) => a.id === 'a1')!;
    expect((stored.snapshot as { context: { answers: Record<string, string> } }).context.answers[Q.systemName]).toBe('Nombre de la otra pestaña');
  });

  it('Comparar lists what is stored now, even a record saved after the page last read the list', async () => {
    update((s) => upsert(s, record(partial, {})));
    render(<App />);
    await waitFor(() => expect(document.querySelector('h1')).not.toBeNull());
    // Saved behind this page's back (the questionnaire stores a new assessment at once).
    update((s) => upsert(s, { ...record(all, {}), id: 'a2', name: 'Dos' }));
    await follow('#/comparar');
    await waitFor(() => expect(document.querySelector('.compare')).not.toBeNull(), { timeout: 5000 });
    const sides = [...document.querySelectorAll('.compare h2')].map((h) => h.textContent);
    expect(sides).toHaveLength(2);
    expect(sides[1]).toBe('Segunda: Dos');
  });
});
