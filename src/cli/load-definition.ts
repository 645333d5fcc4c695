import { extname, resolve } from 'node:path';
import { AslcError, UsageError } from '../util/errors.ts';
import { isJsonObject, jsonError, parseJson } from '../util/json.ts';
import type { StateSources } from '../util/source-location.ts';
import type { CliContext } from './context.ts';
import { isWorkflowModulePath } from './module-extensions.ts';
import { readInputText } from './read-input.ts';

/** A state machine definition loaded for a command. */
export interface LoadedDefinition {
  /** The path as the user gave it, for messages. */
  readonly path: string;
  /** The ASL JSON object. */
  readonly definition: Record<string, unknown>;
  /** Where a workflow module defined its states (only while source locations are recorded). */
  readonly sources?: StateSources;
  /** True for a machine of a job plan (it reports statuses to its sink). */
  readonly plan?: boolean;
}

/**
 * Loads the workflow a command works on: an ASL JSON file (`*.asl.json`, `*.json`, or a path
 * without extension such as `/dev/fd/63` from `<(git show …)`), or a TypeScript/JavaScript
 * workflow module (compiled on the fly; `flows.ts#name` selects one machine of a module that
 * exports several), resolved against the CLI's working directory. Other file types are refused.
 * Every failure is an {@link AslcError} naming the file: unreadable (`FileNotFound`,
 * `ReadFailed`, `InputTooLarge`, `InvalidUtf8`), not JSON (`InvalidJson`, with line and column), not a state machine
 * (`NotAnAslDefinition`), a module that fails to load or build (`ModuleLoadFailed`,
 * `NotAWorkflowModule`, any `DslError`), or an ambiguous module (`AmbiguousWorkflow`).
 *
 * @example
 * ```ts
 * const { definition } = await loadDefinition('order.asl.json', ctx);
 * ```
 */
export async function loadDefinition(path: string, ctx: CliContext): Promise<LoadedDefinition> {
  try {
    const [file, exportName] = splitSelector(path);
    if (isWorkflowModulePath(file)) {
      return { path, ...(await compileModule(file, exportName, ctx)) };
    }
    const text = await readText(path, ctx);
    const parsed = parseJson(text.replace(/^\uFEFF/, ''));
    if (!parsed.ok) throw jsonError(parsed);
    if (!isJsonObject(parsed.value) || !isJsonObject(parsed.value['States'])) {
      throw new AslcError('NotAnAslDefinition', 'not a state machine definition', {
        hint: 'expected a JSON object with "StartAt" and a "States" object',
      });
    }
    return { path, definition: parsed.value };
  } catch (e) {
    if (e instanceof AslcError && e.code !== 'UsageError' && e.file === undefined) {
      throw e.withFile(path);
    }
    throw e;
  }
}

/** `flows.ts#orders` → ['flows.ts', 'orders']. */
function splitSelector(path: string): [string, string | undefined] {
  const at = path.lastIndexOf('#');
  if (at > 0 && isWorkflowModulePath(path.slice(0, at))) {
    return [path.slice(0, at), path.slice(at + 1)];
  }
  return [path, undefined];
}

/** Imports a workflow module and compiles the selected machine (placeholders stay `${Name}`). */
async function compileModule(
  file: string,
  exportName: string | undefined,
  ctx: CliContext,
): Promise<{ definition: Record<string, unknown>; sources?: StateSources; plan?: boolean }> {
  // Loaded here, not at the top: a command given an ASL JSON file never pays for the compiler.
  const { loadWorkflowMachine } = await import('./module-loader.ts');
  const { compile } = await import('../compile.ts');
  const { machine, plan } = await loadWorkflowMachine(resolve(ctx.io.cwd, file), file, exportName);
  const definition = compile(machine).asl as unknown as Record<string, unknown>;
  const { sourceLocations } = await import('../dsl/source-locations.ts');
  const sources = sourceLocations(machine);
  return {
    definition,
    ...(sources === undefined ? {} : { sources }),
    ...(plan === true ? { plan } : {}),
  };
}

/** Reads the file after checking its extension. */
async function readText(path: string, ctx: CliContext): Promise<string> {
  if (path === '') throw new UsageError('name an ASL JSON file');
  const ext = extname(path).toLowerCase();
  if (ext !== '' && ext !== '.json') {
    throw new AslcError('UnsupportedInput', `unsupported file type '${ext}'`, {
      hint: 'pass an ASL JSON file (*.asl.json or *.json)',
    });
  }
  return (await readInputText(ctx, path)).content;
}
