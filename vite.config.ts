import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { precachePlugin } from './src/offline/precachePlugin';

// Answers about a pilot are often confidential: the built page may load nothing from
// another origin and may send nothing anywhere. The dev server needs inline styles and a
// websocket for hot reload, so the policy is added to the production build only.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'semaforo-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy(), precachePlugin()],
  build: { target: 'es2022' },
  test: {
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}'],
  },
});
