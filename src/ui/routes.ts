// Pages other than the questionnaire live behind the URL fragment ("#/mapa"): a static host
// needs no rewrite rules, the service worker serves one document, and a trainer can bookmark
// a page. Share links ("#s=…") are not routes and land on the start page.
import { useEffect, useState } from 'react';

export const ROUTES = ['start', 'examples', 'map', 'compare', 'methodology', 'changelog'] as const;
/** Pages opened from another page, not from the menu: the compliance file opens from a
 *  high-risk result (it is about the assessment open, not a page of its own standing). */
const OFF_MENU = ['dossier'] as const;
export type Route = (typeof ROUTES)[number] | (typeof OFF_MENU)[number];

const SLUGS: Record<Route, string> = {
  start: '',
  examples: 'ejemplos',
  map: 'mapa',
  compare: 'comparar',
  methodology: 'metodologia',
  changelog: 'cambios',
  dossier: 'expediente',
};

export const href = (route: Route) => `#/${SLUGS[route]}`;

/** «Mis evaluaciones», one click from every page: the start page with its saved list in focus.
 *  Unlike "#/", it never resumes the assessment that was open: the person asked for the list. */
export const SAVED_HASH = '#/evaluaciones';

/** The questionnaire's screens ("#/evaluar/<page>", src/flow/flowUrl.ts) are on the start
 *  route: the questionnaire takes the start page's place. */
export const FLOW_PREFIX = '#/evaluar/';
export const isFlowHash = (hash: string) => hash.startsWith(FLOW_PREFIX);

export function routeOf(hash: string): Route {
  if (!hash.startsWith('#/') || isFlowHash(hash)) return 'start';
  const slug = hash.slice(2).split(/[?#/]/)[0];
  return [...ROUTES, ...OFF_MENU].find((r) => SLUGS[r] === slug) ?? 'start';
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => routeOf(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(routeOf(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
