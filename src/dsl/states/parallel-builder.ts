import type { Chainable } from '../chain.ts';
import { DslError } from '../dsl-error.ts';
import type { StateFields } from '../../ir/state-node.ts';
import { checkOptionKeys, type OptionKeys } from '../options.ts';
import {
  parseOutput,
  parseAssign,
  parseQueryLanguage,
  parseComment,
  parsePath,
  type PathInput,
} from '../parse/field-parser.ts';
import { parseValue, type Template } from '../parse/value-parser.ts';
import type { PendingState } from '../pending-state.ts';
import { withCatch, withRetry, type CatchOptions, type RetryOptions } from '../retry-catch.ts';
import { parseExtra } from '../extra-fields.ts';
import { checkStateName } from '../state-name.ts';
import {
  ASSIGN_OUTPUT_KEYS,
  PATH_IO_KEYS,
  STATE_OPTION_KEYS,
  StateBuilder,
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

const PARALLEL_KEYS: OptionKeys<ParallelOptions> = {
  ...STATE_OPTION_KEYS,
  ...PATH_IO_KEYS,
  ...ASSIGN_OUTPUT_KEYS,
  branches: true,
  parameters: true,
  arguments: true,
  resultSelector: true,
  resultPath: true,
  retry: true,
};

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
  checkOptionKeys('Parallel', name, options, PARALLEL_KEYS);
  const value = (v: Template | undefined, field: string) =>
    v === undefined ? undefined : parseValue(v, { state: name, field });
  const fields: StateFields<'Parallel'> = {
    comment: parseComment(options.comment, name),
    extra: parseExtra(options.extra, name),
    queryLanguage: parseQueryLanguage(options.queryLanguage, name),
    inputPath: parsePath(options.inputPath, name, 'InputPath', true),
    outputPath: parsePath(options.outputPath, name, 'OutputPath', true),
    assign: parseAssign(options.assign, name),
    output: parseOutput(options.output, name),
    parameters: value(options.parameters, 'Parameters'),
    arguments: value(options.arguments, 'Arguments'),
    resultSelector: value(options.resultSelector, 'ResultSelector'),
    resultPath: parsePath(options.resultPath, name, 'ResultPath', true),
  };
  const branches = (options.branches ?? []).map((b, i) => branchNode(b, name, i));
  const pending: PendingState = Object.freeze(
    withOrigin({
      kind: 'Parallel' as const,
      name,
      terminal: false,
      fields,
      branches: Object.freeze(branches),
    }),
  );
  return new ParallelBuilder(applyRetryOption(pending, options.retry));
}
