/**
 * Diagram overlays (src/util/diagram-overlay.ts) computed from coverage or from one execution,
 * for the renderer to draw: `aslc render --coverage` and `aslc run --trace`.
 */
import type { DiagramOverlay, OverlayTransition } from '../../util/diagram-overlay.ts';
import type { RunResult } from '../engine-contract.ts';
import { formatPercent } from './coverage-table.ts';
import type { WorkflowCoverage } from './coverage-types.ts';
import { runHits } from './run-hits.ts';

/**
 * The coverage overlay of one workflow: states entered and transitions taken with their counts
 * (the rest is drawn as uncovered), captioned with the percentages.
 *
 * @example
 * ```ts
 * declare const definition: AslStateMachine, report: CoverageReport;
 * for (const workflow of report.workflows) {
 *   const svg = await renderSvg(definition, { overlay: coverageOverlay(workflow) });
 * }
 * ```
 */
export function coverageOverlay(w: WorkflowCoverage): DiagramOverlay {
  const retries = new Map<string, number>();
  for (const r of w.retries) retries.set(r.state, (retries.get(r.state) ?? 0) + r.hits);
  const s = w.summary;
  return {
    mode: 'coverage',
    states: w.states
      .filter((x) => x.hits > 0)
      .map((x) => ({
        name: x.name,
        count: x.hits,
        ...((retries.get(x.name) ?? 0) > 0 ? { retries: retries.get(x.name) } : {}),
      })),
    transitions: w.transitions
      .filter((t) => t.hits > 0)
      .map((t) => ({ state: t.state, transition: t.transition, count: t.hits })),
    title:
      `coverage ${formatPercent(s.total.percent)}\nstates ${s.states.covered}/${s.states.total}, ` +
      `transitions ${s.transitions.covered}/${s.transitions.total}, retries ${s.retries.covered}/${s.retries.total}, ` +
      `branches ${s.branches.covered}/${s.branches.total}`,
  };
}

/**
 * The trace overlay of one execution: the states it entered with their counts, the state that
 * failed, retries per state, and the transitions taken (native engine), captioned with the
 * status.
 *
 * @example
 * ```ts
 * declare const definition: AslStateMachine, result: RunResult;
 * writeFileSync('trace.svg', await renderSvg(definition, { overlay: traceOverlay(result) }));
 * ```
 */
export function traceOverlay(result: RunResult): DiagramOverlay {
  const hits = runHits(result);
  const transitions: OverlayTransition[] = [];
  for (const [state, m] of hits.transitions)
    for (const [transition, count] of m) transitions.push({ state, transition, count });
  const retried = new Map<string, number>();
  for (const [state, m] of hits.retries)
    retried.set(
      state,
      [...m.values()].reduce((a, b) => a + b, 0),
    );
  const failed = [...hits.failed];
  const end =
    result.status === 'SUCCEEDED'
      ? 'SUCCEEDED'
      : `${result.status}${result.error === null ? '' : `: ${result.error}`}`;
  return {
    mode: 'trace',
    states: [...hits.states].map(([name, count]) => ({
      name,
      count,
      ...(hits.failed.has(name) ? { failed: true } : {}),
      ...((retried.get(name) ?? 0) > 0 ? { retries: retried.get(name) } : {}),
    })),
    transitions,
    title: `${end} after ${result.statesEntered.length} state${result.statesEntered.length === 1 ? '' : 's'}${failed.length > 0 ? ` (failed in '${failed.at(-1)}')` : ''}`,
  };
}
