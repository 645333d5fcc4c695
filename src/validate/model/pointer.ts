import { appendPointer } from '../../util/json-pointer.ts';

/**
 * `base` + `/segment` for each segment (src/util/json-pointer.ts `appendPointer`).
 *
 * @example
 * ```ts
 * childPointer('/States', 'a/b', 0); // '/States/a~1b/0'
 * ```
 */
export const childPointer: (base: string, ...segments: readonly (string | number)[]) => string =
  appendPointer;
