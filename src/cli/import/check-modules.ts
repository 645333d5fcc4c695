/**
 * The check of `aslc import`: every generated module is written to a temporary folder inside
 * the output folder, loaded by the module loader every command uses, compiled by `compile()`,
 * and compared by content with the definition it came from: the same JSON, or the same once
 * expressions are read as `aslc diff` reads them (an intrinsic call or JSONata expression spaced
 * otherwise than the DSL writes it). Nothing is left behind.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compile } from '../../compile.ts';
import { diffDefinitions } from '../../diff/diff-definitions.ts';
import { AslcError, describeThrown, isAslcError } from '../../util/errors.ts';
import { jsonDifferences, type JsonDifference } from '../../util/json-compare.ts';
import { packageFile } from '../../util/package-root.ts';
import { withTempFolder } from '../../util/temp-folder.ts';
import { loadWorkflowModule } from '../module-loader.ts';

/** A module to check, and the definition it must compile to. */
export interface ModuleToCheck {
  /** The formatted module. */
  readonly code: string;
  readonly expected: Record<string, unknown>;
}

/** What became of one module: equal, different (where), or not loadable (why). */
export type CheckResult =
  | {
      readonly ok: true;
      readonly states: number;
      /** Values written otherwise than in the input that `aslc diff` reads as the same. */
      readonly respaced: number;
    }
  | { readonly ok: false; readonly differences: readonly JsonDifference[] }
  | { readonly ok: false; readonly error: AslcError };

/** True when `aslc diff` finds no change between the two definitions. */
function sameByContent(expected: unknown, actual: unknown): boolean {
  try {
    return diffDefinitions(expected, actual).length === 0;
  } catch {
    return false;
  }
}

/**
 * The module aslc's own public entry is (the sources in development, the bundle when
 * installed): generated modules are checked against the running aslc, whether or not the
 * output folder can resolve the `aslc` package.
 */
function ownEntry(): string {
  const fromSources = import.meta.url.endsWith('.ts');
  return pathToFileURL(packageFile(fromSources ? 'src/index.ts' : 'dist/index.js')).href;
}

/**
 * The module with its `import … from 'aslc'` pointing at the running aslc. The generator writes
 * that import first, right after the header comment lines, so the first `from 'aslc';` after
 * the header is the import's.
 */
function pointedAtOwnEntry(code: string, entry: string): string {
  let offset = 0;
  while (code.startsWith('//', offset)) {
    const end = code.indexOf('\n', offset);
    if (end < 0) break;
    offset = end + 1;
  }
  const at = code.indexOf("from 'aslc';", offset);
  if (at < 0)
    throw new AslcError('ImportCheckFailed', 'the generated module imports nothing from aslc');
  return `${code.slice(0, at)}from ${JSON.stringify(entry)};${code.slice(at + "from 'aslc';".length)}`;
}

/**
 * Checks generated modules: each must load, build one state machine, and compile to its
 * definition (compared as JSON content: key order ignored). `parent` is the output folder; the
 * temporary folder made in it (and any folder made for it) is removed afterwards.
 *
 * @example
 * ```ts
 * const [result] = await checkModules([{ code, expected: definition }], 'out');
 * if (!result.ok) console.log('differences' in result ? result.differences : result.error.format());
 * ```
 */
export async function checkModules(
  modules: readonly ModuleToCheck[],
  parent: string,
  shownParent = parent,
): Promise<CheckResult[]> {
  if (modules.length === 0) return [];
  const entry = ownEntry();
  return withTempFolder(
    parent,
    async (dir) => {
      const paths = modules.map((m, i) => {
        const path = join(dir, `m${i}.ts`);
        writeFileSync(path, pointedAtOwnEntry(m.code, entry), { flag: 'wx' });
        return path;
      });
      return Promise.all(
        modules.map(async (m, i): Promise<CheckResult> => {
          try {
            const machines = await loadWorkflowModule(paths[i] as string, `m${i}.ts`);
            const [only] = machines;
            if (only === undefined || machines.length !== 1) {
              return {
                ok: false,
                error: new AslcError(
                  'ImportCheckFailed',
                  'the generated module does not export one state machine',
                ),
              };
            }
            const result = compile(only.machine, { validate: false });
            const actual = JSON.parse(result.json) as unknown;
            const differences = jsonDifferences(m.expected, actual, 5);
            if (differences.length === 0)
              return { ok: true, states: result.stateCount, respaced: 0 };
            return sameByContent(m.expected, actual)
              ? {
                  ok: true,
                  states: result.stateCount,
                  respaced: jsonDifferences(m.expected, actual, Infinity).length,
                }
              : { ok: false, differences };
          } catch (e) {
            const error = isAslcError(e)
              ? new AslcError(e.code, e.message, {
                  ...(e.state === undefined ? {} : { state: e.state }),
                  ...(e.field === undefined ? {} : { field: e.field }),
                  ...(e.hint === undefined ? {} : { hint: e.hint }),
                })
              : new AslcError(
                  'ImportCheckFailed',
                  `the generated module cannot be built: ${describeThrown(e)}`,
                );
            return { ok: false, error };
          }
        }),
      );
    },
    shownParent,
  );
}
