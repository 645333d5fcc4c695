import { defineNode } from './node.ts';
import type { ObjectNode, ValueNode } from './value-node.ts';

/** One `Catch` entry; `next` is the name of the handler's first state. */
export interface CatcherNode {
  readonly kind: 'Catcher';
  readonly errorEquals: readonly string[];
  readonly comment?: string;
  /** A reference path, or `null` to discard the error output. */
  readonly resultPath?: string | null;
  readonly output?: ValueNode;
  readonly assign?: ObjectNode;
  readonly next: string;
}
export const CatcherNode = defineNode<CatcherNode>('Catcher');
