import { MAX_JSON_DEPTH, shapeProblem } from '../util/json-depth.ts';
import { setOwn } from '../util/json.ts';
import { problem, type PlanProblem } from './plan-error.ts';

export { MAX_JSON_DEPTH };

/** JSON values a plan may hold once aliases (YAML) and shared objects (TypeScript) are expanded. */
export const MAX_JSON_NODES = 2_000_000;

/** Nesting of job groups a plan may have. */
export const MAX_GROUP_DEPTH = 100;

/** Jobs (groups included) a plan may have. */
export const MAX_JOBS = 10_000;

const DATA_HINT = 'use strings, finite numbers, booleans, null, arrays and plain objects';

/**
 * Measures a value without recursion (util's {@link shapeProblem}: any input, however deep,
 * ends in a problem rather than a stack overflow): cycles, depth and expanded size, and JSON
 * data only. Returns the first problem as a plan problem, or undefined.
 */
function measure(root: unknown): PlanProblem | undefined {
  const found = shapeProblem(root, {
    maxDepth: MAX_JSON_DEPTH,
    maxNodes: MAX_JSON_NODES,
    dataOnly: true,
  });
  if (found === undefined) return undefined;
  switch (found.reason) {
    case 'not-data':
      return found.pointer === ''
        ? problem('NotAPlan', '', `the plan is not JSON data: ${found.detail ?? ''}`, DATA_HINT)
        : problem('NotAPlan', found.pointer, `not JSON data: ${found.detail ?? ''}`, DATA_HINT);
    case 'depth':
      return problem(
        'PlanTooDeep',
        found.pointer,
        `the plan nests values more than ${MAX_JSON_DEPTH} levels deep`,
        `keep groups within ${MAX_GROUP_DEPTH} levels and values shallow`,
      );
    case 'cycle':
      return problem(
        'CyclicPlan',
        found.pointer,
        'the plan refers to itself (a cycle of objects or YAML aliases)',
        'a plan is a tree: copy the value instead of referring back to an enclosing one',
      );
    case 'size':
      return problem(
        'PlanTooLarge',
        found.pointer,
        `the plan holds more than ${MAX_JSON_NODES} values (aliases and shared objects expanded)`,
        'split it into several plans',
      );
  }
}

/** A tree copy of measured data: own keys only (`__proto__` stays a plain key), undefined dropped. */
function copy(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copy);
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[k];
    if (v !== undefined) setOwn(out, k, copy(v));
  }
  return out;
}

/**
 * Checks that a value is JSON data a plan can be made of, without trusting it: no cycles, at most
 * {@link MAX_JSON_DEPTH} levels and {@link MAX_JSON_NODES} values (YAML aliases and shared objects
 * expanded), nothing but plain objects, arrays, strings, finite numbers, booleans and null. Returns
 * a fresh tree copy (keys such as `__proto__` kept as plain keys), or the problem. Never recurses
 * on unchecked input.
 *
 * @example
 * ```ts
 * const r = copyPlanData(JSON.parse(text));
 * if (!r.ok) console.log(r.problem.code); // 'PlanTooDeep', 'CyclicPlan', …
 * ```
 */
export function copyPlanData(
  value: unknown,
):
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problem: PlanProblem } {
  const found = measure(value);
  if (found !== undefined) return { ok: false, problem: found };
  return { ok: true, value: copy(value) };
}
