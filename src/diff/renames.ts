import { isJsonObject } from '../util/json.ts';
import { byCodeUnits } from './diff-entry.ts';
import { jsonEqual, MAX_DIFF_DEPTH, tooDeep } from './diff-values.ts';
import { stringKey } from './expression-text.ts';
import { splitTransitions, type SplitState } from './transitions.ts';

/**
 * Finds renamed states in one scope: a state only in `a` and a state only in `b` whose contents
 * are identical apart from transitions, and whose transitions agree once every rename found is
 * applied (a transition of the old state to a renamed state must point to its new name). Pairs
 * are proposed in name order (UTF-16 code units) and then checked against the complete set of
 * renames until no pair fails, so the result is deterministic. Returns old name → new name.
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
  const bySignature = new Map<string, string[]>();
  for (const to of added) {
    const sb = splitB.get(to);
    if (sb === undefined) continue;
    const key = signature(sb.rest, 0);
    const bucket = bySignature.get(key);
    if (bucket === undefined) bySignature.set(key, [to]);
    else bucket.push(to);
  }
  const taken = new Set<string>();
  const plausible = (oldTarget: string, newTarget: string): boolean =>
    oldTarget === newTarget || (removedSet.has(oldTarget) && addedSet.has(newTarget));
  for (const from of removed) {
    const sa = splitA.get(from);
    if (sa === undefined) continue;
    for (const to of bySignature.get(signature(sa.rest, 0)) ?? []) {
      const sb = splitB.get(to) as SplitState;
      if (!taken.has(to) && jsonEqual(sa.rest, sb.rest) && sameTransitions(sa, sb, plausible)) {
        renames.set(from, to);
        taken.add(to);
        break;
      }
    }
  }
  for (let changed = true; changed;) {
    changed = false;
    for (const [from, to] of renames) {
      const consistent = (oldTarget: string, newTarget: string): boolean =>
        (renames.get(oldTarget) ?? oldTarget) === newTarget;
      if (
        !sameTransitions(splitA.get(from) as SplitState, splitB.get(to) as SplitState, consistent)
      ) {
        renames.delete(from);
        changed = true;
      }
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
