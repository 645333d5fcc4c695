/**
 * Filter expressions (`[?(@.price > 10 && @.tag == 'x')]`), evaluated by this module — never by
 * a JavaScript `eval`. Semantics follow Jayway: comparisons of different types are false
 * (numbers and numeric strings compare equal), `=~` is a full-string regex match (on RE2), and `in`,
 * `nin`, `subsetof`, `anyof`, `noneof`, `size`, `empty` are supported.
 */
import { Re2RegExp } from '../re2-regexp.ts';
import type { FilterExpr, FilterOperand } from '../../../asl/jsonpath/ast.ts';
import { evaluatePath } from './evaluate.ts';
import { jsonEquals } from '../json-values.ts';

/** An operand's value; `undefined` when a path matches nothing. */
/** A compiled `=~` pattern. */
type Matcher = { test(s: string): boolean };
type Operand = { readonly value: unknown; readonly regex?: Matcher };

/**
 * True when `item` passes the filter; `root` is the document `$` designates.
 *
 * @example
 * ```ts
 * evaluateFilter(parseJsonPath('$[?(@.a > 1)]').segments[0].selector.expr, { a: 2 }, {}); // true
 * ```
 */
export function evaluateFilter(expr: FilterExpr, item: unknown, root: unknown): boolean {
  switch (expr.kind) {
    case 'or':
      return evaluateFilter(expr.left, item, root) || evaluateFilter(expr.right, item, root);
    case 'and':
      return evaluateFilter(expr.left, item, root) && evaluateFilter(expr.right, item, root);
    case 'not':
      return !evaluateFilter(expr.expr, item, root);
    case 'exists': {
      if (expr.operand.kind !== 'path') return true;
      const r = evaluatePath(expr.operand.path, item, root);
      if (!r.found) return false;
      return expr.operand.path.definite ? true : Array.isArray(r.value) && r.value.length > 0;
    }
    case 'compare':
      return compare(expr.op, operand(expr.left, item, root), operand(expr.right, item, root));
  }
}

const regexCache = new Map<string, Matcher>();
const NEVER: Matcher = { test: () => false };

function operand(op: FilterOperand, item: unknown, root: unknown): Operand {
  switch (op.kind) {
    case 'literal':
      return { value: op.value };
    case 'path': {
      const r = evaluatePath(op.path, item, root);
      return { value: r.found ? r.value : undefined };
    }
    case 'regex': {
      const key = `${op.flags}/${op.source}`;
      let re = regexCache.get(key);
      if (re === undefined) {
        // On RE2 (linear time, no backtracking); a pattern it cannot run (backreferences,
        // lookahead) or an invalid one matches nothing.
        try {
          re = new Re2RegExp(`^(?:${op.source})$`, op.flags.replace(/[gy]/g, ''));
        } catch {
          re = NEVER;
        }
        if (regexCache.size > 1000) regexCache.clear();
        regexCache.set(key, re);
      }
      return { value: undefined, regex: re };
    }
  }
}

function looseEquals(a: unknown, b: unknown): boolean {
  if (a === undefined || b === undefined) return false;
  if (typeof a === 'number' && typeof b === 'string') return b.trim() !== '' && Number(b) === a;
  if (typeof a === 'string' && typeof b === 'number') return a.trim() !== '' && Number(a) === b;
  return jsonEquals(a, b);
}

function compare(op: string, l: Operand, r: Operand): boolean {
  const a = l.value;
  const b = r.value;
  switch (op) {
    case '==':
      return looseEquals(a, b);
    case '!=':
      return !looseEquals(a, b);
    case '<':
    case '<=':
    case '>':
    case '>=': {
      if (!(
        (typeof a === 'number' && typeof b === 'number') ||
        (typeof a === 'string' && typeof b === 'string')
      )) {
        return false;
      }
      if (op === '<') return a < b;
      if (op === '<=') return a <= b;
      if (op === '>') return a > b;
      return a >= b;
    }
    case '=~': {
      const re = r.regex ?? l.regex;
      const s = r.regex ? a : b;
      return re !== undefined && typeof s === 'string' && re.test(s);
    }
    case 'in':
      return Array.isArray(b) && b.some((x) => looseEquals(a, x));
    case 'nin':
      return Array.isArray(b) && !b.some((x) => looseEquals(a, x));
    case 'subsetof':
      return (
        Array.isArray(a) && Array.isArray(b) && a.every((x) => b.some((y) => looseEquals(x, y)))
      );
    case 'anyof':
      return (
        Array.isArray(a) && Array.isArray(b) && a.some((x) => b.some((y) => looseEquals(x, y)))
      );
    case 'noneof':
      return (
        Array.isArray(a) && Array.isArray(b) && !a.some((x) => b.some((y) => looseEquals(x, y)))
      );
    case 'size':
      return (Array.isArray(a) || typeof a === 'string') && typeof b === 'number' && a.length === b;
    case 'empty':
      return (
        (Array.isArray(a) || typeof a === 'string') &&
        typeof b === 'boolean' &&
        (a.length === 0) === b
      );
    default:
      return false;
  }
}
