import { defineNode } from './node.ts';
import type { ExpressionNode } from './expression-node.ts';

/**
 * A payload value (Parameters, Arguments, ItemSelector, ResultSelector, Output, Assign, Result,
 * Credentials…): JSON literals, expressions, and tagged objects and arrays. Objects and arrays are
 * tagged so that a user object with a `kind` key is never mistaken for a node.
 */
export type ValueNode = null | boolean | number | string | ExpressionNode | ObjectNode | ArrayNode;

/** An object of a payload, entries in their written order. */
export interface ObjectNode {
  readonly kind: 'Object';
  readonly entries: readonly ObjectEntry[];
}
export const ObjectNode = defineNode<ObjectNode>('Object');

/**
 * One entry of an object. `key` is the key as the user wrote it; the emitter appends `.$` when
 * the value is a JSONPath reference or an intrinsic call. `rawDollarKey` marks a key the user
 * already spelled with `.$`, whose string value is emitted verbatim.
 */
export interface ObjectEntry {
  readonly key: string;
  readonly value: ValueNode;
  readonly rawDollarKey?: boolean;
}

/** An array of a payload. */
export interface ArrayNode {
  readonly kind: 'Array';
  readonly items: readonly ValueNode[];
}
export const ArrayNode = defineNode<ArrayNode>('Array');
