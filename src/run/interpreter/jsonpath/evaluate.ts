/**
 * JSONPath evaluation with Jayway's semantics: a definite path yields its single value or
 * nothing (AWS then reports the path as not found); an indefinite path (wildcards, slices,
 * filters, `..`, several indices) yields the list of matches, possibly empty.
 */
import type { JsonPathAst, Selector } from '../../../asl/jsonpath/ast.ts';
import { evaluateFilter } from './filter.ts';
import { applyPathFunction } from './functions.ts';
import { setOwn } from '../json-values.ts';

/** What a path designates. */
export type PathValue =
  { readonly found: true; readonly value: unknown } | { readonly found: false };

const NOT_FOUND: PathValue = { found: false };

/** How a path is read. */
export interface EvaluateOptions {
  /**
   * An index past the end of an array, as the last step of a definite path, matches nothing.
   * Without it the step reads null, as Jayway (over Jackson) does for AWS's reference paths:
   * `"x.$": "$.items[5]"` on a two-item array gives `null` (measured on AWS, floci
   * AslExecutorIntrinsicMissingArgumentTest); intrinsic arguments are strict.
   */
  readonly strictIndex?: boolean;
}

/**
 * Evaluates a parsed path against `current` (`$` and `@` both start there); `root` is what `$`
 * designates inside filters.
 *
 * @example
 * ```ts
 * evaluatePath(parseJsonPath('$.a[1]'), { a: [1, 2] }); // { found: true, value: 2 }
 * ```
 */
export function evaluatePath(
  ast: JsonPathAst,
  current: unknown,
  root: unknown = current,
  options: EvaluateOptions = {},
): PathValue {
  const start = ast.root === '$' ? root : current;
  let nodes: unknown[] = [start];
  const last = ast.segments.at(-1);
  for (const seg of ast.segments) {
    const next: unknown[] = [];
    for (const node of nodes) {
      if (seg.descendant) scan(node, seg.selector, root, next, seg === last);
      else select(node, seg.selector, root, next, seg === last);
    }
    if (
      next.length === 0 &&
      seg === last &&
      ast.definite &&
      !options.strictIndex &&
      !seg.descendant &&
      seg.selector.kind === 'index' &&
      nodes.length === 1 &&
      Array.isArray(nodes[0])
    ) {
      next.push(null);
    }
    nodes = next;
  }
  let result: PathValue;
  if (ast.definite) result = nodes.length === 0 ? NOT_FOUND : { found: true, value: nodes[0] };
  else result = { found: true, value: nodes };
  if (ast.fn !== undefined) {
    if (!result.found) return NOT_FOUND;
    const v = applyPathFunction(ast.fn, result.value);
    return v === undefined ? NOT_FOUND : { found: true, value: v };
  }
  return result;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function select(node: unknown, sel: Selector, root: unknown, out: unknown[], leaf: boolean): void {
  switch (sel.kind) {
    case 'name':
      if (isObject(node) && Object.hasOwn(node, sel.name)) out.push(node[sel.name]);
      return;
    case 'names':
      if (!isObject(node)) return;
      if (leaf) {
        const merged: Record<string, unknown> = {};
        for (const n of sel.names) if (Object.hasOwn(node, n)) setOwn(merged, n, node[n]);
        out.push(merged);
      } else {
        for (const n of sel.names) if (Object.hasOwn(node, n)) out.push(node[n]);
      }
      return;
    case 'wildcard':
      if (Array.isArray(node)) out.push(...node);
      else if (isObject(node)) out.push(...Object.values(node));
      return;
    case 'index':
      if (Array.isArray(node)) {
        const i = sel.index < 0 ? node.length + sel.index : sel.index;
        if (i >= 0 && i < node.length) out.push(node[i]);
      }
      return;
    case 'indices':
      if (Array.isArray(node)) {
        for (const raw of sel.indices) {
          const i = raw < 0 ? node.length + raw : raw;
          if (i >= 0 && i < node.length) out.push(node[i]);
        }
      }
      return;
    case 'slice':
      if (Array.isArray(node)) out.push(...slice(node, sel.start, sel.end, sel.step));
      return;
    case 'filter':
      if (Array.isArray(node)) {
        for (const item of node) if (evaluateFilter(sel.expr, item, root)) out.push(item);
      } else if (isObject(node)) {
        if (evaluateFilter(sel.expr, node, root)) out.push(node);
      }
      return;
  }
}

/** `..`: the selector applied to the node itself, then to every descendant, in document order. */
function scan(node: unknown, sel: Selector, root: unknown, out: unknown[], leaf: boolean): void {
  if (sel.kind === 'filter') {
    // Jayway applies a scanned filter to every container's members.
    if (Array.isArray(node)) {
      for (const item of node) if (evaluateFilter(sel.expr, item, root)) out.push(item);
    } else if (isObject(node)) {
      for (const v of Object.values(node)) {
        if (isObject(v) && evaluateFilter(sel.expr, v, root)) out.push(v);
      }
    }
  } else {
    select(node, sel, root, out, leaf);
  }
  if (Array.isArray(node)) for (const item of node) scan(item, sel, root, out, leaf);
  else if (isObject(node)) for (const v of Object.values(node)) scan(v, sel, root, out, leaf);
}

function slice(arr: readonly unknown[], start?: number, end?: number, step?: number): unknown[] {
  const len = arr.length;
  const st = step ?? 1;
  const norm = (v: number | undefined, dflt: number): number => {
    if (v === undefined) return dflt;
    const x = v < 0 ? len + v : v;
    return Math.max(st > 0 ? 0 : -1, Math.min(x, st > 0 ? len : len - 1));
  };
  const out: unknown[] = [];
  if (st > 0) {
    for (let i = norm(start, 0); i < norm(end, len); i += st) out.push(arr[i]);
  } else {
    for (let i = norm(start, len - 1); i > norm(end, -1); i += st) out.push(arr[i]);
  }
  return out;
}
