import { isJsonObject } from '../util/json.ts';

/** A state split into its transitions and everything else. */
export interface SplitState {
  /** A shallow copy of the state without its string-valued transition fields and `End`. */
  readonly rest: Record<string, unknown>;
  /** Transition targets by field path from the state: `Next`, `Default`, `Choices/0/Next`, … */
  readonly transitions: ReadonlyMap<string, string>;
}

/**
 * Splits a state into its transitions (`Next`, `Default`, `Choices/<i>/Next`, `Catch/<i>/Next`
 * whose value is a string) and the rest of its content. A boolean `End` is dropped from the rest:
 * it is the absence of `Next`. Rules and catchers are copied, never modified in place.
 *
 * @example
 * ```ts
 * const s = splitTransitions({ Type: 'Pass', Next: 'B' });
 * s.rest; // { Type: 'Pass' }
 * s.transitions.get('Next'); // 'B'
 * ```
 */
export function splitTransitions(state: Record<string, unknown>): SplitState {
  const rest: Record<string, unknown> = { ...state };
  const transitions = new Map<string, string>();
  for (const key of ['Next', 'Default']) {
    const target = rest[key];
    if (typeof target === 'string') {
      transitions.set(key, target);
      delete rest[key];
    }
  }
  if (typeof rest['End'] === 'boolean') delete rest['End'];
  for (const key of ['Choices', 'Catch']) {
    const list = rest[key];
    if (!Array.isArray(list)) continue;
    rest[key] = list.map((item: unknown, i) => {
      if (!isJsonObject(item) || typeof item['Next'] !== 'string') return item;
      transitions.set(`${key}/${i}/Next`, item['Next']);
      const copy = { ...item };
      delete copy['Next'];
      return copy;
    });
  }
  return { rest, transitions };
}
