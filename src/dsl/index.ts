/**
 * The public DSL: typed, immutable builders for every state type, typed expressions, and
 * composition. `src/fragments` builds only on what this file exports, as a user would.
 */
export { Chain, chain, goTo, type Chainable } from './chain.ts';
export { DslError, type DslErrorCode } from './dsl-error.ts';
export { Condition } from './condition.ts';
export { Errors } from './errors-catalog.ts';
export type { ExtraFields } from './extra-fields.ts';
export {
  isExpression,
  type Expression,
  type Intrinsic,
  type Jsonata,
  type JsonPath,
  type Placeholder,
  type Substitution,
} from './expr/expression.ts';
export { contextPath, path, variable } from './expr/jsonpath.ts';
export { jsonata } from './expr/jsonata.ts';
export { placeholder } from './expr/placeholder.ts';
export { sub, type SubstitutionValue } from './expr/substitution.ts';
export {
  States,
  intrinsic,
  type HashAlgorithm,
  type IntrinsicArgument,
} from './expr/intrinsics.ts';
export type { NumberInput, PathInput } from './parse/field-parser.ts';
export type { Template } from './parse/value-parser.ts';
export type { CatchOptions, RetryOptions } from './retry-catch.ts';
export {
  StateBuilder,
  type AssignOutputOptions,
  type PathIoOptions,
  type StateOptions,
} from './state-builder.ts';
export { MAX_STATE_NAME_LENGTH } from './state-name.ts';
export { pass, PassBuilder, type PassOptions } from './states/pass-builder.ts';
export {
  task,
  TaskBuilder,
  type ErrorHandlingOptions,
  type TaskOptions,
} from './states/task-builder.ts';
export {
  choice,
  ChoiceBuilder,
  type ChoiceOptions,
  type RuleOptions,
} from './states/choice-builder.ts';
export { wait, WaitBuilder, type WaitOptions } from './states/wait-builder.ts';
export { succeed, SucceedBuilder, type SucceedOptions } from './states/succeed-builder.ts';
export { fail, FailBuilder, type FailOptions, type FailValue } from './states/fail-builder.ts';
export {
  branch,
  parallel,
  ParallelBuilder,
  type BranchOptions,
  type ParallelBranch,
  type ParallelOptions,
} from './states/parallel-builder.ts';
export {
  distributedMap,
  map,
  MapBuilder,
  type ItemBatcherOptions,
  type ItemReaderOptions,
  type MapOptions,
  type ResultWriterOptions,
} from './states/map-builder.ts';
export {
  enclose,
  prefixStates,
  shortenStateName,
  toSingleState,
  type EncloseOptions,
  type PrefixOptions,
  type ToSingleStateOptions,
} from './compose.ts';
export {
  awsSdk,
  httpInvoke,
  integration,
  lambdaInvoke,
  type CallbackOptions,
  type IntegrationOptions,
  type IntegrationPattern,
  type ResourceOptions,
} from './resources.ts';
export {
  isStateMachine,
  stateMachine,
  type StateMachine,
  type StateMachineOptions,
} from './state-machine.ts';
export { isRecordingSourceLocations, recordSourceLocations } from './source-site.ts';
export { sourceLocations } from './source-locations.ts';
