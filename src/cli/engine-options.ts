import type { Argv } from 'yargs';
import { createEngine, type Engine, type EngineName } from '../run/index.ts';

/**
 * The options `aslc run` and `aslc test` share: real timing, the Step Functions Local image,
 * and the opt-in for AWS calls.
 *
 * @example
 * ```ts
 * builder: (y) => withEngineOptions(y.option('engine', { type: 'string' })),
 * ```
 */
export function withEngineOptions<T>(yargs: Argv<T>) {
  return yargs
    .option('real-time', {
      type: 'boolean',
      default: false,
      describe: 'Really wait for Wait states and retry intervals (default: virtual time)',
    })
    .option('sfn-local-image', {
      type: 'string',
      describe:
        'Step Functions Local image (default: SFN_LOCAL_IMAGE or amazon/aws-stepfunctions-local:2.0.0)',
    })
    .option('aws', {
      type: 'boolean',
      default: false,
      describe: 'Allow the aws engine to call AWS (same as SFN_E2E_AWS=1)',
    });
}

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
