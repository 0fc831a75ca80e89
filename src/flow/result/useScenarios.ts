import { startTransition, useLayoutEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { changeScenarioSteps, type Answers, type ChangeScenario } from '../../engine';
import { content } from '../../questionnaire/content';

const SLICE_MS = 4;

/** "What would change it" for these answers, worked out in short slices after the page has
 *  appeared (it re-runs the classifier hundreds of times: one long task on a slow phone).
 *  Null until done; printing finishes it at once, so a printed report is never half-done. */
export function useScenarios(answers: Answers): ChangeScenario[] | null {
  const [done, setDone] = useState<{ answers: Answers; scenarios: ChangeScenario[] } | null>(null);
  // Before the page paints: a print asked for the moment the verdict shows must find the
  // listener that completes the page.
  useLayoutEffect(() => {
    const steps = changeScenarioSteps(content, answers);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const show = (scenarios: ChangeScenario[]) => setDone({ answers, scenarios });
    /** Steps until done (the scenarios) or until the time is up (null). */
    const run = (until: number) => {
      for (;;) {
        const step = steps.next();
        if (step.done) return step.value;
        if (performance.now() > until) return null;
      }
    };
    let found: ChangeScenario[] | null = null;
    const slice = () => {
      found = run(performance.now() + SLICE_MS);
      if (found === null) timer = setTimeout(slice, 0);
      else {
        const scenarios = found;
        // A transition: the page renders again in slices (a plain update renders it in one task).
        startTransition(() => show(scenarios));
      }
    };
    // Kept after the last slice too: a print may come while that transition is still rendering.
    function finish() {
      clearTimeout(timer);
      const scenarios = (found ??= run(Infinity)!);
      flushSync(() => show(scenarios));
    }
    window.addEventListener('beforeprint', finish);
    slice();
    return () => {
      clearTimeout(timer);
      window.removeEventListener('beforeprint', finish);
    };
  }, [answers]);
  return done && done.answers === answers ? done.scenarios : null;
}
