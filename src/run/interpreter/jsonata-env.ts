/**
 * JSONata as AWS Step Functions runs it (jsonata 2.0.6): `$states` and the workflow variables
 * bound, AWS's extra functions (`$partition`, `$range`, `$hash`, `$random([seed])`, `$uuid`,
 * `$parse`), `$eval` disabled, `$now()`/`$millis()` on the execution's clock, regular expressions
 * on RE2 (re2-regexp.ts: linear time, no backtracking), and a step budget so that a runaway
 * expression fails instead of hanging. Failures and undefined results are
 * `States.QueryEvaluationError`; a syntax error is a broken definition (`States.Runtime`).
 */
import type Jsonata from 'jsonata';
import { lazyRequire } from '../../util/lazy-require.ts';
import type { Budget } from './budget.ts';
import { ExecutionBudgetExceeded, interpreterError, messageOf, runtimeError } from './errors.ts';
import { hashHex } from './intrinsics/hash.ts';
import { exceedsDepth, setOwn, toJson } from './json-values.ts';
import { EvaluationGuard, memoryLimitError } from './jsonata-guard.ts';
import { sortArray } from './jsonata-sort.ts';
import { confineNames, OWN_FIELD_FUNCTION, ownField } from './jsonata-own-names.ts';
import { JSONATA_MAX_STRING_LENGTH, MAX_JSON_DEPTH } from './limits.ts';
import { javaRandomDouble } from './random.ts';
import type { Rng } from './random.ts';
import { Re2RegExp, withRe2AsRegExp } from './re2-regexp.ts';

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
  /** The execution's wall-clock budget, checked while the expression runs. */
  readonly budget?: Budget;
  /** The current instant on the execution's clock (epoch ms), for `$now()` and `$millis()`. */
  readonly nowMs: number;
  readonly partition: string;
}

const GUARD_KEY = '__aslc_guard';
const SCOPE_KEY = '__aslc_scope';
const ENTRY = Symbol.for('jsonata.__evaluate_entry');
const EXIT = Symbol.for('jsonata.__evaluate_exit');
/**
 * The largest `$range` AWS builds: `$range(1, 360145, 1)` is accepted and one element more is
 * refused with the memory-limit message (measured on AWS, floci-io/floci#2783).
 */
const RANGE_LIMIT = 360_145;

const jsonata = lazyRequire<typeof Jsonata>('jsonata');
/**
 * Regular expressions run on RE2 (linear time). jsonata keeps the engine in a global that every
 * `jsonata(expr, options)` call resets (the validator's parses included), so it is given at each
 * compile and set again before each evaluation.
 */
const OPTIONS = { RegexEngine: Re2RegExp as unknown as RegExp };
function useRe2(): void {
  (jsonata() as unknown as { RegexEngine: unknown }).RegexEngine = Re2RegExp;
}

type Expression = ReturnType<typeof Jsonata>;
type Focus = { readonly environment: { lookup(name: string): unknown } };
const compiled = new Map<string, Expression>();
let fromMillis: Expression | undefined;
const builtins = new Map<string, unknown>();

/** A JSONata built-in function's implementation (to wrap it). */
async function builtin(name: string): Promise<(...args: unknown[]) => unknown> {
  let impl = builtins.get(name);
  if (impl === undefined) {
    const fn = (await jsonata()(`$${name}`, OPTIONS).evaluate(undefined)) as {
      implementation: unknown;
    };
    impl = fn.implementation;
    builtins.set(name, impl);
  }
  return impl as (...args: unknown[]) => unknown;
}

/** The scope an AWS function runs in (bound per evaluation under {@link SCOPE_KEY}). */
function scopeOf(focus: Focus): JsonataScope {
  return focus.environment.lookup(SCOPE_KEY) as JsonataScope;
}

/** JSONata's rounding of AWS's functions: a non-integer argument is truncated towards zero. */
function towardsZero(n: number): number {
  return Math.trunc(n);
}

/**
 * Step Functions' functions, registered with JSONata signatures so that a wrong argument fails
 * with JSONata's own `T0410` error as on AWS (`$parse(null)` → `T0410: Argument 1 of function
 * "parse" does not match function signature`, measured on AWS, floci-io/floci#2668). Behaviours
 * measured on AWS (floci-io/floci#2662, #2676): `$random(42)` is `java.util.Random(42)
 * .nextDouble()`; arguments are truncated towards zero; a chunk size of 0, an empty array, a
 * `$range` without step or whose step goes the wrong way, and `$hash` without an algorithm give
 * undefined; `$range` has no 1000-item cap and gives a bare number for one item.
 */
const AWS_FUNCTIONS: ReadonlyArray<
  readonly [string, (this: Focus, ...args: never[]) => unknown, string]
> = [
  [
    'partition',
    function (array: unknown[] | undefined, size: number | undefined): unknown {
      if (array === undefined || size === undefined) return undefined;
      const n = towardsZero(size);
      if (n < 0) throw new Error('The chunk size of $partition must not be negative');
      if (n === 0 || array.length === 0) return undefined;
      const out: unknown[][] = [];
      for (let i = 0; i < array.length; i += n) out.push(array.slice(i, i + n));
      return out;
    },
    '<an:a>',
  ],
  [
    'range',
    function (first: number, last: number, step: number | undefined): unknown {
      if (first === undefined || last === undefined || step === undefined) return undefined;
      const [a, b, st] = [towardsZero(first), towardsZero(last), towardsZero(step)];
      if (st === 0 || (a < b && st < 0) || (a > b && st > 0)) return undefined;
      const count = Math.floor((b - a) / st) + 1;
      if (count > RANGE_LIMIT) throw memoryLimitError();
      if (count === 1) return a;
      const out: number[] = [];
      for (let i = 0; i < count; i++) out.push(a + i * st);
      return out;
    },
    '<nnn?:a>',
  ],
  [
    'hash',
    function (data: string | undefined, algorithm: string | undefined): unknown {
      if (data === undefined || algorithm === undefined) return undefined;
      const digest = hashHex(data, algorithm);
      if (digest === undefined) {
        throw new Error(
          `Unsupported hash algorithm '${algorithm}'; use one of MD5, SHA-1, SHA-256, SHA-384, SHA-512`,
        );
      }
      return digest;
    },
    '<ss?:s>',
  ],
  [
    'random',
    function (this: Focus, seed: number | undefined): number {
      return seed === undefined ? scopeOf(this).rng.next() : javaRandomDouble(towardsZero(seed));
    },
    '<n?:n>',
  ],
  [
    'uuid',
    function (this: Focus): string {
      return scopeOf(this).rng.uuid();
    },
    '<:s>',
  ],
  [
    'parse',
    function (text: string | undefined): unknown {
      if (text === undefined) return undefined;
      let value: unknown;
      try {
        value = JSON.parse(text) as unknown;
      } catch (e) {
        throw new Error(`$parse: ${(e as Error).message}`, { cause: e });
      }
      if (exceedsDepth(value, MAX_JSON_DEPTH)) {
        throw new Error(`$parse: the value is nested more than ${MAX_JSON_DEPTH} levels deep`);
      }
      return value;
    },
    '<s:x>',
  ],
  [
    // JSONata's own $pad, refused before it builds a string longer than aslc's cap
    // (`$pad('x', 5e8)` would otherwise build 500 million characters first).
    'pad',
    async function (str: string | undefined, width: number, char?: string): Promise<unknown> {
      if (str === undefined) return undefined;
      if (!(Math.abs(width) <= JSONATA_MAX_STRING_LENGTH)) throw memoryLimitError();
      const pad = (await builtin('pad')) as (s: string, w: number, c?: string) => string;
      return pad(str, width, char);
    },
    '<s-ns?:s>',
  ],
  [
    // JSONata's own $sort, in O(n log n) time and linear memory (jsonata-sort.ts).
    'sort',
    sortArray as (this: Focus, ...args: never[]) => unknown,
    '<af?:a>',
  ],
  [
    // JSONata's own $toMillis, kept linear: with a picture it matches the timestamp with a
    // regular expression built from the picture (adjacent variable-width components backtrack:
    // O(n^7) for '[Y][M][D][H][m][s][f]'), which here runs on RE2; without one, its ISO 8601
    // pattern is quadratic on long strings, and no timestamp is longer than 256 characters.
    'toMillis',
    async function (
      this: Focus,
      timestamp: string | undefined,
      picture?: string,
    ): Promise<unknown> {
      if (timestamp === undefined) return undefined;
      const toMillis = (await builtin('toMillis')) as (t: string, p?: string) => unknown;
      if (picture === undefined) {
        if (timestamp.length > 256) throw { code: 'D3110', value: `${timestamp.slice(0, 64)}…` };
        return toMillis.call(this, timestamp);
      }
      return withRe2AsRegExp(() => toMillis.call(this, timestamp, picture));
    },
    '<s-s?:n>',
  ],
  [
    'now',
    async function (this: Focus, picture?: string, timezone?: string): Promise<unknown> {
      const nowMs = scopeOf(this).nowMs;
      if (picture === undefined && timezone === undefined) return new Date(nowMs).toISOString();
      fromMillis ??= jsonata()('$fromMillis($ms, $p, $tz)', OPTIONS);
      return fromMillis.evaluate(undefined, { ms: nowMs, p: picture, tz: timezone });
    },
    '<s?s?:s>',
  ],
  [
    'millis',
    function (this: Focus): number {
      return scopeOf(this).nowMs;
    },
    '<:n>',
  ],
];

function compile(expr: string, field: string): Expression {
  const hit = compiled.get(expr);
  if (hit) return hit;
  let e: Expression;
  try {
    e = jsonata()(expr, OPTIONS);
  } catch (err) {
    throw runtimeError(
      `The JSONata expression '${expr.trim()}' specified for the field '${field}' is invalid: ${describe(err).text}`,
    );
  }
  // Path steps and $lookup read own fields only (jsonata-own-names.ts).
  confineNames(e.ast());
  e.registerFunction(OWN_FIELD_FUNCTION, ownField);
  e.registerFunction('lookup', ownField, '<x-s:x>');
  type Env = { lookup(n: string): unknown };
  const assign = e.assign as (name: string | symbol, value: unknown) => void;
  assign(ENTRY, (_e: unknown, _i: unknown, env: Env) => {
    (env.lookup(GUARD_KEY) as EvaluationGuard | undefined)?.enter();
  });
  assign(EXIT, (_e: unknown, _i: unknown, env: Env, result: unknown) => {
    (env.lookup(GUARD_KEY) as EvaluationGuard | undefined)?.exit(result);
  });
  for (const [name, impl, signature] of AWS_FUNCTIONS) {
    e.registerFunction(name, impl as (this: Focus, ...args: unknown[]) => unknown, signature);
  }
  // AWS disables $eval: calling it is JSONata's "T1006: Attempted to invoke a non-function"
  // (measured on AWS, floci-io/floci#2737).
  e.assign('eval', false);
  if (compiled.size > 10_000) compiled.clear();
  compiled.set(expr, e);
  return e;
}

/** A JSONata failure as text, and whether it carries a JSONata error code. */
function describe(err: unknown): { readonly text: string; readonly coded: boolean } {
  if (typeof err === 'object' && err !== null) {
    const e = err as { code?: unknown; message?: unknown };
    const msg = typeof e.message === 'string' ? e.message : String(err);
    return typeof e.code === 'string'
      ? { text: `${e.code}: ${msg}`, coded: true }
      : { text: msg, coded: false };
  }
  return { text: String(err), coded: false };
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
    ...scope.variables,
    states: scope.states,
    [SCOPE_KEY]: scope,
    [GUARD_KEY]: new EvaluationGuard(scope.budget),
  };
  let result: unknown;
  useRe2();
  try {
    result = await e.evaluate(undefined, bindings);
  } catch (err) {
    if (err instanceof ExecutionBudgetExceeded) throw err;
    // AWS: "… threw an error during evaluation. T0410: …" for a coded JSONata error, "…: <message>"
    // for one without a code (floci-io/floci#2736, measured on AWS).
    const { text, coded } = describe(err);
    throw interpreterError(
      'States.QueryEvaluationError',
      `The JSONata expression '${expr.trim()}' specified for the field '${field}' threw an error during evaluation${coded ? '.' : ':'} ${text}`,
    );
  }
  if (result === undefined) {
    throw interpreterError(
      'States.QueryEvaluationError',
      `The JSONata expression '${expr.trim()}' specified for the field '${field}' returned nothing (undefined).`,
    );
  }
  if (typeof result === 'function' || isJsonataFunction(result)) {
    throw interpreterError(
      'States.QueryEvaluationError',
      `The JSONata expression '${expr.trim()}' specified for the field '${field}' returned an unsupported result type.`,
    );
  }
  try {
    return toJson(result);
  } catch (err) {
    throw interpreterError(
      'States.QueryEvaluationError',
      `The JSONata expression '${expr.trim()}' specified for the field '${field}' returned a value that is not JSON: ${messageOf(err)}`,
    );
  }
}

/** A JSONata lambda or built-in function value (not JSON: AWS reports an unsupported type). */
function isJsonataFunction(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as { _jsonata_lambda?: unknown; _jsonata_function?: unknown };
  return o._jsonata_lambda === true || o._jsonata_function === true;
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
