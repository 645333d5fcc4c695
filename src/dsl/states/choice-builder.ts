import { Chain, chainNodeOf, leafNode, type Chainable } from '../chain.ts';
import { toCondition, type Condition } from '../condition.ts';
import { DslError } from '../dsl-error.ts';
import type { Jsonata } from '../expr/expression.ts';
import type { StateFields } from '../../ir/state-node.ts';
import { checkOptionKeys, type OptionKeys } from '../options.ts';
import { parseAssign } from '../parse/field-parser.ts';
import { parseValue, type Template } from '../parse/value-parser.ts';
import type { PendingRule, PendingState } from '../pending-state.ts';
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

/** Options of a Choice state. */
export type ChoiceOptions = StateOptions & PathIoOptions & AssignOutputOptions;

/** Options of one Choice rule. */
export interface RuleOptions {
  readonly comment?: string;
  /** Variables to assign when this rule matches. */
  readonly assign?: Record<string, Template>;
  /** JSONata: the output when this rule matches. */
  readonly output?: Template;
}

const RULE_KEYS: OptionKeys<RuleOptions> = { comment: true, assign: true, output: true };

const CHOICE_KEYS: OptionKeys<ChoiceOptions> = {
  ...STATE_OPTION_KEYS,
  ...PATH_IO_KEYS,
  ...ASSIGN_OUTPUT_KEYS,
};

function toNode(target: Chainable, state: string, what: string) {
  if (target === undefined || target === null || typeof target.toChain !== 'function') {
    throw new DslError(
      'InvalidFieldValue',
      `the ${what} of Choice state '${state}' is not a state or a chain`,
      { hint: 'pass a state builder (pass(), task(), …) or a chain()', state, field: 'Choices' },
    );
  }
  return chainNodeOf(target);
}

/**
 * A Choice state builder: immutable; `when` and `otherwise` return new builders. A Choice has no
 * `Next`: its rules decide. To continue after every branch, use `afterwards()`.
 */
export class ChoiceBuilder extends StateBuilder {
  /**
   * A copy with one more rule: when `condition` holds, go to `target`.
   *
   * @example
   * ```ts
   * choice('Kind?').when(Condition.stringEquals('$.kind', 'a'), pass('A'));
   * choice('Big?', { queryLanguage: 'JSONata' }).when(jsonata('$states.input.n > 3'), pass('Big'));
   * ```
   */
  when(
    condition: Condition | Jsonata | boolean,
    target: Chainable,
    options: RuleOptions = {},
  ): ChoiceBuilder {
    const name = this.pending.name;
    checkOptionKeys('Choice rule', name, options, RULE_KEYS);
    const node = toCondition(condition, name);
    if (
      node.kind !== 'JsonataCondition' &&
      node.comment !== undefined &&
      options.comment !== undefined
    ) {
      throw new DslError(
        'ConflictingFields',
        `a rule of Choice state '${name}' has two comments: Condition.withComment(…) and { comment }`,
        { state: name, field: 'Comment', hint: 'give the rule one comment, in { comment }' },
      );
    }
    const rule: PendingRule = {
      condition: node,
      target: toNode(target, name, 'target of a rule'),
      ...(options.comment === undefined ? {} : { comment: options.comment }),
      ...(options.assign === undefined
        ? {}
        : { assign: parseAssign(options.assign, name, 'Choices Assign') }),
      ...(options.output === undefined
        ? {}
        : { output: parseValue(options.output, { state: name, field: 'Choices Output' }) }),
    };
    const rules = [...(this.pending.rules ?? []), withOrigin(rule)];
    return new ChoiceBuilder({ ...this.pending, rules });
  }

  /**
   * A copy whose `Default` is `target` (taken when no rule matches; without it the execution
   * fails with `States.NoChoiceMatched`).
   *
   * @example
   * ```ts
   * choice('Kind?').when(Condition.isPresent('$.a'), pass('A')).otherwise(pass('Other'));
   * ```
   */
  otherwise(target: Chainable): ChoiceBuilder {
    if (this.pending.defaultTarget !== undefined) {
      throw new DslError(
        'ChoiceAlreadyHasDefault',
        `Choice state '${this.pending.name}' already has a default ('${this.pending.defaultTarget.start.name}')`,
        {
          state: this.pending.name,
          field: 'Default',
          hint: 'call otherwise() once',
        },
      );
    }
    return new ChoiceBuilder(
      withOrigin(
        { ...this.pending, defaultTarget: toNode(target, this.pending.name, 'default') },
        'defaultOrigin',
      ),
    );
  }

  /**
   * A chain that starts at this Choice and whose open ends are the open ends of every rule's
   * target and of the default, so that `.next(x)` joins all branches at `x`.
   *
   * @example
   * ```ts
   * choice('Kind?').when(Condition.isPresent('$.a'), pass('A')).otherwise(pass('B')).afterwards().next(pass('Join'));
   * ```
   */
  afterwards(): Chain {
    const p = this.pending;
    if ((p.rules ?? []).length === 0) {
      throw new DslError('ChoiceWithoutRules', `Choice state '${p.name}' has no rules`, {
        state: p.name,
        field: 'Choices',
        hint: 'add a rule with .when(condition, target)',
      });
    }
    const ends = new Set<PendingState>();
    const rules = p.rules ?? [];
    for (let i = 0; i < rules.length; i++) addAll(ends, (rules[i] as PendingRule).target.ends);
    if (p.defaultTarget !== undefined) addAll(ends, p.defaultTarget.ends);
    return new Chain(leafNode(p, [...ends]));
  }
}

function addAll(set: Set<PendingState>, states: readonly PendingState[]): void {
  for (let i = 0; i < states.length; i++) set.add(states[i] as PendingState);
}

/**
 * A Choice state: branches on conditions.
 *
 * @example
 * ```ts
 * choice('Status?')
 *   .when(Condition.stringEquals('$.status', 'DONE'), succeed('Done'))
 *   .otherwise(wait('Wait', { seconds: 30 }));
 * ```
 */
export function choice(name: string, options: ChoiceOptions = {}): ChoiceBuilder {
  checkStateName(name);
  checkOptionKeys('Choice', name, options, CHOICE_KEYS);
  const fields: StateFields<'Choice'> = {
    ...ioFields(name, options),
  };
  return new ChoiceBuilder(
    withOrigin({ kind: 'Choice' as const, name, terminal: true, fields, rules: [] }),
  );
}
