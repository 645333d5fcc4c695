import { stateMachine, type StateMachine } from '../dsl/index.ts';
import type { Fragment } from './fragment.ts';
import {
  STATES_ASSUME_ROLE_POLICY,
  fragmentPolicy,
  managedPolicyArns,
  type PolicyDocument,
} from './iam-policy.ts';
import { checkEnvBase, envBasePrefixed } from './util/env-base.ts';

export { envBasePrefixed };

/** Where AWS resources live, for ARNs. */
export interface AwsLocation {
  readonly region: string;
  readonly account: string;
  /** Default `aws`. */
  readonly partition?: string;
}

/**
 * The deployed name of a state machine: `<envBase>-<name>` (`EnvBase.get_state_machine_name`).
 *
 * @example
 * ```ts
 * stateMachineName('dev-marmotdev', 'data-sync-v2'); // 'dev-marmotdev-data-sync-v2'
 * ```
 */
export function stateMachineName(envBase: string, name: string): string {
  return envBasePrefixed(envBase, name);
}

/**
 * The deployed name of a Lambda function: `<envBase>-<name>` (`EnvBase.get_function_name`).
 *
 * @example
 * ```ts
 * lambdaFunctionName('dev-marmotdev', 'my-fn'); // 'dev-marmotdev-my-fn'
 * ```
 */
export function lambdaFunctionName(envBase: string, name: string): string {
  return envBasePrefixed(envBase, name);
}

/**
 * The log group of a state machine: `/aws/vendedlogs/<envBase>/states/<name>`.
 *
 * @example
 * ```ts
 * stateMachineLogGroupName('dev-marmotdev', 'demand-execution'); // '/aws/vendedlogs/dev-marmotdev/states/demand-execution'
 * ```
 */
export function stateMachineLogGroupName(envBase: string, name: string): string {
  return ['/aws/vendedlogs', checkEnvBase(envBase), 'states', name].join('/');
}

/**
 * The ARN of an env-base state machine (the reference's `get_state_machine_from_name`).
 *
 * @example
 * ```ts
 * stateMachineArn('dev-marmotdev', 'data-sync-v2', { region: 'us-west-2', account: '123456789012' });
 * // 'arn:aws:states:us-west-2:123456789012:stateMachine:dev-marmotdev-data-sync-v2'
 * ```
 */
export function stateMachineArn(envBase: string, name: string, where: AwsLocation): string {
  return `arn:${where.partition ?? 'aws'}:states:${where.region}:${where.account}:stateMachine:${stateMachineName(envBase, name)}`;
}

/**
 * The ARN of an env-base Lambda function (the reference's `get_fn`).
 *
 * @example
 * ```ts
 * lambdaFunctionArn('dev-marmotdev', 'my-fn', { region: 'us-west-2', account: '123456789012' });
 * // 'arn:aws:lambda:us-west-2:123456789012:function:dev-marmotdev-my-fn'
 * ```
 */
export function lambdaFunctionArn(envBase: string, name: string, where: AwsLocation): string {
  return `arn:${where.partition ?? 'aws'}:lambda:${where.region}:${where.account}:function:${lambdaFunctionName(envBase, name)}`;
}

/**
 * The ARN of a CloudWatch log group (as CDK's `LogGroup.logGroupArn`, ending in `:*`).
 *
 * @example
 * ```ts
 * logGroupArn('/aws/vendedlogs/dev-marmotdev/states/x', { region: 'us-west-2', account: '123456789012' });
 * ```
 */
export function logGroupArn(logGroupName: string, where: AwsLocation): string {
  return `arn:${where.partition ?? 'aws'}:logs:${where.region}:${where.account}:log-group:${logGroupName}:*`;
}

/** The `LoggingConfiguration` of a state machine (level ERROR, execution data not included). */
export interface LoggingConfiguration {
  readonly Destinations: readonly {
    readonly CloudWatchLogsLogGroup: { readonly LogGroupArn: string };
  }[];
  readonly Level: 'ERROR';
}

/**
 * The logging configuration the reference gives every fragment machine (`create_log_options`).
 *
 * @example
 * ```ts
 * declare const name: string, where: AwsLocation;
 * loggingConfiguration(logGroupArn(name, where)); // { Destinations: [...], Level: 'ERROR' }
 * ```
 */
export function loggingConfiguration(arn: string): LoggingConfiguration {
  return { Destinations: [{ CloudWatchLogsLogGroup: { LogGroupArn: arn } }], Level: 'ERROR' };
}

/** Options of {@link toStateMachine}. */
export interface ToStateMachineOptions extends AwsLocation {
  /** The machine's name without the env base (`demand-execution`). */
  readonly name: string;
  /** Fails the execution with `States.Timeout` after this many seconds. */
  readonly timeoutSeconds?: number;
  readonly comment?: string;
}

/** A fragment turned into a deployable state machine, with what IaC needs around it. */
export interface FragmentStateMachine {
  /** `<envBase>-<name>`. */
  readonly name: string;
  readonly arn: string;
  /** The definition (compile it with `compile()`). */
  readonly definition: StateMachine;
  readonly logGroupName: string;
  readonly logGroupArn: string;
  readonly loggingConfiguration: LoggingConfiguration;
  /** Inline policy (see `fragmentPolicy`). */
  readonly policy: PolicyDocument;
  /** AWS-managed policies attached by default. */
  readonly managedPolicyArns: readonly string[];
  /** Trust policy of the role (`states.amazonaws.com`). */
  readonly assumeRolePolicy: typeof STATES_ASSUME_ROLE_POLICY;
}

/**
 * A fragment as a deployable state machine (the reference's `to_state_machine`): the name
 * `<envBase>-<name>`, the definition (`{StartAt, States}`, plus `TimeoutSeconds` when given), the
 * log group `/aws/vendedlogs/<envBase>/states/<name>` with level ERROR, and the role's policies.
 *
 * @example
 * ```ts
 * declare const dataSync: Fragment; // e.g. dataSyncFragment({ … })
 * const sm = toStateMachine(dataSync, { name: 'data-sync-v2', region: 'us-west-2', account: '123456789012' });
 * compile(sm.definition).json;
 * ```
 */
export function toStateMachine(
  fragment: Fragment,
  options: ToStateMachineOptions,
): FragmentStateMachine {
  const name = stateMachineName(fragment.envBase, options.name);
  const logGroupName = stateMachineLogGroupName(fragment.envBase, options.name);
  const logArn = logGroupArn(logGroupName, options);
  return Object.freeze({
    name,
    arn: stateMachineArn(fragment.envBase, options.name, options),
    definition: stateMachine({
      definition: fragment,
      ...(options.timeoutSeconds === undefined ? {} : { timeoutSeconds: options.timeoutSeconds }),
      ...(options.comment === undefined ? {} : { comment: options.comment }),
    }),
    logGroupName,
    logGroupArn: logArn,
    loggingConfiguration: loggingConfiguration(logArn),
    policy: fragmentPolicy(fragment, options),
    managedPolicyArns: managedPolicyArns(options.partition),
    assumeRolePolicy: STATES_ASSUME_ROLE_POLICY,
  });
}
