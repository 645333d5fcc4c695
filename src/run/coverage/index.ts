/**
 * Coverage of workflows by execution cases, execution traces and their diagram overlays. See
 * src/run/README.md, "Coverage".
 */
export { coverageModel } from './coverage-model.ts';
export type { CoverageModel } from './coverage-model.ts';
export { runHits } from './run-hits.ts';
export type { RunHits } from './run-hits.ts';
export { COVERAGE_NOTE, createCoverageCollector, ratio } from './coverage-collector.ts';
export type { CoverageCollector, CoverageRun, CoverageWorkflow } from './coverage-collector.ts';
export type {
  BranchCoverage,
  CoverageCount,
  CoverageReport,
  CoverageSummary,
  RetryCoverage,
  StateCoverage,
  TransitionCoverage,
  WorkflowCoverage,
} from './coverage-types.ts';
export { formatCoverageTable, formatPercent, uncoveredItems } from './coverage-table.ts';
export { toLcov } from './lcov.ts';
export { parseCoverageJson, selectCoverageWorkflow, toCoverageJson } from './coverage-json.ts';
export { coverageOverlay, traceOverlay } from './overlay.ts';
export {
  COVERAGE_FILES,
  COVERAGE_FORMATS,
  caseCoverage,
  coverageBelow,
  parseCoverageFormats,
  writeCoverageFiles,
} from './case-coverage.ts';
export type { CoverageFormat } from './case-coverage.ts';
