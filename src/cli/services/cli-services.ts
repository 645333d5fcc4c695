/**
 * The stateful mock services the CLI adds to src/run's built-in ones (`s3`), by the name a case's
 * `case.json` uses: `"services": {"scaffolding": {"environment": "…/environment.json"}}`.
 */
import { isAbsolute, resolve } from 'node:path';
import { readJson, type ServiceFactories, type ServiceFactory } from '../../run/index.ts';
import { parseScaffoldEnvironment, scaffoldingContextOf } from '../../scaffolding/index.ts';
import { AslcError, isAslcError } from '../../util/errors.ts';
import { isJsonObject } from '../../util/json.ts';
import { createScaffoldingService } from './scaffolding-service.ts';

const SCAFFOLDING_OPTIONS = new Set(['environment', 'handler', 'functionName']);

/**
 * The `scaffolding` service factory. Options: `environment` (required), the scaffolding
 * environment as in `aslc scaffold --environment` — a path to its JSON file, relative to the case
 * folder, or the object itself; `handler` (default the demand-execution scaffolding handler) and
 * `functionName` (the Lambda function served for `lambda:invoke`; default none).
 *
 * @example
 * ```ts
 * const services = createServices(
 *   { scaffolding: { environment: '../../scaffolding/ex2-inputs-outputs/environment.json' } },
 *   { factories: { scaffolding: scaffoldingServiceFactory }, dir: caseDir },
 * );
 * ```
 */
export const scaffoldingServiceFactory: ServiceFactory = (options, context) => {
  for (const key of Object.keys(options)) {
    if (!SCAFFOLDING_OPTIONS.has(key)) {
      throw new AslcError('InvalidCase', `services.scaffolding: unknown option '${key}'`, {
        hint: `options: ${[...SCAFFOLDING_OPTIONS].join(', ')}`,
      });
    }
  }
  const handler = optionalString(options, 'handler');
  const functionName = optionalString(options, 'functionName');
  return createScaffoldingService({
    context: scaffoldingContextOf(environmentOf(options['environment'], context.dir)),
    ...(handler === undefined ? {} : { handler }),
    ...(functionName === undefined ? {} : { functionName }),
  });
};

/** Every service the CLI registers beyond src/run's built-in ones. */
export const CLI_SERVICE_FACTORIES: ServiceFactories = { scaffolding: scaffoldingServiceFactory };

function environmentOf(value: unknown, dir: string | undefined) {
  let raw = value;
  let file: string | undefined;
  if (typeof value === 'string') {
    file = isAbsolute(value) ? value : resolve(dir ?? process.cwd(), value);
    raw = readJson(file);
  } else if (!isJsonObject(value)) {
    throw new AslcError(
      'InvalidCase',
      'services.scaffolding.environment must be the path of a scaffolding environment.json or its content',
    );
  }
  try {
    return parseScaffoldEnvironment(raw);
  } catch (e) {
    if (!isAslcError(e)) throw e;
    throw new AslcError('InvalidCase', `services.scaffolding.environment: ${e.message}`, {
      ...(file === undefined ? {} : { file }),
    });
  }
}

function optionalString(options: Record<string, unknown>, key: string): string | undefined {
  const value = options[key];
  if (value === undefined || typeof value === 'string') return value;
  throw new AslcError('InvalidCase', `services.scaffolding.${key} must be a string`);
}
