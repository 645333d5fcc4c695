import type { Chain, Chainable, ParallelBuilder } from '../../dsl/index.ts';
import { encloseInScope, encloseWith } from '../enclosure.ts';
import {
  isFragment,
  type Fragment,
  type FragmentEncloseOptions,
  type FragmentSingleStateOptions,
} from '../fragment.ts';
import { scopeOf, type NamingOptions } from '../naming-scope.ts';

/** Options of {@link enclose}. */
export interface EncloseOptions extends NamingOptions {
  /** What the enclosed definition sees (default `$`). */
  readonly inputPath?: string;
  /** Where its output lands (default: the input path); `null` discards it (no Post state). */
  readonly resultPath?: string | null;
}

/**
 * Encloses a definition so that its output lands at `resultPath` as an object (the reference's
 * `enclose_chainable` / `enclosed_chain`): a Parallel `<id> Enclosure` (InputPath, ResultPath)
 * with the definition as its only branch, inner names unchanged, then a Pass `<id> Enclosure
 * Post` (`InputPath <resultPath>[0]`). With `resultPath: null` the output is discarded and there
 * is no Post state.
 *
 * When the definition is a {@link Fragment}, the reference uses the fragment's own single state
 * (Parallel named after the fragment, inner names prefixed `"<fragment id>: "`); aslc does the
 * same but without the default `OutputPath $[0]`, which made the reference unwrap twice (§16
 * item 5).
 *
 * @example
 * ```ts
 * enclose('Wrap', chain(pass('Inner A'), pass('Inner B')), { inputPath: '$.x', resultPath: '$.y' });
 * ```
 */
export function enclose(id: string, definition: Chainable, options: EncloseOptions = {}): Chain {
  const scope = scopeOf(options);
  if (!isFragment(definition)) return encloseInScope(scope, id, definition, options);
  return encloseWith(scope, id, options, (paths) =>
    definition.toSingleState({ ...paths, outputPath: null }),
  );
}

/**
 * The same function as {@link enclose} (the reference has both names).
 *
 * @example
 * ```ts
 * enclosedChain('Wrap', pass('Inner'), { resultPath: '$.out' });
 * ```
 */
export const enclosedChain: typeof enclose = enclose;

/**
 * The method form of {@link enclose} on a fragment (`StateMachineFragment.enclose`): the
 * fragment's own states (not prefixed) in `<id> Enclosure`, `id` defaulting to the fragment's id.
 *
 * @example
 * ```ts
 * encloseFragment(stats, { inputPath: '$.req', resultPath: '$.resp' }); // 'Stats Enclosure' + 'Stats Enclosure Post'
 * ```
 */
export function encloseFragment(fragment: Fragment, options: FragmentEncloseOptions = {}): Chain {
  return fragment.enclose(options);
}

/**
 * A fragment as one Parallel state with prefixed names (the reference's
 * `EnvBaseStateMachineFragment.to_single_state`): default prefix `"<id>: "`, default
 * `OutputPath "$[0]"` when the result replaces the state, the Parallel itself unprefixed. For a
 * plain chain use the DSL's `toSingleState(name, chain, options)` (no prefix, no OutputPath).
 *
 * @example
 * ```ts
 * toSingleState(stats); // Parallel 'Stats' › 'Stats: Stats Prep S3 Keys', …
 * toSingleState(stats, { prefix: 'PFX/', stateId: 'Wrapper', inputPath: '$.in', resultPath: '$.out' });
 * ```
 */
export function toSingleState(
  fragment: Fragment,
  options: FragmentSingleStateOptions = {},
): ParallelBuilder {
  return fragment.toSingleState(options);
}
