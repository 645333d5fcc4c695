import type { StateMachineType, TargetKind } from '../iac-target.ts';

/**
 * The project configuration, `aslc.config.json` (schema: schemas/aslc-config.schema.json). These
 * types mirror the schema; {@link loadProjectConfig} checks a file against it.
 */

/** The default name of the configuration file. */
export const CONFIG_FILE_NAME = 'aslc.config.json';

/** Environment names (the schema's pattern; they appear in names, comments and file names). */
export const ENVIRONMENT_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** Logging to CloudWatch Logs. */
export interface LoggingOptions {
  readonly level?: 'ALL' | 'ERROR' | 'FATAL' | 'OFF';
  readonly includeExecutionData?: boolean;
  /** A log group ARN ending with `:*`, or `${Name}`; without it the target creates a log group. */
  readonly logGroupArn?: string;
  /** Retention of the log group the target creates (days); default: never expire. */
  readonly retentionInDays?: number;
}

/** Tags: key → value. */
export type Tags = Readonly<Record<string, string>>;

/**
 * A CloudFormation reference as an environment value: CloudFormation evaluates it at deploy time
 * (only the sam and cloudformation targets accept it, through `DefinitionSubstitutions`).
 */
export type CloudFormationReference =
  | { readonly Ref: string }
  | { readonly 'Fn::GetAtt': string | readonly [string, string] }
  | { readonly 'Fn::Sub': string | readonly [string, Readonly<Record<string, unknown>>] }
  | { readonly 'Fn::ImportValue': unknown };

/** An environment's value of a placeholder. */
export type PlaceholderSetting = string | CloudFormationReference;

/** A SAM event that starts the state machine: a schedule or an EventBridge rule. */
export type SamEvent =
  | {
      readonly schedule: string;
      readonly timezone?: string;
      readonly description?: string;
      readonly enabled?: boolean;
      readonly input?: unknown;
    }
  | {
      readonly pattern: Readonly<Record<string, unknown>>;
      readonly eventBusName?: string;
      readonly input?: unknown;
    };

/** Options of the `asl` target. */
export interface AslTargetOptions {
  readonly dir?: string;
  readonly type?: StateMachineType;
  readonly placeholders?: 'inline' | 'keep';
}

/** Options every IaC target shares. */
export interface CommonTargetOptions {
  readonly dir?: string;
  readonly type?: StateMachineType;
  /** Name pattern (`{workflow}`, `{env}`); default `{workflow}`. */
  readonly stateMachineName?: string;
  readonly partition?: string;
}

/** Options of the targets that deploy a state machine (terraform, sam, cloudformation). */
export interface DeployTargetOptions extends CommonTargetOptions {
  readonly placeholders?: 'substitutions' | 'inline' | 'keep';
  /** An ARN or `${Name}`; without it a role with the derived policy is created. */
  readonly roleArn?: string;
  readonly logging?: LoggingOptions;
  readonly tracing?: boolean;
  /** Permissions boundary of the role the target creates (an ARN or `${Name}`). */
  readonly permissionsBoundary?: string;
  readonly tags?: Tags;
}

/** Options of the `terraform` target. */
export interface TerraformTargetOptions extends DeployTargetOptions {
  /** Name pattern of the Terraform resource; default `{workflow}` (snake_case). */
  readonly resourceName?: string;
  /** Publish a version on every change. */
  readonly publish?: boolean;
  /** An alias routing to the published version (implies `publish`). */
  readonly alias?: string;
  /** Where the environment's values go: `<env>.auto.tfvars` (default) or variable defaults. */
  readonly environmentValues?: 'tfvars' | 'defaults';
}

/** Options of the `sam` and `cloudformation` targets. */
export interface TemplateTargetOptions extends DeployTargetOptions {
  readonly definition?: 'uri' | 'inline';
  readonly formats?: readonly ('json' | 'yaml')[];
  /** Name pattern of the logical ID; default `{workflow}StateMachine` (PascalCase, suffix once). */
  readonly logicalId?: string;
  /** SAM only: events that start the state machine, by name. */
  readonly events?: Readonly<Record<string, SamEvent>>;
}

/** Options of the `serverless` target. */
export interface ServerlessTargetOptions extends CommonTargetOptions {
  readonly placeholders?: 'substitutions' | 'inline' | 'keep';
  readonly roleArn?: string;
  readonly logging?: LoggingOptions;
  readonly tracing?: boolean;
  readonly tags?: Tags;
}

/** Options of the `iam` target. */
export interface IamTargetOptions extends CommonTargetOptions {
  readonly placeholders?: 'inline' | 'keep';
  readonly logging?: boolean;
  readonly tracing?: boolean;
}

/** Options by target. */
export interface TargetOptionsMap {
  readonly asl?: AslTargetOptions;
  readonly terraform?: TerraformTargetOptions;
  readonly sam?: TemplateTargetOptions;
  readonly cloudformation?: TemplateTargetOptions;
  readonly serverless?: ServerlessTargetOptions;
  readonly iam?: IamTargetOptions;
}

/** One entry of `workflows`. */
export interface WorkflowEntry {
  /** A module or a folder, relative to the config file. */
  readonly path: string;
  readonly type?: StateMachineType;
  readonly targets?: TargetOptionsMap;
}

/** One environment of `environments` (or an environment file). */
export interface EnvironmentConfig {
  readonly description?: string;
  readonly placeholders?: Readonly<Record<string, PlaceholderSetting>>;
}

/** `aslc.config.json` as written. */
export interface ProjectConfigFile {
  readonly workflows: readonly (string | WorkflowEntry)[];
  readonly outDir?: string;
  readonly environmentsDir?: string;
  readonly environments?: Readonly<Record<string, EnvironmentConfig>>;
  readonly defaultEnvironment?: string;
  readonly targets: TargetOptionsMap;
}

/** A loaded configuration: the file's content with defaults applied and its location. */
export interface ProjectConfig {
  /** Absolute path of the configuration file. */
  readonly file: string;
  /** Absolute path of its folder; relative paths are resolved against it. */
  readonly dir: string;
  readonly workflows: readonly WorkflowEntry[];
  /** Output folder pattern (may contain `{env}`), relative to `dir`. */
  readonly outDir: string;
  /** Folder of environment files, relative to `dir`. */
  readonly environmentsDir: string;
  readonly environments: Readonly<Record<string, EnvironmentConfig>>;
  /** The environment `aslc build` uses without `--env`. */
  readonly defaultEnvironment?: string;
  readonly targets: TargetOptionsMap;
}

/**
 * The options of one target for one workflow: the project's, with the workflow entry's merged
 * over them (one level deep).
 *
 * @example
 * ```ts
 * declare const config: ProjectConfig, entry: WorkflowEntry;
 * targetOptionsFor(config.targets, entry, 'terraform');
 * ```
 */
export function targetOptionsFor<K extends TargetKind>(
  project: TargetOptionsMap,
  entry: WorkflowEntry | undefined,
  target: K,
): NonNullable<TargetOptionsMap[K]> {
  const base = (project[target] ?? {}) as NonNullable<TargetOptionsMap[K]>;
  const override = entry?.targets?.[target];
  return override === undefined ? base : { ...base, ...override };
}
