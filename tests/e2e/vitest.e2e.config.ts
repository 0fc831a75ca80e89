import { defineConfig } from 'vitest/config';

// Browser tests against the production build (npm run build first), in the system Chromium.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/server.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // A busy 2-core machine can take seconds to do what an idle one does at once: polled
    // expectations wait up to this long (Vitest's default is one second).
    expect: { poll: { timeout: 15_000 } },
  },
});
