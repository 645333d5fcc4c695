import { createRequire } from 'node:module';

const requireFromHere = createRequire(import.meta.url);

/**
 * A CommonJS dependency loaded on first use, not when the module that needs it is imported:
 * commands that never meet a JSONata expression or a mock file never pay for jsonata or ajv.
 *
 * @example
 * ```ts
 * const loadJsonata = lazyRequire<typeof import('jsonata')>('jsonata');
 * loadJsonata()('1 + 1').evaluate({});
 * ```
 */
export function lazyRequire<T>(specifier: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= requireFromHere(specifier) as T);
}
