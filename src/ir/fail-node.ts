import { defineNode } from './node.ts';
import type { IntrinsicNode, JsonataNode, JsonPathNode } from './expression-node.ts';
import type { StateBase } from './state-base.ts';

/** A value of Fail's Error / Cause: literal, path (`…Path`), intrinsic (`…Path`) or JSONata. */
export type FailField = string | JsonPathNode | IntrinsicNode | JsonataNode;

/** A Fail state. */
export interface FailNode extends StateBase {
  readonly kind: 'Fail';
  readonly error?: FailField;
  readonly cause?: FailField;
}
export const FailNode = defineNode<FailNode>('Fail');
