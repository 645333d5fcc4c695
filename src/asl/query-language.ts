/**
 * Which query language a state uses (spec/asl.md §1.1, floci#2968): a state's own
 * `QueryLanguage`, else the machine's, and states nested in Parallel branches and Map item
 * processors inherit the machine's, not their parent state's. Any value other than exactly
 * `JSONPath` means JSONata.
 */

/** The two query languages. */
export type AslQueryLanguage = 'JSONPath' | 'JSONata';

/**
 * The effective query language of a `QueryLanguage` value: `fallback` when absent, `JSONPath`
 * only for exactly `'JSONPath'`, JSONata for anything else.
 *
 * @example
 * ```ts
 * queryLanguageOf(undefined, 'JSONPath'); // 'JSONPath'
 * queryLanguageOf('jsonata', 'JSONPath'); // 'JSONata'
 * ```
 */
export function queryLanguageOf(value: unknown, fallback: AslQueryLanguage): AslQueryLanguage {
  if (value === undefined) return fallback;
  return value === 'JSONPath' ? 'JSONPath' : 'JSONata';
}
