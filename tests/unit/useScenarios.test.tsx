// @vitest-environment jsdom
// The result page works "what would change it" out in slices after it appears; the slices
// must add up to exactly what the engine computes in one go.
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changeScenarioSteps, whatWouldChange } from '../../src/engine';
import { useScenarios } from '../../src/flow/result/useScenarios';
import { content } from '../../src/questionnaire/content';
import { walk } from '../helpers/journey';

// Screens answered "Sí" (biometrics, education, employment, health, social programmes) so
// that many scenarios are tried: more than one slice of work.
const answers = walk({ qfxg: 'si', qagh: 'si', q7xy: 'si', q2s3: 'si', qzyt: 'si' }).answers;
// The slices take over a second on a busy two-core machine: waitFor's 1 s default is too short.
const SLICED = { timeout: 15_000 };

describe('what would change it, in slices', { timeout: 30_000 }, () => {
  it('takes one step per classification tried (so it can pause between them)', () => {
    const steps = changeScenarioSteps(content, answers);
    let count = 0;
    while (!steps.next().done) count++;
    expect(count).toBeGreaterThan(100);
  });

  it('is pending at first, then gives the same scenarios as the engine in one go', async () => {
    const { result } = renderHook(() => useScenarios(answers));
    expect(result.current).toBeNull();
    await waitFor(() => expect(result.current).not.toBeNull(), SLICED);
    expect(result.current).toEqual(whatWouldChange(content, answers));
  });

  it('starts again, pending, when the answers change', async () => {
    const other = { ...answers };
    const { result, rerender } = renderHook(({ a }) => useScenarios(a), { initialProps: { a: answers } });
    await waitFor(() => expect(result.current).not.toBeNull(), SLICED);
    rerender({ a: other });
    expect(result.current).toBeNull();
    await waitFor(() => expect(result.current).toEqual(whatWouldChange(content, other)), SLICED);
  });
});

describe('printing while it is worked out', () => {
  it('finishes at once before the print, with the same scenarios', () => {
    const { result } = renderHook(() => useScenarios(answers));
    expect(result.current).toBeNull();
    window.dispatchEvent(new Event('beforeprint'));
    expect(result.current).toEqual(whatWouldChange(content, answers));
  });
});
