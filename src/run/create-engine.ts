import { AslcError } from '../util/errors.ts';
import { createAwsEngine, type AwsEngineOptions } from './aws/aws-engine.ts';
import { createEmbeddedEngine } from './embedded/embedded-engine.ts';
import type { Engine, EngineName } from './engine-contract.ts';
import { createNativeEngine, type InterpretFunction } from './native/native-engine.ts';
import { createSfnLocalEngine, type SfnLocalOptions } from './sfn-local/sfn-local-engine.ts';

/** Options shared by {@link createEngine}. */
export interface EngineOptions {
  /** Environment variables (`SFN_LOCAL_DISABLE`, `SFN_LOCAL_IMAGE`, `SFN_E2E_AWS`, `AWS_REGION`); default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Image for `sfn-local` (wins over `SFN_LOCAL_IMAGE`). */
  readonly sfnLocalImage?: string;
  /** The `--aws` opt-in for the `aws` engine. */
  readonly aws?: boolean;
  /** Further options of the `sfn-local` engine (a fake runtime or client, in tests). */
  readonly sfnLocal?: Omit<SfnLocalOptions, 'env' | 'image'>;
  /** Further options of the `aws` engine (a stubbed client, in tests). */
  readonly awsEngine?: Omit<AwsEngineOptions, 'env' | 'optIn'>;
  /** The interpreter for `native` (default: src/run/interpreter). */
  readonly interpret?: InterpretFunction;
}

/**
 * Creates an engine by name.
 *
 * @example
 * ```ts
 * declare const definition: AslStateMachine;
 * const engine = createEngine('embedded');
 * const outcome = await engine.run({ definition, input: {} });
 * await engine.dispose();
 * ```
 */
export function createEngine(name: EngineName, options: EngineOptions = {}): Engine {
  const env = options.env ?? process.env;
  switch (name) {
    case 'native':
      return createNativeEngine(options.interpret ? { interpret: options.interpret } : {});
    case 'embedded':
      return createEmbeddedEngine();
    case 'sfn-local':
      return createSfnLocalEngine({
        ...options.sfnLocal,
        env,
        ...(options.sfnLocalImage !== undefined ? { image: options.sfnLocalImage } : {}),
      });
    case 'aws':
      return createAwsEngine({
        ...options.awsEngine,
        env,
        ...(options.aws !== undefined ? { optIn: options.aws } : {}),
      });
    default:
      throw new AslcError('UnknownEngine', `unknown engine '${String(name)}'`);
  }
}
