/**
 * `aslc/run`: execute ASL definitions on four engines behind one adapter (aslc's own
 * interpreter, the embedded aws-local-stepfunctions, Step Functions Local in a container, AWS's
 * TestState API), with mocks in the Step Functions Local MockConfigFile format, stateful mock
 * services, and the case format of `aslc test`. See src/run/README.md.
 *
 * @example
 * ```ts
 * import { createEngine } from 'aslc/run';
 * const engine = createEngine('native');
 * const outcome = await engine.run({ definition, input: { n: 1 } });
 * if (outcome.kind === 'ran') console.log(outcome.result.status, outcome.result.output);
 * ```
 */

// Engines
export {
  DEFAULT_EXECUTION_NAME,
  DEFAULT_STATE_MACHINE_NAME,
  ENGINE_NAMES,
  isEngineName,
  ran,
  skipped,
} from './engine-contract.ts';
export type {
  Engine,
  EngineName,
  EngineOutcome,
  RunEvent,
  RunRequest,
  RunResult,
  RunStatus,
} from './engine-contract.ts';
export { createEngine } from './create-engine.ts';
export type { EngineOptions } from './create-engine.ts';
export { createNativeEngine } from './native/native-engine.ts';
export type { InterpretFunction } from './native/native-engine.ts';
export { createEmbeddedEngine } from './embedded/embedded-engine.ts';
export { embeddedSupport } from './embedded/embedded-guard.ts';
export { createSfnLocalEngine } from './sfn-local/sfn-local-engine.ts';
export type { SfnLocalOptions } from './sfn-local/sfn-local-engine.ts';
export {
  DEFAULT_SFN_LOCAL_IMAGE,
  MOCK_CONFIG_PATH,
  testcontainersRuntime,
} from './sfn-local/sfn-local-container.ts';
export type { SfnLocalRuntime, StartedSfnLocal } from './sfn-local/sfn-local-container.ts';
export { createAwsEngine, awsSupport } from './aws/aws-engine.ts';
export type { AwsEngineOptions } from './aws/aws-engine.ts';
export { awsAccess } from './aws/aws-gate.ts';
export type { AwsAccess, AwsCredentials } from './aws/aws-gate.ts';
export type { SfnApi, SfnHistoryEvent } from './sfn-api.ts';
export { describeFeature, findFeatures } from './feature-scan.ts';
export type { FeatureCategory, FeatureUse } from './feature-scan.ts';

// Mocks
export {
  isMockThrow,
  parseInvocationKey,
  responseFor,
  testCaseMocks,
} from './mocks/mock-config.ts';
export type {
  InvocationRange,
  MockConfigFile,
  MockResponse,
  MockReturn,
  MockThrow,
} from './mocks/mock-config.ts';
export { isValidMockConfig, validateMockConfig } from './mocks/validate-mock-config.ts';
export type { MockConfigProblem } from './mocks/validate-mock-config.ts';
export { selectTestCase } from './mocks/select-test-case.ts';
export type { TestCaseSelection } from './mocks/select-test-case.ts';
export { prepareTaskMocks } from './mocks/task-mocks.ts';
export type { TaskMocks } from './mocks/task-mocks.ts';
export { serviceFor } from './mocks/mock-service.ts';
export type { MockService, ServiceCall } from './mocks/mock-service.ts';
export type { TaskOutcome } from './interpreter/types.ts';
export { createInMemoryS3 } from './mocks/in-memory-s3.ts';
export type { InMemoryS3 } from './mocks/in-memory-s3.ts';
export { SERVICE_NAMES, createServices } from './mocks/services.ts';
export type {
  ServiceContext,
  ServiceFactories,
  ServiceFactory,
  ServicesSpec,
} from './mocks/services.ts';

// Cases
export { WORKFLOW_FILES, caseRequest, loadCase } from './case/load-case.ts';
export type { LoadCaseOptions, RunCase, StatusReader, WorkflowLoader } from './case/load-case.ts';
export { bindPlaceholders } from './case/placeholders.ts';
export type { BoundDefinition } from './case/placeholders.ts';
export { readJson, readMocks } from './case/read-json.ts';
export { discoverCases } from './case/discover-cases.ts';
export { parseExpected } from './case/expected.ts';
export type { Expected } from './case/expected.ts';
export { compareResult } from './case/compare.ts';
export { NORMALIZE_KINDS, normalizeValue } from './case/normalize.ts';
export type { NormalizeKind } from './case/normalize.ts';
export { runCases } from './case/harness.ts';
export { runWithinBudget } from './run-within-budget.ts';
export type { BrokenCase, CaseRun, CaseVerdict } from './case/harness.ts';
export { formatVerdictTable, summarize } from './case/report.ts';
export type { VerdictSummary } from './case/report.ts';

// Coverage, traces, execution reports
export * from './coverage/index.ts';
export {
  HISTORY_EVENTS_QUOTA,
  PAYLOAD_QUOTA_BYTES,
  WARNING_RATIO,
  executionReport,
} from './report/execution-report.ts';
export type {
  ExecutionReport,
  LargestPayload,
  QuotaUse,
  ReportOptions,
  StatePayloads,
} from './report/execution-report.ts';
export { PRICING, checkPricingRegion, estimateCost } from './report/pricing.ts';
export type { CostEstimate, DurationTier, PricingTable } from './report/pricing.ts';
