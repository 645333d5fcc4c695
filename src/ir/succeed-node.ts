import { defineNode } from './node.ts';
import type { PathIo, StateBase } from './state-base.ts';
import type { ValueNode } from './value-node.ts';

/** A Succeed state. */
export interface SucceedNode extends StateBase, PathIo {
  readonly kind: 'Succeed';
  readonly output?: ValueNode;
}
export const SucceedNode = defineNode<SucceedNode>('Succeed');
