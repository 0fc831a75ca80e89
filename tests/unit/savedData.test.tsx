// @vitest-environment jsdom
// The start page with saved data in every state: corrupt, full, locked, changed by another tab.
// The page always shows what it can read, keeps the rest, and says so.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';
import { initI18n } from '../../src/i18n/i18n';
import { emptyStore, STORE_KEY } from '../../src/storage/assessments';
import { corruptRecords, corruptStores } from '../fixtures/corruptSavedData';

const saved = (id: string, name: string) => ({
  id,
  name,
  updatedAt: '2026-11-23T10:00:00.000Z',
  outcome: null,
  snapshot: { value: 'q123', context: { answers: {} } },
});
const store = (...assessments: unknown[]) => JSON.stringify({ ...emptyStore(), assessments });
const listed = () => [...document.querySelectorAll('.saved__name')].map((p) => p.textContent);
/** The text of the file the page offered for download. */
const downloaded = (spy: { mock: { calls: [Blob][] } }) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(spy.mock.calls[0]![0]);
  });
const setAsideSection = () => screen.getByRole('region', { name: /^Datos apartados/ });

describe('start page with saved data in any state', () => {
  beforeAll(() => initI18n('es'));
  beforeEach(() => localStorage.clear());
  afterEach(() => vi.restoreAllMocks());

  it.each(corruptRecords)('a record with %s: the others are listed, it is counted aside, no blank page', (_kind, broken) => {
    localStorage.setItem(STORE_KEY, store(saved('a1', 'Chatbot municipal'), broken, saved('a2', 'Mesa de partes')));
    render(<App />);
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(listed()).toEqual(['Chatbot municipal', 'Mesa de partes', expect.stringMatching(/que no se pudo leer$/)]);
    expect(screen.getByRole('heading', { name: 'Datos apartados (1)' })).toBeInTheDocument();
  });

  it.each(corruptStores)('a store that is %s: copied aside, counted, downloadable and deletable', async (_kind, raw) => {
    localStorage.setItem(STORE_KEY, raw);
    render(<App />);
    expect(screen.getByRole('status')).toHaveTextContent('Los apartamos sin borrarlos');
    const section = setAsideSection();
    expect(within(section).getByRole('heading')).toHaveTextContent('Datos apartados (1)');
    expect(within(section).getByRole('button', { name: /^Descargar/ })).toBeInTheDocument();
    await userEvent.click(within(section).getByRole('button', { name: /^Eliminar/ }));
    expect(within(section).getByRole('alertdialog')).toHaveTextContent('No se puede deshacer');
    await userEvent.click(within(section).getByRole('button', { name: 'Cancelar' }));
    expect(Object.values({ ...localStorage })).toContain(raw);
    await userEvent.click(within(section).getByRole('button', { name: /^Eliminar/ }));
    await userEvent.click(within(section).getByRole('button', { name: 'Sí, eliminar' }));
    expect(screen.queryByRole('region', { name: /^Datos apartados/ })).toBeNull();
    expect(Object.values({ ...localStorage })).not.toContain(raw);
  });

  it('storage full still lists every assessment and says full, not private mode', () => {
    localStorage.setItem(STORE_KEY, store(saved('a1', 'Chatbot municipal'), saved('a2', 'Mesa de partes')));
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    render(<App />);
    expect(listed()).toEqual(['Chatbot municipal', 'Mesa de partes']);
    const banner = screen.getByRole('status');
    expect(banner).toHaveTextContent('está lleno');
    expect(banner).toHaveTextContent('Para liberar espacio');
    expect(banner).not.toHaveTextContent('modo privado');
  });

  it('unreadable data that cannot be set aside is kept, said, and offered for download', async () => {
    localStorage.setItem(STORE_KEY, '{cut short');
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:x');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    render(<App />);
    const banner = screen.getByRole('status');
    expect(banner).toHaveTextContent('no se pudieron apartar');
    await userEvent.click(within(banner).getByRole('button', { name: 'Descargar todos los datos guardados' }));
    expect(JSON.parse(await downloaded(createObjectURL))).toEqual({ [STORE_KEY]: '{cut short' });
    expect(localStorage.getItem(STORE_KEY)).toBe('{cut short');
  });

  it('re-reads the list when another tab changes it and when the page comes back into view', () => {
    localStorage.setItem(STORE_KEY, store(saved('a1', 'Chatbot municipal')));
    render(<App />);
    expect(listed()).toEqual(['Chatbot municipal']);
    localStorage.setItem(STORE_KEY, store(saved('a2', 'Mesa de partes'), saved('a1', 'Chatbot municipal')));
    act(() => void window.dispatchEvent(new StorageEvent('storage', { key: STORE_KEY })));
    expect(listed()).toEqual(['Mesa de partes', 'Chatbot municipal']);
    localStorage.setItem(STORE_KEY, store(saved('a2', 'Mesa de partes')));
    act(() => void window.dispatchEvent(new FocusEvent('focus')));
    expect(listed()).toEqual(['Mesa de partes']);
  });

  it('opening an assessment another tab deleted says so instead of bringing it back', async () => {
    localStorage.setItem(STORE_KEY, store(saved('a1', 'Chatbot municipal')));
    render(<App />);
    // Another tab deletes it; this one has not noticed yet.
    localStorage.setItem(STORE_KEY, JSON.stringify({ ...emptyStore(), deleted: [{ id: 'a1', at: '2026-11-23T11:00:00.000Z' }] }));
    await userEvent.click(screen.getByRole('button', { name: /^Abrir\s*«Chatbot municipal»/ }));
    expect(screen.getByRole('status')).toHaveTextContent('«Chatbot municipal» ya no está guardada en este navegador');
    expect(listed()).toEqual([]);
    expect(JSON.parse(localStorage.getItem(STORE_KEY)!).assessments).toEqual([]);
  });
});

describe('error boundary', () => {
  beforeAll(() => initI18n('es'));
  afterEach(() => vi.restoreAllMocks());

  it('says what happened, keeps the data, offers to download it and to reload', async () => {
    localStorage.setItem(STORE_KEY, store(saved('a1', 'Chatbot municipal')));
    const before = { ...localStorage };
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:x');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const Broken = () => {
      throw new Error('render failed');
    };
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Esta página no se pudo mostrar');
    expect(screen.getByRole('button', { name: 'Recargar la página' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Descargar todos los datos guardados' }));
    expect(JSON.parse(await downloaded(createObjectURL))).toEqual(before);
    expect({ ...localStorage }).toEqual(before);
  });
});
