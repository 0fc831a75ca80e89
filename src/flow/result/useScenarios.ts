import { useLayoutEffect, useState } from 'react';
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
    const stop = () => {
      clearTimeout(timer);
      window.removeEventListener('beforeprint', finish);
    };
    const slice = () => {
      const scenarios = run(performance.now() + SLICE_MS);
      if (scenarios === null) timer = setTimeout(slice, 0);
      else {
        stop();
        show(scenarios);
      }
    };
    function finish() {
      stop();
      const scenarios = run(Infinity)!;
      flushSync(() => show(scenarios));
    }
    window.addEventListener('beforeprint', finish);
    slice();
    return stop;
  }, [answers]);
  return done && done.answers === answers ? done.scenarios : null;
}
