import type { CaseVerdict } from './harness.ts';

/** Counts of verdicts. */
export interface VerdictSummary {
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
}

/**
 * Counts verdicts.
 *
 * @example
 * ```ts
 * declare const verdicts: CaseVerdict[];
 * summarize(verdicts); // { passed: 10, failed: 0, skipped: 4 }
 * ```
 */
export function summarize(verdicts: readonly CaseVerdict[]): VerdictSummary {
  const count = (v: CaseVerdict['verdict']): number =>
    verdicts.filter((x) => x.verdict === v).length;
  return { passed: count('pass'), failed: count('fail'), skipped: count('skipped') };
}

/**
 * The verdicts as a text table, one line per case × engine (`CASE  ENGINE  RESULT  DETAIL`),
 * differences indented below a failing line, and a summary line. `paint` colours the result.
 *
 * @example
 * ```ts
 * declare const verdicts: CaseVerdict[];
 * for (const line of formatVerdictTable(verdicts)) console.log(line);
 * ```
 */
export function formatVerdictTable(
  verdicts: readonly CaseVerdict[],
  paint: (style: 'red' | 'green' | 'yellow', text: string) => string = (_s, t) => t,
): string[] {
  const caseWidth = Math.max(4, ...verdicts.map((v) => v.case.length));
  const engineWidth = Math.max(6, ...verdicts.map((v) => v.engine.length));
  const lines = [`${'CASE'.padEnd(caseWidth)}  ${'ENGINE'.padEnd(engineWidth)}  RESULT   DETAIL`];
  for (const v of verdicts) {
    const style = v.verdict === 'pass' ? 'green' : v.verdict === 'fail' ? 'red' : 'yellow';
    const result = paint(style, v.verdict.padEnd(7));
    const detail =
      v.reason ?? (v.differences !== undefined ? `${v.differences.length} difference(s)` : '');
    lines.push(
      `${v.case.padEnd(caseWidth)}  ${v.engine.padEnd(engineWidth)}  ${result}  ${detail}`.trimEnd(),
    );
    for (const d of v.differences ?? [])
      lines.push(`${' '.repeat(caseWidth + engineWidth + 4)}- ${d}`);
  }
  const s = summarize(verdicts);
  lines.push(`${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped`);
  return lines;
}
