import { existsSync, readdirSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { isAslcError } from '../../util/errors.ts';
import { parseJson, setOwn } from '../../util/json.ts';
import { readTextFile } from '../../util/read-text.ts';
import { checkAgainstSchema, type ConfigIssue } from './config-schema.ts';
import {
  ENVIRONMENT_NAME,
  type EnvironmentConfig,
  type ProjectConfig,
  type ProjectConfigFile,
  type WorkflowEntry,
} from './project-config.ts';

/** The result of reading a JSON file that must match a schema. */
export type Loaded<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly ConfigIssue[] };

/**
 * Reads a JSON file and checks it against the configuration schema (or one of its definitions).
 * A syntax error is one issue that names the line and column.
 *
 * @example
 * ```ts
 * const r = readJsonFile('environments/dev.json', '#/$defs/environmentFile');
 * ```
 */
export function readJsonFile<T>(path: string, ref = '#'): Loaded<T> {
  let text: string;
  try {
    text = readTextFile(path, path);
  } catch (e) {
    const reason = isAslcError(e) ? e.message.replace(/^cannot read it: /, '') : String(e);
    return { ok: false, issues: [{ pointer: '', message: `cannot read the file: ${reason}` }] };
  }
  const parsed = parseJson(text);
  if (!parsed.ok) {
    return {
      ok: false,
      issues: [
        { pointer: '', message: `invalid JSON at line ${parsed.line}, column ${parsed.column}` },
      ],
    };
  }
  const issues = checkAgainstSchema(parsed.value, ref);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: parsed.value as T };
}

/** Problems that the schema cannot express. */
function semanticIssues(file: ProjectConfigFile): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  file.workflows.forEach((w, i) => {
    const path = typeof w === 'string' ? w : w.path;
    if (isAbsolute(path)) {
      issues.push({
        pointer: typeof w === 'string' ? `/workflows/${i}` : `/workflows/${i}/path`,
        message: 'must be relative to the folder of the configuration file',
      });
    }
  });
  for (const [key, value] of [
    ['outDir', file.outDir],
    ['environmentsDir', file.environmentsDir],
  ] as const) {
    if (value !== undefined && isAbsolute(value)) {
      issues.push({
        pointer: `/${key}`,
        message: 'must be relative to the folder of the configuration file',
      });
    }
  }
  return issues;
}

/**
 * Loads `aslc.config.json`: JSON syntax, the schema (schemas/aslc-config.schema.json) and the
 * rules it cannot express; then applies the defaults (`outDir` `build`, `environmentsDir`
 * `environments`). Problems are returned as values with JSON pointers, never thrown.
 *
 * @example
 * ```ts
 * const r = loadProjectConfig('fixtures/projects/demand-execution/aslc.config.json');
 * if (r.ok) console.log(r.value.workflows);
 * ```
 */
export function loadProjectConfig(path: string): Loaded<ProjectConfig> {
  const file = resolve(path);
  const read = readJsonFile<ProjectConfigFile>(file);
  if (!read.ok) return read;
  const issues = semanticIssues(read.value);
  if (issues.length > 0) return { ok: false, issues };
  const c = read.value;
  const workflows: WorkflowEntry[] = c.workflows.map((w) =>
    typeof w === 'string' ? { path: w } : w,
  );
  return {
    ok: true,
    value: {
      file,
      dir: dirname(file),
      workflows,
      outDir: c.outDir ?? 'build',
      environmentsDir: c.environmentsDir ?? 'environments',
      environments: c.environments ?? {},
      ...(c.defaultEnvironment === undefined ? {} : { defaultEnvironment: c.defaultEnvironment }),
      targets: c.targets,
    },
  };
}

/**
 * The environments a project defines, sorted: in the configuration, or as environment files.
 *
 * @example
 * ```ts
 * declare const config: ProjectConfig;
 * environmentNames(config); // ['dev', 'prod']
 * ```
 */
export function environmentNames(config: ProjectConfig): string[] {
  const names = new Set(Object.keys(config.environments));
  let files: string[];
  try {
    files = readdirSync(join(config.dir, config.environmentsDir));
  } catch {
    files = [];
  }
  for (const f of files) {
    const name = f.endsWith('.json') ? f.slice(0, -'.json'.length) : '';
    if (ENVIRONMENT_NAME.test(name)) names.add(name);
  }
  return [...names].sort();
}

/**
 * Where an environment's file is (or would be).
 *
 * @example
 * ```ts
 * declare const config: ProjectConfig;
 * environmentFile(config, 'dev'); // '/…/environments/dev.json'
 * ```
 */
export function environmentFile(config: ProjectConfig, name: string): string {
  return join(config.dir, config.environmentsDir, `${name}.json`);
}

/**
 * Loads one environment: the `environments` entry of the configuration merged with
 * `<environmentsDir>/<name>.json` when that file exists. A placeholder given a value in both is
 * an issue (which one wins would be a guess). Returns `undefined` when neither defines `name`.
 *
 * @example
 * ```ts
 * declare const config: ProjectConfig;
 * const env = loadEnvironment(config, 'dev');
 * if (env?.ok) console.log(env.value.placeholders);
 * ```
 */
export function loadEnvironment(
  config: ProjectConfig,
  name: string,
):
  | (Loaded<Required<Pick<EnvironmentConfig, 'placeholders'>>> & { readonly file?: string })
  | undefined {
  const inline = Object.hasOwn(config.environments, name) ? config.environments[name] : undefined;
  const path = environmentFile(config, name);
  const fromFile = existsSync(path)
    ? readJsonFile<EnvironmentConfig>(path, '#/$defs/environmentFile')
    : undefined;
  if (inline === undefined && fromFile === undefined) return undefined;
  if (fromFile !== undefined && !fromFile.ok) return { ...fromFile, file: path };
  const a = inline?.placeholders ?? {};
  const b = fromFile?.value.placeholders ?? {};
  const both = Object.keys(b)
    .filter((k) => Object.hasOwn(a, k))
    .sort();
  if (both.length > 0) {
    return {
      ok: false,
      file: path,
      issues: both.map((k) => ({
        pointer: `/placeholders/${k}`,
        message: `placeholder '${k}' also has a value in the configuration's environments.${name}`,
      })),
    };
  }
  const placeholders: Record<string, string> = {};
  for (const k of [...Object.keys(a), ...Object.keys(b)].sort()) {
    setOwn(placeholders, k, Object.hasOwn(a, k) ? a[k] : b[k]);
  }
  return { ok: true, value: { placeholders } };
}
