// The decision map's model, the changelog and the page routes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import changelog from '../../questionnaire/changelog.json';
import { routeOf, href, ROUTES } from '../../src/ui/routes';
import { versions } from '../../src/about/versions';
import { questionsIn } from '../../src/engine';
import { decisionMap } from '../../src/questionnaire/decisionMap';
import { content } from '../../src/questionnaire/content';
import { migrations } from '../../src/questionnaire/migrations';

const { questionnaire } = content;

describe('decision map model', () => {
  const map = decisionMap(questionnaire);

  it('shows every question once, numbered in the order asked, under its section', () => {
    const nodes = map.flatMap((s) => s.nodes.map((n) => ({ ...n, section: s.id })));
    expect(nodes.map((n) => n.question.id)).toEqual(questionnaire.questions.map((q) => q.id));
    expect(nodes.map((n) => n.number)).toEqual(questionnaire.questions.map((_, i) => i + 1));
    for (const n of nodes) expect(n.question.section).toBe(n.section);
  });

  it('draws every rule once, at the last question its condition reads', () => {
    const placed = map.flatMap((s) => s.nodes.flatMap((n) => n.rules.map((r) => ({ rule: r, at: n.number }))));
    expect(placed.map((p) => p.rule.id).sort()).toEqual(questionnaire.rules.map((r) => r.id).sort());
    const order = (id: string) => questionnaire.questions.findIndex((q) => q.id === id) + 1;
    for (const { rule, at } of placed) expect(at).toBe(Math.max(...questionsIn(rule.when, (n) => questionnaire.conditions[n]!).map(order)));
  });
});

describe('changelog', () => {
  it('starts with the versions this build carries', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(changelog.entries[0]).toMatchObject({ app: pkg.version, questionnaire: questionnaire.version });
    expect(versions).toMatchObject({ app: pkg.version, questionnaire: questionnaire.version, norm: questionnaire.legalText.norm });
  });

  it('has the text of every change in both languages', () => {
    for (const lang of ['es', 'en']) {
      const texts = JSON.parse(readFileSync(`locales/${lang}/pages.json`, 'utf8')).changelog.changes as Record<string, string>;
      for (const entry of changelog.entries) for (const change of entry.changes) expect(texts[change], `${lang}: ${change}`).toBeTruthy();
    }
  });

  it('has a one-line summary, citing an article, of every change a migration notice lists', () => {
    for (const lang of ['es', 'en']) {
      const summaries = JSON.parse(readFileSync(`locales/${lang}/pages.json`, 'utf8')).changelog.summaries as Record<string, string>;
      for (const step of migrations.steps) {
        for (const change of step.changes) expect(summaries[change], `${lang}: ${change}`).toMatch(/[Aa]rts?\. \d/);
      }
    }
  });
});

describe('routes', () => {
  it('round-trip through the URL fragment, and anything else is the start page', () => {
    for (const route of ROUTES) expect(routeOf(href(route))).toBe(route);
    expect(routeOf('')).toBe('start');
    expect(routeOf('#s=abc')).toBe('start');
    expect(routeOf('#/nada')).toBe('start');
  });
});
