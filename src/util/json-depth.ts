import { appendPointer } from './json-pointer.ts';

/**
 * The deepest nesting of objects and arrays aslc accepts in any JSON document it reads
 * (definitions, inputs, mocks, configurations, requests, plans) and in any value given to its
 * library functions: deeper documents are refused with one line instead of exhausting the stack
 * of the recursive algorithms downstream. The same limit as the JSON parser AWS's services use
 * (Jackson's default maximum nesting depth); real definitions nest a few dozen levels.
 */
export const MAX_JSON_DEPTH = 1000;

/**
 * The most values aslc walks in one value given to its library functions, once shared objects
 * are expanded: a small structure that shares its children (`v = { a: v, b: v }`, forty times
 * over) stands for a tree of 2^40 values, which recursive code would walk for ever. A definition
 * of AWS's 1 MB quota holds at most about 500,000 values.
 */
export const MAX_JSON_VALUES = 2_000_000;

/** Why a value cannot be walked safely, and where. */
export interface ShapeProblem {
  /**
   * `depth`: nested deeper than the limit; `cycle`: contains itself; `size`: more values than
   * the limit once shared objects are expanded; `not-data`: a value JSON cannot hold.
   */
  readonly reason: 'depth' | 'cycle' | 'size' | 'not-data';
  /** JSON pointer of the value at fault. */
  readonly pointer: string;
  /** For `not-data`: what the value is. */
  readonly detail?: string;
}

/** Limits of {@link shapeProblem}. */
export interface ShapeLimits {
  /** Deepest nesting (default {@link MAX_JSON_DEPTH}). */
  readonly maxDepth?: number;
  /** Most values once shared objects are expanded (default: no limit). */
  readonly maxNodes?: number;
  /** Refuse what JSON cannot hold: functions, symbols, non-finite numbers, class instances. */
  readonly dataOnly?: boolean;
}

/**
 * A container of the walk: where it is, its children still to visit (an array's by index, an
 * object's by its own enumerable keys, read once), its height and size so far. Children are read
 * as they are visited: no list of entries is built per container (validate() walks every
 * definition this way, so the walk must allocate little).
 */
interface Frame {
  readonly node: object;
  readonly key: string;
  /** The object's own enumerable keys; undefined for an array. */
  readonly keys: readonly string[] | undefined;
  readonly length: number;
  index: number;
  height: number;
  size: number;
}

/** A frame for a container, its walk not begun. */
function frameOf(node: object, key: string): Frame {
  const keys = Array.isArray(node) ? undefined : Object.keys(node);
  const length = keys === undefined ? (node as unknown[]).length : keys.length;
  return { node, key, keys, length, index: 0, height: 0, size: 1 };
}

/** Why a value is not JSON data, or undefined when it is. */
function notData(value: unknown, inArray: boolean): string | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number')
    return Number.isFinite(value) ? undefined : `${value} is not a JSON number`;
  if (value === undefined) return inArray ? 'undefined is not a JSON value' : undefined;
  if (typeof value === 'object') {
    if (Array.isArray(value)) return undefined;
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto === Object.prototype || proto === null) return undefined;
    return `a ${(value as { constructor?: { name?: string } }).constructor?.name ?? 'class'} instance is not JSON data`;
  }
  return `a ${typeof value} is not JSON data`;
}

/** The pointer of the frames of the walk. */
function pointerOf(frames: readonly Frame[], extra?: string): string {
  const keys = frames.slice(1).map((f) => f.key);
  if (extra !== undefined) keys.push(extra);
  return keys.reduce((p, k) => appendPointer(p, k), '');
}

/** A long pointer shortened in the middle, for messages. */
function shortPointer(pointer: string): string {
  const parts = pointer.split('/');
  return parts.length > 13 ? [...parts.slice(0, 7), '…', ...parts.slice(-5)].join('/') : pointer;
}

/**
 * Checks that a value can be walked by recursive code: no object or array nested deeper than
 * `maxDepth` levels, no cycle, at most `maxNodes` values once shared objects are expanded (YAML
 * aliases, a program's shared objects), and with `dataOnly` nothing JSON cannot hold. Iterative
 * and linear in the number of distinct objects and references (an object reached twice is
 * measured once), so it is safe on any input: deep, cyclic, or a small structure that shares
 * its children exponentially often. A getter or Proxy that throws propagates: callers that take
 * values from users catch it.
 *
 * @example
 * ```ts
 * shapeProblem({ a: [1, { b: 2 }] }); // undefined
 * const o: Record<string, unknown> = {};
 * o.self = o;
 * shapeProblem(o); // { reason: 'cycle', pointer: '/self' }
 * ```
 */
export function shapeProblem(value: unknown, limits: ShapeLimits = {}): ShapeProblem | undefined {
  const maxDepth = limits.maxDepth ?? MAX_JSON_DEPTH;
  const maxNodes = limits.maxNodes ?? Number.POSITIVE_INFINITY;
  const dataOnly = limits.dataOnly === true;
  if (dataOnly) {
    const detail = notData(value, false);
    if (detail !== undefined) return { reason: 'not-data', pointer: '', detail };
  }
  if (typeof value !== 'object' || value === null) return undefined;
  if (maxDepth < 1) return { reason: 'depth', pointer: '' };
  const measured = new Map<object, { height: number; size: number }>();
  const onPath = new Set<object>([value]);
  const frames: Frame[] = [frameOf(value, '')];
  while (frames.length > 0) {
    const frame = frames[frames.length - 1] as Frame;
    if (frame.index < frame.length) {
      const at = frame.index++;
      // An array's holes are visited (as undefined: `[, 1]` is not JSON data); an object's
      // undefined properties are not (JSON's view of an object leaves them out).
      const key = frame.keys === undefined ? undefined : (frame.keys[at] as string);
      const child: unknown =
        key === undefined
          ? (frame.node as unknown[])[at]
          : (frame.node as Record<string, unknown>)[key];
      if (child === undefined && key !== undefined) continue;
      if (dataOnly) {
        const detail = notData(child, key === undefined);
        if (detail !== undefined)
          return { reason: 'not-data', pointer: pointerOf(frames, key ?? String(at)), detail };
      }
      if (typeof child !== 'object' || child === null) {
        frame.size++;
        continue;
      }
      if (onPath.has(child)) {
        return { reason: 'cycle', pointer: pointerOf(frames, key ?? String(at)) };
      }
      const known = measured.get(child);
      if (known !== undefined) {
        if (frames.length + known.height > maxDepth) {
          return { reason: 'depth', pointer: pointerOf(frames, key ?? String(at)) };
        }
        frame.height = Math.max(frame.height, known.height);
        frame.size += known.size;
        if (frame.size > maxNodes) {
          return { reason: 'size', pointer: pointerOf(frames, key ?? String(at)) };
        }
        continue;
      }
      if (frames.length >= maxDepth) {
        return { reason: 'depth', pointer: pointerOf(frames, key ?? String(at)) };
      }
      onPath.add(child);
      frames.push(frameOf(child, key ?? String(at)));
      continue;
    }
    frames.pop();
    onPath.delete(frame.node);
    const facts = { height: frame.height + 1, size: frame.size };
    measured.set(frame.node, facts);
    if (facts.size > maxNodes) return { reason: 'size', pointer: pointerOf(frames, frame.key) };
    const parent = frames[frames.length - 1];
    if (parent !== undefined) {
      parent.height = Math.max(parent.height, facts.height);
      parent.size += facts.size;
    }
  }
  return undefined;
}

/**
 * The problem of {@link shapeProblem} in words, to follow "… is": `nested deeper than 1000
 * levels (at /a/b/…)`, `cyclic: it contains itself (at /self)`.
 *
 * @example
 * ```ts
 * describeShapeProblem({ reason: 'depth', pointer: '/a' }); // 'nested deeper than 1000 levels (at /a)'
 * ```
 */
export function describeShapeProblem(problem: ShapeProblem, limits: ShapeLimits = {}): string {
  const at = problem.pointer === '' ? '' : ` (at ${shortPointer(problem.pointer)})`;
  switch (problem.reason) {
    case 'depth':
      return `nested deeper than ${limits.maxDepth ?? MAX_JSON_DEPTH} levels${at}`;
    case 'cycle':
      return `cyclic: it contains itself${at}`;
    case 'size':
      return `too large: more than ${limits.maxNodes ?? 'the allowed number of'} values once shared objects are expanded${at}`;
    case 'not-data':
      return `not JSON data: ${problem.detail ?? 'a value JSON cannot hold'}${at}`;
  }
}
