import type { Chainable } from '../chain.ts';
import { DslError } from '../dsl-error.ts';
import { checkOptionKeys } from '../options.ts';
import { parsePath, type PathInput } from '../parse/field-parser.ts';
import { parseValue, type Template } from '../parse/value-parser.ts';
import type { PendingState } from '../pending-state.ts';
import { withCatch, withRetry, type CatchOptions, type RetryOptions } from '../retry-catch.ts';
import { checkStateName } from '../state-name.ts';
import {
  COMMON_KEYS,
  IO_KEYS,
  StateBuilder,
  commonFields,
  compact,
  type AssignOutputOptions,
  type PathIoOptions,
  type StateOptions,
} from '../state-builder.ts';
import { applyRetryOption } from './task-builder.ts';
import { withOrigin } from '../source-site.ts';

/** Options of a Parallel state. */
export interface ParallelOptions extends StateOptions, PathIoOptions, AssignOutputOptions {
  /** The branches (more can be added with `.branch()`). */
  readonly branches?: readonly Chainable[];
  /** JSONPath: the input given to every branch. */
  readonly parameters?: Template;
  /** JSONata: the input given to every branch. */
  readonly arguments?: Template;
  readonly resultSelector?: Template;
  readonly resultPath?: PathInput | null;
  readonly retry?: RetryOptions | readonly RetryOptions[];
}

function branchNode(branch: Chainable, name: string, index: number) {
  if (branch === undefined || branch === null || typeof branch.toChain !== 'function') {
    throw new DslError(
      'InvalidFieldValue',
      `branch ${index} of Parallel state '${name}' is not a state or a chain`,
      {
        state: name,
        field: 'Branches',
      },
    );
  }
  return branch.toChain().node;
}

/** A Parallel state builder: immutable. */
export class ParallelBuilder extends StateBuilder {
  /**
   * A copy with more branches.
   *
   * @example
   * ```ts
   * parallel('Both').branch(pass('Left')).branch(pass('Right'));
   * ```
   */
  branch(...branches: Chainable[]): ParallelBuilder {
    const start = this.pending.branches?.length ?? 0;
    const nodes = branches.map((b, i) => branchNode(b, this.pending.name, start + i));
    return new ParallelBuilder(
      Object.freeze({
        ...this.pending,
        branches: Object.freeze([...(this.pending.branches ?? []), ...nodes]),
      }),
    );
  }

  /** A copy with one more retrier. */
  retry(options: RetryOptions = {}): ParallelBuilder {
    return new ParallelBuilder(withRetry(this.pending, options));
  }

  /** A copy with one more catcher that continues to `handler`. */
  catch(handler: Chainable, options: CatchOptions = {}): ParallelBuilder {
    return new ParallelBuilder(withCatch(this.pending, handler, options));
  }
}

/**
 * A Parallel state: runs its branches at once; its result is the array of their outputs.
 *
 * @example
 * ```ts
 * parallel('Fan out', { branches: [pass('A'), pass('B')], resultPath: '$.both' });
 * ```
 */
export function parallel(name: string, options: ParallelOptions = {}): ParallelBuilder {
  checkStateName(name);
  checkOptionKeys('Parallel', name, options, [
    ...COMMON_KEYS,
    ...IO_KEYS,
    'branches',
    'parameters',
    'arguments',
    'resultSelector',
    'resultPath',
    'retry',
  ]);
  const f = commonFields(name, options, { paths: true, assign: true, output: true });
  const value = (v: Template | undefined, field: string) =>
    v === undefined ? undefined : parseValue(v, { state: name, field });
  f['parameters'] = value(options.parameters, 'Parameters');
  f['arguments'] = value(options.arguments, 'Arguments');
  f['resultSelector'] = value(options.resultSelector, 'ResultSelector');
  f['resultPath'] = parsePath(options.resultPath, name, 'ResultPath', true);
  const branches = (options.branches ?? []).map((b, i) => branchNode(b, name, i));
  const pending: PendingState = Object.freeze(
    withOrigin({
      kind: 'Parallel',
      name,
      terminal: false,
      fields: compact(f),
      branches: Object.freeze(branches),
    }),
  );
  return new ParallelBuilder(applyRetryOption(pending, options.retry));
}
