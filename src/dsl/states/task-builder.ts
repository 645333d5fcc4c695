import type { Chainable } from '../chain.ts';
import { DslError } from '../dsl-error.ts';
import { isExpression, type Placeholder, type Substitution } from '../expr/expression.ts';
import type { StateFields } from '../../ir/state-node.ts';
import { checkOptionKeys, type OptionKeys } from '../options.ts';
import { parseNumber, parsePath, type NumberInput, type PathInput } from '../parse/field-parser.ts';
import { parseValue, type Template } from '../parse/value-parser.ts';
import type { PendingState } from '../pending-state.ts';
import { withCatch, withRetry, type CatchOptions, type RetryOptions } from '../retry-catch.ts';
import { checkStateName } from '../state-name.ts';
import { ioFields } from './io-fields.ts';
import {
  ASSIGN_OUTPUT_KEYS,
  PATH_IO_KEYS,
  STATE_OPTION_KEYS,
  StateBuilder,
  type AssignOutputOptions,
  type PathIoOptions,
  type StateOptions,
} from '../state-builder.ts';
import { withOrigin } from '../source-site.ts';

/** Options of a Task state. */
export interface TaskOptions
  extends StateOptions, PathIoOptions, AssignOutputOptions, ErrorHandlingOptions {
  /**
   * The Resource ARN: a literal (see `integration()`, `awsSdk()`), a `placeholder()`, or a `sub`
   * string with placeholders inside (`` sub`arn:${placeholder('Partition')}:states:::…` ``).
   */
  readonly resource: string | Placeholder | Substitution;
  /** JSONPath: the request, built from a template. */
  readonly parameters?: Template;
  /** JSONata: the request. */
  readonly arguments?: Template;
  /** JSONPath: reshapes the raw result. */
  readonly resultSelector?: Template;
  /** JSONPath: where the result goes in the input (`null` discards it). */
  readonly resultPath?: PathInput | null;
  /** Cross-account access: `{ RoleArn: … }`. */
  readonly credentials?: Template;
  /** Seconds before `States.Timeout`: a number, `path()` (TimeoutSecondsPath) or `jsonata()`. */
  readonly timeoutSeconds?: NumberInput;
  /** Seconds between heartbeats before `States.HeartbeatTimeout`. */
  readonly heartbeatSeconds?: NumberInput;
}

/** A Task state builder: immutable; `retry` and `catch` return new builders. */
export class TaskBuilder extends StateBuilder {
  /**
   * A copy with one more retrier.
   *
   * @example
   * ```ts
   * task('Call', { resource: lambdaInvoke() }).retry({ errors: ['States.TaskFailed'], maxAttempts: 3 });
   * ```
   */
  retry(options: RetryOptions = {}): TaskBuilder {
    return new TaskBuilder(withRetry(this.pending, options));
  }

  /**
   * A copy with one more catcher that continues to `handler`.
   *
   * @example
   * ```ts
   * task('Call', { resource: lambdaInvoke() }).catch(fail('Failed'), { resultPath: '$.error' });
   * ```
   */
  catch(handler: Chainable, options: CatchOptions = {}): TaskBuilder {
    return new TaskBuilder(withCatch(this.pending, handler, options));
  }
}

const TASK_KEYS: OptionKeys<TaskOptions> = {
  ...STATE_OPTION_KEYS,
  ...PATH_IO_KEYS,
  ...ASSIGN_OUTPUT_KEYS,
  resource: true,
  parameters: true,
  arguments: true,
  resultSelector: true,
  resultPath: true,
  credentials: true,
  timeoutSeconds: true,
  heartbeatSeconds: true,
  retry: true,
  catch: true,
};

/** Parses a Resource: an ARN, a `placeholder()`, or a `sub` string starting with either. @internal */
export function parseResource(
  resource: unknown,
  name: string,
  field = 'Resource',
): string | Placeholder | Substitution {
  if (isExpression(resource) && resource.kind === 'Placeholder') return resource;
  if (isExpression(resource) && resource.kind === 'Substitution') {
    const first = resource.parts[0];
    if (typeof first !== 'string' || first.startsWith('arn:')) {
      return resource;
    }
  }
  if (typeof resource !== 'string' || !resource.startsWith('arn:')) {
    const shown = isExpression(resource)
      ? resource.kind === 'Substitution'
        ? 'a sub string that does not start with arn: or a placeholder'
        : `a ${resource.kind} expression`
      : JSON.stringify(resource);
    throw new DslError(
      'InvalidResource',
      `${field} of state '${name}' must be an ARN, a placeholder() or a sub string, got ${shown}`,
      {
        state: name,
        field,
        hint: "use integration('lambda', 'invoke'), awsSdk('s3', 'getObject'), a function ARN, placeholder('FunctionArn') or sub`arn:${placeholder('Partition')}:…`",
      },
    );
  }
  return resource;
}

/** The error-handling options of Task, Parallel and Map. */
export interface ErrorHandlingOptions {
  /** Retriers, in order (a States.ALL retrier is moved last); `[]` writes an empty `Retry`. */
  readonly retry?: RetryOptions | readonly RetryOptions[];
  /**
   * `[]` writes an empty `Catch` list, as a definition may hold one; catchers are added with
   * `.catch(handler, options)`.
   */
  readonly catch?: readonly [];
}

/** Applies the `retry` and `catch` options. @internal */
export function applyErrorOptions(
  pending: PendingState,
  options: ErrorHandlingOptions,
): PendingState {
  const { retry, catch: catchers } = options;
  let out = pending;
  if (catchers !== undefined) {
    if (!Array.isArray(catchers) || catchers.length > 0) {
      throw new DslError(
        'InvalidFieldValue',
        `the catch option of state '${pending.name}' takes only [] (an empty Catch list)`,
        {
          state: pending.name,
          field: 'Catch',
          hint: "add catchers with .catch(handler, { errors: [...] }), e.g. .catch(fail('Failed'))",
        },
      );
    }
    out = { ...out, catchers: [] };
  }
  if (retry === undefined) return out;
  // `retry: []` writes an empty Retry list, as a definition may hold one.
  if (Array.isArray(retry) && retry.length === 0) {
    return { ...out, retry: [] };
  }
  const list: readonly RetryOptions[] = Array.isArray(retry) ? retry : [retry as RetryOptions];
  return list.reduce((p, r) => withRetry(p, r), out);
}

/**
 * A Task state: calls a service (Lambda, an optimised integration, any AWS SDK action, an
 * activity, HTTPS).
 *
 * @example
 * ```ts
 * task('Invoke', {
 *   resource: integration('lambda', 'invoke'),
 *   parameters: { FunctionName: placeholder('WorkerArn'), 'Payload.$': '$' },
 *   resultSelector: { result: path('$.Payload') },
 *   resultPath: '$.work',
 * });
 * ```
 */
export function task(name: string, options: TaskOptions): TaskBuilder {
  checkStateName(name);
  checkOptionKeys('Task', name, options, TASK_KEYS);
  const value = (v: Template | undefined, field: string) =>
    v === undefined ? undefined : parseValue(v, { state: name, field });
  const fields: StateFields<'Task'> = {
    ...ioFields(name, options),
    resource: parseResource(options?.resource, name),
    parameters: value(options.parameters, 'Parameters'),
    arguments: value(options.arguments, 'Arguments'),
    resultSelector: value(options.resultSelector, 'ResultSelector'),
    resultPath: parsePath(options.resultPath, name, 'ResultPath', true),
    credentials: value(options.credentials, 'Credentials'),
    timeoutSeconds: parseNumber(options.timeoutSeconds, name, 'TimeoutSeconds', {
      min: 1,
      max: 99_999_999,
    }),
    heartbeatSeconds: parseNumber(options.heartbeatSeconds, name, 'HeartbeatSeconds', {
      min: 1,
      max: 99_999_999,
    }),
  };
  if (
    typeof options.timeoutSeconds === 'number' &&
    typeof options.heartbeatSeconds === 'number' &&
    // Equal values are the validator's HeartbeatEqualsTimeout warning, reported when compiled.
    options.heartbeatSeconds > options.timeoutSeconds
  ) {
    throw new DslError(
      'HeartbeatNotLessThanTimeout',
      `HeartbeatSeconds (${options.heartbeatSeconds}) of state '${name}' must not exceed TimeoutSeconds (${options.timeoutSeconds})`,
      { state: name, field: 'HeartbeatSeconds', hint: 'lower the heartbeat or raise the timeout' },
    );
  }
  const pending: PendingState = withOrigin({
    kind: 'Task' as const,
    name,
    terminal: false,
    fields,
  });
  return new TaskBuilder(applyErrorOptions(pending, options));
}
