import { defineNode } from './node.ts';
import type { StateNode } from './state-node.ts';

/** A state graph: the top level, a Parallel branch, or a Map item processor. */
export interface GraphNode {
  readonly kind: 'Graph';
  readonly comment?: string;
  readonly startAt: string;
  /** States in emission order (see src/emit/README.md). */
  readonly states: readonly StateNode[];
}
export const GraphNode = defineNode<GraphNode>('Graph');
