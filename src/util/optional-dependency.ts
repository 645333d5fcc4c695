import { AslcError } from './errors.ts';
import { packageManifest } from './package-root.ts';

/** The npm command that adds an optional dependency at the version aslc is tested with. */
function installCommand(pkg: string): string {
  const range = packageManifest().peerDependencies?.[pkg];
  return `npm install --save-dev ${pkg}${range === undefined ? '' : `@${range}`}`;
}

/** True when `e` says that `pkg` itself (not something it imports) is not installed. */
function isMissing(e: unknown, pkg: string): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { code, message } = e as { code?: unknown; message?: unknown };
  return (
    (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') &&
    typeof message === 'string' &&
    (message.includes(`'${pkg}'`) || message.includes(`"${pkg}"`))
  );
}

/**
 * Imports an optional dependency: a package that only one engine or feature needs, which npm
 * does not install with aslc (an optional peer dependency). When it is missing, the error
 * (`MissingDependency`) says which feature needs it and, as its hint, the command that installs
 * it at the version aslc is tested with; any other failure is rethrown.
 *
 * @example
 * ```ts
 * const tc = await importOptional(() => import('testcontainers'), 'testcontainers', 'Step Functions Local');
 * ```
 */
export async function importOptional<T>(
  load: () => Promise<T>,
  pkg: string,
  feature: string,
): Promise<T> {
  try {
    return await load();
  } catch (e) {
    if (!isMissing(e, pkg)) throw e;
    throw new AslcError('MissingDependency', `install ${pkg} to use ${feature}`, {
      hint: installCommand(pkg),
      cause: e,
    });
  }
}

/**
 * True when `e` is the {@link importOptional} error for a missing package; an engine reports
 * it as its reason to skip (`install testcontainers to use Step Functions Local (npm install …)`).
 *
 * @example
 * ```ts
 * if (isMissingDependency(e)) return skipped(`${e.message} (${e.hint})`);
 * ```
 */
export function isMissingDependency(e: unknown): e is AslcError {
  return e instanceof AslcError && e.code === 'MissingDependency';
}
