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
  },
});
