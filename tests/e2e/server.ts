// Serves dist/ with `vite preview` for the browser tests, on loopback only.
import { existsSync } from 'node:fs';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

// E2E_PORT lets two checkouts run their browser tests side by side.
export const PORT = Number(process.env.E2E_PORT ?? 4179);

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run "npm run build" before the browser tests');
  const server = await preview({ preview: { host: '127.0.0.1', port: PORT, strictPort: true }, logLevel: 'warn' });
  project.provide('baseUrl', `http://127.0.0.1:${PORT}/`);
  return async () => {
    await new Promise<void>((resolve, reject) => server.httpServer.close((e) => (e ? reject(e) : resolve())));
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
