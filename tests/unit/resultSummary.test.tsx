// @vitest-environment jsdom
// The classification as the result page states it, and the drafts as shown and printed.
import { render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { classify } from '../../src/engine';
import { Drafts } from '../../src/flow/result/Drafts';
import { OutcomeSummary } from '../../src/flow/result/Summary';
import { changeLanguage, initI18n, loadNamespaces } from '../../src/i18n/i18n';
import { content } from '../../src/questionnaire/content';
import { walk } from '../helpers/journey';
import { questionWordingById } from '../../src/questionnaire/texts';

const TODAY = '2026-11-23';
const golden = (name: string): Record<string, string> => JSON.parse(readFileSync(`tests/golden/${name}.json`, 'utf8')).answers;
const resultOf = (overrides: Record<string, string>) => {
  const { answers } = walk(overrides);
  return { answers, result: classify(content, answers, { today: TODAY }) };
};

beforeAll(async () => {
  await initI18n('es');
  await loadNamespaces(['questionnaire', 'results', 'documents']);
});

describe('outcome summary', () => {
  it('never calls a high-risk use with an open prohibition allowed, and names the open point and art. 23.3', async () => {
    const { result } = resultOf(golden('safety-high-with-open-prohibition'));
    expect(result.outcome).toBe('riesgo_alto');
    for (const [lang, label, never, point] of [
      ['es', 'Riesgo alto como mínimo: podría ser uso indebido (prohibido)', /permitid/i, 'Punto abierto: '],
      ['en', 'High risk at least: could be improper use (prohibited)', /allowed|permitted/i, 'Open point: '],
    ] as const) {
      await changeLanguage(lang);
      const { container, unmount } = render(<OutcomeSummary result={result} />);
      expect(container.querySelector('.badge')).toHaveTextContent(label);
      expect(container).toHaveTextContent('23.3');
      expect(container.textContent).not.toMatch(never);
      const open = result.unresolved.find((p) => p.couldMake === 'uso_indebido')!;
      expect(within(container).getByRole('listitem')).toHaveTextContent(point);
      expect(within(container).getByRole('listitem')).toHaveTextContent(questionWordingById(i18next.t, open.questionId));
      unmount();
    }
    await changeLanguage('es');
  });

  it('keeps «Riesgo alto» and its meaning when no prohibition is open', () => {
    const { result } = resultOf(golden('h-24-1-e'));
    const { container } = render(<OutcomeSummary result={result} />);
    expect(container.querySelector('.badge')).toHaveTextContent(/^Riesgo alto$/);
    expect(screen.queryByRole('list')).toBeNull();
  });
});

describe('drafts section', () => {
  it('prints placeholders marked and flags them in the editor', async () => {
    const { answers, result } = resultOf(golden('h-24-1-e'));
    const { container } = render(<Drafts answers={answers} result={result} date={TODAY} systemName="Sistema de prueba" work={{}} onWork={() => {}} />);
    await screen.findByRole('heading', { name: 'Aviso de transparencia: Sistema de prueba' });
    const marks = [...container.querySelectorAll('.draft__print mark.placeholder')].map((m) => m.textContent!);
    expect(marks).toContain('[Describa qué decisiones toma el sistema sobre las personas, o si solo apoya a quien decide, y quién revisa sus resultados.]');
    expect(marks.every((m) => m.startsWith('[') && m.endsWith(']'))).toBe(true);
    // Printed text outside the marks carries no bracket: no placeholder passes for text.
    for (const p of container.querySelectorAll('.draft__print')) {
      const plain = [...p.childNodes].flatMap((span) => [...span.childNodes]).filter((n) => n.nodeType === Node.TEXT_NODE);
      expect(plain.map((n) => n.textContent).join('')).not.toMatch(/[[\]]/);
    }
    const decisions = screen.getByLabelText('Qué decisiones toma o apoya');
    expect(decisions).toHaveClass('draft__text--todo');
    expect(decisions).toHaveAccessibleDescription('Tiene texto entre corchetes por completar o borrar.');
    expect(screen.getByText('Aviso de transparencia (artículo 25)')).toBeInTheDocument();
  });

  it('offers no notice for a prohibited use: says why, with nothing to edit or download', async () => {
    const { answers, result } = resultOf(golden('p-23-1-f'));
    expect(result.outcome).toBe('uso_indebido');
    const { container } = render(<Drafts answers={answers} result={result} date={TODAY} systemName="Sistema de prueba" work={{}} onWork={() => {}} />);
    await screen.findByRole('heading', { name: 'Aviso de transparencia: no corresponde para «Sistema de prueba»' });
    expect(container.querySelectorAll('textarea[id^="notice-"]')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: /Descargar aviso/ })).toBeNull();
    expect(screen.getByRole('button', { name: /Descargar consulta \(\.docx\)/ })).toBeInTheDocument();
    expect(container).toHaveTextContent('numeral 23.3');
  });

  it('labels the notice for acceptable risk as voluntary', async () => {
    const { answers, result } = resultOf({});
    expect(result.outcome).toBe('riesgo_aceptable');
    render(<Drafts answers={answers} result={result} date={TODAY} systemName="Sistema de prueba" work={{}} onWork={() => {}} />);
    expect(await screen.findByText(/^Aviso de transparencia voluntario/)).toBeInTheDocument();
  });
});
