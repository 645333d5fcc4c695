import { chain, parallel, pass, type Chain, type Chainable } from '../dsl/index.ts';
import type { FragmentScope } from './naming-scope.ts';

/**
 * The enclosure of §4 in a naming scope: Parallel `<id> Enclosure` (InputPath, ResultPath) and,
 * unless the result is discarded, Pass `<id> Enclosure Post` (`InputPath <result>[0]`). The same
 * shape as the DSL's `enclose`, with names through the scope (prefix, shortening). @internal
 *
 * @example
 * ```ts
 * encloseInScope(createScope('P: '), 'Wrap', pass('Inner'), { resultPath: '$.out' });
 * // 'P: Wrap Enclosure' → 'P: Wrap Enclosure Post'
 * ```
 */
export function encloseInScope(
  scope: FragmentScope,
  id: string,
  definition: Chainable,
  options: { readonly inputPath?: string; readonly resultPath?: string | null },
): Chain {
  const inputPath = options.inputPath ?? '$';
  const resultPath = options.resultPath === undefined ? inputPath : options.resultPath;
  const enclosure = parallel(scope.name(`${id} Enclosure`), {
    inputPath,
    resultPath,
    branches: [definition],
  });
  if (resultPath === null) return enclosure.toChain();
  return chain(
    enclosure,
    pass(scope.name(`${id} Enclosure Post`), { inputPath: `${resultPath}[0]`, resultPath }),
  );
}
