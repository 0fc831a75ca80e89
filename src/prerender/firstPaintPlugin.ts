import type { Plugin, Rollup } from 'vite';
import { FLOW_NAMESPACES } from '../flow/flowNamespaces.ts';
import { loadAfterFirstPaint } from './loadAfterFirstPaint.ts';

const STYLESHEET = /\s*<link rel="stylesheet"[^>]*href="\.\/([^"]+\.css)"[^>]*>/g;
const ENTRY = /\s*<script type="module"[^>]*src="([^"]+)"[^>]*><\/script>/;
const PRELOAD = /\s*<link rel="modulepreload"[^>]*href="([^"]+)"[^>]*>/g;

/** What lets the prerendered page paint from its HTML alone on a cheap phone:
 *  - the entry stylesheet (a few KiB) goes into the page, one round trip less; its file stays,
 *    empty (pages loaded later keep their own stylesheets);
 *  - the entry script and its preloads are requested after the first paint, not before;
 *  - so are, for a visitor who will resume an assessment, the questionnaire's code and texts,
 *    which the app would otherwise ask for only once it has started (resumeFiles). */
export function firstPaintPlugin(): Plugin {
  return {
    name: 'semaforo-first-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        let page = html.replace(STYLESHEET, (tag, file: string) => {
          const asset = bundle[file];
          if (asset?.type !== 'asset') return tag;
          const css = String(asset.source);
          // A lazy chunk that imports from the entry chunk names this file among those to load
          // with it; a missing file would fail that load offline or on a host that answers 404.
          // An empty stylesheet stays in its place: the rules are already in the page.
          asset.source = '/* In index.html. */\n';
          return `\n    <style>${css}</style>`;
        });
        const entry = ENTRY.exec(page);
        if (!entry) throw new Error('The built page has no entry script');
        const preloads = [...page.matchAll(PRELOAD)].map(([, href]) => href!);
        page = page.replace(ENTRY, '').replace(PRELOAD, '');
        const loader = `(${loadAfterFirstPaint.toString()})(${JSON.stringify(entry[1])}, ${JSON.stringify(preloads)}, ${JSON.stringify(resumeFiles(bundle))});`;
        return page.replace('</body>', `  <script>${loader}</script>\n  </body>`);
      },
    },
  };
}

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;
const chunks = (bundle: OutputBundle) => Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');

/** The questionnaire's chunk with every chunk it imports, less those the entry loads anyway, and
 *  its texts, by language: what App's loadFlow asks for. */
function resumeFiles(bundle: OutputBundle): Record<string, string[]> {
  const all = chunks(bundle);
  const closure = (from: OutputChunk) => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const next of (bundle[file] as OutputChunk | undefined)?.imports ?? []) visit(next);
    };
    visit(from.fileName);
    return seen;
  };
  const entry = all.find((c) => c.isEntry);
  const flow = all.find((c) => c.isDynamicEntry && c.facadeModuleId?.endsWith('/src/flow/FlowApp.tsx'));
  if (!entry || !flow) throw new Error('The build has no entry or no questionnaire chunk');
  const loaded = closure(entry);
  const code = [...closure(flow)].filter((file) => !loaded.has(file));
  const texts = (lang: string) =>
    FLOW_NAMESPACES.map((ns) => all.find((c) => c.facadeModuleId?.endsWith(`/locales/${lang}/${ns}.json`))?.fileName).filter(
      (f): f is string => f !== undefined,
    );
  return Object.fromEntries(['es', 'en'].map((lang) => [lang, [...code, ...texts(lang)].map((file) => `./${file}`)]));
}
