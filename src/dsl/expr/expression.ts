import type {
  IntrinsicNode,
  JsonataNode,
  JsonPathNode,
  PlaceholderNode,
  SubstitutionNode,
} from '../../ir/expression-node.ts';

/** Type-only brand: values built by the DSL's expression helpers, never plain objects. */
declare const EXPRESSION: unique symbol;

/** A JSONPath reference built by {@link path}, {@link contextPath} or {@link variable}. */
export type JsonPath = JsonPathNode & { readonly [EXPRESSION]: 'JsonPath' };
/** An intrinsic-function call built by a `States.*` helper. */
export type Intrinsic = IntrinsicNode & { readonly [EXPRESSION]: 'Intrinsic' };
/** A JSONata expression built by {@link jsonata}. */
export type Jsonata = JsonataNode & { readonly [EXPRESSION]: 'Jsonata' };
/** A deploy-time placeholder built by {@link placeholder}. */
export type Placeholder = PlaceholderNode & { readonly [EXPRESSION]: 'Placeholder' };

/** A string with deploy-time placeholders inside it, built by {@link sub}. */
export type Substitution = SubstitutionNode & { readonly [EXPRESSION]: 'Substitution' };

/** Any DSL expression value. */
export type Expression = JsonPath | Intrinsic | Jsonata | Placeholder | Substitution;

const registry = new WeakSet<object>();

/** Marks an IR expression node as built by the DSL. @internal */
export function brand<T extends object>(node: T): T {
  registry.add(node);
  return node;
}

/**
 * True when `value` was built by one of the DSL's expression helpers. A plain object that merely
 * looks like one (`{ kind: 'JsonPath', path: '$.a' }`) is a literal, not an expression.
 *
 * @example
 * ```ts
 * isExpression(path('$.a')); // true
 * isExpression({ kind: 'JsonPath', path: '$.a' }); // false
 * ```
 */
export function isExpression(value: unknown): value is Expression {
  return typeof value === 'object' && value !== null && registry.has(value);
}
