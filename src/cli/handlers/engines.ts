// Modules, not the aslc/run barrel: a command loads only what it uses.
import {
  ENGINE_NAMES,
  isEngineName,
  type Engine,
  type EngineName,
} from '../../run/engine-contract.ts';
import { createEngine } from '../../run/create-engine.ts';
import { UsageError } from '../../util/errors.ts';

/**
 * Creates an engine from the shared options of `aslc run` and `aslc test`.
 *
 * @example
 * ```ts
 * const engine = engineFromOptions('native', args, ctx.io.env);
 * ```
 */
export function engineFromOptions(
  name: EngineName,
  args: { readonly aws: boolean; readonly sfnLocalImage?: string | undefined },
  env: Readonly<Record<string, string | undefined>>,
): Engine {
  return createEngine(name, {
    env,
    aws: args.aws,
    ...(args.sfnLocalImage !== undefined ? { sfnLocalImage: args.sfnLocalImage } : {}),
  });
}

/**
 * `--engine` values of `aslc test`: names, `all`, repeated or comma-separated.
 *
 * @example
 * ```ts
 * parseEngines(['native,embedded', 'native']); // ['native', 'embedded']
 * ```
 */
export function parseEngines(values: readonly string[]): EngineName[] {
  const names = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
  const out: EngineName[] = [];
  for (const name of names) {
    if (name === 'all') out.push(...ENGINE_NAMES);
    else if (isEngineName(name)) out.push(name);
    else throw new UsageError(`unknown engine '${name}'`, `use ${ENGINE_NAMES.join(', ')} or all`);
  }
  return [...new Set(out)];
}
