import { isJsonObject } from '../util/json.ts';
import { byCodeUnits } from './diff-entry.ts';
import { jsonEqual, MAX_DIFF_DEPTH, tooDeep } from './diff-values.ts';
import { stringKey, type Reading } from './expression-text.ts';
import { splitTransitions, type SplitState } from './transitions.ts';

/**
 * Finds renamed states in one scope: a state only in `a` and a state only in `b` whose contents
 * are identical apart from transitions, and whose transitions agree once every rename found is
 * applied (a transition of the old state to a renamed state must point to its new name). Pairs
 * are proposed in name order (UTF-16 code units) and then checked against the complete set of
 * renames until no pair fails, so the result is deterministic. `readingOf` says how the
 * contents of two states are read ({@link Reading}). Returns old name → new name.
 *
 * @example
 * ```ts
 * detectRenames(
 *   { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Succeed' } },
 *   { A: { Type: 'Pass', Next: 'C' }, C: { Type: 'Succeed' } },
 * ); // Map { 'B' => 'C' }
 * ```
 */
export function detectRenames(
  a: Record<string, unknown>,
  b: Record<string, unknown>,
  readingOf: (a: Record<string, unknown>, b: Record<string, unknown>) => Reading = () => 'loose',
): Map<string, string> {
  const removed = Object.keys(a)
    .filter((n) => !Object.hasOwn(b, n))
    .sort(byCodeUnits);
  const added = Object.keys(b)
    .filter((n) => !Object.hasOwn(a, n))
    .sort(byCodeUnits);
  const renames = new Map<string, string>();
  if (removed.length === 0 || added.length === 0) return renames;
  const removedSet = new Set(removed);
  const addedSet = new Set(added);
  const split = (state: unknown): SplitState | undefined =>
    isJsonObject(state) ? splitTransitions(state) : undefined;
  const splitA = new Map(removed.map((n) => [n, split(a[n])]));
  const splitB = new Map(added.map((n) => [n, split(b[n])]));
  // Candidates by content; `start` skips the taken prefix, so that n identical states are paired
  // in linear time (scanning each bucket from its start was quadratic: 25 s for 50,000 renames).
  const bySignature = new Map<string, { readonly names: string[]; start: number }>();
  for (const to of added) {
    const sb = splitB.get(to);
    if (sb === undefined) continue;
    const key = signature(sb.rest, 0);
    const bucket = bySignature.get(key);
    if (bucket === undefined) bySignature.set(key, { names: [to], start: 0 });
    else bucket.names.push(to);
  }
  const taken = new Set<string>();
  const plausible = (oldTarget: string, newTarget: string): boolean =>
    oldTarget === newTarget || (removedSet.has(oldTarget) && addedSet.has(newTarget));
  for (const from of removed) {
    const sa = splitA.get(from);
    const bucket = sa === undefined ? undefined : bySignature.get(signature(sa.rest, 0));
    if (sa === undefined || bucket === undefined) continue;
    while (bucket.start < bucket.names.length && taken.has(bucket.names[bucket.start] as string)) {
      bucket.start++;
    }
    for (let i = bucket.start; i < bucket.names.length; i++) {
      const to = bucket.names[i] as string;
      const sb = splitB.get(to) as SplitState;
      if (
        !taken.has(to) &&
        jsonEqual(sa.rest, sb.rest, 0, readingOf(sa.rest, sb.rest)) &&
        sameTransitions(sa, sb, plausible)
      ) {
        renames.set(from, to);
        taken.add(to);
        break;
      }
    }
  }
  // Drop the pairs whose transitions disagree with the renames kept, until none does. Dropping a
  // pair never makes another agree (an old target renamed away is not a new name), so the result
  // is the same in any order; a work list re-checks only the pairs that lead to a dropped one.
  const leadingTo = new Map<string, string[]>();
  for (const from of renames.keys()) {
    for (const oldTarget of (splitA.get(from) as SplitState).transitions.values()) {
      const list = leadingTo.get(oldTarget);
      if (list === undefined) leadingTo.set(oldTarget, [from]);
      else list.push(from);
    }
  }
  const consistent = (oldTarget: string, newTarget: string): boolean =>
    (renames.get(oldTarget) ?? oldTarget) === newTarget;
  const pending = [...renames.keys()];
  for (let from = pending.pop(); from !== undefined; from = pending.pop()) {
    const to = renames.get(from);
    if (to === undefined) continue;
    if (
      !sameTransitions(splitA.get(from) as SplitState, splitB.get(to) as SplitState, consistent)
    ) {
      renames.delete(from);
      for (const before of leadingTo.get(from) ?? []) pending.push(before);
    }
  }
  return renames;
}

/** True when both states have the same transition fields and `match` accepts every pair. */
function sameTransitions(
  a: SplitState,
  b: SplitState,
  match: (oldTarget: string, newTarget: string) => boolean,
): boolean {
  if (a.transitions.size !== b.transitions.size) return false;
  for (const [field, oldTarget] of a.transitions) {
    const newTarget = b.transitions.get(field);
    if (newTarget === undefined || !match(oldTarget, newTarget)) return false;
  }
  return true;
}

/**
 * A canonical text of a JSON value (keys sorted), equal for two values whenever `jsonEqual`
 * holds (intrinsic calls in their parsed form; every JSONata string one coarse key, so that no
 * JSONata is parsed here); rename candidates are looked up by it instead of comparing every
 * pair, and confirmed with `jsonEqual`.
 */
function signature(value: unknown, depth: number, key?: string): string {
  if (depth > MAX_DIFF_DEPTH) throw tooDeep();
  if (typeof value === 'string') return stringKey(value, key);
  if (Array.isArray(value)) return `[${value.map((v) => signature(v, depth + 1)).join(',')}]`;
  if (isJsonObject(value)) {
    const keys = Object.keys(value).sort(byCodeUnits);
    return `{${keys.map((k) => `${JSON.stringify(k)}:${signature(value[k], depth + 1, k)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
