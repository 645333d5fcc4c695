/**
 * JSONata in ASL (spec/asl.md §1.7): a string `{% expression %}`, parsed (never evaluated) by
 * the jsonata package at the version Step Functions runs (2.0.6). The package is loaded on first
 * use, so a command that meets no JSONata expression never pays for it.
 */
import type Jsonata from 'jsonata';
import { lazyRequire } from '../util/lazy-require.ts';

const jsonata = lazyRequire<typeof Jsonata>('jsonata');

/**
 * True when the string is a JSONata expression for Step Functions: `{%` … `%}` with nothing
 * outside the delimiters.
 *
 * @example
 * ```ts
 * isJsonataString('{% $states.input.a %}'); // true
 * isJsonataString(' {% 1 %}'); // false
 * ```
 */
export function isJsonataString(value: string): boolean {
  return value.length >= 4 && value.startsWith('{%') && value.endsWith('%}');
}

/** A JSONata AST node (the subset of fields this module reads). */
export interface JsonataNode {
  readonly type: string;
  readonly value?: unknown;
  readonly [key: string]: unknown;
}

/** Result of {@link parseJsonata}. */
export type JsonataParse =
  | { readonly ok: true; readonly ast: JsonataNode }
  | { readonly ok: false; readonly message: string };

/**
 * Parses (never evaluates) the expression between the delimiters with jsonata 2.0.6, the
 * version Step Functions runs.
 *
 * @example
 * ```ts
 * parseJsonata('1 +'); // { ok: false, message: 'Unexpected end of expression (S0207)' }
 * ```
 */
export function parseJsonata(expression: string): JsonataParse {
  if (expression.trim() === '') return { ok: false, message: 'the expression is empty' };
  try {
    return { ok: true, ast: jsonata()(expression).ast() as unknown as JsonataNode };
  } catch (e) {
    const err = e as { message?: unknown; code?: unknown; position?: unknown };
    const message = typeof err.message === 'string' ? err.message : String(e);
    const code = typeof err.code === 'string' ? ` (${err.code})` : '';
    const at = typeof err.position === 'number' ? ` at position ${err.position}` : '';
    return { ok: false, message: `${message}${at}${code}` };
  }
}
