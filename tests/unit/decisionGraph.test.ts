// The decision map's diagram model: every question, rule and outcome drawn once, the edges
// exactly those that askIf and the rules define, lines that stay clear of the boxes, and the
// path of a worked example.
import { describe, expect, it } from 'vitest';
import { classify, questionsIn, reachableQuestions } from '../../src/engine';
import { examples } from '../../src/examples/examples';
import { content } from '../../src/questionnaire/content';
import { conditionNode, decisionGraph, outcomeNode, pathThrough, type GraphEdge, type GraphNode } from '../../src/questionnaire/decisionGraph';
import type { Condition } from '../../src/questionnaire/schema';
import { OUTCOMES } from '../../src/questionnaire/vocabulary';
import { Q } from '../helpers/questions';

const { questionnaire } = content;
const graph = decisionGraph(questionnaire);
const node = (id: string) => graph.nodes.find((n) => n.id === id)!;
const edgesInto = (id: string, kind: GraphEdge['kind']) => graph.edges.filter((e) => e.to === id && e.kind === kind);
const read = (c: Condition) => new Set(questionsIn(c, (name) => questionnaire.conditions[name]!));
/** The questions an edge's source stands for: itself, or what a named condition reads. */
const sourcesOf = (edges: GraphEdge[]) =>
  new Set(edges.flatMap((e) => (e.from.startsWith('cond:') ? edgesInto(e.from, 'reads').map((r) => r.from) : [e.from])));

describe('decision map diagram model', () => {
  it('draws every question, rule, named condition and outcome once, questions numbered as asked', () => {
    const ids = graph.nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    const questions = graph.nodes.filter((n) => n.kind === 'question');
    expect(questions.map((n) => n.id)).toEqual(questionnaire.questions.map((q) => q.id));
    expect(questions.map((n) => n.number)).toEqual(questionnaire.questions.map((_, i) => i + 1));
    expect(graph.nodes.filter((n) => n.kind === 'rule').map((n) => n.id)).toEqual(expect.arrayContaining(questionnaire.rules.map((r) => r.id)));
    expect(graph.nodes.filter((n) => n.kind === 'rule')).toHaveLength(questionnaire.rules.length);
    expect(graph.nodes.filter((n) => n.kind === 'condition').map((n) => n.id)).toEqual(Object.keys(questionnaire.conditions).map(conditionNode));
    expect(graph.nodes.filter((n) => n.kind === 'outcome').map((n) => n.id)).toEqual(OUTCOMES.map(outcomeNode));
    expect(graph.sections.map((s) => s.id)).toEqual(questionnaire.sections);
  });

  it('draws each askIf as edges from exactly the questions it reads to the question it gates', () => {
    for (const q of questionnaire.questions) {
      const into = edgesInto(q.id, 'askIf');
      expect(sourcesOf(into), q.id).toEqual(q.askIf ? read(q.askIf) : new Set());
    }
    // Art. 4 a) (personal use) is asked only of an AI system in the sense of art. 6 j).
    expect(edgesInto(Q.personalUse, 'askIf').map((e) => e.from)).toEqual([Q.isAiSystem]);
    // The prohibitions of art. 23.1 are asked of every system within scope: through the one
    // named condition, which reads the scope questions of arts. 6 j) and 4.
    expect(edgesInto(Q.manipulation, 'askIf').map((e) => e.from)).toEqual([conditionNode('in_scope')]);
    expect(sourcesOf(edgesInto(Q.manipulation, 'askIf'))).toEqual(new Set([Q.isAiSystem, Q.personalUse, Q.defenceUse, Q.defencePrinciples]));
  });

  it('draws each rule from the questions its condition and exceptions read, to its own outcome', () => {
    for (const rule of questionnaire.rules) {
      expect(sourcesOf(edgesInto(rule.id, 'when')), rule.id).toEqual(read(rule.when));
      const exceptions = (rule.unless ?? []).flatMap((u) => [...read(u.when)]);
      expect(sourcesOf(edgesInto(rule.id, 'unless')), rule.id).toEqual(new Set(exceptions));
      const out = graph.edges.filter((e) => e.from === rule.id);
      expect(
        out.map((e) => [e.kind, e.to]),
        rule.id,
      ).toEqual([['leadsTo', outcomeNode(rule.outcome)]]);
    }
    // Acceptable and undetermined are what remains (art. 22.2; arts. 23.3 and 24.2): no rule leads there.
    expect(edgesInto(outcomeNode('riesgo_aceptable'), 'leadsTo')).toEqual([]);
    expect(edgesInto(outcomeNode('indeterminado'), 'leadsTo')).toEqual([]);
  });

  it('lays the boxes apart, and runs every line between them, from its source to its target', () => {
    const inside = (n: GraphNode, x: number, y: number) => x > n.x + 1 && x < n.x + n.width - 1 && y > n.y + 1 && y < n.y + n.height - 1;
    const onBorder = (n: GraphNode, p: { x: number; y: number }) =>
      p.x >= n.x - 0.5 && p.x <= n.x + n.width + 0.5 && p.y >= n.y - 0.5 && p.y <= n.y + n.height + 0.5 && !inside(n, p.x, p.y);
    for (const a of graph.nodes) {
      for (const b of graph.nodes) {
        if (a === b) continue;
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `${a.id} / ${b.id}`).toBe(true);
      }
    }
    for (const e of graph.edges) {
      expect(onBorder(node(e.from), e.points[0]!), `${e.id} starts on its source`).toBe(true);
      expect(onBorder(node(e.to), e.points.at(-1)!), `${e.id} ends on its target`).toBe(true);
      for (let i = 1; i < e.points.length; i++) {
        const [p, q] = [e.points[i - 1]!, e.points[i]!];
        expect(p.x === q.x || p.y === q.y, `${e.id} segment ${i} is straight`).toBe(true);
        // Sampled every pixel: no point of the line is inside a box.
        const steps = Math.max(Math.abs(q.x - p.x), Math.abs(q.y - p.y));
        for (let s = 0; s <= steps; s++) {
          const x = p.x + ((q.x - p.x) * s) / (steps || 1);
          const y = p.y + ((q.y - p.y) * s) / (steps || 1);
          const hit = graph.nodes.find((n) => inside(n, x, y));
          expect(hit?.id, `${e.id} crosses a box at ${x},${y}`).toBeUndefined();
        }
      }
      for (const p of e.points) expect(p.x >= 0 && p.x <= graph.width && p.y >= 0 && p.y <= graph.height, e.id).toBe(true);
    }
    for (const n of graph.nodes) expect(n.x >= 0 && n.x + n.width <= graph.width && n.y >= 0 && n.y + n.height <= graph.height, n.id).toBe(true);
    // Wider than tall, so the drawing fills a landscape page rather than a sliver of it.
    expect(graph.width / graph.height).toBeGreaterThan(1.2);
    expect(graph.width / graph.height).toBeLessThan(1.8);
  });

  it('marks the path of the fintech credit score: 24.1 g) and 24.1 i) met, high risk reached', () => {
    // The example's note argues its outcome and clauses from the text: scoring applicants
    // decides access to credit (art. 24.1 g)) and evaluates their income, sensitive personal
    // data on the tool's reading of art. 24.1 i) (Ley 29733, art. 2.5).
    const example = examples.find((e) => e.id === 'puntaje-credito-fintech')!;
    // Opened from the gallery, the example's name and description are filled in (from locales/).
    const answers = { ...example.answers, [Q.systemName]: 'Puntaje', [Q.systemDescription]: 'Puntaje de crédito' };
    const asked = new Set(reachableQuestions(content, answers).map((q) => q.id));
    const result = classify(content, answers, { today: '2026-06-01' });
    const path = pathThrough(graph, {
      answered: new Set([...asked].filter((id) => id in answers)),
      met: new Set(result.clausesMet.map((m) => m.ruleId)),
      excepted: new Set(result.exceptionsApplied.map((e) => e.ruleId)),
      reached: result.complete ? result.outcome : null,
    });
    const creditRule = questionnaire.rules.find((r) => read(r.when).has(Q.creditScoring) && r.outcome === 'riesgo_alto')!;
    const sensitiveRule = questionnaire.rules.find((r) => read(r.when).has(Q.sensitiveDataEvaluation))!;
    const onPath = (kind: GraphNode['kind']) => graph.nodes.filter((n) => n.kind === kind && path.has(n.id)).map((n) => n.id);
    expect(onPath('rule').sort()).toEqual([creditRule.id, sensitiveRule.id].sort());
    expect(onPath('outcome')).toEqual([outcomeNode('riesgo_alto')]);
    // Within scope: an AI system, not personal use, not defence; so the defence proviso is not asked.
    expect(onPath('condition')).toEqual([conditionNode('in_scope')]);
    expect(path.has(Q.defencePrinciples)).toBe(false);
    expect(path.has(`askIf:${conditionNode('in_scope')}>${Q.creditScoring}`)).toBe(true);
    expect(path.has(`when:${Q.creditScoring}>${creditRule.id}`)).toBe(true);
    expect(path.has(`leadsTo:${creditRule.id}>${outcomeNode('riesgo_alto')}`)).toBe(true);
    // Every answer given is on the path, and nothing that was not asked.
    expect(onPath('question').sort()).toEqual(Object.keys(answers).sort());
    // An edge is on the path only between two nodes on it.
    for (const e of graph.edges) if (path.has(e.id)) expect(path.has(e.from) && (e.kind === 'unless' || path.has(e.to)), e.id).toBe(true);
  });
});
