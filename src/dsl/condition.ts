import {
  ComparisonNode,
  CompoundNode,
  JsonataConditionNode,
  NotNode,
  type ConditionNode,
} from '../ir/choice-rule-node.ts';
import { describeValue } from './describe-value.ts';
import { DslError } from './dsl-error.ts';
import { isExpression, type Jsonata, type JsonPath } from './expr/expression.ts';
import { jsonPathProblem } from './expr/jsonpath.ts';

declare const CONDITION: unique symbol;

/** A Choice condition built by a `Condition.*` helper. */
export type Condition = ConditionNode & { readonly [CONDITION]: true };

const registry = new WeakSet<object>();
function brand(node: ConditionNode): Condition {
  registry.add(node);
  return node as Condition;
}

/** True when `value` was built by a `Condition.*` helper. @internal */
function isCondition(value: unknown): value is Condition {
  return typeof value === 'object' && value !== null && registry.has(value);
}

type Variable = string | JsonPath;

function variablePath(variable: Variable, operator: string): string {
  const text = isExpression(variable) && variable.kind === 'JsonPath' ? variable.path : variable;
  const problem = typeof text === 'string' ? jsonPathProblem(text) : 'not a string';
  if (problem !== undefined) {
    throw new DslError(
      'InvalidJsonPath',
      `the Variable of ${operator} must be a JSONPath: ${problem}`,
      {
        field: 'Variable',
        hint: "write e.g. Condition.stringEquals('$.status', 'OK')",
      },
    );
  }
  return text as string;
}

function compare<T extends string | number | boolean>(operator: string, type: string) {
  return (variable: Variable, value: T | JsonPath): Condition => {
    const v = variablePath(variable, operator);
    if (isExpression(value) && value.kind === 'JsonPath') {
      return brand(
        ComparisonNode.create({ variable: v, operator: operator + 'Path', value: value.path }),
      );
    }
    if (typeof value !== type || (typeof value === 'number' && !Number.isFinite(value))) {
      throw new DslError(
        'InvalidFieldValue',
        `${operator} needs a ${type} or a path(), got ${describeValue(value)}`,
        {
          hint: 'compare with a literal of that type, or with path(…) for a value of the input',
          field: operator,
        },
      );
    }
    return brand(ComparisonNode.create({ variable: v, operator, value: value as T }));
  };
}

function typeTest(operator: string) {
  return (variable: Variable, value = true): Condition =>
    brand(ComparisonNode.create({ variable: variablePath(variable, operator), operator, value }));
}

function conditions(list: readonly Condition[], operator: string): ConditionNode[] {
  if (list.length === 0) {
    throw new DslError('InvalidFieldValue', `${operator} needs at least one condition`, {
      hint: 'pass conditions: Condition.and(Condition.isPresent(…), …)',
      field: operator,
    });
  }
  for (const c of list) {
    if (!isCondition(c)) {
      throw new DslError(
        'InvalidFieldValue',
        `${operator} takes conditions built with Condition.*`,
        {
          hint: "build each one with Condition.* (e.g. Condition.stringEquals('$.x', 'a'))",
          field: operator,
        },
      );
    }
  }
  return [...list];
}

/**
 * Choice conditions. JSONPath rules compare a `Variable` (a path) with a literal, or with
 * another path (`…Path` operators, chosen automatically when the value is a `path()`); JSONata
 * rules use `Condition.jsonata(expr)` (or pass `jsonata(expr)` to `when` directly).
 *
 * @example
 * ```ts
 * choice('Size?')
 *   .when(Condition.numericGreaterThan('$.size', 100), pass('Large'))
 *   .when(Condition.and(Condition.isPresent('$.size'), Condition.numericEquals('$.size', 0)), pass('Empty'))
 *   .otherwise(pass('Small'));
 * ```
 */
export const Condition = Object.freeze({
  stringEquals: compare<string>('StringEquals', 'string'),
  stringLessThan: compare<string>('StringLessThan', 'string'),
  stringGreaterThan: compare<string>('StringGreaterThan', 'string'),
  stringLessThanEquals: compare<string>('StringLessThanEquals', 'string'),
  stringGreaterThanEquals: compare<string>('StringGreaterThanEquals', 'string'),
  /** `StringMatches`: `*` matches any characters; escape a literal `*` as `\\*`. */
  stringMatches: (variable: Variable, pattern: string): Condition => {
    if (typeof pattern !== 'string') {
      throw new DslError('InvalidFieldValue', 'StringMatches needs a string pattern', {
        hint: "write a pattern string, e.g. Condition.stringMatches('$.file', '*.csv')",
        field: 'StringMatches',
      });
    }
    return brand(
      ComparisonNode.create({
        variable: variablePath(variable, 'StringMatches'),
        operator: 'StringMatches',
        value: pattern,
      }),
    );
  },
  numericEquals: compare<number>('NumericEquals', 'number'),
  numericLessThan: compare<number>('NumericLessThan', 'number'),
  numericGreaterThan: compare<number>('NumericGreaterThan', 'number'),
  numericLessThanEquals: compare<number>('NumericLessThanEquals', 'number'),
  numericGreaterThanEquals: compare<number>('NumericGreaterThanEquals', 'number'),
  booleanEquals: compare<boolean>('BooleanEquals', 'boolean'),
  timestampEquals: compare<string>('TimestampEquals', 'string'),
  timestampLessThan: compare<string>('TimestampLessThan', 'string'),
  timestampGreaterThan: compare<string>('TimestampGreaterThan', 'string'),
  timestampLessThanEquals: compare<string>('TimestampLessThanEquals', 'string'),
  timestampGreaterThanEquals: compare<string>('TimestampGreaterThanEquals', 'string'),
  isNull: typeTest('IsNull'),
  isPresent: typeTest('IsPresent'),
  isNumeric: typeTest('IsNumeric'),
  isString: typeTest('IsString'),
  isBoolean: typeTest('IsBoolean'),
  isTimestamp: typeTest('IsTimestamp'),
  and: (...all: Condition[]): Condition =>
    brand(CompoundNode.create({ operator: 'And', conditions: conditions(all, 'And') })),
  or: (...any: Condition[]): Condition =>
    brand(CompoundNode.create({ operator: 'Or', conditions: conditions(any, 'Or') })),
  not: (condition: Condition): Condition =>
    brand(NotNode.create({ condition: conditions([condition], 'Not')[0] as ConditionNode })),
  /**
   * A copy of a JSONPath condition with a `Comment`: the comment of a rule nested in `and`,
   * `or` or `not` (a top-level rule takes `{ comment }` in `.when(…)`).
   *
   * @example
   * ```ts
   * Condition.and(
   *   Condition.withComment(Condition.isPresent('$.id'), 'an id was given'),
   *   Condition.stringMatches('$.id', 'ORD-*'),
   * );
   * ```
   */
  withComment: (condition: Condition, comment: string): Condition => {
    const [node] = conditions([condition], 'withComment');
    if (typeof comment !== 'string') {
      throw new DslError('InvalidFieldValue', 'Condition.withComment needs a string comment', {
        hint: "write Condition.withComment(Condition.isPresent('$.a'), 'why')",
        field: 'Comment',
      });
    }
    switch (node?.kind) {
      case 'Comparison':
        return brand(ComparisonNode.cloneWith(node, { comment }));
      case 'Compound':
        return brand(CompoundNode.cloneWith(node, { comment }));
      case 'Not':
        return brand(NotNode.cloneWith(node, { comment }));
      default:
        throw new DslError('InvalidFieldValue', 'a JSONata condition takes no Comment', {
          hint: 'give the rule its comment: .when(condition, target, { comment })',
          field: 'Comment',
        });
    }
  },
  /** A JSONata condition (JSONata states only). */
  jsonata: (expression: Jsonata | boolean): Condition => {
    if (
      typeof expression !== 'boolean' &&
      !(isExpression(expression) && expression.kind === 'Jsonata')
    ) {
      throw new DslError('InvalidFieldValue', 'Condition.jsonata takes jsonata(…) or a boolean', {
        hint: "write Condition.jsonata(jsonata('$states.input.ok')) or Condition.jsonata(true)",
        field: 'Condition',
      });
    }
    return brand(JsonataConditionNode.create({ condition: expression }));
  },
});

/** Turns the first argument of `when` into a condition node. @internal */
export function toCondition(value: Condition | Jsonata | boolean, state: string): ConditionNode {
  if (isCondition(value)) return value;
  if (typeof value === 'boolean' || (isExpression(value) && value.kind === 'Jsonata')) {
    return JsonataConditionNode.create({ condition: value });
  }
  throw new DslError(
    'InvalidFieldValue',
    `a rule of Choice state '${state}' has no valid condition`,
    {
      state,
      field: 'Choices',
      hint: "use Condition.stringEquals('$.x', 'a') (JSONPath) or jsonata('$states.input.x = \"a\"') (JSONata)",
    },
  );
}
