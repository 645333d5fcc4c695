/**
 * `aslc/plans`: job plans (TRAC's job model: jobs and nested sequential/parallel job groups with
 * a status lifecycle), written as data (JSON, YAML) or with typed builders, compiled to state
 * machines with the public DSL and the fragments. See src/plans/README.md.
 */

// The format.
export type * from './plan-types.ts';
export {
  batchExecutor,
  definePlan,
  demandExecutionExecutor,
  exportData,
  fromJob,
  importData,
  importModel,
  lambdaExecutor,
  parallelGroup,
  placeholderRef,
  runFlow,
  runModel,
  sequentialGroup,
  stateMachineExecutor,
  taskExecutor,
  type GroupOptions,
  type JobOptions,
  type ParallelGroupOptions,
} from './plan-builders.ts';
export {
  JOB_STATUS_CODES,
  isFinalStatus,
  statusRank,
  type JobStatusName,
  type ReportedStatus,
} from './job-status.ts';

// Checking.
export { PlanError, type PlanProblem, type PlanProblemCode } from './plan-error.ts';
export { MAX_GROUP_DEPTH, MAX_JOBS, MAX_JSON_DEPTH, MAX_JSON_NODES } from './plan-limits.ts';
export { assertPlan, checkPlan, parsePlanText, type CheckedPlan } from './parse-plan.ts';

// Compiling.
export {
  estimateDefinitionSize,
  planToStateMachines,
  type PlanCompileOptions,
  type PlanMachine,
} from './plan-to-state-machines.ts';
export {
  DEFINITION_QUOTA,
  HISTORY_QUOTA,
  type DefinitionSize,
  type LayoutLimits,
} from './plan-layout.ts';
export {
  CONDITION_FAILED,
  DEFAULT_EVENT_BUS,
  DEFAULT_EVENT_DETAIL_TYPE,
  DEFAULT_EVENT_SOURCE,
  DEFAULT_STATUS_TABLE,
  STATUS_CONDITION,
} from './status-sink.ts';
export { DEFAULT_CANCELLED_ON } from './compile-units.ts';
export { MAX_KEY_LENGTH, stateKey } from './state-names.ts';
export { loadPlanFile } from './load-plan-file.ts';
export { planOutline } from './plan-outline.ts';

// Testing.
export {
  planMocks,
  type PlanMockCase,
  type PlanMockConfig,
  type PlanMocksOptions,
} from './plan-mocks.ts';
export { DEFAULT_MOCK_RESPONSES, type PlanMockResponse } from './mock-responses.ts';
export { statusEvents, statusUpdates, type StatusRun } from './status-updates.ts';
export { PLAN_FILE, isPlan, isPlanFile, planFileName } from './plan-identity.ts';
