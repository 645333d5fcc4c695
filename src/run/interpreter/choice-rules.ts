/**
 * JSONPath Choice rules: every comparison operator and its `…Path` variant, `And` / `Or` /
 * `Not`, and the type tests (`StringMatches` by the linear matcher of glob-match.ts). A comparison between different types is simply false; a
 * `Variable` that matches nothing is `States.Runtime` (except for `IsPresent`).
 */
import { isJsonObject } from '../../util/json.ts';
import { runtimeError } from './errors.ts';
import { stringMatches } from './glob-match.ts';
import type { PathEnv } from './reference.ts';
import { readReference } from './reference.ts';
import { parseTimestamp } from '../../asl/timestamp.ts';

type Compare = (value: unknown, operand: unknown) => boolean;

const str =
  (f: (a: string, b: string) => boolean): Compare =>
  (a, b) =>
    typeof a === 'string' && typeof b === 'string' && f(a, b);
const num =
  (f: (a: number, b: number) => boolean): Compare =>
  (a, b) =>
    typeof a === 'number' && typeof b === 'number' && f(a, b);
const ts =
  (f: (a: bigint, b: bigint) => boolean): Compare =>
  (a, b) => {
    const x = parseTimestamp(a);
    const y = parseTimestamp(b);
    return x !== undefined && y !== undefined && f(x, y);
  };

const COMPARISONS: Readonly<Record<string, Compare>> = {
  StringEquals: str((a, b) => a === b),
  StringLessThan: str((a, b) => a < b),
  StringGreaterThan: str((a, b) => a > b),
  StringLessThanEquals: str((a, b) => a <= b),
  StringGreaterThanEquals: str((a, b) => a >= b),
  NumericEquals: num((a, b) => a === b),
  NumericLessThan: num((a, b) => a < b),
  NumericGreaterThan: num((a, b) => a > b),
  NumericLessThanEquals: num((a, b) => a <= b),
  NumericGreaterThanEquals: num((a, b) => a >= b),
  BooleanEquals: (a, b) => typeof a === 'boolean' && typeof b === 'boolean' && a === b,
  TimestampEquals: ts((a, b) => a === b),
  TimestampLessThan: ts((a, b) => a < b),
  TimestampGreaterThan: ts((a, b) => a > b),
  TimestampLessThanEquals: ts((a, b) => a <= b),
  TimestampGreaterThanEquals: ts((a, b) => a >= b),
};

const TYPE_TESTS: Readonly<Record<string, (value: unknown) => boolean>> = {
  IsNull: (v) => v === null,
  IsNumeric: (v) => typeof v === 'number',
  IsString: (v) => typeof v === 'string',
  IsBoolean: (v) => typeof v === 'boolean',
  IsTimestamp: (v) => parseTimestamp(v) !== undefined,
};

function invalidPath(path: string): Error {
  return runtimeError(
    `Invalid path '${path}': The choice state's condition path references an invalid value.`,
  );
}

/**
 * Evaluates one JSONPath Choice rule (top-level or nested) against the effective input.
 *
 * @example
 * ```ts
 * evaluateChoiceRule({ Variable: '$.n', NumericGreaterThan: 3 }, env); // env.input.n > 3
 * ```
 */
export function evaluateChoiceRule(rule: unknown, env: PathEnv): boolean {
  if (!isJsonObject(rule)) throw runtimeError('A Choice rule must be a JSON object');
  if (Array.isArray(rule.And)) return rule.And.every((r) => evaluateChoiceRule(r, env));
  if (Array.isArray(rule.Or)) return rule.Or.some((r) => evaluateChoiceRule(r, env));
  if (rule.Not !== undefined) return !evaluateChoiceRule(rule.Not, env);
  const variable = rule.Variable;
  if (typeof variable !== 'string') {
    throw runtimeError('A Choice rule needs a Variable, or And / Or / Not');
  }
  const read = readReference(variable, env);
  if (typeof rule.IsPresent === 'boolean') return read.found === rule.IsPresent;
  if (!read.found) throw invalidPath(variable);
  const value = read.value;
  for (const [op, test] of Object.entries(TYPE_TESTS)) {
    if (typeof rule[op] === 'boolean') return test(value) === rule[op];
  }
  if (typeof rule.StringMatches === 'string') {
    return typeof value === 'string' && stringMatches(value, rule.StringMatches);
  }
  for (const [op, compare] of Object.entries(COMPARISONS)) {
    if (Object.hasOwn(rule, op)) return compare(value, rule[op]);
    const pathOp = `${op}Path`;
    const operandPath = rule[pathOp];
    if (typeof operandPath === 'string') {
      const operand = readReference(operandPath, env);
      if (!operand.found) throw invalidPath(operandPath);
      return compare(value, operand.value);
    }
  }
  throw runtimeError(`The Choice rule on '${variable}' has no supported comparison operator`);
}
