import {
  chain,
  parallel,
  pass,
  type Chain,
  type Chainable,
  type ParallelBuilder,
} from '../dsl/index.ts';
import type { FragmentScope } from './naming-scope.ts';

/** Where an enclosed definition reads its input and where its output lands. */
export interface EnclosurePaths {
  /** What the enclosed definition sees (default `$`). */
  readonly inputPath?: string;
  /** Where its output lands (default: the input path); `null` discards it. */
  readonly resultPath?: string | null;
}

/**
 * The enclosure of §4 around a Parallel that `build` makes from the resolved paths: the Parallel
 * and, unless the result is discarded, Pass `<id> Enclosure Post` (`InputPath <result>[0]`),
 * named through the scope. @internal
 *
 * @example
 * ```ts
 * encloseWith(createScope(), 'Stats', {}, (paths) => stats.toSingleState({ ...paths, outputPath: null }));
 * ```
 */
export function encloseWith(
  scope: FragmentScope,
  id: string,
  options: EnclosurePaths,
  build: (paths: { inputPath: string; resultPath: string | null }) => ParallelBuilder,
): Chain {
  const inputPath = options.inputPath ?? '$';
  const resultPath = options.resultPath === undefined ? inputPath : options.resultPath;
  const enclosure = build({ inputPath, resultPath });
  if (resultPath === null) return enclosure.toChain();
  return chain(
    enclosure,
    pass(scope.name(`${id} Enclosure Post`), { inputPath: `${resultPath}[0]`, resultPath }),
  );
}

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
  options: EnclosurePaths,
): Chain {
  return encloseWith(scope, id, options, (paths) =>
    parallel(scope.name(`${id} Enclosure`), { ...paths, branches: [definition] }),
  );
}
