import { COMPARISON_OPERATORS, TYPE_TEST_OPERATORS } from '../asl/names.ts';
import { defineNode } from './node.ts';

export { COMPARISON_OPERATORS, TYPE_TEST_OPERATORS };
import type { JsonataNode } from './expression-node.ts';
import type { ObjectNode, ValueNode } from './value-node.ts';

/** A JSONPath comparison operator. */
export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];
/** A JSONPath type-test operator. */
export type TypeTestOperator = (typeof TYPE_TEST_OPERATORS)[number];

/** `Variable` + operator + value. `operator` may carry the `Path` suffix (value is then a path). */
export interface ComparisonNode {
  readonly kind: 'Comparison';
  readonly variable: string;
  readonly operator: string;
  readonly value: string | number | boolean;
  /** The `Comment` of a nested rule (inside `And`, `Or`, `Not`). */
  readonly comment?: string;
}
export const ComparisonNode = defineNode<ComparisonNode>('Comparison');

/** `And` / `Or` of conditions. */
export interface CompoundNode {
  readonly kind: 'Compound';
  readonly operator: 'And' | 'Or';
  readonly conditions: readonly ConditionNode[];
  /** The `Comment` of a nested rule (inside `And`, `Or`, `Not`). */
  readonly comment?: string;
}
export const CompoundNode = defineNode<CompoundNode>('Compound');

/** `Not` of a condition. */
export interface NotNode {
  readonly kind: 'Not';
  readonly condition: ConditionNode;
  /** The `Comment` of a nested rule (inside `And`, `Or`, `Not`). */
  readonly comment?: string;
}
export const NotNode = defineNode<NotNode>('Not');

/** A JSONata `Condition` (an expression, or a literal boolean). */
export interface JsonataConditionNode {
  readonly kind: 'JsonataCondition';
  readonly condition: JsonataNode | boolean;
}
export const JsonataConditionNode = defineNode<JsonataConditionNode>('JsonataCondition');

/** Any condition. */
export type ConditionNode = ComparisonNode | CompoundNode | NotNode | JsonataConditionNode;

/** One top-level Choice rule. */
export interface ChoiceRuleNode {
  readonly kind: 'ChoiceRule';
  readonly condition: ConditionNode;
  readonly comment?: string;
  readonly output?: ValueNode;
  readonly assign?: ObjectNode;
  readonly next: string;
}
export const ChoiceRuleNode = defineNode<ChoiceRuleNode>('ChoiceRule');
