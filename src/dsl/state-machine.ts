import type { AslQueryLanguage } from '../asl/query-language.ts';
import type { StateMachineNode } from '../ir/state-machine-node.ts';
import { chainNodeOf, type Chainable } from './chain.ts';
import { DslError } from './dsl-error.ts';
import { parseExtra, type ExtraFields } from './extra-fields.ts';
import { lowerStateMachine } from './lower.ts';
import { checkOptionKeys, type OptionKeys } from './options.ts';
import { isRecordingSourceLocations } from './source-site.ts';
import { attachSites, collectSites } from './source-locations.ts';

const MACHINE_KEYS: OptionKeys<StateMachineOptions> = {
  definition: true,
  comment: true,
  queryLanguage: true,
  timeoutSeconds: true,
  version: true,
  extra: true,
};

/** The brand of state machines, shared by every copy of aslc loaded in one process. */
const STATE_MACHINE = Symbol.for('aslc.StateMachine');

/** A built state machine: its frozen IR, ready for `compile()`. */
export interface StateMachine {
  readonly [STATE_MACHINE]: true;
  /** The frozen IR. */
  readonly node: StateMachineNode;
}

/** Options of {@link stateMachine}. */
export interface StateMachineOptions {
  /** The states, from the first one. */
  readonly definition: Chainable;
  readonly comment?: string;
  /** `JSONPath` (default) or `JSONata`, for every state that does not set its own. */
  readonly queryLanguage?: AslQueryLanguage;
  /** Fails the execution with `States.Timeout` after this many seconds. */
  readonly timeoutSeconds?: number;
  /** ASL version, `"1.0"`. */
  readonly version?: string;
  /**
   * Top-level fields the DSL does not model yet, by their ASL name: written after `States`,
   * sorted by key (see `StateOptions.extra`).
   */
  readonly extra?: ExtraFields;
}

/**
 * Builds a state machine: resolves every transition, checks names and query-language rules,
 * and freezes the result. Throws a {@link DslError} naming the state and the fix on misuse.
 *
 * @example
 * ```ts
 * export default stateMachine({
 *   comment: 'Hello',
 *   definition: chain(pass('Hello', { result: 'world' }), succeed('Done')),
 * });
 * ```
 */
export function stateMachine(options: StateMachineOptions): StateMachine {
  checkOptionKeys('state machine', '(top level)', options, MACHINE_KEYS);
  if (options?.definition === undefined || typeof options.definition.toChain !== 'function') {
    throw new DslError(
      'MissingField',
      'stateMachine() needs a definition: the first state or a chain',
      {
        field: 'StartAt',
        hint: "stateMachine({ definition: chain(pass('Start'), succeed('Done')) })",
      },
    );
  }
  const { timeoutSeconds, queryLanguage, version, comment } = options;
  if (
    timeoutSeconds !== undefined &&
    (!Number.isInteger(timeoutSeconds) || timeoutSeconds < 1 || timeoutSeconds > 99_999_999)
  ) {
    throw new DslError(
      'InvalidFieldValue',
      `TimeoutSeconds of the state machine is ${timeoutSeconds}; it must be a positive integer`,
      {
        hint: 'write timeoutSeconds as a whole number of seconds, e.g. 3600',
        field: 'TimeoutSeconds',
      },
    );
  }
  if (queryLanguage !== undefined && queryLanguage !== 'JSONPath' && queryLanguage !== 'JSONata') {
    throw new DslError(
      'InvalidFieldValue',
      "queryLanguage of the state machine must be 'JSONPath' or 'JSONata'",
      {
        hint: "write queryLanguage: 'JSONata' or 'JSONPath' (or omit it: JSONPath)",
        field: 'QueryLanguage',
      },
    );
  }
  if (version !== undefined && version !== '1.0') {
    throw new DslError(
      'InvalidFieldValue',
      `Version '${version}' is not supported; ASL defines "1.0"`,
      { hint: "omit version, or write version: '1.0'", field: 'Version' },
    );
  }
  if (comment !== undefined && typeof comment !== 'string') {
    throw new DslError('InvalidFieldValue', 'comment of the state machine must be a string', {
      hint: 'a Comment is plain text: write a string',
      field: 'Comment',
    });
  }
  const fields = {
    comment,
    version,
    queryLanguage,
    timeoutSeconds,
    extra: parseExtra(options.extra, undefined),
  };
  const chainNode = chainNodeOf(options.definition);
  if (!isRecordingSourceLocations()) {
    return Object.freeze({
      [STATE_MACHINE]: true as const,
      node: lowerStateMachine(chainNode, fields),
    });
  }
  const collected = collectSites();
  const machine = {
    [STATE_MACHINE]: true as const,
    node: lowerStateMachine(chainNode, fields, collected.onState),
  };
  attachSites(machine, collected.sites);
  return Object.freeze(machine);
}

/**
 * True for a value built by {@link stateMachine} (by any copy of aslc).
 *
 * @example
 * ```ts
 * declare const workflowModule: { default?: unknown }; // what import('./flow.ts') gives
 * isStateMachine(workflowModule.default); // true for a workflow module's default export
 * ```
 */
export function isStateMachine(value: unknown): value is StateMachine {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<symbol, unknown>)[STATE_MACHINE] === true &&
    typeof (value as { node?: unknown }).node === 'object'
  );
}
