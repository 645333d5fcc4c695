import { chainNodeOf, type Chainable } from '../chain.ts';
import { DslError } from '../dsl-error.ts';
import type { StateFields } from '../../ir/state-node.ts';
import { checkOptionKeys, type OptionKeys } from '../options.ts';
import { parsePath, type PathInput } from '../parse/field-parser.ts';
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
import { applyErrorOptions, type ErrorHandlingOptions } from './task-builder.ts';
import { withOrigin } from '../source-site.ts';

/** Options of one Parallel branch, for {@link branch}. */
export interface BranchOptions {
  /** The branch's `Comment`. */
  readonly comment?: string;
}

/** The brand of {@link ParallelBranch} values: the chain of the branch. */
const BRANCH = Symbol('aslc.ParallelBranch');

/**
 * A Parallel branch with options, built by {@link branch}: usable in `branches` and in
 * `.branch()` only (anywhere else its comment would be lost, so it is refused there).
 */
export interface ParallelBranch extends Chainable {
  readonly [BRANCH]: Chainable;
  /** The branch's `Comment`. */
  readonly comment: string | undefined;
}

/**
 * A Parallel branch with a `Comment`: pass it in a Parallel's `branches` or to its `.branch()`;
 * nowhere else (a chain, a Map processor, a Catch handler, `toSingleState`) takes one
 * (`BranchOutsideParallel`).
 *
 * @example
 * ```ts
 * parallel('Both', {
 *   branches: [branch(chain(pass('A'), pass('B')), { comment: 'left side' }), pass('C')],
 * });
 * // "Branches": [{ "Comment": "left side", "StartAt": "A", … }, { "StartAt": "C", … }]
 * ```
 */
export function branch(definition: Chainable, options: BranchOptions = {}): ParallelBranch {
  if (
    definition === undefined ||
    definition === null ||
    typeof (definition as Partial<Chainable>).toChain !== 'function'
  ) {
    throw new DslError('InvalidFieldValue', 'branch() needs a state or a chain', {
      field: 'Branches',
      hint: "write branch(chain(pass('A'), pass('B')), { comment: '…' })",
    });
  }
  if (isParallelBranch(definition)) {
    throw new DslError('BranchOutsideParallel', 'branch() of a branch() value', {
      field: 'Branches',
      hint: 'call branch() once per branch, with all its options: branch(chain, { comment })',
    });
  }
  checkOptionKeys('Parallel branch', '(branch)', options, BRANCH_KEYS);
  const comment = options?.comment;
  if (comment !== undefined && typeof comment !== 'string') {
    throw new DslError('InvalidFieldValue', 'the comment of a Parallel branch must be a string', {
      hint: 'a Comment is plain text: write a string',
      field: 'Branches.Comment',
    });
  }
  return Object.freeze({
    [BRANCH]: definition,
    comment,
    toChain: (): never => {
      throw new DslError(
        'BranchOutsideParallel',
        'a branch() value is used outside the branches of a Parallel state, where its comment would be lost',
        {
          field: 'Branches',
          hint: "use it in parallel('P', { branches: [...] }) or parallel('P').branch(...) only; elsewhere pass the state or chain itself",
        },
      );
    },
  });
}

const BRANCH_KEYS: OptionKeys<BranchOptions> = { comment: true };

/** True for a value built by {@link branch}. */
function isParallelBranch(value: unknown): value is ParallelBranch {
  return typeof value === 'object' && value !== null && BRANCH in value;
}

/** Options of a Parallel state. */
export interface ParallelOptions
  extends StateOptions, PathIoOptions, AssignOutputOptions, ErrorHandlingOptions {
  /**
   * The branches (more can be added with `.branch()`): states, chains, or {@link branch} values
   * for a branch with a `Comment`.
   */
  readonly branches?: readonly Chainable[];
  /** JSONPath: the input given to every branch. */
  readonly parameters?: Template;
  /** JSONata: the input given to every branch. */
  readonly arguments?: Template;
  readonly resultSelector?: Template;
  readonly resultPath?: PathInput | null;
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
  catch: true,
};

/** `n` branches without a comment. */
function padded(n: number): undefined[] {
  return Array.from({ length: n }, () => undefined);
}

/**
 * The `branchComments` of a pending Parallel state: each branch's comment (earlier comments as
 * they are), or nothing when no branch has one.
 */
function commentsOf(items: readonly (string | undefined | Chainable)[]): {
  branchComments?: readonly (string | undefined)[];
} {
  const comments = items.map((b) =>
    b === undefined || typeof b === 'string' ? b : isParallelBranch(b) ? b.comment : undefined,
  );
  return comments.some((c) => c !== undefined) ? { branchComments: comments } : {};
}

function branchNode(branch: Chainable, name: string, index: number) {
  if (branch === undefined || branch === null || typeof branch.toChain !== 'function') {
    throw new DslError(
      'InvalidFieldValue',
      `branch ${index} of Parallel state '${name}' is not a state or a chain`,
      {
        hint: 'pass a state builder (pass(), task(), …), a chain(), or branch(…)',
        state: name,
        field: 'Branches',
      },
    );
  }
  return chainNodeOf(isParallelBranch(branch) ? branch[BRANCH] : branch);
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
    return new ParallelBuilder({
      ...this.pending,
      branches: [...(this.pending.branches ?? []), ...nodes],
      ...commentsOf([...(this.pending.branchComments ?? padded(start)), ...branches]),
    });
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
    ...ioFields(name, options),
    parameters: value(options.parameters, 'Parameters'),
    arguments: value(options.arguments, 'Arguments'),
    resultSelector: value(options.resultSelector, 'ResultSelector'),
    resultPath: parsePath(options.resultPath, name, 'ResultPath', true),
  };
  const given = options.branches ?? [];
  const branches = given.map((b, i) => branchNode(b, name, i));
  const pending: PendingState = withOrigin({
    kind: 'Parallel' as const,
    name,
    terminal: false,
    fields,
    branches,
    ...commentsOf(given),
  });
  return new ParallelBuilder(applyErrorOptions(pending, options));
}
