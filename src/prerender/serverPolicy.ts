// The Content-Security-Policy a host sends as a header (deploy/ holds ready configurations).
// It adds what a <meta> policy cannot say: frame-ancestors 'none', no other site may frame the
// tool. Browsers enforce both policies, so the header repeats the page's directives except
// those carrying hashes of the page's inline code (script-src, style-src, and default-src,
// their fallback): those change with every build, and a header left one deploy behind would
// block the app. The page's <meta> keeps enforcing them.
import { policyFor } from './contentSecurityPolicy';

export const DEPLOY_CONFIGS = ['deploy/nginx.conf', 'deploy/Caddyfile', 'deploy/.htaccess'] as const;

const PER_BUILD = new Set(['default-src', 'script-src', 'style-src']);

export const directiveName = (directive: string) => directive.trim().split(/\s+/)[0]!;

export function serverPolicy(): string {
  const shared = policyFor('')
    .split(';')
    .map((d) => d.trim())
    .filter((d) => !PER_BUILD.has(directiveName(d)));
  return [...shared, "frame-ancestors 'none'"].join('; ');
}

/** The policy a configuration sends (each names the header once, its value in double quotes). */
export function policyIn(config: string): string | null {
  return config.match(/Content-Security-Policy\s+"([^"]*)"/)?.[1] ?? null;
}
