import { isJsonObject } from '../../util/json.ts';
import { appendPointer } from '../../util/json-pointer.ts';
import type { RunResult } from '../engine-contract.ts';
import type { Expected } from './expected.ts';
import type { StatusReader } from './load-case.ts';
import { normalizeValue } from './normalize.ts';

/** At most this many differences are listed per comparison. */
const MAX_DIFFERENCES = 10;

/**
 * Compares a run's result with a case's expectation: `status`, then (when present in the
 * expectation) `output` deep-equal, `error`, `cause`, the sequence of `states` entered and the
 * sequence of `statuses` reported (read by `statusesOf`, the workflow's status reader).
 * Outputs and causes are normalised first when the expectation asks for it. Returns the
 * differences, empty when the result matches.
 *
 * @example
 * ```ts
 * declare const result: RunResult;
 * compareResult({ status: 'SUCCEEDED', output: { a: 1 } }, result);
 * // [] or ['output/a: expected 1, got 2']
 * ```
 */
export function compareResult(
  expected: Expected,
  actual: RunResult,
  statusesOf?: StatusReader,
): string[] {
  const out: string[] = [];
  const kinds = expected.normalize ?? [];
  if (expected.status !== actual.status) {
    out.push(`status: expected ${expected.status}, got ${actual.status}${describeFailure(actual)}`);
  }
  if (Object.hasOwn(expected, 'output')) {
    const e = normalizeValue(expected.output, kinds);
    const a = normalizeValue(actual.output, kinds);
    diff(e, a, '', out, 'output');
  }
  for (const field of ['error', 'cause'] as const) {
    if (!Object.hasOwn(expected, field)) continue;
    const e = normalizeValue(expected[field], kinds);
    const a = normalizeValue(actual[field], kinds);
    if (e !== a) out.push(`${field}: expected ${show(e)}, got ${show(a)}`);
  }
  if (expected.states !== undefined) {
    const e = expected.states.join(' → ');
    const a = actual.statesEntered.join(' → ');
    if (e !== a) out.push(`states: expected ${e || '(none)'}, got ${a || '(none)'}`);
  }
  if (expected.statuses !== undefined) {
    const difference = sequenceDifference(expected.statuses, statusesOf?.(actual) ?? []);
    if (difference !== undefined) out.push(`statuses: ${difference}`);
  }
  return out.slice(0, MAX_DIFFERENCES);
}

/** Where two sequences first differ, or undefined when they are equal. */
function sequenceDifference(e: readonly string[], a: readonly string[]): string | undefined {
  const n = Math.min(e.length, a.length);
  let i = 0;
  while (i < n && e[i] === a[i]) i++;
  if (i === e.length && i === a.length) return undefined;
  const at = (list: readonly string[]) => (i < list.length ? show(list[i]) : '(end)');
  return `#${i + 1} expected ${at(e)}, got ${at(a)} (${e.length} expected in all, ${a.length} reported; aslc run --statuses prints them)`;
}

function describeFailure(r: RunResult): string {
  return r.status === 'SUCCEEDED' ? '' : ` (error ${show(r.error)}, cause ${show(r.cause)})`;
}

function diff(e: unknown, a: unknown, pointer: string, out: string[], label: string): void {
  if (out.length >= MAX_DIFFERENCES) return;
  const where = `${label}${pointer}`;
  if (Array.isArray(e) && Array.isArray(a)) {
    if (e.length !== a.length) {
      out.push(`${where}: expected ${e.length} items, got ${a.length} (${show(a)})`);
      return;
    }
    e.forEach((item, i) => diff(item, a[i], appendPointer(pointer, i), out, label));
    return;
  }
  if (isJsonObject(e) && isJsonObject(a)) {
    const keys = new Set([...Object.keys(e), ...Object.keys(a)]);
    for (const key of keys) {
      const at = appendPointer(pointer, key);
      if (!Object.hasOwn(a, key)) out.push(`${label}${at}: missing (expected ${show(e[key])})`);
      else if (!Object.hasOwn(e, key)) out.push(`${label}${at}: unexpected ${show(a[key])}`);
      else diff(e[key], a[key], at, out, label);
      if (out.length >= MAX_DIFFERENCES) return;
    }
    return;
  }
  if (!Object.is(e, a)) {
    out.push(`${where}: expected ${show(e)}, got ${show(a)}`);
  }
}

function show(v: unknown): string {
  if (v === undefined) return '(absent)';
  const text = JSON.stringify(v);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
