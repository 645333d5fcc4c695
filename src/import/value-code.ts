/**
 * Payload values of a definition (Parameters, Arguments, ItemSelector, Output, Assign, Result…)
 * as DSL templates: `key.$` entries become `key: path(…)` or `key: States.…(…)`, `{% … %}`
 * strings of JSONata states become `jsonata(…)`, whole `${Name}` strings become
 * `placeholder(…)`; everything else is a literal the DSL writes back as it is.
 */
import { looksLikeIntrinsic } from '../asl/intrinsic/parse.ts';
import { numberLiteral, propertyKey, stringLiteral } from './code-text.ts';
import { jsonataCode, literalStringCode, pathCode } from './expression-code.ts';
import type { GenContext } from './gen-context.ts';
import { intrinsicCode } from './intrinsic-code.ts';

/**
 * How a payload is read: `jsonpath` (keys ending in `.$` hold references), `jsonata` (`{% %}`
 * strings are expressions) or `literal` (a Pass `Result`: nothing is evaluated).
 */
export type ValueMode = 'jsonpath' | 'jsonata' | 'literal';

/** The value of a `key.$` entry as DSL code, or undefined to keep the entry as written. */
function dollarValueCode(ctx: GenContext, text: string): string | undefined {
  if (looksLikeIntrinsic(text)) return intrinsicCode(ctx, text);
  if (text.startsWith('$')) return pathCode(ctx, text);
  return undefined;
}

/**
 * A payload value as DSL template code.
 *
 * @example
 * ```ts
 * valueCode(ctx, { 'id.$': '$.id', tag: 'a' }, 'jsonpath'); // "{ id: path('$.id'), tag: 'a' }"
 * ```
 */
export function valueCode(ctx: GenContext, value: unknown, mode: ValueMode): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return numberLiteral(value);
  if (typeof value === 'string') {
    if (mode === 'jsonata') {
      const code = jsonataCode(ctx, value);
      if (code !== undefined) return code;
    }
    return literalStringCode(ctx, value);
  }
  if (Array.isArray(value)) {
    return `[${value.map((v: unknown) => valueCode(ctx, v, mode)).join(', ')}]`;
  }
  const entries: string[] = [];
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  const plain = new Set(keys);
  for (const key of keys) {
    const v = obj[key];
    if (mode === 'jsonpath' && key.length > 2 && key.endsWith('.$') && typeof v === 'string') {
      const base = key.slice(0, -2);
      const code = plain.has(base) ? undefined : dollarValueCode(ctx, v);
      entries.push(
        code === undefined
          ? `${propertyKey(key)}: ${stringLiteral(v)}`
          : `${propertyKey(base)}: ${code}`,
      );
      continue;
    }
    entries.push(`${propertyKey(key)}: ${valueCode(ctx, v, mode)}`);
  }
  return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
}
