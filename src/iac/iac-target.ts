import type { StateMachineNode } from '../ir/state-machine-node.ts';
import type { CloudFormationReference } from './config/project-config.ts';
import type { PlaceholderValues } from './placeholder-values.ts';
import type { SentinelDefinition } from './placeholders.ts';

/** The targets `aslc build` writes. */
export type TargetKind = 'asl' | 'terraform' | 'sam' | 'cloudformation' | 'serverless' | 'iam';

/** Every target, in the order outputs are built and listed. */
export const TARGET_KINDS: readonly TargetKind[] = [
  'asl',
  'terraform',
  'sam',
  'cloudformation',
  'serverless',
  'iam',
];

/** A state machine type. */
export type StateMachineType = 'STANDARD' | 'EXPRESS';

/** An environment: its name and placeholder values. */
export interface Environment {
  readonly name: string;
  /** String values. */
  readonly values: PlaceholderValues;
  /**
   * Values that are CloudFormation references (`{"Ref": …}`, `{"Fn::GetAtt": …}`…), resolved by
   * CloudFormation at deploy time; a name is in `values` or here, never both.
   */
  readonly references?: Readonly<Record<string, CloudFormationReference>>;
}

/** A definition to validate before its file is written: exactly what is deployed. */
export interface DefinitionCheck {
  /** The parsed ASL (placeholders as `${Name}` when they stay unresolved). */
  readonly asl: unknown;
  readonly type: StateMachineType;
  /** True when `${Name}` placeholders remain in `asl`. */
  readonly allowPlaceholders: boolean;
  /** UTF-8 size of the definition as submitted (for the 1 MB quota). */
  readonly bytes: number;
  /** JSON pointers of the fields set through the DSL's `extra` (validated as `extraFields`). */
  readonly extraFields: readonly string[];
}

/**
 * The check of a definition, from its text as deployed.
 *
 * @example
 * ```ts
 * definitionCheck('{"StartAt":"A","States":{}}', 'STANDARD', false).bytes; // 27
 * ```
 */
export function definitionCheck(
  text: string,
  type: StateMachineType,
  allowPlaceholders: boolean,
  extraFields: readonly string[] = [],
): DefinitionCheck {
  return {
    asl: JSON.parse(text) as unknown,
    type,
    allowPlaceholders,
    bytes: Buffer.byteLength(text),
    extraFields,
  };
}

/** One file a target writes. */
export interface Artifact {
  /** The workflow; absent on a file every workflow of the target shares (Terraform's variables.tf). */
  readonly workflow?: string;
  readonly target: TargetKind;
  /** Path relative to the output folder, with `/` separators. */
  readonly path: string;
  readonly content: string;
  /** The workflow's number of states (nested ones included). */
  readonly states: number;
  /** Set on the file that holds the definition. */
  readonly definition?: DefinitionCheck;
  /** Set on a file that holds several definitions (Serverless's step-functions.yml). */
  readonly definitions?: readonly DefinitionCheck[];
}

/** A problem found while building: an error blocks the whole build, a warning does not. */
export interface BuildProblem {
  readonly severity: 'error' | 'warning';
  /** Stable PascalCase code, e.g. `MissingPlaceholderValue`. */
  readonly code: string;
  readonly message: string;
  readonly workflow?: string;
  readonly target?: TargetKind;
  readonly state?: string;
  /** JSON pointer into the definition, when the problem is in it. */
  readonly pointer?: string;
  readonly hint?: string;
}

/**
 * How a target writes a placeholder that stands for the ARN of another state machine of the
 * same build (src/iac/build/machine-arns.ts): text in its own language (a Terraform expression,
 * a Serverless variable), a CloudFormation reference, or `${Name}` kept.
 */
export type MachineArnBinding =
  | { readonly kind: 'expression'; readonly text: string }
  | { readonly kind: 'reference'; readonly reference: CloudFormationReference }
  | { readonly kind: 'kept' };

/** Everything a target needs about one workflow. */
export interface WorkflowContext {
  /** The workflow's name (unique in a project). */
  readonly name: string;
  readonly machine: StateMachineNode;
  /** The definition rendered with sentinel placeholders. */
  readonly rendered: SentinelDefinition;
  /** Number of states, nested ones included. */
  readonly states: number;
  /** Placeholders used as intrinsic function arguments. */
  readonly intrinsicPlaceholders: ReadonlySet<string>;
  /** The chosen environment, if any. */
  readonly environment: Environment | undefined;
  /** The workflow's type when no target option says (default STANDARD). */
  readonly type: StateMachineType;
  /** JSON pointers of the fields set through the DSL's `extra`. */
  readonly extraFields: readonly string[];
  /**
   * Placeholders that stand for the ARN of another state machine of the build, and how this
   * target writes each (bound by `buildArtifacts`; they need no environment value).
   */
  readonly machineArns?: ReadonlyMap<string, MachineArnBinding>;
}
