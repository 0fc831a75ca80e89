// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { detectLanguage, initI18n } from '../../src/i18n/i18n';

describe('app shell', () => {
  beforeEach(() => window.localStorage.clear());

  it('shows the start page in Spanish with the disclaimer, and switches to English', async () => {
    await initI18n('es');
    render(<App />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('¿Qué dice el Reglamento peruano de IA sobre su sistema?');
    // The line above every page, then the full text on the start page.
    const [short, full] = screen.getAllByRole('note');
    expect(short).toHaveTextContent('Autoevaluación orientativa: no es asesoría legal ni opinión de la SGTD.');
    expect(full).toHaveTextContent('No es asesoría legal ni una opinión de la Secretaría de Gobierno y Transformación Digital');
    expect(document.documentElement.lang).toBe('es');

    await userEvent.click(screen.getByRole('button', { name: 'Read this page in English' }));
    expect(await screen.findByRole('heading', { level: 1, name: "What does Peru's AI Regulation say about your system?" })).toBeInTheDocument();
    expect(screen.getAllByRole('note')[0]).toHaveTextContent('Guidance self-assessment: not legal advice and not an SGTD opinion.');
    expect(screen.getAllByRole('note')[1]).toHaveTextContent('It is not legal advice');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('semaforo-ia.language')).toBe('en');
    expect(detectLanguage()).toBe('en');
  });

  it.each([
    [['es-PE'], 'es'],
    [['en-US', 'es-PE'], 'es'],
    [['en-GB', 'en'], 'en'],
    [['qu', 'fr'], 'es'],
  ])('detects %j as %s, without a cookie', (languages, expected) => {
    const spy = vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
    window.localStorage.setItem('semaforo-ia.language', 'fr');
    expect(detectLanguage()).toBe(expected);
    spy.mockRestore();
    expect(document.cookie).toBe('');
  });
});
