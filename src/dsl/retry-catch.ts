import { RetrierNode } from '../ir/retrier-node.ts';
import { chainNodeOf, type Chainable } from './chain.ts';
import { describeValue } from './describe-value.ts';
import { DslError } from './dsl-error.ts';
import { checkErrorName } from './error-names.ts';
import { checkOptionKeys, type OptionKeys } from './options.ts';
import { parseAssign, parsePath, parseNumber, type PathInput } from './parse/field-parser.ts';
import { parseValue, type Template } from './parse/value-parser.ts';
import type { PendingCatcher, PendingState } from './pending-state.ts';
import { noteRetrierSite, withOrigin } from './source-site.ts';

/** The catch-all error name. */
const ALL_ERRORS = 'States.ALL';

/** Options of a retrier (`Retry` entry). */
export interface RetryOptions {
  /**
   * Error names to retry (default `['States.ALL']`): `Errors.*` (AWS's predefined names) or
   * names of your own (`States.`-prefixed ones too, with a `ReservedErrorName` warning).
   */
  readonly errors?: readonly string[];
  /** Seconds before the first retry (default 1 on AWS). */
  readonly intervalSeconds?: number;
  /** Retries before giving up (default 3 on AWS; 0 = never). */
  readonly maxAttempts?: number;
  /** Multiplier of the interval per retry, ≥ 1 (default 2.0 on AWS). */
  readonly backoffRate?: number;
  /** Cap on the interval, in seconds. */
  readonly maxDelaySeconds?: number;
  /** `FULL` randomises the interval; `NONE` (default) does not. */
  readonly jitterStrategy?: 'FULL' | 'NONE';
  readonly comment?: string;
}

/** Options of a catcher (`Catch` entry). */
export interface CatchOptions {
  /** Error names to catch (default `['States.ALL']`), as for {@link RetryOptions.errors}. */
  readonly errors?: readonly string[];
  /** JSONPath: where the error output goes in the input (`null` discards it). */
  readonly resultPath?: PathInput | null;
  /** JSONata: the handler's input (may use `$states.errorOutput`). */
  readonly output?: Template;
  /** Variables to assign when this catcher matches (replaces the state's `assign`). */
  readonly assign?: Record<string, Template>;
  readonly comment?: string;
}

/** Checks an ErrorEquals list. @internal */
function parseErrors(
  errors: readonly string[] | undefined,
  state: string,
  field: string,
): string[] {
  const list = errors === undefined ? [ALL_ERRORS] : [...errors];
  const notString: unknown = list.find((e) => typeof e !== 'string');
  if (notString !== undefined || list.some((e) => e === undefined)) {
    throw new DslError(
      'InvalidFieldValue',
      `${field} of state '${state}' lists ${describeValue(notString)}, not an error name`,
      {
        state,
        field,
        hint: "error names are fixed strings such as 'States.TaskFailed' or 'MyApp.Failed' (no placeholders or expressions)",
      },
    );
  }
  if (list.length === 0 || list.some((e) => typeof e !== 'string' || e === '')) {
    throw new DslError(
      'InvalidFieldValue',
      `${field} of state '${state}' needs at least one non-empty error name`,
      {
        state,
        field,
        hint: "list error names such as 'States.TaskFailed', or omit errors to match States.ALL",
      },
    );
  }
  if (list.includes(ALL_ERRORS) && list.length > 1) {
    throw new DslError(
      'ErrorAllMustAppearAlone',
      `${field} of state '${state}' lists States.ALL with other errors`,
      {
        state,
        field,
        hint: 'States.ALL matches every error: put it alone in its own (last) entry',
      },
    );
  }
  for (let i = 0; i < list.length; i++) checkErrorName(list[i] as string, state, field);
  return list;
}

/** Stable order with the States.ALL entry last, as AWS requires and CDK renders. @internal */
function allLast<T extends { readonly errorEquals: readonly string[] }>(
  entries: readonly T[],
): T[] {
  // Usually nothing to move: States.ALL absent, or already in the last entry.
  let firstAll = -1;
  for (let i = 0; i < entries.length; i++) {
    if ((entries[i] as T).errorEquals.includes(ALL_ERRORS)) {
      firstAll = i;
      break;
    }
  }
  if (firstAll < 0 || firstAll === entries.length - 1) return [...entries];
  return [
    ...entries.filter((e) => !e.errorEquals.includes(ALL_ERRORS)),
    ...entries.filter((e) => e.errorEquals.includes(ALL_ERRORS)),
  ];
}

const RETRY_KEYS: OptionKeys<RetryOptions> = {
  errors: true,
  intervalSeconds: true,
  maxAttempts: true,
  backoffRate: true,
  maxDelaySeconds: true,
  jitterStrategy: true,
  comment: true,
};

const CATCH_KEYS: OptionKeys<CatchOptions> = {
  errors: true,
  resultPath: true,
  output: true,
  assign: true,
  comment: true,
};

/** Builds a retrier node. @internal */
function parseRetry(options: RetryOptions, state: string): RetrierNode {
  checkOptionKeys('Retry', state, options, RETRY_KEYS);
  const num = (value: number | undefined, field: string, min: number, integer = true) => {
    if (value === undefined) return undefined;
    if (typeof value !== 'number') {
      throw new DslError('InvalidRetry', `Retry ${field} of state '${state}' must be a number`, {
        state,
        field,
      });
    }
    const n = parseNumber(value, state, `Retry ${field}`, { min, max: 99_999_999, integer });
    return n as number;
  };
  if (options.backoffRate !== undefined && options.backoffRate < 1) {
    throw new DslError(
      'InvalidRetry',
      `Retry BackoffRate of state '${state}' is ${options.backoffRate}; it must be ≥ 1`,
      {
        state,
        field: 'BackoffRate',
        hint: 'use 1 for a constant interval, or more to back off',
      },
    );
  }
  if (
    options.jitterStrategy !== undefined &&
    options.jitterStrategy !== 'FULL' &&
    options.jitterStrategy !== 'NONE'
  ) {
    throw new DslError(
      'InvalidRetry',
      `Retry JitterStrategy of state '${state}' must be 'FULL' or 'NONE'`,
      {
        state,
        field: 'JitterStrategy',
      },
    );
  }
  return RetrierNode.create({
    errorEquals: parseErrors(options.errors, state, 'Retry ErrorEquals'),
    comment: options.comment,
    intervalSeconds: num(options.intervalSeconds, 'IntervalSeconds', 1),
    maxAttempts: num(options.maxAttempts, 'MaxAttempts', 0),
    backoffRate: num(options.backoffRate, 'BackoffRate', 1, false),
    maxDelaySeconds: num(options.maxDelaySeconds, 'MaxDelaySeconds', 1),
    jitterStrategy: options.jitterStrategy,
  });
}

/** Builds a pending catcher. @internal */
function parseCatch(handler: Chainable, options: CatchOptions, state: string): PendingCatcher {
  checkOptionKeys('Catch', state, options, CATCH_KEYS);
  if (handler === undefined || handler === null || typeof handler.toChain !== 'function') {
    throw new DslError(
      'InvalidFieldValue',
      `the Catch handler of state '${state}' is not a state or a chain`,
      {
        state,
        field: 'Catch',
        hint: "pass the state to go to, e.g. .catch(fail('Failed'))",
      },
    );
  }
  const catcher: PendingCatcher = {
    errorEquals: parseErrors(options.errors, state, 'Catch ErrorEquals'),
    handler: chainNodeOf(handler),
  };
  const extra: Omit<PendingCatcher, 'errorEquals' | 'handler'> = {
    ...(options.comment === undefined ? {} : { comment: options.comment }),
    ...(options.resultPath === undefined
      ? {}
      : { resultPath: parsePath(options.resultPath, state, 'Catch ResultPath', true) }),
    ...(options.output === undefined
      ? {}
      : { output: parseValue(options.output, { state, field: 'Catch Output' }) }),
    ...(options.assign === undefined
      ? {}
      : { assign: parseAssign(options.assign, state, 'Catch Assign') }),
  };
  return withOrigin({ ...catcher, ...extra });
}

/** A copy of a pending state with one more retrier. @internal */
export function withRetry(pending: PendingState, options: RetryOptions): PendingState {
  const retrier = parseRetry(options ?? {}, pending.name);
  noteRetrierSite(retrier);
  const retry = allLast([...(pending.retry ?? []), retrier]);
  return { ...pending, retry };
}

/** A copy of a pending state with one more catcher. @internal */
export function withCatch(
  pending: PendingState,
  handler: Chainable,
  options: CatchOptions,
): PendingState {
  const catchers = allLast([
    ...(pending.catchers ?? []),
    parseCatch(handler, options ?? {}, pending.name),
  ]);
  return { ...pending, catchers };
}
