import { defineConfig } from 'vitest/config';

// Browser tests against the production build (npm run build first), in the system Chromium.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/server.ts'],
    // Two files at a time: the suite is most of CI's time, and one file leaves about a fifth of
    // the two cores idle (measured: 690 s one at a time, 575 s two at a time). The timeouts
    // leave room for a test slowed by the one beside it on a busy machine.
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: true,
    maxWorkers: 2,
    // A busy 2-core machine can take seconds to do what an idle one does at once: polled
    // expectations wait up to this long (Vitest's default is one second).
    expect: { poll: { timeout: 15_000 } },
  },
});
