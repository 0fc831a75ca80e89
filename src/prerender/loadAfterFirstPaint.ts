/** Starts the app's scripts once the prerendered page has been painted, so that on a slow
 *  connection their bytes do not compete with the page's own, and the first paint never waits
 *  for them. A background tab does not paint, hence the timer. `resume`: the questionnaire's own
 *  files, by language; they are fetched with the app's when this browser holds an assessment
 *  the app will resume (a returning visitor goes straight back to it), and the app then finds
 *  them requested. Self-contained on purpose (no outside names): the build inlines its source in
 *  the page. */
export function loadAfterFirstPaint(entry: string, preloads: string[], resume: Record<string, string[]> = {}) {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    const preload = (href: string) => {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      document.head.append(link);
    };
    preloads.forEach(preload);
    const script = document.createElement('script');
    script.type = 'module';
    script.src = entry;
    document.head.append(script);
    let resuming = false;
    try {
      // The store (STORE_KEY, spelled here again; the tests keep them equal) names the assessment
      // open when the page was left, null once it was closed.
      resuming = /"current"\s*:\s*"/.test(window.localStorage.getItem('semaforo-ia.assessments') ?? '');
    } catch {
      // Storage may be disabled: nothing to resume.
    }
    // After the app's own files, which come first; one per task, as adding each takes a slow
    // phone a few milliseconds and together they made one long task.
    const rest = resuming ? (resume[document.documentElement.lang] ?? []) : [];
    const next = (i: number) => {
      if (i >= rest.length) return;
      preload(rest[i]!);
      setTimeout(() => next(i + 1));
    };
    setTimeout(() => next(0));
  };
  if (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) start();
    }).observe({ type: 'paint', buffered: true });
  } else {
    requestAnimationFrame(() => setTimeout(start));
  }
  setTimeout(start, 500);
}
