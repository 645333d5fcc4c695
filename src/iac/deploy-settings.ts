import { AslcError } from '../util/errors.ts';
import type { DeployTargetOptions, LoggingOptions, Tags } from './config/project-config.ts';
import type { BuildProblem, StateMachineType, TargetKind, WorkflowContext } from './iac-target.ts';
import { derivePolicy } from './iam/derive-policy.ts';
import type { PolicyDocument } from './iam/policy-document.ts';
import { checkName, expandName } from './names.ts';
import { placeholderValue } from './placeholder-values.ts';
import { placeholderReference } from './references.ts';

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
const STATE_MACHINE_NAME = /^[0-9A-Za-z_-]{1,80}$/;

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
        /** The log group; `undefined`: the target creates one. */
        readonly logGroup: OptionRef | undefined;
        /** Retention of a created log group, in days (`undefined`: never expire). */
        readonly retentionInDays: number | undefined;
      }
    | undefined;
  readonly tracing: boolean;
  /** Permissions boundary of a created role. */
  readonly permissionsBoundary: OptionRef | undefined;
  readonly tags: Tags;
  /** Placeholders that options refer to (role, log group), sorted. */
  readonly optionPlaceholders: readonly string[];
}

/**
 * The placeholders a deploy target's options refer to (`roleArn`, `logging.logGroupArn` written
 * `${Name}`), sorted.
 *
 * @example
 * ```ts
 * optionPlaceholders({ roleArn: '${RoleArn}' }); // ['RoleArn']
 * ```
 */
export function optionPlaceholders(options: DeployTargetOptions): string[] {
  const refs = [options.roleArn, options.logging?.logGroupArn, options.permissionsBoundary]
    .filter((r): r is string => r !== undefined)
    .map(parseOptionRef)
    .flatMap((r) => (r.kind === 'placeholder' ? [r.name] : []));
  return [...new Set(refs)].sort();
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
  const l = options.logging;
  const logging =
    l === undefined
      ? undefined
      : {
          level: l.level ?? 'ERROR',
          includeExecutionData: l.includeExecutionData ?? false,
          logGroup: l.logGroupArn === undefined ? undefined : parseOptionRef(l.logGroupArn),
          retentionInDays: l.retentionInDays,
        };
  if (l?.logGroupArn !== undefined && l.retentionInDays !== undefined) {
    throw new AslcError(
      'InvalidOption',
      `logging.retentionInDays of workflow '${ctx.name}' applies only to a log group the target creates, and logging.logGroupArn names an existing one`,
      { hint: 'remove one of logging.retentionInDays and logging.logGroupArn' },
    );
  }
  if (role !== undefined && options.permissionsBoundary !== undefined) {
    throw new AslcError(
      'InvalidOption',
      `permissionsBoundary of workflow '${ctx.name}' applies only to a role the target creates, and roleArn names an existing one`,
      { hint: 'remove one of permissionsBoundary and roleArn' },
    );
  }
  return {
    mode: options.placeholders ?? 'substitutions',
    type: options.type ?? ctx.type,
    stateMachineName: stateMachineNameFor(ctx, options.stateMachineName),
    partition: options.partition ?? 'aws',
    role,
    logging,
    tracing: options.tracing ?? false,
    permissionsBoundary:
      options.permissionsBoundary === undefined
        ? undefined
        : parseOptionRef(options.permissionsBoundary),
    tags: options.tags ?? {},
    optionPlaceholders: optionPlaceholders(options),
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
  return placeholderValue(ctx.environment?.values ?? {}, ref.name);
}

/**
 * True when an option is a placeholder whose environment value is a CloudFormation reference
 * (only template targets can write it).
 *
 * @example
 * ```ts
 * isReferenceOption(ctx, { kind: 'placeholder', name: 'RoleArn' }); // false
 * ```
 */
export function isReferenceOption(ctx: WorkflowContext, ref: OptionRef): boolean {
  return (
    ref.kind === 'placeholder' && placeholderReference(ctx.environment, ref.name) !== undefined
  );
}

/** What a derived role policy depends on besides the graph. */
export interface RolePolicySettings {
  readonly stateMachineName: string;
  readonly partition: string;
  /** The machine logs to CloudWatch Logs. */
  readonly logging: boolean;
  readonly tracing: boolean;
}

/**
 * The role-policy settings of a deploy target: logging permissions unless logging is off.
 *
 * @example
 * ```ts
 * rolePolicySettings(resolveDeploySettings(ctx, options)).logging; // false
 * ```
 */
export function rolePolicySettings(s: DeploySettings): RolePolicySettings {
  return {
    stateMachineName: s.stateMachineName,
    partition: s.partition,
    logging: s.logging !== undefined && s.logging.level !== 'OFF',
    tracing: s.tracing,
  };
}

/**
 * The policy a workflow's role needs: derived from the graph, with logging and tracing
 * permissions when enabled. Placeholders read as their environment values (`values`) or as the
 * sentinel tokens a target renders later (`tokens`). Permissions that could not be derived
 * precisely are reported to `problems` as `ImpreciseIamPermission` warnings of `target`.
 *
 * @example
 * ```ts
 * rolePolicy(ctx, rolePolicySettings(settings), 'tokens', 'terraform', problems);
 * ```
 */
export function rolePolicy(
  ctx: WorkflowContext,
  settings: RolePolicySettings,
  placeholders: 'values' | 'tokens',
  target: TargetKind,
  problems: BuildProblem[],
): PolicyDocument {
  const values = ctx.environment?.values ?? {};
  const { document, warnings } = derivePolicy(ctx.machine, {
    // A reference, or the ARN of a machine built with this one, is known only at deploy time:
    // it stays a token for the target to render.
    resolve: (name) =>
      placeholders === 'values' &&
      placeholderReference(ctx.environment, name) === undefined &&
      ctx.machineArns?.has(name) !== true
        ? { kind: 'value', value: values[name] as string }
        : { kind: 'token', text: ctx.rendered.sentinels.token(name) },
    stateMachineName: settings.stateMachineName,
    partition: settings.partition,
    logging: settings.logging,
    tracing: settings.tracing,
  });
  for (const w of warnings) {
    problems.push({
      severity: 'warning',
      code: 'ImpreciseIamPermission',
      message: w.message,
      workflow: ctx.name,
      target,
      state: w.state,
    });
  }
  return document;
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
