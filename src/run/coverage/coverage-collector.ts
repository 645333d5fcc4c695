/**
 * Coverage merged over executions: each run's {@link runHits} is added to the model of its
 * workflow ({@link coverageModel}), whatever the case or the engine.
 */
import type { SourceLocation, StateSources } from '../../util/source-location.ts';
import type { RunResult } from '../engine-contract.ts';
import { coverageModel, type CoverageModel } from './coverage-model.ts';
import type {
  CoverageCount,
  CoverageReport,
  CoverageSummary,
  WorkflowCoverage,
} from './coverage-types.ts';
import { addNested, runHits, type NestedCounts } from './run-hits.ts';

/** The workflow a run belongs to. */
export interface CoverageWorkflow {
  /** How reports name it (a path relative to the working folder, `file.ts#name` for one machine of a module). */
  readonly workflow: string;
  /** Its file (absolute), when it has one. */
  readonly file?: string;
  /** The definition that ran (the first one recorded is used for the model). */
  readonly definition: unknown;
  /** Where its states were defined (workflow modules built while source locations were recorded). */
  readonly sources?: StateSources;
}

/** One execution to add. */
export interface CoverageRun {
  readonly case?: string;
  readonly engine: string;
  readonly result: RunResult;
}

/** Collects coverage; {@link CoverageCollector.report} can be called at any time. */
export interface CoverageCollector {
  record(workflow: CoverageWorkflow, run: CoverageRun): void;
  report(): CoverageReport;
}

/** What `note` says in every report. */
export const COVERAGE_NOTE =
  'States and branches come from every engine that ran; transitions and Retry rules are recorded by the native engine only.';

interface Entry {
  readonly workflow: CoverageWorkflow;
  readonly model: CoverageModel;
  readonly cases: Set<string>;
  readonly runs: Map<string, number>;
  readonly states: Map<string, number>;
  readonly transitions: NestedCounts<string>;
  readonly retries: NestedCounts<number>;
}

/**
 * Creates a coverage collector.
 *
 * @example
 * ```ts
 * declare const definition: AslStateMachine, result: RunResult;
 * const coverage = createCoverageCollector();
 * coverage.record({ workflow: 'order.asl.json', definition }, { engine: 'native', result });
 * coverage.report().summary.total.percent; // e.g. 83.3
 * ```
 */
export function createCoverageCollector(): CoverageCollector {
  const entries = new Map<string, Entry>();
  return {
    record(workflow, run) {
      let entry = entries.get(workflow.workflow);
      if (entry === undefined) {
        entry = {
          workflow,
          model: coverageModel(workflow.definition),
          cases: new Set(),
          runs: new Map(),
          states: new Map(),
          transitions: new Map(),
          retries: new Map(),
        };
        entries.set(workflow.workflow, entry);
      }
      if (run.case !== undefined) entry.cases.add(run.case);
      entry.runs.set(run.engine, (entry.runs.get(run.engine) ?? 0) + 1);
      const hits = runHits(run.result);
      for (const [name, n] of hits.states)
        entry.states.set(name, (entry.states.get(name) ?? 0) + n);
      for (const [state, m] of hits.transitions)
        for (const [t, n] of m) addNested(entry.transitions, state, t, n);
      for (const [state, m] of hits.retries)
        for (const [r, n] of m) addNested(entry.retries, state, r, n);
    },
    report() {
      const workflows = [...entries.values()]
        .map(workflowCoverage)
        .sort((a, b) => (a.workflow < b.workflow ? -1 : a.workflow > b.workflow ? 1 : 0));
      return {
        format: 'aslc-coverage',
        version: 1,
        note: COVERAGE_NOTE,
        summary: sumSummaries(workflows.map((w) => w.summary)),
        workflows,
      };
    },
  };
}

function workflowCoverage(e: Entry): WorkflowCoverage {
  const src = e.workflow.sources;
  const at = (loc: SourceLocation | undefined) => (loc === undefined ? {} : { source: loc });
  const states = e.model.states.map((s) => ({
    ...s,
    hits: e.states.get(s.name) ?? 0,
    ...at(src?.get(s.name)?.state),
  }));
  const transitions = e.model.transitions.map((t) => ({
    ...t,
    hits: e.transitions.get(t.state)?.get(t.transition) ?? 0,
    ...at(transitionSource(src, t.state, t.transition)),
  }));
  const retries = e.model.retries.map((r) => ({
    ...r,
    hits: e.retries.get(r.state)?.get(r.retrier) ?? 0,
    ...at(src?.get(r.state)?.retriers?.[r.retrier] ?? src?.get(r.state)?.state),
  }));
  const branches = e.model.branches.map(({ state, branch, startAt }) => ({
    state,
    branch,
    hits: startAt === undefined ? 0 : (e.states.get(startAt) ?? 0),
    ...at(src?.get(state)?.state),
  }));
  const count = (items: readonly { hits: number }[]) =>
    ratio(items.filter((i) => i.hits > 0).length, items.length);
  const parts = {
    states: count(states),
    transitions: count(transitions),
    retries: count(retries),
    branches: count(branches),
  };
  return {
    workflow: e.workflow.workflow,
    ...(e.workflow.file === undefined ? {} : { file: e.workflow.file }),
    cases: [...e.cases].sort(),
    runs: Object.fromEntries([...e.runs].sort(([a], [b]) => (a < b ? -1 : 1))),
    summary: { ...parts, total: sumCounts(Object.values(parts)) },
    states,
    transitions,
    retries,
    branches,
  };
}

/** Where a transition was written: its rule, default or catcher, else the state. */
function transitionSource(
  sources: StateSources | undefined,
  state: string,
  transition: string,
): SourceLocation | undefined {
  const s = sources?.get(state);
  if (s === undefined) return undefined;
  const m = /^(Choices|Catch)\[(\d+)\]$/.exec(transition);
  if (m !== null) {
    const list = m[1] === 'Choices' ? s.choices : s.catchers;
    return list?.[Number(m[2])] ?? s.state;
  }
  return transition === 'Default' ? (s.default ?? s.state) : s.state;
}

/**
 * Covered / total, with the percentage (100 when there is nothing to cover).
 *
 * @example
 * ```ts
 * ratio(5, 6).percent; // 83.33…
 * ```
 */
export function ratio(covered: number, total: number): CoverageCount {
  return { covered, total, percent: total === 0 ? 100 : (covered / total) * 100 };
}

function sumCounts(counts: readonly CoverageCount[]): CoverageCount {
  return ratio(
    counts.reduce((n, c) => n + c.covered, 0),
    counts.reduce((n, c) => n + c.total, 0),
  );
}

function sumSummaries(summaries: readonly CoverageSummary[]): CoverageSummary {
  const pick = (k: keyof CoverageSummary) => sumCounts(summaries.map((s) => s[k]));
  return {
    states: pick('states'),
    transitions: pick('transitions'),
    retries: pick('retries'),
    branches: pick('branches'),
    total: pick('total'),
  };
}
