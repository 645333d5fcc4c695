/**
 * JSONata as AWS Step Functions runs it (jsonata 2.0.6): `$states` and the workflow variables
 * bound, AWS's extra functions (`$partition`, `$range`, `$hash`, `$random([seed])`, `$uuid`,
 * `$parse`), `$eval` disabled, `$now()`/`$millis()` on the execution's clock, and a step budget
 * so that a runaway expression fails instead of hanging. Failures and undefined results are
 * `States.QueryEvaluationError`; a syntax error is a broken definition (`States.Runtime`).
 */
import jsonata from 'jsonata';
import { interpreterError, runtimeError } from './errors.ts';
import { hashHex } from './intrinsics/hash.ts';
import { setOwn, toJson } from './json-values.ts';
import { Rng } from './random.ts';

/** What `$states` holds. */
export interface StatesBinding {
  readonly input: unknown;
  readonly result?: unknown;
  readonly errorOutput?: unknown;
  readonly context: unknown;
}

/** Everything an expression can see. */
export interface JsonataScope {
  readonly states: StatesBinding;
  readonly variables: Readonly<Record<string, unknown>>;
  readonly rng: Rng;
  /** The current instant on the execution's clock (epoch ms), for `$now()` and `$millis()`. */
  readonly nowMs: number;
  readonly partition: string;
}

/** Maximum evaluation steps of one expression. */
const STEP_BUDGET = 1_000_000;
const BUDGET_KEY = '__aslc_budget';
const ENTRY = Symbol.for('jsonata.__evaluate_entry');

type Expression = ReturnType<typeof jsonata>;
const compiled = new Map<string, Expression>();
let fromMillis: Expression | undefined;

function compile(expr: string, field: string): Expression {
  const hit = compiled.get(expr);
  if (hit) return hit;
  let e: Expression;
  try {
    e = jsonata(expr);
  } catch (err) {
    throw runtimeError(
      `The JSONata expression '${expr.trim()}' specified for the field '${field}' is invalid: ${describe(err)}`,
    );
  }
  (e.assign as (name: string | symbol, value: unknown) => void)(
    ENTRY,
    (_e: unknown, _i: unknown, env: { lookup(n: string): unknown }) => {
      const budget = env.lookup(BUDGET_KEY) as { left: number } | undefined;
      if (budget && --budget.left < 0) {
        throw { code: 'ASLC01', message: 'the expression exceeded the evaluation step budget' };
      }
    },
  );
  if (compiled.size > 10_000) compiled.clear();
  compiled.set(expr, e);
  return e;
}

function describe(err: unknown): string {
  if (typeof err === 'object' && err !== null) {
    const e = err as { code?: unknown; message?: unknown };
    const msg = typeof e.message === 'string' ? e.message : String(err);
    return typeof e.code === 'string' ? `${e.code}: ${msg}` : msg;
  }
  return String(err);
}

function jsonataError(message: string): { code: string; message: string } {
  return { code: 'States', message };
}

function awsFunctions(scope: JsonataScope): Record<string, unknown> {
  return {
    partition: (array: unknown, size: unknown): unknown => {
      if (!Array.isArray(array))
        throw jsonataError('$partition: the first argument must be an array');
      if (typeof size !== 'number' || !Number.isInteger(size) || size <= 0) {
        throw jsonataError('$partition: the chunk size must be a positive integer');
      }
      const out: unknown[][] = [];
      for (let i = 0; i < array.length; i += size) out.push(array.slice(i, i + size));
      return out;
    },
    range: (first: unknown, last: unknown, step: unknown): unknown => {
      if (typeof first !== 'number' || typeof last !== 'number' || typeof step !== 'number') {
        throw jsonataError('$range: the arguments must be numbers');
      }
      if (step === 0) throw jsonataError('$range: the step must not be 0');
      const count = Math.floor((last - first) / step) + 1;
      if (count > 1000)
        throw jsonataError('$range: the result cannot contain more than 1000 items');
      const out: number[] = [];
      for (let i = 0; i < count; i++) out.push(first + i * step);
      return out;
    },
    hash: (data: unknown, algorithm: unknown = 'SHA-256'): unknown => {
      if (typeof data !== 'string') throw jsonataError('$hash: the data must be a string');
      const digest = typeof algorithm === 'string' ? hashHex(data, algorithm) : undefined;
      if (digest === undefined)
        throw jsonataError(`$hash: unsupported algorithm '${String(algorithm)}'`);
      return digest;
    },
    random: (seed?: unknown): number => {
      if (seed === undefined) return scope.rng.next();
      if (typeof seed !== 'number') throw jsonataError('$random: the seed must be a number');
      return new Rng(seed).next();
    },
    uuid: (): string => scope.rng.uuid(),
    parse: (text: unknown): unknown => {
      if (typeof text !== 'string') throw jsonataError('$parse: the argument must be a string');
      try {
        return JSON.parse(text) as unknown;
      } catch (e) {
        throw jsonataError(`$parse: ${(e as Error).message}`);
      }
    },
    eval: (): never => {
      throw jsonataError('The $eval function is not supported by Step Functions');
    },
    now: async (picture?: unknown, timezone?: unknown): Promise<unknown> => {
      if (picture === undefined && timezone === undefined)
        return new Date(scope.nowMs).toISOString();
      fromMillis ??= jsonata('$fromMillis($ms, $p, $tz)');
      return fromMillis.evaluate(undefined, { ms: scope.nowMs, p: picture, tz: timezone });
    },
    millis: (): number => scope.nowMs,
  };
}

/**
 * Evaluates one JSONata expression (without its `{% %}` delimiters). `field` names the field for
 * causes.
 *
 * @example
 * ```ts
 * await evaluateJsonata('$states.input.a + 1', scope, 'Output'); // scope.states.input.a + 1
 * ```
 */
export async function evaluateJsonata(
  expr: string,
  scope: JsonataScope,
  field: string,
): Promise<unknown> {
  const e = compile(expr, field);
  const bindings: Record<string, unknown> = {
    ...awsFunctions(scope),
    ...scope.variables,
    states: scope.states,
    [BUDGET_KEY]: { left: STEP_BUDGET },
  };
  let result: unknown;
  try {
    result = await e.evaluate(undefined, bindings);
  } catch (err) {
    throw interpreterError(
      'States.QueryEvaluationError',
      `The JSONata expression '${expr.trim()}' specified for the field '${field}' threw an error during evaluation: ${describe(err)}`,
    );
  }
  if (result === undefined) {
    throw interpreterError(
      'States.QueryEvaluationError',
      `The JSONata expression '${expr.trim()}' specified for the field '${field}' returned nothing (undefined).`,
    );
  }
  if (typeof result === 'function') {
    throw interpreterError(
      'States.QueryEvaluationError',
      `The JSONata expression '${expr.trim()}' specified for the field '${field}' returned an unsupported result type.`,
    );
  }
  return toJson(result);
}

/**
 * The expression inside a `{% … %}` string, or undefined when the string is not one.
 *
 * @example
 * ```ts
 * jsonataExpression('{% $states.input %}'); // ' $states.input '
 * ```
 */
export function jsonataExpression(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (value.length >= 4 && value.startsWith('{%') && value.endsWith('%}'))
    return value.slice(2, -2);
  return undefined;
}

/**
 * Evaluates a JSONata template: every `{% %}` string, anywhere inside objects and arrays, is
 * replaced by its value; everything else is kept as it is.
 *
 * @example
 * ```ts
 * await evaluateTemplate({ a: '{% 1 + 1 %}', b: ['x'] }, scope, 'Output'); // { a: 2, b: ['x'] }
 * ```
 */
export async function evaluateTemplate(
  template: unknown,
  scope: JsonataScope,
  field: string,
): Promise<unknown> {
  const expr = jsonataExpression(template);
  if (expr !== undefined) return evaluateJsonata(expr, scope, field);
  if (Array.isArray(template)) {
    const out: unknown[] = [];
    for (const [i, v] of template.entries())
      out.push(await evaluateTemplate(v, scope, `${field}[${i}]`));
    return out;
  }
  if (typeof template === 'object' && template !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(template))
      setOwn(out, k, await evaluateTemplate(v, scope, `${field}/${k}`));
    return out;
  }
  return template;
}
