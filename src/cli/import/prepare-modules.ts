/**
 * From read state machines to checked module code: each definition is validated, written as a
 * module (src/import), formatted, then every module is compiled back and compared with its
 * definition (check-modules.ts). Problems are one line each, naming the file and the state
 * machine.
 */
import { generateModule, type ImportSource } from '../../import/index.ts';
import { isAslcError } from '../../util/errors.ts';
import { shortJson } from '../../util/json-compare.ts';
import { shapeProblem, MAX_JSON_VALUES } from '../../util/json-depth.ts';
import { formatDiagnostic, validate } from '../../validate/index.ts';
import { checkModules } from './check-modules.ts';
import { formatModule } from './format-module.ts';

/** A state machine to import and where its module goes. */
export interface ModuleJob {
  readonly source: ImportSource;
  /** Absolute path of the module to write. */
  readonly target: string;
}

/** A module ready to write. */
export interface PreparedModule extends ModuleJob {
  readonly code: string;
  readonly states: number;
  /** Expressions the module writes spaced otherwise than the input (the same by content). */
  readonly respaced: number;
}

/**
 * `file (resource)`, how messages name a state machine.
 *
 * @example
 * ```ts
 * sourceLabel({ file: 'template.yaml', resource: 'Orders', … }); // 'template.yaml (Orders)'
 * ```
 */
export function sourceLabel(source: ImportSource): string {
  return source.resource === undefined ? source.file : `${source.file} (${source.resource})`;
}

/** Options of {@link prepareModules}. */
export interface PrepareOptions {
  /** Format the modules with prettier (default true; tests of the generator may skip it). */
  readonly format?: boolean;
}

/** The formatted module of one job, or the line saying why there is none. */
async function moduleCode(
  job: ModuleJob,
  format: boolean,
): Promise<{ code: string } | { error: string }> {
  const { source } = job;
  const label = sourceLabel(source);
  if (shapeProblem(source.definition, { maxNodes: MAX_JSON_VALUES }) !== undefined) {
    return {
      error: `${label}: DefinitionTooLarge: the definition is too large or too deep to import`,
    };
  }
  const errors = validate(source.definition, { allowPlaceholders: true }).filter(
    (d) => d.severity === 'error',
  );
  const [first] = errors;
  if (first !== undefined) {
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    return { error: `${formatDiagnostic(first, { file: label })}${more}` };
  }
  const generated = generateModule(source);
  const [unsupported] = generated.unsupported;
  if (unsupported !== undefined) {
    const where = [
      ...(unsupported.state === undefined ? [] : [`state '${unsupported.state}'`]),
      `field '${unsupported.field}'`,
    ].join(', ');
    return {
      error: `${label}: UnsupportedConstruct: ${unsupported.reason} (${where}). Hint: the DSL cannot write this yet; keep this definition as ASL JSON`,
    };
  }
  if (!format) return { code: generated.code };
  try {
    return { code: await formatModule(generated.code) };
  } catch (e) {
    if (isAslcError(e)) return { error: e.withFile(label).format() };
    throw e;
  }
}

/**
 * Prepares the modules of the jobs: validated, generated, formatted and checked. `checkIn` is
 * the folder whose temporary folder the check uses (the output folder).
 *
 * @example
 * ```ts
 * const { prepared, errors } = await prepareModules(jobs, '/repo/workflows');
 * ```
 */
export async function prepareModules(
  jobs: readonly ModuleJob[],
  checkIn: string,
  shownCheckIn = checkIn,
  options: PrepareOptions = {},
): Promise<{ prepared: PreparedModule[]; errors: string[] }> {
  const errors: string[] = [];
  const ready: { job: ModuleJob; code: string }[] = [];
  for (const job of jobs) {
    const r = await moduleCode(job, options.format ?? true);
    if ('error' in r) errors.push(r.error);
    else ready.push({ job, code: r.code });
  }
  const results = await checkModules(
    ready.map((r) => ({ code: r.code, expected: r.job.source.definition })),
    checkIn,
    shownCheckIn,
  );
  const prepared: PreparedModule[] = [];
  results.forEach((result, i) => {
    const { job, code } = ready[i] as { job: ModuleJob; code: string };
    const label = sourceLabel(job.source);
    if (result.ok) {
      prepared.push({ ...job, code, states: result.states, respaced: result.respaced });
    } else if ('error' in result) {
      errors.push(
        `${label}: ImportCheckFailed: the generated module does not build: ${result.error.format()}`,
      );
    } else {
      const [d] = result.differences;
      const more = result.differences.length > 1 ? ` (and more)` : '';
      errors.push(
        `${label}: ImportCheckFailed: the generated module compiles to a different definition at ${d?.pointer === '' ? '(root)' : d?.pointer}: expected ${shortJson(d?.expected)}, got ${shortJson(d?.actual)}${more}`,
      );
    }
  });
  return { prepared, errors };
}
