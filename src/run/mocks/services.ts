import { AslcError } from '../../util/errors.ts';
import { isJsonObject } from '../../util/json.ts';
import { createInMemoryS3 } from './in-memory-s3.ts';
import type { MockService } from './mock-service.ts';

/**
 * Which stateful services a case uses, as written in `case.json`:
 * `"services": { "s3": { "objects": { "s3://bucket/key": … } } }`.
 */
export type ServicesSpec = Readonly<Record<string, unknown>>;

/** What a service factory knows besides its options. */
export interface ServiceContext {
  /** The case folder, against which file paths in the options are resolved (absent: the cwd). */
  readonly dir?: string;
}

/**
 * Builds one fresh service from its `case.json` options; throws an `AslcError` (`InvalidCase`)
 * when the options are wrong.
 */
export type ServiceFactory = (
  options: Record<string, unknown>,
  context: ServiceContext,
) => MockService;

/** Service factories by the name `case.json` uses for them. */
export type ServiceFactories = Readonly<Record<string, ServiceFactory>>;

/** The services src/run knows by itself. */
const BUILT_IN: ServiceFactories = {
  s3: (options) => {
    const objects = options['objects'];
    if (objects !== undefined && !isJsonObject(objects)) {
      throw new AslcError(
        'InvalidCase',
        'services.s3.objects must be an object of s3://bucket/key → body',
      );
    }
    return createInMemoryS3(objects === undefined ? {} : { objects });
  },
};

/** Names of the built-in services a case may ask for (more can be registered: `factories`). */
export const SERVICE_NAMES: readonly string[] = Object.keys(BUILT_IN);

/**
 * Builds fresh service instances from a spec (call it once per run: services keep state).
 * `factories` registers more services by name (they win over a built-in of the same name): the
 * CLI adds `scaffolding` this way, since src/run does not know the scaffolding module. `dir` is
 * the case folder, for options that name files.
 *
 * @example
 * ```ts
 * declare const definition: AslStateMachine, input: unknown, engine: Engine, myEchoService: MockService;
 * const services = createServices({ s3: {} });
 * await engine.run({ definition, input, services });
 * createServices({ echo: {} }, { factories: { echo: () => myEchoService } });
 * ```
 */
export function createServices(
  spec: ServicesSpec | undefined,
  options: { readonly factories?: ServiceFactories; readonly dir?: string } = {},
): MockService[] {
  if (spec === undefined) return [];
  const known: ServiceFactories = { ...BUILT_IN, ...options.factories };
  const context: ServiceContext = options.dir === undefined ? {} : { dir: options.dir };
  return Object.entries(spec).map(([name, serviceOptions]) => {
    const factory = Object.hasOwn(known, name) ? known[name] : undefined;
    if (factory === undefined) {
      throw new AslcError('InvalidCase', `unknown service '${name}'`, {
        hint: `known services: ${Object.keys(known).join(', ')}`,
      });
    }
    return factory(isJsonObject(serviceOptions) ? serviceOptions : {}, context);
  });
}
