import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { precachePlugin } from './src/offline/precachePlugin';
import { firstPaintPlugin } from './src/prerender/firstPaintPlugin';

export default defineConfig({
  base: './',
  // The page's Content-Security-Policy is added with the prerendered start page (src/prerender).
  plugins: [react(), firstPaintPlugin(), precachePlugin()],
  build: { target: 'es2022' },
  test: {
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}'],
  },
});
