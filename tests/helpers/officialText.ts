// The official text of DS 115-2025-PCM (questionnaire/legal), cut into the parts a clause
// can be located in: the decree, each article of the Reglamento, and its final provisions.
import { readFileSync } from 'node:fs';
import type { Clause } from '../../src/questionnaire/schema';

export const OFFICIAL_PATH = 'questionnaire/legal/ds-115-2025-pcm.md';

/** Whitespace and markdown bold removed: the typeset PDF's line breaks carry no meaning. */
export const normalise = (s: string) => s.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();

const text = normalise(readFileSync(OFFICIAL_PATH, 'utf8'));
const reglamentoStart = text.indexOf('REGLAMENTO DE LA LEY N° 31814, LEY QUE PROMUEVE');
const finalProvisions = text.indexOf('DISPOSICIONES COMPLEMENTARIAS FINALES', reglamentoStart);

function between(start: number, endMarker: string | null): [number, number] {
  const end = endMarker === null ? -1 : text.indexOf(endMarker, start + 1);
  return [start, end < 0 ? text.length : end];
}

/** Where in the text a clause's article (or final provision) runs. */
export function articleSpan(article: string): [number, number] | null {
  if (article === 'DS') return [0, reglamentoStart];
  if (article === 'DCF1') return between(text.indexOf('PRIMERA. Cronograma', finalProvisions), 'SEGUNDA. Normas');
  if (article === 'DCF6') return between(text.indexOf('SEXTA. Uso obligatorio', finalProvisions), null);
  const start = text.indexOf(`Artículo ${article}. `, reglamentoStart);
  if (start < 0) return null;
  const next = text.indexOf(`Artículo ${Number(article) + 1}. `, start);
  return [start, next > 0 ? next : finalProvisions];
}

const ROMAN = new Set(['i', 'v']);

/** Problems with a clause's location, or [] when its text sits where its label says. */
export function locate(clause: Clause): string[] {
  const span = articleSpan(clause.article);
  if (!span) return [`article ${clause.article} not found`];
  const [from, to] = span;
  const at = text.indexOf(clause.es, from);
  if (at < 0 || at >= to) return [`text not found verbatim in article ${clause.article}`];
  const problems: string[] = [];
  if (clause.numeral) {
    // Numerals appear as "23.1 " and, once, as "33.1. ".
    const numeralAt = (numeral: string) =>
      [...text.slice(from, at).matchAll(new RegExp(`(?:^|\\s)${numeral.replace('.', '\\.')}\\.? `, 'g'))].map((m) => m.index);
    const [art, n] = clause.numeral.split('.');
    const next = `${art}.${Number(n) + 1}`;
    const own = numeralAt(clause.numeral).at(-1);
    if (own === undefined) problems.push(`numeral ${clause.numeral} not found before the text`);
    else if (numeralAt(next).some((i) => i > own)) problems.push(`text lies after numeral ${next}`);
  }
  if (clause.literal) {
    // The closest letter marker before the text, skipping roman-numeral items i) and v).
    const scope = text.slice(from, at + (clause.es.startsWith(`${clause.literal})`) ? 3 : 0));
    const markers = [...scope.matchAll(/(?:^|\s)([a-z])[.)] /g)].map((m) => m[1]!);
    const letters = markers.filter((l) => l === clause.literal || !ROMAN.has(l));
    if (letters.at(-1) !== clause.literal) problems.push(`closest literal is ${letters.at(-1) ?? 'none'}, not ${clause.literal}`);
  }
  return problems;
}
