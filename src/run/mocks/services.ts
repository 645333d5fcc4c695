import { AslcError } from '../../util/errors.ts';
import { isJsonObject } from '../../util/json.ts';
import { createInMemoryS3 } from './in-memory-s3.ts';
import type { MockService } from './mock-service.ts';

/**
 * Which stateful services a case uses, as written in `case.json`:
 * `"services": { "s3": { "objects": { "s3://bucket/key": … } } }`.
 */
export type ServicesSpec = Readonly<Record<string, unknown>>;

/** The known services and how to build one from its options. */
const FACTORIES: Readonly<Record<string, (options: Record<string, unknown>) => MockService>> = {
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

/** Names of the services a case may ask for. */
export const SERVICE_NAMES: readonly string[] = Object.keys(FACTORIES);

/**
 * Builds fresh service instances from a spec (call it once per run: services keep state).
 *
 * @example
 * ```ts
 * const services = createServices({ s3: {} });
 * await engine.run({ definition, input, services });
 * ```
 */
export function createServices(spec: ServicesSpec | undefined): MockService[] {
  if (spec === undefined) return [];
  return Object.entries(spec).map(([name, options]) => {
    const factory = FACTORIES[name];
    if (factory === undefined) {
      throw new AslcError('InvalidCase', `unknown service '${name}'`, {
        hint: `known services: ${SERVICE_NAMES.join(', ')}`,
      });
    }
    return factory(isJsonObject(options) ? options : {});
  });
}
