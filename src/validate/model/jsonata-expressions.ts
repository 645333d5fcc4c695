import type { ResolvedOptions } from '../options.ts';
import { classifyJsonataString, parseJsonata, type JsonataParse } from '../syntax/jsonata.ts';
import { hasPlaceholder, replacePlaceholders } from '../syntax/placeholders.ts';
import { jsonataStrings, type JsonataString } from './jsonata-strings.ts';
import type { MachineIndex } from './machine-index.ts';
import { memo } from './memo.ts';

/** The variable name a `${Name}` placeholder becomes inside a JSONata expression. */
export const PLACEHOLDER_VARIABLE = '__aslcPlaceholder';

/** A string of a JSONata state, classified, and parsed when it is an expression. */
export interface JsonataExpression extends JsonataString {
  readonly kind: 'expression' | 'unterminated' | 'stray';
  /** The parse result, for `expression` strings. */
  readonly parsed: JsonataParse | undefined;
}

/**
 * Every JSONata-looking string of the JSONata states, parsed once per validation.
 *
 * @example
 * ```ts
 * jsonataExpressions(index, options).filter((e) => e.parsed?.ok === false);
 * ```
 */
export function jsonataExpressions(
  index: MachineIndex,
  options: ResolvedOptions,
): JsonataExpression[] {
  return memo(index, 'jsonata-expressions', () => {
    const cache = new Map<string, JsonataParse>();
    const out: JsonataExpression[] = [];
    for (const s of jsonataStrings(index)) {
      const kind = classifyJsonataString(s.value);
      if (kind === 'plain') continue;
      let parsed: JsonataParse | undefined;
      if (kind === 'expression') {
        let body = s.value.slice(2, -2);
        if (options.allowPlaceholders && hasPlaceholder(body)) {
          body = replacePlaceholders(body, '$' + PLACEHOLDER_VARIABLE);
        }
        parsed = cache.get(body);
        if (parsed === undefined) {
          parsed = parseJsonata(body);
          cache.set(body, parsed);
        }
      }
      out.push({ ...s, kind, parsed });
    }
    return out;
  });
}
