import type { FilterPatterns } from './resolvable.ts';

/**
 * Core's `JobParam` family: one per `params` entry. `value` is the environment value (plain),
 * or the local path (input/output); `remoteValue` the remote of an input/output. Values are
 * reference-resolved.
 */
export interface JobParam {
  readonly name: string;
  readonly kind: 'plain' | 'input' | 'output';
  readonly value: string;
  readonly remoteValue?: string;
  readonly include?: FilterPatterns;
  readonly exclude?: FilterPatterns;
}
