import { MAX_STATE_NAME_LENGTH, shortenStateName } from '../dsl/index.ts';

/** Naming options every operation and fragment accepts. */
export interface NamingOptions {
  /**
   * Prepended to the name of every state the call creates (default none). A fragment or an
   * operation with fixed inner names (`Init Pass`, `Merge Pass`, …) can then be used twice in
   * one machine.
   */
  readonly prefix?: string;
  /**
   * Names longer than ASL's 80 characters are shortened deterministically (`shortenStateName`)
   * instead of throwing `StateNameTooLong` (default `false`).
   */
  readonly shortenNames?: boolean;
}

/**
 * Where a fragment's states get their names: the reference's construct-ownership tree reduced to
 * prefixes. States a fragment owns are named `prefix + id`; states it creates in its owner's
 * scope (only `distributedDataSyncFragment` does) use `ownerPrefix`.
 */
export interface FragmentScope {
  /** Prefix of the states the fragment owns. */
  readonly prefix: string;
  /** Prefix of the states created in the owner's scope. */
  readonly ownerPrefix: string;
  /** Shorten names over 80 characters instead of throwing. */
  readonly shortenNames: boolean;
  /** The full name of a state owned by this scope. */
  name(local: string): string;
}

/**
 * A naming scope.
 *
 * @example
 * ```ts
 * createScope('Left: ').name('Init Pass'); // 'Left: Init Pass'
 * ```
 */
export function createScope(
  prefix = '',
  ownerPrefix: string = prefix,
  shortenNames = false,
): FragmentScope {
  return Object.freeze({
    prefix,
    ownerPrefix,
    shortenNames,
    name(local: string): string {
      const full = prefix + local;
      if (shortenNames && [...full].length > MAX_STATE_NAME_LENGTH) return shortenStateName(full);
      return full;
    },
  });
}

/**
 * The scope of an operation or fragment call from its naming options.
 *
 * @example
 * ```ts
 * scopeOf({ prefix: 'Copy: ' }).name('Merge Pass'); // 'Copy: Merge Pass'
 * ```
 */
export function scopeOf(options: NamingOptions = {}): FragmentScope {
  return createScope(options.prefix ?? '', options.prefix ?? '', options.shortenNames ?? false);
}

/**
 * The naming options that put a call's states into `scope` (the states are owned by it).
 *
 * @example
 * ```ts
 * declare const scope: FragmentScope; // what a fragment's build function receives
 * mergeDefaults('Merge', { a: 1 }, { ...namingOf(scope) });
 * ```
 */
export function namingOf(scope: FragmentScope): Required<NamingOptions> {
  return { prefix: scope.prefix, shortenNames: scope.shortenNames };
}
