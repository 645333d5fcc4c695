/**
 * `aslc/render`: human-facing diagrams of any ASL JSON definition (Mermaid, Graphviz DOT, SVG).
 *
 * @example
 * ```ts
 * import { renderMermaid } from 'aslc/render';
 * const text = renderMermaid({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } });
 * ```
 */
export { renderMermaid, mermaidText } from './mermaid.ts';
export { renderDot, dotString } from './dot.ts';
export { renderSvg } from './svg.ts';
export { buildRenderGraph } from './build-render-graph.ts';
export { decorate } from './overlay.ts';
export type { Decorations, EdgeStatus, RenderOptions, StateStatus } from './overlay.ts';
export { DIAGRAM_FORMATS, diagramFormatFor, type DiagramFormat } from './diagram-format.ts';
export { renderDiagram } from './render-diagram.ts';
export type { DiagramOverlay, OverlayState, OverlayTransition } from '../util/diagram-overlay.ts';
export { choiceRuleLabel } from './choice-label.ts';
export type {
  RenderCluster,
  RenderClusterAnchors,
  RenderEdge,
  RenderEdgeKind,
  RenderGraph,
  RenderItem,
  RenderNode,
} from './render-graph.ts';
