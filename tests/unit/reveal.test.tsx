// @vitest-environment jsdom
// The result page's parts appear one per task after its summary. Each step must render only the
// part it adds: re-rendering the parts already shown made every step longer than the one before.
import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Reveal } from '../../src/flow/result/Reveal';

function counted() {
  const renders = new Map<string, number>();
  const Part = ({ name }: { name: string }) => {
    renders.set(name, (renders.get(name) ?? 0) + 1);
    return <section aria-label={name}>{name}</section>;
  };
  const parts = ['reasons', 'obligations', 'deadlines', 'drafts'].map((name) => <Part key={name} name={name} />);
  return { renders, parts };
}

describe('Reveal', () => {
  it('adds the parts one after the other, then what follows them, rendering each part once', async () => {
    const { renders, parts } = counted();
    render(<Reveal parts={parts} after={<p>end</p>} />);
    expect(screen.queryByText('end')).toBeNull();
    await waitFor(() => expect(screen.getByText('end')).toBeTruthy());
    expect(screen.getAllByRole('region').map((s) => s.getAttribute('aria-label'))).toEqual(['reasons', 'obligations', 'deadlines', 'drafts']);
    expect(Object.fromEntries(renders)).toEqual({ reasons: 1, obligations: 1, deadlines: 1, drafts: 1 });
  });

  it('shows every part at once when the page is printed', () => {
    const { parts } = counted();
    render(<Reveal parts={parts} after={<p>end</p>} />);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getAllByRole('region')).toHaveLength(4);
    expect(screen.getByText('end')).toBeTruthy();
  });
});
