// The decision map drawn: the graph model (questionnaire/decisionGraph.ts) rendered as one SVG
// with a viewBox, so browser zoom, pinch and print scale it. The open assessment's path is
// drawn three ways at once, for a washed-out projector and a black-and-white printer: a heavier
// line, doubled (an ink stroke with a paper stroke inside it), and a ✓ in the box's text.
import type { TFunction } from 'i18next';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionGraph, GraphEdge, GraphNode, Point } from '../questionnaire/decisionGraph';
import { dataText } from '../questionnaire/texts';

export interface DiagramLabels {
  /** Text of a question's box beyond its number: the answer, on the path. */
  answer(questionId: string): string | null;
  /** A rule's most specific clause, "Art. 24.1 g)". */
  clause(ruleId: string): string;
  /** An outcome box's second line (the article for the outcomes no rule establishes). */
  outcomeCites(outcome: string): string | null;
}

interface Props {
  graph: DecisionGraph;
  path: ReadonlySet<string>;
  excepted: ReadonlySet<string>;
  labels: DiagramLabels;
  /** Read by screen readers in place of the drawing (see the comment on the svg). */
  summary: string;
  onShowText: () => void;
}

const MIN_ZOOM = 0.25;
const MAX_ZOOM = 3;
const STEP = 1.5;
const PRESENTER_ZOOM = 1.25;

/** An orthogonal route with its corners rounded, so crossing lines stay distinguishable. */
function routeOf(points: Point[], radius = 5): string {
  let d = `M${points[0]!.x},${points[0]!.y}`;
  for (let i = 1; i < points.length - 1; i++) {
    const [a, b, c] = [points[i - 1]!, points[i]!, points[i + 1]!];
    const r = Math.min(radius, Math.hypot(b.x - a.x, b.y - a.y) / 2, Math.hypot(c.x - b.x, c.y - b.y) / 2);
    const toward = (p: Point, q: Point) => {
      const len = Math.hypot(q.x - p.x, q.y - p.y) || 1;
      return { x: p.x + ((q.x - p.x) / len) * r, y: p.y + ((q.y - p.y) / len) * r };
    };
    const before = toward(b, a);
    const after = toward(b, c);
    d += ` L${before.x},${before.y} Q${b.x},${b.y} ${after.x},${after.y}`;
  }
  const last = points.at(-1)!;
  return `${d} L${last.x},${last.y}`;
}

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function nodeLines(t: TFunction<'pages'>, node: GraphNode, on: boolean, excepted: boolean, labels: DiagramLabels): string[] {
  const mark = (text: string) => (on ? `✓ ${text}` : text);
  switch (node.kind) {
    case 'question': {
      const answer = on ? labels.answer(node.id) : null;
      return [t('map.number', { n: node.number }), ...(answer !== null ? [`✓ ${shorten(answer, 12)}`] : [])];
    }
    case 'condition':
      return [mark(dataText(t)(`map.diagram.condition.${node.name}`))];
    case 'rule': {
      // "Art. 24.1 e), condiciones laborales": the article on the first line, the rest below it.
      const [head, ...rest] = labels.clause(node.id).split(', ');
      const tail = rest.join(', ').replace(/\s*\(.*\)$/, '');
      return [excepted ? `⊘ ${head!}` : mark(head!), ...(tail ? [shorten(tail, 24)] : []), `→ ${t(`map.diagram.outcome.${node.outcome!}`)}`];
    }
    case 'outcome': {
      const cites = labels.outcomeCites(node.outcome!);
      return [t(`map.diagram.outcome.${node.outcome!}`), ...(cites ? [cites] : []), ...(on ? [`✓ ${t('map.diagram.reached')}`] : [])];
    }
  }
}

function Edge({ edge, on }: { edge: GraphEdge; on: boolean }) {
  const d = routeOf(edge.points);
  const end = edge.kind === 'unless' ? 'url(#map-tee)' : on ? 'url(#map-arrow-path)' : 'url(#map-arrow)';
  return (
    <g className={`map-edge map-edge--${edge.kind}${on ? ' map-edge--path' : ''}`} data-edge={edge.id}>
      <path className="map-edge__line" d={d} markerEnd={end} />
      {on ? <path className="map-edge__inner" d={d} /> : null}
    </g>
  );
}

function Node({ t, node, on, excepted, labels }: { t: TFunction<'pages'>; node: GraphNode; on: boolean; excepted: boolean; labels: DiagramLabels }) {
  const lines = nodeLines(t, node, on, excepted, labels);
  const { x, y, width, height } = node;
  const lineHeight = node.kind === 'outcome' ? 20 : lines.length > 2 ? 14 : 17;
  const top = y + height / 2 - ((lines.length - 1) * lineHeight) / 2;
  return (
    <g className={`map-box map-box--${node.kind}${node.outcome ? ` map-box--${node.outcome}` : ''}${on ? ' map-box--path' : ''}`} data-node={node.id}>
      <rect x={x} y={y} width={width} height={height} rx={4} />
      {node.kind === 'rule' || node.kind === 'outcome' ? <rect className="map-box__stripe" x={x} y={y} width={6} height={height} /> : null}
      {on ? <rect className="map-box__inner" x={x + 4} y={y + 4} width={width - 8} height={height - 8} rx={2} /> : null}
      {lines.map((line, i) => (
        <text
          key={i}
          x={x + width / 2}
          y={top + i * lineHeight}
          className={i === 0 && node.kind !== 'condition' ? 'map-box__head' : node.kind === 'rule' && i < lines.length - 1 ? 'map-box__sub' : undefined}
        >
          {line}
        </text>
      ))}
    </g>
  );
}

export function DecisionMapDiagram({ graph, path, excepted, labels, summary, onShowText }: Props) {
  const { t } = useTranslation('pages');
  const text = dataText(t);
  /** 'fit': the whole drawing in the window; a number: CSS pixels per unit of the viewBox. */
  // Presenting starts at a size read from the back of a room; otherwise the whole at a glance.
  const [zoom, setZoom] = useState<number | 'fit'>(() => (document.documentElement.hasAttribute('data-presenter') ? PRESENTER_ZOOM : 'fit'));
  const svg = useRef<SVGSVGElement>(null);

  const scale = () => {
    if (zoom !== 'fit') return zoom;
    const box = svg.current?.getBoundingClientRect();
    return box ? Math.min(box.width / graph.width, box.height / graph.height) : 1;
  };
  const zoomBy = (factor: number) => setZoom(Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.round(scale() * factor * 100) / 100)));
  const onKey = (e: KeyboardEvent) => {
    const act = { '+': () => zoomBy(STEP), '=': () => zoomBy(STEP), '-': () => zoomBy(1 / STEP), '0': () => setZoom('fit') }[e.key];
    if (!act || e.ctrlKey || e.metaKey || e.altKey) return;
    e.preventDefault();
    act();
  };

  // Edges first, the path's last, so a path line is never hidden under another.
  const edges = [...graph.edges].sort((a, b) => Number(path.has(a.id)) - Number(path.has(b.id)));
  const size = zoom === 'fit' ? undefined : { width: graph.width * zoom, height: graph.height * zoom };

  return (
    <figure className="map-diagram" aria-labelledby="map-diagram-caption">
      <figcaption id="map-diagram-caption" className="map-diagram__caption">
        {t('map.diagram.caption')}
      </figcaption>
      <div className="map-diagram__tools no-print">
        <button type="button" className="button button--secondary" onClick={() => zoomBy(1 / STEP)} aria-label={t('map.diagram.zoomOut')}>
          −
        </button>
        <button type="button" className="button button--secondary" onClick={() => zoomBy(STEP)} aria-label={t('map.diagram.zoomIn')}>
          +
        </button>
        <button type="button" className="button button--secondary" onClick={() => setZoom('fit')} aria-pressed={zoom === 'fit'}>
          {t('map.diagram.fit')}
        </button>
        <output className="map-diagram__level" aria-live="polite">
          {zoom === 'fit' ? t('map.diagram.fitted') : t('map.diagram.level', { percent: Math.round(zoom * 100) })}
        </output>
        <button type="button" className="inline-link" onClick={onShowText}>
          {t('map.diagram.toText')}
        </button>
      </div>
      <ul className="map-diagram__legend">
        <li>{t('map.diagram.legendPath')}</li>
        <li>{t('map.diagram.legendEdges')}</li>
      </ul>
      {/* A scrollable region must take focus for the keyboard to scroll it (arrows); with focus
          it also zooms (+, −, 0), the buttons' shortcuts. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <div
        className={`map-diagram__viewport${zoom === 'fit' ? ' map-diagram__viewport--fit' : ''}`}
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        role="region"
        aria-label={t('map.diagram.viewport')}
        onKeyDown={onKey}
      >
        {/* One image to a screen reader: its title, and a description that says what it shows,
            the path in words and where the full text is. Ninety-odd boxes read one by one would
            be the list below without its sentences; the list is the accessible version. */}
        <svg
          ref={svg}
          role="img"
          aria-labelledby="map-diagram-title map-diagram-desc"
          viewBox={`0 0 ${graph.width} ${graph.height}`}
          style={size}
          className="map-diagram__svg"
        >
          <title id="map-diagram-title">{t('map.diagram.caption')}</title>
          <desc id="map-diagram-desc">{summary}</desc>
          <defs>
            <marker id="map-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" markerUnits="userSpaceOnUse" orient="auto">
              <path d="M0,0 L10,5 L0,10 z" className="map-marker" />
            </marker>
            <marker id="map-arrow-path" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="14" markerHeight="14" markerUnits="userSpaceOnUse" orient="auto">
              <path d="M0,0 L10,5 L0,10 z" className="map-marker map-marker--path" />
            </marker>
            <marker id="map-tee" viewBox="0 0 4 10" refX="3" refY="5" markerWidth="4" markerHeight="12" markerUnits="userSpaceOnUse" orient="auto">
              <path d="M0,0 H4 V10 H0 z" className="map-marker" />
            </marker>
          </defs>
          {graph.sections.map((s) => (
            <text key={s.id} x={s.x + 8} y={s.y + 20} className="map-section">
              {text(`sections.${s.id}`, { ns: 'questionnaire' })}
            </text>
          ))}
          {edges.map((e) => (
            <Edge key={e.id} edge={e} on={path.has(e.id)} />
          ))}
          {graph.nodes.map((n) => (
            <Node key={n.id} t={t} node={n} on={path.has(n.id)} excepted={excepted.has(n.id)} labels={labels} />
          ))}
        </svg>
      </div>
    </figure>
  );
}
