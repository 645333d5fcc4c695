/**
 * The coverage of workflows by execution cases (`aslc test --coverage`): what was entered,
 * taken, fired and run, per workflow, merged over cases and engines. This is also the shape of
 * `coverage.json` (`--coverage-format json`), which `aslc render --coverage` reads back.
 */
import type { SourceLocation } from '../../util/source-location.ts';

/** How a transition is named in the ASL: `Next`, `Default`, `Choices[i]` or `Catch[i]`. */
export type TransitionName = string;

/** A state, and how many times it was entered. */
export interface StateCoverage {
  readonly name: string;
  /** The state's `Type`. */
  readonly type: string;
  readonly hits: number;
  readonly source?: SourceLocation;
}

/** A transition (`Next`, a Choice rule, `Default`, a catcher) and how many times it was taken. */
export interface TransitionCoverage {
  readonly state: string;
  readonly transition: TransitionName;
  readonly target: string;
  /** The catcher's `ErrorEquals` (`Catch[i]` only). */
  readonly errors?: readonly string[];
  readonly hits: number;
  readonly source?: SourceLocation;
}

/** A Retry rule (`Retry[i]`) and how many times it fired. */
export interface RetryCoverage {
  readonly state: string;
  /** Its index in `Retry`. */
  readonly retrier: number;
  readonly errors: readonly string[];
  readonly hits: number;
  readonly source?: SourceLocation;
}

/**
 * A Parallel branch (`Branches[i]`) or a Map's item processor (`ItemProcessor`, or the legacy
 * `Iterator`), and how many times it ran (branch runs, Map iterations).
 */
export interface BranchCoverage {
  readonly state: string;
  readonly branch: string;
  readonly hits: number;
  readonly source?: SourceLocation;
}

/** Covered / total of one kind of item. */
export interface CoverageCount {
  readonly covered: number;
  readonly total: number;
  /** `covered / total` in percent (100 when there is nothing to cover). */
  readonly percent: number;
}

/** The counts of a workflow (or of all of them). */
export interface CoverageSummary {
  readonly states: CoverageCount;
  readonly transitions: CoverageCount;
  readonly retries: CoverageCount;
  readonly branches: CoverageCount;
  /** Every item together. */
  readonly total: CoverageCount;
}

/** The coverage of one workflow. */
export interface WorkflowCoverage {
  /** How the workflow is named in reports: its file relative to the working folder (with `#name` for one machine of a module). */
  readonly workflow: string;
  /** The absolute path of the workflow file, when it has one. */
  readonly file?: string;
  /** The cases that ran it. */
  readonly cases: readonly string[];
  /** Executions counted, per engine. */
  readonly runs: Readonly<Record<string, number>>;
  readonly summary: CoverageSummary;
  readonly states: readonly StateCoverage[];
  readonly transitions: readonly TransitionCoverage[];
  readonly retries: readonly RetryCoverage[];
  readonly branches: readonly BranchCoverage[];
}

/** `coverage.json`. */
export interface CoverageReport {
  readonly format: 'aslc-coverage';
  readonly version: 1;
  /** What each engine contributes (only `native` records transitions and retries). */
  readonly note: string;
  readonly summary: CoverageSummary;
  readonly workflows: readonly WorkflowCoverage[];
}
