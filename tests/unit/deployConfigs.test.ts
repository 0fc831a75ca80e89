// The server configurations of deploy/ send the headers the README promises, and their
// Content-Security-Policy agrees with the one the build puts in the page: browsers enforce
// both, so a header stricter than the page would break the app and a looser one would be a lie.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { policyFor } from '../../src/prerender/contentSecurityPolicy';
import { DEPLOY_CONFIGS, directiveName, policyIn, serverPolicy } from '../../src/prerender/serverPolicy';

const directives = (policy: string) => new Map(policy.split(';').map((d) => [directiveName(d), d.trim()]));

describe('deploy configurations', () => {
  it('send the page policy minus its per-build hashes, plus frame-ancestors', () => {
    const page = directives(policyFor('<script>inline()</script><style>p{}</style>'));
    const header = directives(serverPolicy());
    expect(header.get('frame-ancestors')).toBe("frame-ancestors 'none'");
    for (const name of ['default-src', 'script-src', 'style-src']) expect(header.has(name), name).toBe(false);
    for (const [name, directive] of header) if (name !== 'frame-ancestors') expect(directive).toBe(page.get(name));
    expect(header.size).toBe(page.size - 3 + 1);
  });

  it.each(DEPLOY_CONFIGS)('%s sends that policy and the other headers', (file) => {
    const config = readFileSync(file, 'utf8');
    expect(policyIn(config)).toBe(serverPolicy());
    expect(config).toMatch(/X-Content-Type-Options\s+"?nosniff/);
    expect(config).toMatch(/Referrer-Policy\s+"?no-referrer/);
    expect(config).toContain('public, max-age=31536000, immutable');
    expect(config).toContain('no-cache');
  });
});
