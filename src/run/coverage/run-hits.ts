/**
 * What one execution exercised, read from its result: the states entered (every engine reports
 * them), the transitions taken (StateExited's `transition`, recorded by the native interpreter),
 * the Retry rules that fired (StateRetried) and the states that failed. Nothing is recorded
 * while the execution runs: this reads the history the engines keep anyway.
 */
import { isJsonObject } from '../../util/json.ts';
import type { RunResult } from '../engine-contract.ts';

/** Counts by state name, then by a second key. */
export type NestedCounts<K> = Map<string, Map<K, number>>;

/** What one execution exercised. */
export interface RunHits {
  /** Times each state was entered. */
  readonly states: Map<string, number>;
  /** Times each transition was taken, by state then `Next` / `Choices[i]` / `Default` / `Catch[i]`. */
  readonly transitions: NestedCounts<string>;
  /** Retries by state then retrier index (-1 when the engine does not say which). */
  readonly retries: NestedCounts<number>;
  /** States that failed (entered and never exited), or that were running when it timed out. */
  readonly failed: Set<string>;
}

/**
 * Adds `n` to a nested count.
 *
 * @example
 * ```ts
 * addNested(hits.transitions, 'Paid?', 'Choices[0]', 1);
 * ```
 */
export function addNested<K>(counts: NestedCounts<K>, a: string, b: K, n: number): void {
  let inner = counts.get(a);
  if (inner === undefined) counts.set(a, (inner = new Map()));
  inner.set(b, (inner.get(b) ?? 0) + n);
}

/**
 * Reads what an execution exercised from its result.
 *
 * @example
 * ```ts
 * declare const outcome: { result: RunResult };
 * const hits = runHits(outcome.result);
 * hits.states.get('Charge'); // 1
 * ```
 */
export function runHits(result: RunResult): RunHits {
  const states = new Map<string, number>();
  for (const name of result.statesEntered) states.set(name, (states.get(name) ?? 0) + 1);
  const transitions: NestedCounts<string> = new Map();
  const retries: NestedCounts<number> = new Map();
  const exited = new Map<string, number>();
  // The native and embedded engines record StateEntered/StateExited pairs from ExecutionStarted
  // on; Step Functions Local's exits are unnamed and the aws engine records no exits.
  let started = false;
  let pairs = false;
  for (const e of result.events) {
    if (e.type === 'ExecutionStarted') started = true;
    const name = e.name;
    if (name === undefined) continue;
    if (e.type === 'StateEntered') pairs = true;
    if (e.type === 'StateExited') {
      exited.set(name, (exited.get(name) ?? 0) + 1);
      const t = isJsonObject(e.details) ? e.details['transition'] : undefined;
      if (typeof t === 'string') addNested(transitions, name, t, 1);
    } else if (e.type === 'StateRetried') {
      const r = isJsonObject(e.details) ? e.details['retrier'] : undefined;
      addNested(retries, name, typeof r === 'number' ? r : -1, 1);
    }
  }
  const failed = new Set<string>();
  if (started && pairs) {
    for (const [name, n] of states) if (n > (exited.get(name) ?? 0)) failed.add(name);
  } else if (result.status !== 'SUCCEEDED') {
    const last = result.statesEntered.at(-1);
    if (last !== undefined) failed.add(last);
  }
  return { states, transitions, retries, failed };
}
