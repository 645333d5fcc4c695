import { appendPointer } from '../util/json-pointer.ts';
import { setOwn } from '../util/json.ts';
import { problem, type PlanProblem } from './plan-error.ts';

/** Nesting of JSON values a plan may have (objects and arrays, all levels). */
export const MAX_JSON_DEPTH = 1000;

/** JSON values a plan may hold once aliases (YAML) and shared objects (TypeScript) are expanded. */
export const MAX_JSON_NODES = 2_000_000;

/** Nesting of job groups a plan may have. */
export const MAX_GROUP_DEPTH = 100;

/** Jobs (groups included) a plan may have. */
export const MAX_JOBS = 10_000;

const DATA_HINT = 'use strings, finite numbers, booleans, null, arrays and plain objects';

/** What {@link copyPlanData} found about a subtree. @internal */
interface Facts {
  size: number;
  height: number;
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Own enumerable entries whose value is not undefined (JSON's view of an object). */
function entriesOf(value: object): [string, unknown][] {
  if (Array.isArray(value)) return value.map((v, i) => [String(i), v]);
  return Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .map((k) => [k, (value as Record<string, unknown>)[k]]);
}

/** Why a leaf is not JSON data, or undefined when it is. */
function leafProblem(value: unknown, inArray: boolean): string | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number')
    return Number.isFinite(value) ? undefined : `${value} is not a JSON number`;
  if (value === undefined) return inArray ? 'undefined is not a JSON value' : undefined;
  if (typeof value === 'object') {
    return Array.isArray(value) || isPlainObject(value)
      ? undefined
      : `a ${value.constructor?.name ?? 'class'} instance is not JSON data`;
  }
  return `a ${typeof value} is not JSON data`;
}

/**
 * Measures a value without recursion (so that any input, however deep, ends in a problem rather
 * than a stack overflow): cycles, depth and expanded size, shared objects counted once per use
 * but measured once. Returns the first problem, or undefined.
 */
function measure(root: unknown): PlanProblem | undefined {
  const done = new Map<object, Facts>();
  const onPath = new Set<object>();
  interface Frame {
    readonly node: object;
    readonly pointer: string;
    readonly entries: [string, unknown][];
    index: number;
    size: number;
    height: number;
  }
  const leaf = leafProblem(root, false);
  if (leaf !== undefined)
    return problem('NotAPlan', '', `the plan is not JSON data: ${leaf}`, DATA_HINT);
  if (typeof root !== 'object' || root === null) return undefined;
  const stack: Frame[] = [];
  const push = (node: object, pointer: string): PlanProblem | undefined => {
    if (stack.length >= MAX_JSON_DEPTH) {
      return problem(
        'PlanTooDeep',
        pointer,
        `the plan nests values more than ${MAX_JSON_DEPTH} levels deep`,
        `keep groups within ${MAX_GROUP_DEPTH} levels and values shallow`,
      );
    }
    onPath.add(node);
    stack.push({ node, pointer, entries: entriesOf(node), index: 0, size: 1, height: 1 });
    return undefined;
  };
  const first = push(root, '');
  if (first !== undefined) return first;
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as Frame;
    if (top.index >= top.entries.length) {
      stack.pop();
      onPath.delete(top.node);
      done.set(top.node, { size: top.size, height: top.height });
      const parent = stack[stack.length - 1];
      if (parent !== undefined) {
        parent.size += top.size;
        parent.height = Math.max(parent.height, top.height + 1);
      }
      if (top.size > MAX_JSON_NODES) {
        return problem(
          'PlanTooLarge',
          top.pointer,
          `the plan holds more than ${MAX_JSON_NODES} values (aliases and shared objects expanded)`,
          'split it into several plans',
        );
      }
      continue;
    }
    const [key, child] = top.entries[top.index] as [string, unknown];
    top.index++;
    const pointer = appendPointer(top.pointer, key);
    const why = leafProblem(child, Array.isArray(top.node));
    if (why !== undefined) return problem('NotAPlan', pointer, `not JSON data: ${why}`, DATA_HINT);
    if (typeof child !== 'object' || child === null) {
      top.size++;
      continue;
    }
    if (onPath.has(child)) {
      return problem(
        'CyclicPlan',
        pointer,
        'the plan refers to itself (a cycle of objects or YAML aliases)',
        'a plan is a tree: copy the value instead of referring back to an enclosing one',
      );
    }
    const known = done.get(child);
    if (known !== undefined) {
      top.size += known.size;
      top.height = Math.max(top.height, known.height + 1);
      if (stack.length + known.height > MAX_JSON_DEPTH) {
        return problem(
          'PlanTooDeep',
          pointer,
          `the plan nests values more than ${MAX_JSON_DEPTH} levels deep`,
          `keep groups within ${MAX_GROUP_DEPTH} levels and values shallow`,
        );
      }
      if (top.size > MAX_JSON_NODES) {
        return problem(
          'PlanTooLarge',
          pointer,
          `the plan holds more than ${MAX_JSON_NODES} values (aliases and shared objects expanded)`,
          'split it into several plans',
        );
      }
      continue;
    }
    const deep = push(child, pointer);
    if (deep !== undefined) return deep;
  }
  return undefined;
}

/** A tree copy of measured data: own keys only (`__proto__` stays a plain key), undefined dropped. */
function copy(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copy);
  const out: Record<string, unknown> = {};
  for (const [k, v] of entriesOf(value)) setOwn(out, k, copy(v));
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
