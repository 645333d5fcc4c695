/**
 * JSONata path steps that read only a value's own fields. jsonata looks a name up with
 * `input[name]`, so a step named after a member every JavaScript object inherits (`__proto__`,
 * `constructor`, `__defineGetter__`, `toString`…) reaches into the aslc process itself:
 * `$states.input.__proto__.__defineGetter__(…)` changed `Object.prototype` for every later
 * execution, and `constructor.constructor` is `Function`. JSON has no inherited fields: such a
 * step reads the field only when the value has it, as AWS's JSONata sees JSON.
 */

/** The names whose plain lookup would read an inherited member of `Object.prototype`. */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

/** The function the rewritten steps call (bound in every compiled expression). */
export const OWN_FIELD_FUNCTION = '__aslc_own_field';

type Node = Record<string, unknown>;

/**
 * Rewrites, in place, every name step of a parsed JSONata expression that names an inherited
 * member into a call of {@link OWN_FIELD_FUNCTION} on the step's input. The tree is walked without
 * recursion; everything else in a step (predicates, stages, focus and index bindings) is kept.
 *
 * @example
 * ```ts
 * const e = jsonata('$.constructor');
 * confineNames(e.ast()); // the step now reads an own field named 'constructor' only
 * ```
 */
export function confineNames(ast: unknown): void {
  const pending: unknown[] = [ast];
  const seen = new Set<unknown>();
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next !== 'object' || next === null || seen.has(next)) continue;
    seen.add(next);
    if (Array.isArray(next)) {
      for (const item of next) pending.push(item);
      continue;
    }
    const node = next as Node;
    if (
      node['type'] === 'name' &&
      typeof node['value'] === 'string' &&
      INHERITED.has(node['value'])
    ) {
      const name = node['value'];
      const position = node['position'];
      node['type'] = 'function';
      node['value'] = '(';
      node['procedure'] = { type: 'variable', value: OWN_FIELD_FUNCTION, position };
      node['arguments'] = [
        { type: 'variable', value: '', position },
        { type: 'string', value: name, position },
      ];
    }
    for (const key of Object.keys(node)) pending.push(node[key]);
  }
}

/**
 * jsonata's own lookup of `key` in `input` (an array is looked up item by item, flattened), but
 * reading own fields only.
 *
 * @example
 * ```ts
 * ownField({ a: 1 }, 'constructor'); // undefined
 * ownField([{ constructor: 1 }, { constructor: 2 }], 'constructor'); // [1, 2] (a sequence)
 * ```
 */
export function ownField(input: unknown, key: string): unknown {
  if (Array.isArray(input)) {
    // A JSONata sequence, as jsonata's lookup returns: it collapses one item and none itself.
    const out: unknown[] & { sequence?: boolean } = [];
    out.sequence = true;
    for (const item of input) {
      const found = ownField(item, key);
      if (found === undefined) continue;
      if (Array.isArray(found)) for (const v of found) out.push(v);
      else out.push(found);
    }
    return out;
  }
  if (typeof input === 'object' && input !== null && Object.hasOwn(input, key)) {
    return (input as Node)[key];
  }
  return undefined;
}
