// @vitest-environment jsdom
// The code the build inlines in the page: the language choice made before the first paint, the
// loader that starts the app after it, and the policy that allows exactly these two.
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectLanguage } from '../../src/i18n/i18n';
import { policyFor, withPolicy } from '../../src/prerender/contentSecurityPolicy';
import { languageScript } from '../../src/prerender/languageScript';
import { loadAfterFirstPaint } from '../../src/prerender/loadAfterFirstPaint';
import { STORE_KEY, update } from '../../src/storage/assessments';

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  window.localStorage.clear();
  document.head.innerHTML = '';
});

describe('language script in the page head', () => {
  it.each([
    [['es-PE'], null, 'es'],
    [['en-US', 'es-PE'], null, 'es'],
    [['en-GB', 'en'], null, 'en'],
    [['qu', 'fr'], null, 'es'],
    [['en-US'], 'es', 'es'],
    [['es-PE'], 'en', 'en'],
    [['en-US'], 'fr', 'en'],
  ])('for %j with %s stored sets <html lang> as the app will (%s)', (languages, stored, expected) => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
    if (stored) window.localStorage.setItem('semaforo-ia.language', stored);
    document.documentElement.lang = 'xx';
    // Evaluated as the page does: on its own, with no module around it.
    new Function(languageScript)();
    expect(document.documentElement.lang).toBe(expected);
    expect(detectLanguage()).toBe(expected);
  });

  it('still chooses when storage is blocked', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US']);
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    new Function(languageScript)();
    expect(document.documentElement.lang).toBe('en');
  });
});

describe('loader of the app scripts', () => {
  const load = () => new Function(`(${loadAfterFirstPaint.toString()})("./assets/index.js", ["./assets/a.js", "./assets/b.js"]);`)();
  const added = () =>
    [...document.head.querySelectorAll('script, link')].map(
      (el) => `${el.tagName} ${el.getAttribute('rel') ?? el.getAttribute('type')} ${el.getAttribute('href') ?? el.getAttribute('src')}`,
    );
  const ALL = ['LINK modulepreload ./assets/a.js', 'LINK modulepreload ./assets/b.js', 'SCRIPT module ./assets/index.js'];

  /** A browser whose paint timing the test reports by hand. */
  function paintTiming() {
    const observers: ((list: { getEntriesByName: (name: string) => unknown[] }) => void)[] = [];
    vi.stubGlobal(
      'PerformanceObserver',
      Object.assign(
        class {
          constructor(cb: (typeof observers)[number]) {
            observers.push(cb);
          }
          observe() {}
        },
        { supportedEntryTypes: ['paint'] },
      ),
    );
    return (name: string) => observers.forEach((cb) => cb({ getEntriesByName: (n) => (n === name ? [{ name }] : []) }));
  }

  it('adds the preloads and the entry once the page has painted content, once', () => {
    vi.useFakeTimers();
    const paint = paintTiming();
    load();
    paint('first-paint');
    expect(added()).toEqual([]);
    paint('first-contentful-paint');
    expect(added()).toEqual(ALL);
    vi.advanceTimersByTime(1000);
    expect(added()).toEqual(ALL);
    vi.unstubAllGlobals();
  });

  it('starts anyway after a while in a tab that does not paint (in the background)', () => {
    vi.useFakeTimers();
    paintTiming();
    load();
    vi.advanceTimersByTime(499);
    expect(added()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(added()).toEqual(ALL);
    vi.unstubAllGlobals();
  });

  it('without paint timing, starts after the next frame', () => {
    vi.useFakeTimers();
    vi.stubGlobal('PerformanceObserver', undefined);
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    load();
    expect(added()).toEqual([]);
    frames.forEach((cb) => cb(0));
    vi.advanceTimersByTime(0);
    expect(added()).toEqual(ALL);
    vi.unstubAllGlobals();
  });
});

describe('loader for a visitor who will resume an assessment', () => {
  const FLOW = { es: ['./assets/flow.js', './assets/questionnaire-es.js'], en: ['./assets/flow.js', './assets/questionnaire-en.js'] };
  const startNow = () => {
    vi.useFakeTimers();
    vi.stubGlobal('PerformanceObserver', undefined);
    new Function(`(${loadAfterFirstPaint.toString()})("./assets/index.js", ["./assets/a.js"], ${JSON.stringify(FLOW)});`)();
    vi.advanceTimersByTime(500);
    vi.runAllTimers();
    vi.unstubAllGlobals();
    return [...document.head.querySelectorAll('script, link')].map((el) => el.getAttribute('href') ?? el.getAttribute('src'));
  };
  // Written as the app writes it.
  const store = (current: string | null) => update((s) => ({ ...s, current }));

  it('asks for the questionnaire and its texts in the page language, after the app', () => {
    store('abc123');
    // The loader spells the key again (it cannot import): the same key.
    expect(loadAfterFirstPaint.toString()).toContain(STORE_KEY);
    document.documentElement.lang = 'en';
    expect(startNow()).toEqual(['./assets/a.js', './assets/index.js', './assets/flow.js', './assets/questionnaire-en.js']);
  });

  it('asks for nothing more when no assessment is open, nothing is saved or storage is blocked', () => {
    document.documentElement.lang = 'es';
    store(null);
    expect(startNow()).toEqual(['./assets/a.js', './assets/index.js']);
    document.head.innerHTML = '';
    window.localStorage.clear();
    expect(startNow()).toEqual(['./assets/a.js', './assets/index.js']);
    document.head.innerHTML = '';
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(startNow()).toEqual(['./assets/a.js', './assets/index.js']);
  });
});

describe('Content-Security-Policy of the page', () => {
  const page =
    '<head><meta charset="utf-8" /><style>p{}</style><script>a()</script></head><body><script>b()</script><script type="module" src="./x.js"></script></body>';
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

  it('allows its own origin and exactly the inline code of the page, nothing unsafe', () => {
    const policy = policyFor(page);
    expect(policy).toContain(`script-src 'self' ${hash('a()')} ${hash('b()')};`);
    expect(policy).toContain(`style-src 'self' ${hash('p{}')};`);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).not.toMatch(/unsafe|\*/);
  });

  it('comes first in the head, before the code it governs', () => {
    const html = withPolicy(page);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
    expect(() => withPolicy('<head></head>')).toThrow();
  });
});
