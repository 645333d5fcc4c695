/**
 * The execution report (`aslc run --report`, `aslc test --format json`): state transitions,
 * history events against AWS's 25,000 quota, the largest input, output and variable of each
 * state against the 256 KiB quotas (a warning from 80%), and what the execution would cost as a
 * Standard and as an Express workflow. Read from the result's history after the run.
 */
import { statesOf } from '../../asl/walk.ts';
import { isJsonObject } from '../../util/json.ts';
import type { EngineName, RunResult } from '../engine-contract.ts';
import { estimateCost, PRICING, type CostEstimate, type PricingTable } from './pricing.ts';

/** AWS's quota of events in one execution's history. */
export const HISTORY_EVENTS_QUOTA = 25_000;

/** AWS's quota of a state's input or output, and of one variable, in bytes (256 KiB). */
export const PAYLOAD_QUOTA_BYTES = 262_144;

/** The share of a quota from which the report warns. */
export const WARNING_RATIO = 0.8;

/** A value against its quota. */
export interface QuotaUse {
  readonly value: number;
  readonly quota: number;
  /** `value / quota` in percent. */
  readonly percent: number;
}

/** The largest payload of its kind, and where. */
export interface LargestPayload extends QuotaUse {
  readonly state: string;
  /** The variable's name (largest variable only). */
  readonly variable?: string;
}

/** A state's largest input, output and assigned variable, in bytes of UTF-8 JSON. */
export interface StatePayloads {
  readonly state: string;
  readonly maxInputBytes?: number;
  readonly maxOutputBytes?: number;
  readonly maxVariableBytes?: number;
  readonly largestVariable?: string;
}

/** The report of one execution. */
export interface ExecutionReport {
  /** State transitions as AWS bills them: every state entered, every retry. */
  readonly stateTransitions: number;
  /** Events in the execution's history (null when the engine does not give AWS's history). */
  readonly historyEvents: QuotaUse | null;
  /** Time from start to end on the execution's clock (null when the engine gives no times). */
  readonly durationMs: number | null;
  /** Payload sizes (empty when the engine does not report inputs and outputs). */
  readonly payloads: {
    readonly quotaBytes: number;
    readonly largestInput: LargestPayload | null;
    readonly largestOutput: LargestPayload | null;
    readonly largestVariable: LargestPayload | null;
    readonly states: readonly StatePayloads[];
  };
  readonly cost: CostEstimate;
  /** Quotas at 80% or more, one sentence each. */
  readonly warnings: readonly string[];
}

/** Options of {@link executionReport}. */
export interface ReportOptions {
  /** The definition that ran (its size and Parallel branches feed the Express memory estimate). */
  readonly definition?: unknown;
  /** The engine that ran it (history event counts are AWS's only for native and sfn-local). */
  readonly engine?: EngineName;
  /** Pricing region (default the table's, us-east-1). */
  readonly region?: string;
  /** Another pricing table (default the bundled one). */
  readonly pricing?: PricingTable;
}

/** UTF-8 size of a value's JSON text. */
function bytesOf(value: unknown): number {
  const text = JSON.stringify(value);
  return text === undefined ? 0 : Buffer.byteLength(text, 'utf8');
}

/**
 * The report of one execution, from its result.
 *
 * @example
 * ```ts
 * declare const definition: AslStateMachine, outcome: { result: RunResult };
 * const report = executionReport(outcome.result, { definition, engine: 'native' });
 * report.stateTransitions; // 7
 * report.cost.standard?.perExecution; // 0.000175
 * ```
 */
export function executionReport(result: RunResult, options: ReportOptions = {}): ExecutionReport {
  const pricing = options.pricing ?? PRICING;
  const region = options.region ?? pricing.defaultRegion;
  const states = new Map<
    string,
    { input?: number; output?: number; variable?: number; name?: string }
  >();
  const at = (name: string) => {
    let s = states.get(name);
    if (s === undefined) states.set(name, (s = {}));
    return s;
  };
  let retries = 0;
  let maxId = 0;
  let parallelSteps = 0;
  let first: number | undefined;
  let last: number | undefined;
  const branchCounts = parallelBranchCounts(options.definition);
  for (const e of result.events) {
    if (e.id !== undefined && e.id > maxId) maxId = e.id;
    const t = e.timestamp === undefined ? NaN : Date.parse(e.timestamp);
    if (!Number.isNaN(t)) {
      first = first === undefined ? t : Math.min(first, t);
      last = last === undefined ? t : Math.max(last, t);
    }
    if (e.type === 'StateRetried') retries += 1;
    if (e.type === 'MapIterationStarted') parallelSteps += 1;
    if (e.type === 'ParallelStateStarted' && e.name !== undefined) {
      parallelSteps += branchCounts.get(e.name) ?? 0;
    }
    if (e.name === undefined || !isJsonObject(e.details)) continue;
    const d = e.details;
    if (e.type === 'StateEntered' && ('input' in d || 'inputDetails' in d)) {
      const s = at(e.name);
      s.input = Math.max(s.input ?? 0, payloadSize(d, 'input'));
    } else if (e.type === 'StateExited') {
      const s = at(e.name);
      if ('output' in d || 'outputDetails' in d) {
        s.output = Math.max(s.output ?? 0, payloadSize(d, 'output'));
      }
      const vars = d['assignedVariables'];
      if (isJsonObject(vars)) {
        for (const [name, value] of Object.entries(vars)) {
          const size = bytesOf(value);
          if (size > (s.variable ?? -1)) {
            s.variable = size;
            s.name = name;
          }
        }
      }
    }
  }
  // Native events carry AWS's ids; Step Functions Local's events are AWS's history itself.
  const historyEvents =
    maxId > 0
      ? quota(maxId, HISTORY_EVENTS_QUOTA)
      : options.engine === 'sfn-local' && result.events.length > 0
        ? quota(result.events.length, HISTORY_EVENTS_QUOTA)
        : null;
  const list: StatePayloads[] = [...states].map(([state, s]) => ({
    state,
    ...(s.input === undefined ? {} : { maxInputBytes: s.input }),
    ...(s.output === undefined ? {} : { maxOutputBytes: s.output }),
    ...(s.variable === undefined ? {} : { maxVariableBytes: s.variable, largestVariable: s.name }),
  }));
  const largest = (pick: (s: StatePayloads) => number | undefined): LargestPayload | null => {
    let best: LargestPayload | null = null;
    for (const s of list) {
      const v = pick(s);
      if (v !== undefined && (best === null || v > best.value)) {
        best = { state: s.state, ...quota(v, PAYLOAD_QUOTA_BYTES) };
        if (pick === variableOf && s.largestVariable !== undefined) {
          best = { ...best, variable: s.largestVariable };
        }
      }
    }
    return best;
  };
  const largestInput = largest((s) => s.maxInputBytes);
  const largestOutput = largest((s) => s.maxOutputBytes);
  const largestVariable = largest(variableOf);
  const durationMs = first === undefined || last === undefined ? null : last - first;
  const definitionBytes = options.definition === undefined ? 0 : bytesOf(options.definition);
  const dataBytes = Math.max(largestInput?.value ?? 0, largestOutput?.value ?? 0);
  const cost = estimateCost(
    {
      transitions: result.statesEntered.length + retries,
      durationMs: durationMs ?? 0,
      memoryBytes:
        pricing.express.baseMemoryMb * 1024 * 1024 + definitionBytes + dataBytes * parallelSteps,
    },
    region,
    pricing,
  );
  return {
    stateTransitions: result.statesEntered.length + retries,
    historyEvents,
    durationMs,
    payloads: {
      quotaBytes: PAYLOAD_QUOTA_BYTES,
      largestInput,
      largestOutput,
      largestVariable,
      states: list,
    },
    cost,
    warnings: warnings(historyEvents, list),
  };
}

function variableOf(s: StatePayloads): number | undefined {
  return s.maxVariableBytes;
}

function quota(value: number, limit: number): QuotaUse {
  return { value, quota: limit, percent: (value / limit) * 100 };
}

/** Parallel state name → its number of branches (a Parallel step per branch run). */
function parallelBranchCounts(definition: unknown): Map<string, number> {
  const out = new Map<string, number>();
  for (const { name, state } of statesOf(definition)) {
    if (state['Type'] === 'Parallel' && Array.isArray(state['Branches'])) {
      out.set(name, state['Branches'].length);
    }
  }
  return out;
}

function warnings(history: QuotaUse | null, states: readonly StatePayloads[]): string[] {
  const out: string[] = [];
  const pct = (p: number) => `${p.toFixed(1)}%`;
  if (history !== null && history.value >= history.quota * WARNING_RATIO) {
    out.push(
      `${history.value} history events: ${pct(history.percent)} of AWS's ${history.quota.toLocaleString('en-US')}-event quota`,
    );
  }
  const limit = PAYLOAD_QUOTA_BYTES * WARNING_RATIO;
  for (const s of states) {
    const check = (what: string, bytes: number | undefined) => {
      if (bytes !== undefined && bytes >= limit) {
        out.push(
          `state ${JSON.stringify(s.state)}: ${what} of ${bytes} bytes is ${pct((bytes / PAYLOAD_QUOTA_BYTES) * 100)} of the 256 KiB quota`,
        );
      }
    };
    check('input', s.maxInputBytes);
    check('output', s.maxOutputBytes);
    check(`variable ${JSON.stringify(s.largestVariable ?? '')}`, s.maxVariableBytes);
  }
  return out;
}

/**
 * The size of an event's payload: measured, or the size the native engine recorded when its
 * history kept only that (`<field>Details: {truncated: true, bytes}` past its memory budget).
 */
function payloadSize(details: Readonly<Record<string, unknown>>, field: string): number {
  const kept = details[`${field}Details`];
  if (isJsonObject(kept) && kept['truncated'] === true && typeof kept['bytes'] === 'number') {
    return kept['bytes'];
  }
  return bytesOf(details[field]);
}
