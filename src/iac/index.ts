/**
 * aslc's infrastructure-as-code targets (`aslc/iac`): deploy-time placeholders rendered per
 * target with exact escaping, the project configuration (`aslc.config.json`) and environments,
 * the `asl`, `terraform`, `sam`, `cloudformation`, `serverless` and `iam` targets, and the IAM policy a
 * workflow's role needs, derived from its graph. See src/iac/README.md.
 *
 * @example
 * ```ts
 * import { buildArtifacts, derivePolicy } from 'aslc/iac';
 *
 * const { artifacts, problems } = buildArtifacts([{ name: 'orders', machine: orders.node }], {
 *   targets: { terraform: {}, iam: {} },
 *   environment: { name: 'dev', values: { ProcessFunctionArn: 'arn:aws:lambda:…:function:p' } },
 * });
 * const { document } = derivePolicy(orders.node, { stateMachineName: 'orders' });
 * ```
 */

// Build: every target of every workflow, in memory.
export {
  buildArtifacts,
  type BuildWorkflow,
  type BuildOptions,
  type BuildOutput,
} from './build/build-artifacts.ts';
export { createWorkflowContext } from './build/workflow-context.ts';
export { readAslDefinition } from './asl-input/read-definition.ts';
export { placeholderNeeds, type PlaceholderNeeds } from './build/placeholder-needs.ts';
export {
  TARGET_KINDS,
  type TargetKind,
  type StateMachineType,
  type Environment,
  type Artifact,
  type BuildProblem,
  type DefinitionCheck,
  type MachineArnBinding,
  type WorkflowContext,
} from './iac-target.ts';
export { bindMachineArns, type BoundContext, type SiblingMachine } from './build/machine-arns.ts';

// Targets.
export { aslArtifacts } from './asl/asl-target.ts';
export { terraformArtifacts } from './terraform/terraform-target.ts';
export { samArtifacts } from './sam/sam-target.ts';
export { cloudFormationArtifacts } from './cloudformation/cloudformation-target.ts';
export {
  findIntrinsicKeys,
  isIntrinsicKey,
  type IntrinsicKey,
} from './cloudformation/intrinsic-keys.ts';
export { samEvents } from './sam/sam-events.ts';
export {
  serverlessArtifacts,
  serverlessVariable,
  type ServerlessWorkflow,
} from './serverless/serverless-target.ts';
export {
  terraformModuleArtifacts,
  TERRAFORM_REQUIREMENTS,
  type TerraformModuleWorkflow,
} from './terraform/terraform-module.ts';
export {
  environmentOf,
  contextReference,
  isCloudFormationReference,
  placeholderReference,
  REFERENCE_FUNCTIONS,
} from './references.ts';
export { iamArtifacts } from './iam/iam-target.ts';

// Placeholders and escaping.
export {
  renderSentinels,
  createSentinels,
  mapStrings,
  jsonStrings,
  PLACEHOLDER_NAME,
  type SentinelSet,
  type SentinelDefinition,
  type PlaceholderContext,
  type PlaceholderRenderer,
} from './placeholders.ts';
export {
  dollarBrace,
  jsonValues,
  rawValues,
  unsafeValueReason,
  safeValuePattern,
  type PlaceholderValues,
  type RawInsertion,
} from './placeholder-values.ts';
export {
  escapeTerraformTemplate,
  escapeFnSub,
  escapeIntrinsicLiteral,
  jsonStringContent,
  hclString,
  findLiteral,
  type LiteralOccurrence,
} from './escape.ts';
export { toYaml, yamlString } from './cloudformation/yaml-text.ts';

// IAM.
export {
  derivePolicy,
  mergePolicyDocuments,
  policyFromGrants,
  sdkIamActions,
  SDK_IAM_PREFIX,
  SDK_IAM_ACTIONS,
  type DerivePolicyOptions,
  type DerivedPolicy,
  type PolicyWarning,
  type Grant,
  type PolicyDocument,
  type PolicyStatement,
  type ResolvedPlaceholder,
} from './iam/index.ts';

// Project configuration and environments.
export {
  loadProjectConfig,
  loadEnvironment,
  environmentNames,
  environmentFile,
  readJsonFile,
  type Loaded,
} from './config/load-config.ts';
export {
  checkAgainstSchema,
  projectConfigSchema,
  type ConfigIssue,
} from './config/config-schema.ts';
export {
  CONFIG_FILE_NAME,
  targetOptionsFor,
  type ProjectConfig,
  type ProjectConfigFile,
  type WorkflowEntry,
  type EnvironmentConfig,
  type TargetOptionsMap,
  type AslTargetOptions,
  type TerraformTargetOptions,
  type TemplateTargetOptions,
  type ServerlessTargetOptions,
  type IamTargetOptions,
  type CloudFormationReference,
  type PlaceholderSetting,
  type SamEvent,
  type Tags,
  type DeployTargetOptions,
  type CommonTargetOptions,
  type LoggingOptions,
} from './config/project-config.ts';
