import {
  Condition,
  DslError,
  States,
  chain,
  choice,
  parallel,
  pass,
  path,
  type Chain,
  type Template,
} from '../../dsl/index.ts';
import { scopeOf, type NamingOptions } from '../naming-scope.ts';
import { asReference, joinReferencePaths } from '../util/reference-path.ts';

/** Options of {@link mergeDefaults}. */
export interface MergeDefaultsOptions extends NamingOptions {
  /** The part of the state the merge works on (default `$`). */
  readonly inputPath?: string;
  /** The object to merge, relative to `inputPath` (default `$`). */
  readonly targetPath?: string;
  /** Where the merged object goes, absolute (default, also for `''`: `inputPath` + `targetPath`). */
  readonly resultPath?: string;
  /** `target` (default): the target's values win; `default`: the defaults win. */
  readonly orderOfPreference?: 'target' | 'default';
  /** Treat a missing target as `{}` instead of failing (default `false`). */
  readonly checkIfTargetPresent?: boolean;
}

/**
 * Merges default values into an object of the state (the reference's
 * `CommonOperation.merge_defaults`): a Parallel `<id>` (InputPath = input path, ResultPath =
 * result path) whose branch builds `{target, default}` (`Init Pass`, or `Check Target` /
 * `Target Present` / `Target Not Present` when checking) and merges them shallowly with
 * `States.JsonMerge` in `Merge Pass`; then `<id> Restructure` unwraps the one-element result.
 * All paths go through the reference-path normalisation. Defaults are rendered as given: `path()`
 * values and keys spelled `key.$` are references (evaluated against the input slice), plain
 * `$…` strings stay literal, `undefined` is dropped, `null` stays `null`.
 *
 * The inner names are fixed, so a second merge in one machine needs a `prefix`.
 *
 * @example
 * ```ts
 * mergeDefaults('Merge Request', { memory: '1024', queue: path('$.default_queue') }, {
 *   inputPath: '$.request',
 *   targetPath: '$.overrides',
 *   resultPath: '$.merged',
 * });
 * ```
 */
export function mergeDefaults(
  id: string,
  defaults: Readonly<Record<string, Template>>,
  options: MergeDefaultsOptions = {},
): Chain {
  const preference = options.orderOfPreference ?? 'target';
  if (preference !== 'target' && preference !== 'default') {
    throw new DslError(
      'InvalidFieldValue',
      `orderOfPreference of merge '${id}' must be 'target' or 'default'`,
      { field: 'orderOfPreference' },
    );
  }
  const scope = scopeOf(options);
  const input = joinReferencePaths(options.inputPath ?? '$');
  const target = joinReferencePaths(options.targetPath ?? '$');
  // The reference: `JsonReferencePath(result_path) if result_path else input + target`.
  const result =
    options.resultPath !== undefined && options.resultPath !== ''
      ? joinReferencePaths(options.resultPath)
      : joinReferencePaths(input, target);
  const T = asReference(target);
  const R = asReference(result);
  const merge = pass(scope.name('Merge Pass'), {
    parameters: {
      merged:
        preference === 'target'
          ? States.JsonMerge(path('$.default'), path('$.target'))
          : States.JsonMerge(path('$.target'), path('$.default')),
    },
    outputPath: '$.merged',
  });
  const branch = options.checkIfTargetPresent
    ? choice(scope.name('Check Target'))
        .when(
          Condition.isPresent(T),
          pass(scope.name('Target Present'), {
            parameters: { target: path(T), default: defaults },
          }),
        )
        .otherwise(
          pass(scope.name('Target Not Present'), { parameters: { target: {}, default: defaults } }),
        )
        .afterwards()
        .next(merge)
    : chain(
        pass(scope.name('Init Pass'), { parameters: { target: path(T), default: defaults } }),
        merge,
      );
  return chain(
    parallel(scope.name(id), { inputPath: asReference(input), resultPath: R, branches: [branch] }),
    pass(scope.name(`${id} Restructure`), { inputPath: `${R}[0]`, resultPath: R }),
  );
}
