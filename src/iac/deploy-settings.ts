import { AslcError } from '../util/errors.ts';
import type { DeployTargetOptions, LoggingOptions } from './config/project-config.ts';
import type { StateMachineType, WorkflowContext } from './iac-target.ts';
import { derivePolicy, type DerivedPolicy } from './iam/derive-policy.ts';
import { checkName, expandName } from './names.ts';

/** An option value: a literal, or `${Name}` (a placeholder's value). */
export type OptionRef =
  | { readonly kind: 'literal'; readonly value: string }
  | { readonly kind: 'placeholder'; readonly name: string };

/**
 * Reads an option that may be `${Name}`.
 *
 * @example
 * ```ts
 * parseOptionRef('${RoleArn}'); // { kind: 'placeholder', name: 'RoleArn' }
 * parseOptionRef('arn:aws:iam::123456789012:role/r'); // { kind: 'literal', value: '…' }
 * ```
 */
export function parseOptionRef(text: string): OptionRef {
  const m = /^\$\{([A-Za-z][A-Za-z0-9_]*)\}$/.exec(text);
  return m === null
    ? { kind: 'literal', value: text }
    : { kind: 'placeholder', name: m[1] as string };
}

/** State machine names: 1–80 of `0-9 A-Z a-z _ -`. */
export const STATE_MACHINE_NAME = /^[0-9A-Za-z_-]{1,80}$/;

/**
 * The state machine's name for a workflow: the `stateMachineName` pattern (default
 * `{workflow}`), characters outside `0-9 A-Z a-z _ -` replaced by `-`.
 *
 * @example
 * ```ts
 * stateMachineNameFor(ctx, '{workflow}-{env}'); // 'orders-dev'
 * ```
 */
export function stateMachineNameFor(ctx: WorkflowContext, pattern: string | undefined): string {
  const name = expandName(
    pattern ?? '{workflow}',
    { workflow: ctx.name, env: ctx.environment?.name },
    (s) => s.replace(/[^0-9A-Za-z_-]/g, '-'),
    'stateMachineName',
  );
  return checkName(name, STATE_MACHINE_NAME, 'stateMachineName', ctx.name);
}

/** The resolved options of a terraform, sam or cloudformation target for one workflow. */
export interface DeploySettings {
  readonly mode: 'substitutions' | 'inline' | 'keep';
  readonly type: StateMachineType;
  readonly stateMachineName: string;
  readonly partition: string;
  /** The execution role; `undefined`: create one with the derived policy. */
  readonly role: OptionRef | undefined;
  readonly logging:
    | {
        readonly level: NonNullable<LoggingOptions['level']>;
        readonly includeExecutionData: boolean;
        readonly logGroup: OptionRef;
      }
    | undefined;
  readonly tracing: boolean;
  /** Placeholders that options refer to (role, log group), sorted. */
  readonly optionPlaceholders: readonly string[];
}

/**
 * Resolves the options of a deploy target for one workflow (defaults: `substitutions`, the
 * workflow's type, the name `{workflow}`, partition `aws`).
 *
 * @example
 * ```ts
 * const s = resolveDeploySettings(ctx, { roleArn: '${RoleArn}' });
 * s.optionPlaceholders; // ['RoleArn']
 * ```
 */
export function resolveDeploySettings(
  ctx: WorkflowContext,
  options: DeployTargetOptions,
): DeploySettings {
  const role = options.roleArn === undefined ? undefined : parseOptionRef(options.roleArn);
  const logging =
    options.logging === undefined
      ? undefined
      : {
          level: options.logging.level ?? 'ERROR',
          includeExecutionData: options.logging.includeExecutionData ?? false,
          logGroup: parseOptionRef(options.logging.logGroupArn),
        };
  const refs = [role, logging?.logGroup].flatMap((r) =>
    r?.kind === 'placeholder' ? [r.name] : [],
  );
  return {
    mode: options.placeholders ?? 'substitutions',
    type: options.type ?? ctx.type,
    stateMachineName: stateMachineNameFor(ctx, options.stateMachineName),
    partition: options.partition ?? 'aws',
    role,
    logging,
    tracing: options.tracing ?? false,
    optionPlaceholders: [...new Set(refs)].sort(),
  };
}

/**
 * The environment value of an option, or its literal text.
 *
 * @example
 * ```ts
 * optionValue(ctx, { kind: 'placeholder', name: 'RoleArn' }); // the environment's RoleArn
 * ```
 */
export function optionValue(ctx: WorkflowContext, ref: OptionRef): string {
  if (ref.kind === 'literal') return ref.value;
  const values = ctx.environment?.values ?? {};
  if (!Object.hasOwn(values, ref.name)) {
    throw new Error(`internal: placeholder '${ref.name}' has no value (checked before rendering)`);
  }
  return values[ref.name] as string;
}

/**
 * The policy a created role gets: derived from the graph, with logging and tracing permissions
 * when enabled. Placeholders read as their environment values (`values`) or as the sentinel
 * tokens a target renders later (`tokens`).
 *
 * @example
 * ```ts
 * rolePolicy(ctx, settings, 'tokens').document;
 * ```
 */
export function rolePolicy(
  ctx: WorkflowContext,
  settings: Pick<DeploySettings, 'stateMachineName' | 'partition' | 'logging' | 'tracing'>,
  placeholders: 'values' | 'tokens',
): DerivedPolicy {
  const values = ctx.environment?.values ?? {};
  return derivePolicy(ctx.machine, {
    resolve: (name) =>
      placeholders === 'values'
        ? { kind: 'value', value: values[name] as string }
        : { kind: 'token', text: ctx.rendered.sentinels.token(name) },
    stateMachineName: settings.stateMachineName,
    partition: settings.partition,
    logging: settings.logging !== undefined && settings.logging.level !== 'OFF',
    tracing: settings.tracing,
  });
}

/**
 * Fails when a log group ARN (literal or from the environment) does not end with `:*`, as
 * Step Functions requires.
 *
 * @example
 * ```ts
 * checkLogGroupArn('arn:aws:logs:us-east-1:123456789012:log-group:flows:*', 'orders');
 * ```
 */
export function checkLogGroupArn(arn: string, workflow: string): void {
  if (!/^arn:aws[a-z-]*:logs:[a-z0-9-]+:\d{12}:log-group:[^*]+:\*$/.test(arn)) {
    throw new AslcError(
      'InvalidLogGroupArn',
      `the log group ARN '${arn}' of workflow '${workflow}' is invalid`,
      {
        hint: 'use the ARN of a CloudWatch Logs log group ending with :* (arn:aws:logs:<region>:<account>:log-group:<name>:*)',
      },
    );
  }
}
