/**
 * Formats generated modules with prettier (an optional peer dependency, loaded only by
 * `aslc import`), with fixed options, so that the same definition always gives the same bytes
 * whatever prettier configuration the user's project has.
 */
import { importOptional } from '../../util/optional-dependency.ts';

type Format = (code: string) => Promise<string>;

let formatter: Promise<Format> | undefined;

async function loadFormatter(): Promise<Format> {
  const [prettier, typescript, estree] = await importOptional(
    () =>
      Promise.all([
        import('prettier/standalone'),
        import('prettier/plugins/typescript'),
        import('prettier/plugins/estree'),
      ]),
    'prettier',
    'aslc import (it formats the modules it writes)',
  );
  return (code) =>
    prettier.format(code, {
      parser: 'typescript',
      plugins: [typescript, estree],
      printWidth: 100,
      singleQuote: true,
      trailingComma: 'all',
    });
}

/**
 * Formats a generated module. A module nested too deeply for the formatter (a payload hundreds
 * of levels deep) is kept as the generator wrote it: plain, one declaration per line.
 *
 * @example
 * ```ts
 * const code = await formatModule("import { pass } from 'aslc';\n");
 * ```
 */
export async function formatModule(code: string): Promise<string> {
  formatter ??= loadFormatter();
  const format = await formatter.catch((e: unknown) => {
    formatter = undefined;
    throw e;
  });
  try {
    return await format(code);
  } catch (e) {
    if (e instanceof RangeError) return code;
    throw e;
  }
}
