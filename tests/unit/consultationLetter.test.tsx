// @vitest-environment jsdom
// The consultation letter is filed with a Peruvian authority: it is drafted in Spanish whatever
// the interface language, and an English-speaking person gets an English reading copy beside it
// that says it is not for filing.
import { render, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { classify } from '../../src/engine';
import { Drafts } from '../../src/flow/result/Drafts';
import { initI18n, loadNamespaces } from '../../src/i18n/i18n';
import { content } from '../../src/questionnaire/content';
import { walk } from '../helpers/journey';
import { Q } from '../helpers/questions';

// «No sé» on Art. 24.1 e): undetermined, one point to put to the SGTD (tests/golden/safety-hiring-unknown.json).
const { answers } = walk(JSON.parse(readFileSync('tests/golden/safety-hiring-unknown.json', 'utf8')).answers);
const result = classify(content, answers, { today: '2026-11-23' });

beforeAll(async () => {
  await initI18n('en');
  await loadNamespaces(['questionnaire', 'results', 'documents']);
});

describe('the consultation letter with the interface in English', { timeout: 30_000 }, () => {
  it('is drafted in Spanish, with the note as a point, and an English reading copy labelled as such', async () => {
    const work = { notes: { [Q.workerSelection]: 'The vendor has not told us whether the ranking discards applicants.' } };
    render(<Drafts answers={answers} result={result} date="2026-11-23" systemName="Sistema" work={work} onWork={() => undefined} />);
    const letter = (await screen.findByRole('heading', { name: /^Solicitud de consulta a la SGTD/ })).closest('article')!;
    expect(letter).toHaveAttribute('lang', 'es');
    expect(within(letter).getByText("The letter is filed in Spanish, whatever the drafts' language.", { exact: false })).toBeInTheDocument();
    const value = (name: string) => (within(letter).getByRole('textbox', { name }) as HTMLTextAreaElement).value;
    expect(value('Puntos en consulta')).toContain('- Respondimos: No sé.');
    expect(value('Puntos en consulta')).toContain('- Nuestra nota: The vendor has not told us whether the ranking discards applicants.');
    expect(value('Firma')).toMatch(/^Atentamente,/);

    const copy = within(letter).getByText('Reading copy in English (not for filing)').closest('details')!;
    expect(copy.querySelector('[lang="en"]')).toHaveTextContent('Reading copy in English, not for filing (the letter is filed in Spanish)');
    expect(copy).toHaveTextContent("Our answer: I don't know.");
    // The notice follows the drafts' language, English here.
    expect(screen.getByRole('heading', { name: /^Transparency notice/ }).closest('article')).toHaveAttribute('lang', 'en');
  });
});
