import type { ExpressionNode, JsonataNode, JsonPathNode } from '../ir/expression-node.ts';
import type { NumberField } from '../ir/state-base.ts';
import type { ObjectEntry, ValueNode } from '../ir/value-node.ts';
import { setOwn } from '../util/json.ts';
import { intrinsicText } from './intrinsic-text.ts';
import { dollarBrace, substitutionText, type PlaceholderWriter } from './placeholder-text.ts';

/** Options shared by the emitters. */
export interface EmitContext {
  /** How a deploy-time placeholder is written (default: `${Name}`). */
  readonly placeholder: PlaceholderWriter;
}

/** The default context: placeholders as `${Name}`. */
export const DEFAULT_EMIT_CONTEXT: EmitContext = { placeholder: dollarBrace };

/** `{% expr %}`. */
export function jsonataText(node: JsonataNode): string {
  return `{% ${node.expr} %}`;
}

/** True for the values that JSONPath emits under a `key.$` entry. */
function isDollarValue(
  value: ValueNode,
): value is JsonPathNode | ({ kind: 'Intrinsic' } & ExpressionNode) {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value.kind === 'JsonPath' || value.kind === 'Intrinsic')
  );
}

/**
 * Emits a payload value as ASL JSON: JSONPath references and intrinsic calls become `key.$`
 * entries, JSONata expressions become `{% … %}` strings, placeholders become the context's text
 * (inside the string, for a substitution).
 *
 * @example
 * ```ts
 * emitValue(ObjectNode.create({ entries: [{ key: 'id', value: JsonPathNode.create({ path: '$.id' }) }] }));
 * // { 'id.$': '$.id' }
 * ```
 */
export function emitValue(value: ValueNode, ctx: EmitContext = DEFAULT_EMIT_CONTEXT): unknown {
  if (value === null || typeof value !== 'object') return value;
  switch (value.kind) {
    case 'JsonPath':
      return value.path;
    case 'Intrinsic':
      return intrinsicText(value, ctx.placeholder);
    case 'Jsonata':
      return jsonataText(value);
    case 'Placeholder':
      return ctx.placeholder(value.name, 'string');
    case 'Substitution':
      return substitutionText(value, ctx.placeholder);
    case 'Array':
      return value.items.map((v) => emitValue(v, ctx));
    case 'Object': {
      const out: Record<string, unknown> = {};
      const entries = value.entries;
      for (let i = 0; i < entries.length; i++) {
        const entry = entries[i] as ObjectEntry;
        const key =
          entry.rawDollarKey === true || !isDollarValue(entry.value) ? entry.key : entry.key + '.$';
        // setOwn: a key such as `__proto__` stays an ordinary own key.
        setOwn(out, key, emitValue(entry.value, ctx));
      }
      return out;
    }
  }
}

/**
 * Emits a number field into `out`: a literal or JSONata expression under `key`, a JSONPath
 * reference under `key + 'Path'`.
 */
export function emitNumberField(
  out: Record<string, unknown>,
  key: string,
  value: NumberField | undefined,
): void {
  if (value === undefined) return;
  if (typeof value === 'number') out[key] = value;
  else if (value.kind === 'JsonPath') out[key + 'Path'] = value.path;
  else out[key] = jsonataText(value);
}
