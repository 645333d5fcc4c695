import { AslcError } from '../util/errors.ts';

/**
 * Codes of the errors the scaffolding module raises while *handling* a valid request
 * (scaffolding.md §5.2, H1–H16). Request-parsing problems (§5.1, P1–P20) are collected as
 * {@link RequestIssue}s inside one {@link ScaffoldingRequestError}.
 */
export type ScaffoldingErrorCode =
  | 'InvalidEnvBase' // H1
  | 'FileSystemNotFound' // H2
  | 'AmbiguousFileSystem' // H2
  | 'AccessPointNotFound' // H3
  | 'AmbiguousAccessPoint' // H3
  | 'MissingMountTarget' // H15
  | 'ExecutionIdOutsideMount' // H4
  | 'PathOutsideMounts' // H5
  | 'UnmountedEfsPath' // toContainer without a matching mount
  | 'UnserializableResolvable' // H6
  | 'EnvironmentConflict' // H7
  | 'MissingCommand' // H8
  | 'CircularEnvDependency' // H9
  | 'MissingBatchPlatform' // H10
  | 'NameBudgetExceeded' // H11
  | 'InvalidRegion' // H12
  | 'InvalidInputRemote' // H13
  | 'InvalidOutputRemote' // H14
  | 'NoFileSystemCandidates' // H15
  | 'ConflictingHostMounts' // H16
  | 'PathOutsideWorkingDir' // deviation 10: a param's local path outside the working folder
  | 'InvalidScaffoldingEnvironment'
  | 'InvalidScaffoldingRequest';

/**
 * Raises a scaffolding error: an {@link AslcError} with one of the stable codes above.
 *
 * @example
 * ```ts
 * throw scaffoldingError('MissingCommand', 'must specify command for demand execution', {
 *   field: '/demand_execution/execution_parameters/command',
 * });
 * ```
 */
export function scaffoldingError(
  code: ScaffoldingErrorCode,
  message: string,
  options: { field?: string; hint?: string } = {},
): AslcError {
  return new AslcError(code, message, options);
}

/** One problem found while parsing a request or an environment file. */
export interface RequestIssue {
  /** JSON pointer into the document as the caller wrote it (`''` is the whole document). */
  readonly path: string;
  /** Stable PascalCase code, e.g. `MissingField`, `InvalidEnvName`. */
  readonly code: string;
  /** What is wrong and what was expected. */
  readonly message: string;
}

/**
 * A request (or environment file) that does not parse: every problem with the field path it
 * concerns. Thrown by {@link parsePrepareDemandScaffoldingRequest}; the CLI prints one line per
 * issue and exits with code 1.
 *
 * @example
 * ```ts
 * try {
 *   parsePrepareDemandScaffoldingRequest({});
 * } catch (e) {
 *   if (e instanceof ScaffoldingRequestError) console.log(e.issues[0]?.path);
 * }
 * ```
 */
export class ScaffoldingRequestError extends AslcError {
  readonly issues: readonly RequestIssue[];

  constructor(issues: readonly RequestIssue[], what = 'request') {
    const first = issues[0];
    const summary =
      first === undefined
        ? `invalid ${what}`
        : `invalid ${what}: ${formatIssue(first)}` +
          (issues.length > 1 ? ` (and ${issues.length - 1} more)` : '');
    super(
      what === 'request' ? 'InvalidScaffoldingRequest' : 'InvalidScaffoldingEnvironment',
      summary,
      first === undefined ? {} : { field: first.path },
    );
    this.name = 'AslcError';
    this.issues = issues;
  }
}

/**
 * One line for an issue: `<path>: <message>` (the path is a JSON pointer, `(root)` for `''`).
 *
 * @example
 * ```ts
 * formatIssue({ path: '/a', code: 'MissingField', message: 'required field is missing' });
 * // "/a: required field is missing"
 * ```
 */
export function formatIssue(issue: RequestIssue): string {
  return `${issue.path === '' ? '(root)' : issue.path}: ${issue.message}`;
}
