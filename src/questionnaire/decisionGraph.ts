// The decision map as a diagram: nodes with positions and edges with routes, computed from
// the questionnaire data alone (no DOM), so the drawing is tested like any other data.
//
// Layout: one column per section, in the questionnaire's order, wrapped into tiers so the
// whole fits a landscape page. In a column the questions stand one per row, in the order they
// are asked; each rule stands to the right of the question where it can first be decided
// (decisionMap.ts) and points to its outcome in the outcome column on the right. A named
// condition (in_scope) is a node of its own in the section of the questions it reads: the
// questions it gates would otherwise each need an edge from every one of those questions.
//
// Routing keeps every line in the free space between boxes: askIf edges run in the lanes left
// of the questions, rule conditions in the lanes between questions and rules, and long edges
// (a named condition, a rule's outcome) along the lanes above and below each tier.
import { decisionMap } from './decisionMap';
import type { Condition, Questionnaire, RuleOutcome } from './schema';
import { OUTCOMES } from './vocabulary';

export type NodeKind = 'question' | 'condition' | 'rule' | 'outcome';
/** askIf: the source is read to decide whether the target is asked; reads: a question a named
 *  condition reads; when / unless: a question a rule (or its exception) reads; leadsTo: a
 *  rule to its outcome. */
export type EdgeKind = 'askIf' | 'reads' | 'when' | 'unless' | 'leadsTo';

export interface Point {
  x: number;
  y: number;
}

export interface GraphNode {
  /** The question or rule id; `cond:<name>` and `out:<outcome>` for the others. */
  id: string;
  kind: NodeKind;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Questions: the 1-based position in the questionnaire, "P12". */
  number?: number;
  /** Rules and outcomes. */
  outcome?: (typeof OUTCOMES)[number];
  /** Named conditions. */
  name?: string;
}

export interface GraphEdge {
  id: string;
  kind: EdgeKind;
  from: string;
  to: string;
  /** An orthogonal route, from the source's side to the target's. */
  points: Point[];
}

export interface GraphSection {
  id: string;
  x: number;
  y: number;
  width: number;
}

export interface DecisionGraph {
  width: number;
  height: number;
  sections: GraphSection[];
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export const conditionNode = (name: string) => `cond:${name}`;
export const outcomeNode = (outcome: string) => `out:${outcome}`;

/** Sections per tier: five wide gives a drawing about as wide as an A4 landscape page. */
const PER_TIER = 5;
const Q_W = 116;
const R_W = 140;
const BOX_H = 46;
const ROW = 54;
/** Left of a column: the bus drop of named conditions, then the askIf lanes. */
const LEFT = 64;
/** Between questions and rules: the lanes of the rules' conditions. */
const MID = 40;
/** Right of a column: one drop per outcome a rule can lead to. */
const RIGHT = 36;
const HEADER = 30;
const LANE = 7;
const O_W = 190;
const O_H = 72;
const RULE_OUTCOMES: RuleOutcome[] = ['fuera_de_ambito', 'uso_indebido', 'riesgo_alto'];

/** What a condition reads directly: questions, and named conditions as a whole. */
function directReads(cond: Condition): { questions: string[]; names: string[] } {
  if ('q' in cond) return { questions: [cond.q], names: [] };
  if ('ref' in cond) return { questions: [], names: [cond.ref] };
  const parts = 'all' in cond ? cond.all : 'any' in cond ? cond.any : [cond.not];
  const reads = parts.map(directReads);
  return { questions: reads.flatMap((r) => r.questions), names: reads.flatMap((r) => r.names) };
}

const unique = <T>(xs: T[]) => [...new Set(xs)];

interface Placed extends GraphNode {
  column: number;
  tier: number;
}

interface Column {
  x: number;
  width: number;
  tier: number;
  /** Right edge of the question boxes. */
  questionsRight: number;
}

/** Greedy lane choice: the first lane where the new vertical run overlaps no run of an edge
 *  with another source and another target (runs that share an end read as one fan). */
function laneFinder() {
  const lanes: { from: string; to: string; lo: number; hi: number }[][] = [];
  return (from: string, to: string, y1: number, y2: number) => {
    const lo = Math.min(y1, y2);
    const hi = Math.max(y1, y2);
    const fits = (lane: (typeof lanes)[number]) => lane.every((r) => r.from === from || r.to === to || r.hi + 4 < lo || hi + 4 < r.lo);
    let k = lanes.findIndex(fits);
    if (k < 0) k = lanes.push([]) - 1;
    lanes[k]!.push({ from, to, lo, hi });
    return k;
  };
}

export function decisionGraph(questionnaire: Questionnaire): DecisionGraph {
  const map = decisionMap(questionnaire);
  const named = Object.keys(questionnaire.conditions);
  const order = new Map(questionnaire.questions.map((q, i) => [q.id, i]));
  const sectionOf = new Map(questionnaire.questions.map((q) => [q.id, q.section]));
  // A named condition is placed in the section of the last question it reads.
  const conditionSection = new Map(
    named.map((name) => {
      const read = directReads(questionnaire.conditions[name]!).questions;
      const last = read.reduce((a, b) => (order.get(b)! > order.get(a)! ? b : a));
      return [name, sectionOf.get(last)!];
    }),
  );

  const busLanes = named.length * LANE + 8;
  const nodes: Placed[] = [];
  const columns: Column[] = [];
  const sections: GraphSection[] = [];
  const tierTop: number[] = [];
  const tierBottom: number[] = [];
  const tierRight: number[] = [];

  let y0 = 0;
  for (let start = 0; start < map.length; start += PER_TIER) {
    const tier = tierTop.length;
    tierTop.push(y0);
    const rowsTop = y0 + HEADER + busLanes;
    let x = 12 + named.length * LANE;
    let bottom = rowsTop;
    for (const section of map.slice(start, start + PER_TIER)) {
      const hasRules = section.nodes.some((n) => n.rules.length > 0);
      const width = LEFT + Q_W + (hasRules ? MID + R_W : 0) + RIGHT;
      const column = columns.push({ x, width, tier, questionsRight: x + LEFT + Q_W }) - 1;
      sections.push({ id: section.id, x, y: y0, width });
      let row = 0;
      const at = (r: number) => rowsTop + r * ROW;
      for (const { question, number, rules } of section.nodes) {
        nodes.push({ id: question.id, kind: 'question', x: x + LEFT, y: at(row), width: Q_W, height: BOX_H, number, column, tier });
        rules.forEach((rule, i) =>
          nodes.push({ id: rule.id, kind: 'rule', x: x + LEFT + Q_W + MID, y: at(row + i), width: R_W, height: BOX_H, outcome: rule.outcome, column, tier }),
        );
        row += Math.max(1, rules.length);
      }
      for (const name of named.filter((n) => conditionSection.get(n) === section.id)) {
        nodes.push({ id: conditionNode(name), kind: 'condition', x: x + LEFT, y: at(row), width: Q_W, height: BOX_H, name, column, tier });
        row += 1;
      }
      bottom = Math.max(bottom, at(row) - (ROW - BOX_H));
      x += width;
    }
    tierBottom.push(bottom);
    tierRight.push(x);
    y0 = bottom + 12 + RULE_OUTCOMES.length * LANE + 16;
  }

  const trunkX = Math.max(...tierRight) + 12;
  const outcomeX = trunkX + RULE_OUTCOMES.length * LANE + 16;
  const height = y0;
  const step = (height - OUTCOMES.length * O_H) / (OUTCOMES.length + 1);
  OUTCOMES.forEach((outcome, i) =>
    nodes.push({ id: outcomeNode(outcome), kind: 'outcome', x: outcomeX, y: step + i * (O_H + step), width: O_W, height: O_H, outcome, column: -1, tier: -1 }),
  );

  const byId = new Map(nodes.map((n) => [n.id, n]));
  const mid = (n: GraphNode) => n.y + n.height / 2;
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  const leftLane = new Map<number, ReturnType<typeof laneFinder>>();
  const midLane = new Map<number, ReturnType<typeof laneFinder>>();
  const lanesOf = (m: Map<number, ReturnType<typeof laneFinder>>, column: number) => m.get(column) ?? m.set(column, laneFinder()).get(column)!;

  // From a source left through the lanes above the tiers, down the target column's left edge.
  const bus = (from: Placed, to: Placed, lane: number): Point[] => {
    const dropX = (c: number) => columns[c]!.x + 4 + lane * LANE;
    const laneY = (t: number) => tierTop[t]! + HEADER + 4 + lane * LANE;
    const start = { x: from.x, y: mid(from) };
    const up = [
      { x: dropX(from.column), y: start.y },
      { x: dropX(from.column), y: laneY(from.tier) },
    ];
    const across =
      from.tier === to.tier
        ? []
        : [
            { x: 4 + lane * LANE, y: laneY(from.tier) },
            { x: 4 + lane * LANE, y: laneY(to.tier) },
          ];
    const end = mid(to) - 8;
    return [start, ...up, ...across, { x: dropX(to.column), y: laneY(to.tier) }, { x: dropX(to.column), y: end }, { x: to.x, y: end }];
  };

  const add = (kind: EdgeKind, fromId: string, toId: string) => {
    const id = `${kind}:${fromId}>${toId}`;
    if (seen.has(id)) return;
    seen.add(id);
    const from = byId.get(fromId)!;
    const to = byId.get(toId)!;
    let points: Point[];
    if (kind === 'leadsTo') {
      const k = RULE_OUTCOMES.indexOf(to.outcome as RuleOutcome);
      const dropX = columns[from.column]!.x + columns[from.column]!.width - RIGHT + 8 + k * LANE;
      const laneY = tierBottom[from.tier]! + 12 + k * LANE;
      const trunk = trunkX + (RULE_OUTCOMES.length - 1 - k) * LANE;
      points = [
        { x: from.x + from.width, y: mid(from) },
        { x: dropX, y: mid(from) },
        { x: dropX, y: laneY },
        { x: trunk, y: laneY },
        { x: trunk, y: mid(to) },
        { x: to.x, y: mid(to) },
      ];
    } else if (from.column !== to.column || from.kind === 'condition') {
      points = bus(from, to, Math.max(0, named.indexOf(from.name ?? '')));
    } else if (to.kind === 'rule') {
      const y1 = mid(from);
      const y2 = mid(to) + (kind === 'unless' ? 8 : -8);
      const k = lanesOf(midLane, from.column)(`${kind}${fromId}`, `${kind}${toId}`, y1, y2);
      const x = columns[from.column]!.questionsRight + 10 + k * LANE;
      points = [
        { x: from.x + from.width, y: y1 },
        { x, y: y1 },
        { x, y: y2 },
        { x: to.x, y: y2 },
      ];
    } else {
      // Within a column, downward: out of the source's lower left, into the target's upper left.
      const y1 = mid(from) + 8;
      const y2 = mid(to) - 8;
      const k = lanesOf(leftLane, from.column)(fromId, toId, y1, y2);
      const x = from.x - 10 - k * LANE;
      points = [
        { x: from.x, y: y1 },
        { x, y: y1 },
        { x, y: y2 },
        { x: to.x, y: y2 },
      ];
    }
    edges.push({ id, kind, from: fromId, to: toId, points });
  };

  const readsOf = (cond: Condition) => {
    const { questions, names } = directReads(cond);
    return unique([...questions, ...names.map(conditionNode)]);
  };
  for (const name of named) for (const q of readsOf(questionnaire.conditions[name]!)) add('reads', q, conditionNode(name));
  for (const question of questionnaire.questions) for (const from of question.askIf ? readsOf(question.askIf) : []) add('askIf', from, question.id);
  for (const rule of questionnaire.rules) {
    for (const from of readsOf(rule.when)) add('when', from, rule.id);
    for (const exception of rule.unless ?? []) for (const from of readsOf(exception.when)) add('unless', from, rule.id);
    add('leadsTo', rule.id, outcomeNode(rule.outcome));
  }

  return {
    width: outcomeX + O_W + 12,
    height,
    sections,
    nodes: nodes.map(({ column: _c, tier: _t, ...node }) => node),
    edges,
  };
}

/** What the open assessment went through, in the terms of the drawing. */
export interface PathInput {
  /** Questions asked and answered. */
  answered: ReadonlySet<string>;
  /** Rules met, and rules whose exception applied. */
  met: ReadonlySet<string>;
  excepted: ReadonlySet<string>;
  /** The outcome, when the assessment is complete. */
  reached: string | null;
}

/** The ids of the nodes and edges on the open assessment's path. A named condition is on it
 *  when a question it gates was answered: the flow went through it (true, or left open by a
 *  «No sé»). A rule's outcome edge is on it only when that outcome is the one reached. */
export function pathThrough(graph: DecisionGraph, { answered, met, excepted, reached }: PathInput): Set<string> {
  const on = new Set<string>();
  for (const n of graph.nodes) {
    if (n.kind === 'question' && answered.has(n.id)) on.add(n.id);
    if (n.kind === 'rule' && met.has(n.id)) on.add(n.id);
    if (n.kind === 'outcome' && reached !== null && n.id === outcomeNode(reached)) on.add(n.id);
  }
  for (const e of graph.edges) if (e.kind === 'askIf' && e.from.startsWith('cond:') && answered.has(e.to)) on.add(e.from);
  for (const e of graph.edges) {
    const both = on.has(e.from) && on.has(e.to);
    if (e.kind === 'unless' ? on.has(e.from) && excepted.has(e.to) : both) on.add(e.id);
  }
  return on;
}
