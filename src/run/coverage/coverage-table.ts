/**
 * Coverage as text: one line per workflow with covered / total and the percentage of states,
 * transitions, Retry rules and branches, each uncovered item named below it
 * (`Choice 'Paid?' rule 2 → 'Hold' never taken (workflow.ts:49)`), and a line for all workflows.
 */
import { relative } from 'node:path';
import { printable } from '../../util/printable.ts';
import type { SourceLocation } from '../../util/source-location.ts';
import type { CoverageCount, CoverageReport, WorkflowCoverage } from './coverage-types.ts';

/**
 * One line per item a workflow's cases never reached, in definition order: states never entered,
 * transitions never taken, Retry rules never fired, branches never run. Names are escaped for a
 * terminal; `cwd` makes source locations relative.
 *
 * @example
 * ```ts
 * declare const report: CoverageReport;
 * for (const workflow of report.workflows) uncoveredItems(workflow);
 * // ["State 'Hold' never entered (…/workflow.ts:49)", "Choice 'Paid?' rule 2 → 'Hold' never taken (…)"]
 * ```
 */
export function uncoveredItems(w: WorkflowCoverage, cwd?: string): string[] {
  const q = (name: string) => `'${printable(name)}'`;
  const type = new Map(w.states.map((s) => [s.name, s.type]));
  const where = (loc: SourceLocation | undefined) =>
    loc === undefined
      ? ''
      : ` (${printable(cwd === undefined ? loc.file : relative(cwd, loc.file))}:${loc.line})`;
  const out: string[] = [];
  for (const s of w.states) {
    if (s.hits === 0) out.push(`State ${q(s.name)} never entered${where(s.source)}`);
  }
  for (const t of w.transitions) {
    if (t.hits > 0) continue;
    const rule = /^Choices\[(\d+)\]$/.exec(t.transition);
    const caught = /^Catch\[(\d+)\]$/.exec(t.transition);
    const what =
      rule !== null
        ? `Choice ${q(t.state)} rule ${Number(rule[1]) + 1}`
        : t.transition === 'Default'
          ? `Choice ${q(t.state)} default`
          : caught !== null
            ? `${q(t.state)} Catch ${Number(caught[1]) + 1} (${printable((t.errors ?? []).join(', '))})`
            : `${q(t.state)} Next`;
    out.push(`${what} → ${q(t.target)} never taken${where(t.source)}`);
  }
  for (const r of w.retries) {
    if (r.hits === 0) {
      out.push(
        `${q(r.state)} Retry ${r.retrier + 1} (${printable(r.errors.join(', '))}) never fired${where(r.source)}`,
      );
    }
  }
  for (const b of w.branches) {
    if (b.hits > 0) continue;
    const m = /^Branches\[(\d+)\]$/.exec(b.branch);
    const what =
      m !== null
        ? `Parallel ${q(b.state)} branch ${Number(m[1]) + 1}`
        : `${type.get(b.state) ?? 'Map'} ${q(b.state)} ${b.branch === 'Iterator' ? 'iterator' : 'item processor'}`;
    out.push(`${what} never ran${where(b.source)}`);
  }
  return out;
}

/** `5/6 83.3%`, or `-` when there is nothing of that kind. */
function cell(c: CoverageCount): string {
  return c.total === 0 ? '-' : `${c.covered}/${c.total} ${formatPercent(c.percent)}`;
}

/**
 * A percentage with one decimal, never rounded up to 100 (99.96 is `99.9%`).
 *
 * @example
 * ```ts
 * formatPercent(83.333); // '83.3%'
 * ```
 */
export function formatPercent(percent: number): string {
  return `${(Math.floor(percent * 10) / 10).toFixed(1)}%`;
}

/**
 * The coverage table: a header, one line per workflow followed by its uncovered items (`- …`),
 * and a total line when there are several workflows. `paint` colours the percentages.
 *
 * @example
 * ```ts
 * declare const report: CoverageReport;
 * for (const line of formatCoverageTable(report)) console.log(line);
 * ```
 */
export function formatCoverageTable(
  report: CoverageReport,
  options: {
    readonly cwd?: string;
    readonly paint?: (style: 'red' | 'green' | 'yellow', text: string) => string;
  } = {},
): string[] {
  const paint = options.paint ?? ((_s, t) => t);
  const rows = report.workflows.map((w) => [
    printable(w.workflow),
    cell(w.summary.states),
    cell(w.summary.transitions),
    cell(w.summary.retries),
    cell(w.summary.branches),
    cell(w.summary.total),
  ]);
  if (report.workflows.length > 1) {
    const s = report.summary;
    rows.push([
      'all workflows',
      cell(s.states),
      cell(s.transitions),
      cell(s.retries),
      cell(s.branches),
      cell(s.total),
    ]);
  }
  const header = ['COVERAGE', 'STATES', 'TRANSITIONS', 'RETRIES', 'BRANCHES', 'TOTAL'];
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => (r[i] as string).length)),
  );
  const line = (r: readonly string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i] as number))
      .join('  ')
      .trimEnd();
  const lines = [line(header)];
  report.workflows.forEach((w, i) => {
    const text = line(rows[i] as string[]);
    const p = w.summary.total.percent;
    lines.push(p >= 100 ? text : paint(p >= 80 ? 'yellow' : 'red', text));
    for (const item of uncoveredItems(w, options.cwd)) lines.push(`  - ${item}`);
  });
  if (report.workflows.length > 1) lines.push(line(rows.at(-1) as string[]));
  if (report.workflows.some((w) => Object.keys(w.runs).some((e) => e !== 'native'))) {
    lines.push(report.note);
  }
  return lines;
}
