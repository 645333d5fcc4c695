/**
 * `coverage.json` (`--coverage-format json`) written and read back (by `aslc render
 * --coverage`). The file is the {@link CoverageReport} as JSON, names exact.
 */
import { resolve } from 'node:path';
import { AslcError } from '../../util/errors.ts';
import { isJsonObject, parseJson } from '../../util/json.ts';
import type { CoverageReport, WorkflowCoverage } from './coverage-types.ts';

/**
 * The text of `coverage.json`: 2-space indented, with a trailing newline.
 *
 * @example
 * ```ts
 * declare const report: CoverageReport;
 * writeFileSync('coverage/coverage.json', toCoverageJson(report));
 * ```
 */
export function toCoverageJson(report: CoverageReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}

/**
 * Reads the text of a `coverage.json`; throws an `InvalidCoverage` AslcError when it is not one.
 *
 * @example
 * ```ts
 * const report = parseCoverageJson(readFileSync('coverage/coverage.json', 'utf8'));
 * ```
 */
export function parseCoverageJson(text: string): CoverageReport {
  const parsed = parseJson(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) {
    throw new AslcError(
      'InvalidCoverage',
      `not valid JSON (line ${parsed.line}, column ${parsed.column}): ${parsed.message}`,
    );
  }
  const v = parsed.value;
  const lists = ['states', 'transitions', 'retries', 'branches'];
  if (
    !isJsonObject(v) ||
    v['format'] !== 'aslc-coverage' ||
    v['version'] !== 1 ||
    !Array.isArray(v['workflows']) ||
    !v['workflows'].every(
      (w) =>
        isJsonObject(w) &&
        typeof w['workflow'] === 'string' &&
        lists.every((k) => Array.isArray(w[k])),
    )
  ) {
    throw new AslcError(
      'InvalidCoverage',
      'not an aslc coverage file (format aslc-coverage, version 1)',
      {
        hint: 'write one with aslc test --coverage --coverage-format json',
      },
    );
  }
  return v as unknown as CoverageReport;
}

/**
 * The workflow of a coverage report that a diagram of `path` should show: the one whose file is
 * `path` (resolved against `cwd`), else the report's only workflow. Throws
 * `CoverageWorkflowNotFound` naming the workflows otherwise.
 *
 * @example
 * ```ts
 * declare const report: CoverageReport;
 * const w = selectCoverageWorkflow(report, 'fixtures/coverage/orders/workflow.ts', process.cwd());
 * ```
 */
export function selectCoverageWorkflow(
  report: CoverageReport,
  path: string,
  cwd: string,
): WorkflowCoverage {
  const target = resolve(cwd, path);
  const match = report.workflows.find(
    (w) =>
      (w.file !== undefined && resolve(cwd, w.file) === target) ||
      resolve(cwd, w.workflow) === target,
  );
  if (match !== undefined) return match;
  if (report.workflows.length === 1) return report.workflows[0] as WorkflowCoverage;
  throw new AslcError(
    'CoverageWorkflowNotFound',
    `the coverage file has no workflow ${path} (it has ${report.workflows.map((w) => JSON.stringify(w.workflow)).join(', ') || 'none'})`,
    { hint: 'render one of the workflows the coverage file names' },
  );
}
