import { isAslcError } from '../../util/errors.ts';
import { firstLine, type Engine, type EngineName, type RunResult } from '../engine-contract.ts';
import {
  executionReport,
  type ExecutionReport,
  type ReportOptions,
} from '../report/execution-report.ts';
import { compareResult } from './compare.ts';
import { runWithinBudget } from '../run-within-budget.ts';
import { caseRequest, type RunCase } from './load-case.ts';

/** The verdict of one case on one engine. */
export interface CaseVerdict {
  /** The case's id (its folder). */
  readonly case: string;
  readonly engine: EngineName;
  /** `skipped` never counts as a failure; it always carries its reason. */
  readonly verdict: 'pass' | 'fail' | 'skipped';
  /** Why it was skipped, or why it could not run. */
  readonly reason?: string;
  /** What differs from `expected.json`. */
  readonly differences?: readonly string[];
  readonly durationMs: number;
  /** The execution report, when asked for (`report` option) and the engine ran the case. */
  readonly report?: ExecutionReport;
}

/** One execution the harness performed (for coverage). */
export interface CaseRun {
  readonly case: RunCase;
  readonly engine: EngineName;
  readonly result: RunResult;
}

/** A case that could not even be loaded (reported as a failure on every engine). */
export interface BrokenCase {
  readonly id: string;
  readonly error: string;
}

/**
 * Runs every case on every engine, one after the other, and returns one verdict per pair:
 * `pass` when the result matches `expected.json`, `fail` with the differences (or with the
 * reason the run could not happen: a Task without a mock, an invalid definition), `skipped`
 * with the engine's reason. Engines are prepared with all requests first (Step Functions Local
 * starts one container for all cases) and disposed of at the end.
 *
 * @example
 * ```ts
 * const verdicts = await runCases([await loadCase('fixtures/run/choice')], [createEngine('native')]);
 * verdicts.every((v) => v.verdict !== 'fail');
 * ```
 */
export async function runCases(
  cases: readonly (RunCase | BrokenCase)[],
  engines: readonly Engine[],
  options: {
    readonly time?: 'virtual' | 'real';
    /** Wall-clock budget of each case whose case.json sets none (default: the engine's). */
    readonly timeoutMs?: number;
    /** Called after each verdict (progress output). */
    readonly onVerdict?: (verdict: CaseVerdict) => void;
    /** Called with every result an engine produced, pass or fail (coverage). */
    readonly onResult?: (run: CaseRun) => void;
    /** Adds an execution report to every verdict whose case ran (region, pricing table). */
    readonly report?: Omit<ReportOptions, 'definition' | 'engine'>;
  } = {},
): Promise<CaseVerdict[]> {
  const loaded = cases.filter((c): c is RunCase => 'definition' in c);
  const time = {
    ...(options.time !== undefined ? { time: options.time } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
  };
  const verdicts: CaseVerdict[] = [];
  const emit = (v: CaseVerdict): void => {
    verdicts.push(v);
    options.onVerdict?.(v);
  };
  try {
    for (const engine of engines) {
      engine.prepare?.(
        loaded.filter((c) => allows(c, engine.name)).map((c) => caseRequest(c, time)),
      );
    }
    for (const c of cases) {
      for (const engine of engines) {
        if (!('definition' in c)) {
          emit({
            case: c.id,
            engine: engine.name,
            verdict: 'fail',
            reason: c.error,
            durationMs: 0,
          });
          continue;
        }
        emit(await runOne(c, engine, time, options));
      }
    }
  } finally {
    for (const engine of engines) await engine.dispose();
  }
  return verdicts;
}

function allows(c: RunCase, engine: EngineName): boolean {
  return c.engines === undefined || c.engines.includes(engine);
}

async function runOne(
  c: RunCase,
  engine: Engine,
  time: { time?: 'virtual' | 'real'; timeoutMs?: number },
  options: {
    readonly onResult?: (run: CaseRun) => void;
    readonly report?: Omit<ReportOptions, 'definition' | 'engine'>;
  },
): Promise<CaseVerdict> {
  const base = { case: c.id, engine: engine.name };
  if (!allows(c, engine.name)) {
    return {
      ...base,
      verdict: 'skipped',
      reason: `the case runs only on ${(c.engines ?? []).join(', ')}`,
      durationMs: 0,
    };
  }
  const started = performance.now();
  const ms = (): number => Math.round(performance.now() - started);
  try {
    const outcome = await runWithinBudget(engine, caseRequest(c, time));
    if (outcome.kind === 'skipped')
      return { ...base, verdict: 'skipped', reason: outcome.reason, durationMs: ms() };
    const differences = compareResult(c.expected, outcome.result, c.statuses);
    const durationMs = ms();
    options.onResult?.({ case: c, engine: engine.name, result: outcome.result });
    const report =
      options.report === undefined
        ? {}
        : {
            report: executionReport(outcome.result, {
              ...options.report,
              definition: c.definition,
              engine: engine.name,
            }),
          };
    return differences.length === 0
      ? { ...base, verdict: 'pass', durationMs, ...report }
      : { ...base, verdict: 'fail', differences, durationMs, ...report };
  } catch (e) {
    const reason = isAslcError(e) ? e.format() : `internal error: ${firstLine(e)}`;
    return { ...base, verdict: 'fail', reason: `could not run: ${reason}`, durationMs: ms() };
  }
}
