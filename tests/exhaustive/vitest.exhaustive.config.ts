import { defineConfig } from 'vitest/config';

// The exhaustive checks (every path of the safety invariant, every single-character change of
// real share links) take minutes on a two-core machine: their own step of `npm test`, after
// the unit tests, out of the default `vitest run`. Budgets sized for a busy machine.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/exhaustive/**/*.test.ts'],
    testTimeout: 600_000,
    // Its two files side by side, one per core.
    maxWorkers: 2,
  },
});
