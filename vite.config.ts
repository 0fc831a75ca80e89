import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { firstPaintPlugin } from './src/prerender/firstPaintPlugin.ts';

export default defineConfig({
  base: './',
  // The page's Content-Security-Policy is added with the prerendered start page, and the service
  // worker is written after it (src/prerender/prerender.tsx).
  plugins: [react(), firstPaintPlugin()],
  build: { target: 'es2022' },
  test: {
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // Both cores (Vitest leaves one free by default): 70 s instead of 100 s on a 2-core machine.
    // Two files at once can double a test's time on a busy machine, so no test gets less than 20 s.
    maxWorkers: 2,
    testTimeout: 20_000,
  },
});
