// @vitest-environment jsdom
// The form of a question page renders its page a second time as it mounts (React Hook Form sets
// its state then, inside React's commit: one uninterrupted task on a slow phone). That second
// render must not work the progress out again: the values it brings are the same.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import * as engine from '../../src/engine';
import { FlowContext } from '../../src/flow/FlowContext';
import { GroupPage } from '../../src/flow/GroupPage';
import { initI18n, loadNamespaces } from '../../src/i18n/i18n';
import { content } from '../../src/questionnaire/content';
import { answerPages, defaultAnswer, machine } from '../helpers/journey';
import { Q } from '../helpers/questions';

const progressWork = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../src/engine', async (original) => {
  const actual = await original<typeof engine>();
  return {
    ...actual,
    pageSteps: (...args: Parameters<typeof actual.pageSteps>) => {
      progressWork.calls++;
      return actual.pageSteps(...args);
    },
  };
});

beforeAll(async () => {
  await initI18n('es');
  await loadNamespaces(['questionnaire', 'results']);
});

describe('work done by a question page', () => {
  it('works the progress out once as the page appears, and again only when an answer changes', async () => {
    const pageId = engine.pageOf(content, Q.manipulation)!.id;
    const actor = createActor(machine).start();
    actor.send({ type: 'BEGIN' });
    answerPages(actor, defaultAnswer, (page) => page === pageId);
    progressWork.calls = 0;
    render(
      <FlowContext.Provider value={actor}>
        <GroupPage pageId={pageId} answers={actor.getSnapshot().context.answers} />
      </FlowContext.Provider>,
    );
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
    expect(progressWork.calls).toBe(1);
    const row = screen.getByRole('group', { name: /engañosa o manipulativa/ });
    await userEvent.click(row.querySelector<HTMLInputElement>('input[value="no"]')!);
    await waitFor(() => expect(progressWork.calls).toBe(2));
  });
});
