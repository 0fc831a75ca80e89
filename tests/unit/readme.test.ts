// The README keeps exactly two set-up commands, and CI runs the test one verbatim.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const spanish = readme.slice(0, readme.indexOf('# Semáforo IA (English)'));
const commands = [...spanish.matchAll(/```sh\n(.+)\n```/g)].map((m) => m[1]!);

describe('README', () => {
  it('has one command that installs and starts the app and one that installs and runs every test', () => {
    const setup = spanish.slice(spanish.indexOf('## Puesta en marcha'), spanish.indexOf('## Línea de comandos'));
    const setupCommands = [...setup.matchAll(/```sh\n(.+)\n```/g)].map((m) => m[1]);
    expect(setupCommands).toEqual(['npm ci && npm run dev', 'npm ci --no-audit --no-fund && npm run browser:install && npm test']);
    expect(commands.length).toBeGreaterThanOrEqual(2);
  });

  it('is what CI runs', () => {
    const ci = readFileSync('.ci/run', 'utf8');
    expect(ci).toContain('\nnpm ci --no-audit --no-fund && npm run browser:install && npm test\n');
    expect(readme).toContain('\nnpm ci --no-audit --no-fund && npm run browser:install && npm test\n');
  });
});
