import type { Plugin } from 'vite';
import { loadAfterFirstPaint } from './loadAfterFirstPaint.ts';

const STYLESHEET = /\s*<link rel="stylesheet"[^>]*href="\.\/([^"]+\.css)"[^>]*>/g;
const ENTRY = /\s*<script type="module"[^>]*src="([^"]+)"[^>]*><\/script>/;
const PRELOAD = /\s*<link rel="modulepreload"[^>]*href="([^"]+)"[^>]*>/g;

/** What lets the prerendered page paint from its HTML alone on a cheap phone:
 *  - the entry stylesheet (a few KiB) goes into the page, one round trip less; its file stays,
 *    empty (pages loaded later keep their own stylesheets);
 *  - the entry script and its preloads are requested after the first paint, not before. */
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
        const loader = `(${loadAfterFirstPaint.toString()})(${JSON.stringify(entry[1])}, ${JSON.stringify(preloads)});`;
        return page.replace('</body>', `  <script>${loader}</script>\n  </body>`);
      },
    },
  };
}
