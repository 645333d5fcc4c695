/**
 * Choice rules as `Condition.*` builders (JSONPath) or `jsonata(…)` (JSONata).
 */
import { COMPARISON_OPERATORS, TYPE_TEST_OPERATORS } from '../asl/names.ts';
import { numberLiteral, stringLiteral } from './code-text.ts';
import { jsonataCode, pathCode } from './expression-code.ts';
import { use, type GenContext } from './gen-context.ts';

const COMPARISONS: ReadonlySet<string> = new Set(COMPARISON_OPERATORS);
const TYPE_TESTS: ReadonlySet<string> = new Set(TYPE_TEST_OPERATORS);

/** Fields of a rule that are not part of its condition. */
const RULE_FIELDS = new Set(['Next', 'Comment', 'Assign', 'Output']);

/** `StringEquals` → `stringEquals`. */
function helperName(operator: string): string {
  return operator.charAt(0).toLowerCase() + operator.slice(1);
}

function literal(value: unknown): string | undefined {
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'number' && Number.isFinite(value)) return numberLiteral(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return undefined;
}

/**
 * A JSONPath condition (a rule without `Next`, `Comment`, `Assign`, `Output`; or a nested rule)
 * as a `Condition.*` call, or undefined when the DSL cannot write it.
 */
function jsonPathCondition(
  ctx: GenContext,
  rule: Record<string, unknown>,
  nested: boolean,
): string | undefined {
  const C = use(ctx, 'Condition');
  if (nested && typeof rule['Comment'] === 'string') {
    const { Comment: comment, ...rest } = rule;
    const inner = jsonPathCondition(ctx, rest, true);
    return inner === undefined
      ? undefined
      : `${C}.withComment(${inner}, ${stringLiteral(comment as string)})`;
  }
  const keys = Object.keys(rule).filter((k) => nested || !RULE_FIELDS.has(k));
  if (keys.length === 1) {
    const key = keys[0] as string;
    const v = rule[key];
    if ((key === 'And' || key === 'Or') && Array.isArray(v) && v.length > 0) {
      const parts: string[] = [];
      for (const item of v) {
        if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
        const part = jsonPathCondition(ctx, item as Record<string, unknown>, true);
        if (part === undefined) return undefined;
        parts.push(part);
      }
      return `${C}.${key === 'And' ? 'and' : 'or'}(${parts.join(', ')})`;
    }
    if (key === 'Not' && typeof v === 'object' && v !== null && !Array.isArray(v)) {
      const inner = jsonPathCondition(ctx, v as Record<string, unknown>, true);
      return inner === undefined ? undefined : `${C}.not(${inner})`;
    }
    return undefined;
  }
  if (keys.length !== 2 || !keys.includes('Variable')) return undefined;
  const variable = rule['Variable'];
  const operator = keys.find((k) => k !== 'Variable') as string;
  const value = rule[operator];
  if (typeof variable !== 'string') return undefined;
  const v = stringLiteral(variable);
  if (TYPE_TESTS.has(operator)) {
    if (typeof value !== 'boolean') return undefined;
    return `${C}.${helperName(operator)}(${v}${value ? '' : ', false'})`;
  }
  if (COMPARISONS.has(operator)) {
    const lit = literal(value);
    return lit === undefined ? undefined : `${C}.${helperName(operator)}(${v}, ${lit})`;
  }
  if (operator.endsWith('Path') && COMPARISONS.has(operator.slice(0, -4))) {
    if (operator === 'StringMatchesPath' || typeof value !== 'string') return undefined;
    return `${C}.${helperName(operator.slice(0, -4))}(${v}, ${pathCode(ctx, value)})`;
  }
  return undefined;
}

/**
 * The condition of a top-level Choice rule as the first argument of `.when(…)`: a
 * `Condition.*` call for a JSONPath rule, `jsonata(…)` for a JSONata `Condition`; undefined when
 * the DSL cannot write it.
 *
 * @example
 * ```ts
 * conditionCode(ctx, { Variable: '$.n', NumericGreaterThan: 3, Next: 'Big' }, 'JSONPath');
 * // "Condition.numericGreaterThan('$.n', 3)"
 * ```
 */
export function conditionCode(
  ctx: GenContext,
  rule: Record<string, unknown>,
  lang: 'JSONPath' | 'JSONata',
): string | undefined {
  if (lang === 'JSONata') {
    const keys = Object.keys(rule).filter((k) => !RULE_FIELDS.has(k));
    const condition = rule['Condition'];
    if (keys.length !== 1) return undefined;
    if (typeof condition === 'boolean') return String(condition);
    if (typeof condition !== 'string') return undefined;
    return jsonataCode(ctx, condition);
  }
  return jsonPathCondition(ctx, rule, false);
}
