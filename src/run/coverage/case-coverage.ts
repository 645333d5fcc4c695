/**
 * Coverage for `aslc test --coverage`: the harness's results recorded per workflow file, and
 * the report written as a table, `coverage.json` and an lcov tracefile.
 */
import { join, relative, resolve } from 'node:path';
import { writeFileSet } from '../../util/file-set.ts';
import { UsageError } from '../../util/errors.ts';
import type { CaseRun } from '../case/harness.ts';
import { createCoverageCollector, type CoverageCollector } from './coverage-collector.ts';
import { toCoverageJson } from './coverage-json.ts';
import { formatPercent } from './coverage-table.ts';
import type { CoverageReport } from './coverage-types.ts';
import { toLcov } from './lcov.ts';

/** Output formats of `--coverage-format`. */
export const COVERAGE_FORMATS = ['table', 'json', 'lcov'] as const;

/** One of {@link COVERAGE_FORMATS}. */
export type CoverageFormat = (typeof COVERAGE_FORMATS)[number];

/** The files the file formats are written to, in the coverage folder. */
export const COVERAGE_FILES: Readonly<Record<Exclude<CoverageFormat, 'table'>, string>> = {
  json: 'coverage.json',
  lcov: 'lcov.info',
};

/**
 * A collector fed by the harness (`runCases(…, { onResult })`): each case's workflow is named by
 * its file relative to `cwd` (`flows.ts#orders` for one machine of a module).
 *
 * @example
 * ```ts
 * declare const cases: RunCase[], engines: Engine[];
 * const coverage = caseCoverage(process.cwd());
 * await runCases(cases, engines, { onResult: coverage.onResult });
 * coverage.report().summary.total.percent;
 * ```
 */
export function caseCoverage(cwd: string): {
  readonly onResult: (run: CaseRun) => void;
  readonly report: () => CoverageReport;
} {
  const collector: CoverageCollector = createCoverageCollector();
  return {
    onResult: ({ case: c, engine, result }) => {
      const file = c.workflowFile.replace(/(\.[cm]?[jt]s)#[^/]*$/, '$1');
      const name = relative(cwd, c.workflowFile) || c.workflowFile;
      collector.record(
        {
          workflow: name.split('\\').join('/'),
          file: resolve(file),
          definition: c.definition,
          ...(c.sources === undefined ? {} : { sources: c.sources }),
        },
        { case: c.id, engine, result },
      );
    },
    report: () => collector.report(),
  };
}

/**
 * Writes the file formats of a report to `dir`, all or nothing: `coverage.json` and `lcov.info`.
 * Returns the paths written.
 *
 * @example
 * ```ts
 * declare const report: CoverageReport;
 * writeCoverageFiles(report, ['json', 'lcov'], 'coverage'); // ['coverage/coverage.json', 'coverage/lcov.info']
 * ```
 */
export function writeCoverageFiles(
  report: CoverageReport,
  formats: readonly CoverageFormat[],
  dir: string,
): string[] {
  const files = formats
    .filter((format) => format !== 'table')
    .map((format) => ({
      path: join(dir, COVERAGE_FILES[format]),
      content: format === 'json' ? toCoverageJson(report) : toLcov(report),
    }));
  writeFileSet(files);
  return files.map((f) => f.path);
}

/**
 * The message when the total coverage is below `min` percent, else undefined.
 *
 * @example
 * ```ts
 * declare const report: CoverageReport;
 * coverageBelow(report, 90); // 'coverage 83.3% is below the minimum of 90%'
 * ```
 */
export function coverageBelow(report: CoverageReport, min: number): string | undefined {
  const p = report.summary.total.percent;
  return p < min ? `coverage ${formatPercent(p)} is below the minimum of ${min}%` : undefined;
}

/**
 * `--coverage-format` values (repeated or comma-separated) → formats; `table` when none. Throws
 * a `UsageError` for an unknown one.
 *
 * @example
 * ```ts
 * parseCoverageFormats(['json,lcov']); // ['json', 'lcov']
 * ```
 */
export function parseCoverageFormats(values: readonly string[] | undefined): CoverageFormat[] {
  const names = (values ?? [])
    .flatMap((v) => String(v).split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
  const out: CoverageFormat[] = [];
  for (const name of names) {
    if (!(COVERAGE_FORMATS as readonly string[]).includes(name)) {
      throw new UsageError(
        `unknown --coverage-format '${name}'`,
        `use ${COVERAGE_FORMATS.join(', ')} (repeat or comma-separate)`,
      );
    }
    out.push(name as CoverageFormat);
  }
  return out.length === 0 ? ['table'] : [...new Set(out)];
}
