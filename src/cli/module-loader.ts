/**
 * The one module loader of the CLI: finds workflow modules and plans (files and folders), imports
 * them (TypeScript through Node's type stripping, a time limit on their top-level code) and
 * returns the state machines they export; every command that takes a workflow module goes
 * through it (compile and build for folders, validate, render, run, test and diff through
 * load-definition.ts). Which paths are modules is decided by module-extensions.ts.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isStateMachine, type StateMachine } from '../dsl/state-machine.ts';
import type * as Plans from '../plans/index.ts';
import type { PlanCompileOptions } from '../plans/index.ts';
import { isPlan, isPlanFile } from '../plans/plan-identity.ts';
import { loadTypeScriptAsNodeWould } from './module-format-hook.ts';
import { isWorkflowModulePath, MODULE_EXTENSIONS } from './module-extensions.ts';
import { AslcError, describeThrown, isAslcError } from '../util/errors.ts';
import { withTimeout } from '../util/with-timeout.ts';

/** A workflow module found on disk. */
export interface WorkflowFile {
  /** Absolute path. */
  readonly path: string;
  /** Folder of the module relative to the input folder it was found in (`''` for a file input). */
  readonly relDir: string;
}

/** One state machine a module exports. */
export interface WorkflowMachine {
  /** Output name: the file's base name for a default export, the key for a map of machines. */
  readonly name: string;
  readonly machine: StateMachine;
  /** True for the machines of a job plan (they report statuses: `aslc run --statuses`). */
  readonly plan?: boolean;
  /**
   * A plan machine's placeholders that stand for the ARNs of the plan's other machines
   * (placeholder → machine name), which `aslc build` binds.
   */
  readonly machineArns?: Readonly<Record<string, string>>;
}

const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * How long a workflow module may take to load (its top-level code, imports included):
 * `ASLC_MODULE_TIMEOUT_SECONDS`, default 30.
 */
const MODULE_LOAD_TIMEOUT_MS =
  (Number(process.env['ASLC_MODULE_TIMEOUT_SECONDS']) > 0
    ? Number(process.env['ASLC_MODULE_TIMEOUT_SECONDS'])
    : 30) * 1000;

/** The plan compiler, loaded for the first plan: plans are laid out with their real sizes. */
async function planCompiler(): Promise<{
  readonly plans: typeof Plans;
  readonly options: PlanCompileOptions;
}> {
  const plans = await import('../plans/index.ts');
  const { compile } = await import('../compile.ts');
  const options: PlanCompileOptions = {
    measure: (machine) => {
      const json = compile(machine, { validate: false }).json;
      return { bytes: Buffer.byteLength(json), lines: json.split('\n').length };
    },
  };
  return { plans, options };
}

function isModuleFile(name: string): boolean {
  if (isPlanFile(name)) return !name.startsWith('_') && !name.startsWith('.');
  return (
    isWorkflowModulePath(name) &&
    !/\.d\.[mc]?ts$/i.test(name) &&
    !/\.(test|spec)\.[mc]?[jt]s$/.test(name) &&
    !name.startsWith('_') &&
    !name.startsWith('.')
  );
}

/**
 * Finds workflow modules: each input is a module file or a folder searched recursively (sorted,
 * so the order is the same everywhere). In folders, files starting with `_` or `.`, tests and
 * declaration files are skipped, as are `node_modules` folders.
 *
 * @example
 * ```ts
 * findWorkflowFiles(['fixtures/workflows'], process.cwd());
 * ```
 */
export function findWorkflowFiles(inputs: readonly string[], cwd: string): WorkflowFile[] {
  const out: WorkflowFile[] = [];
  for (const input of inputs) {
    const abs = resolve(cwd, input);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      throw new AslcError('FileNotFound', `no such file or folder: ${input}`, { file: input });
    }
    if (stat.isFile()) {
      if (!isWorkflowModulePath(abs)) {
        throw new AslcError('NotAWorkflowModule', `${input} is not a workflow module`, {
          file: input,
          hint: `give a ${MODULE_EXTENSIONS.join(' / ')} file that exports a state machine, a *.plan.json / *.plan.yaml plan, or a folder of them`,
        });
      }
      out.push({ path: abs, relDir: '' });
      continue;
    }
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
        a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
      )) {
        const full = join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(full);
        } else if (entry.isFile() && isModuleFile(entry.name)) {
          out.push({ path: full, relDir: relative(abs, dir).split(sep).join('/') });
        }
      }
    };
    walk(abs);
  }
  return out;
}

/** A machine of a compiled plan as the loader returns it. */
function planWorkflowMachine(m: Plans.PlanMachine): WorkflowMachine {
  return {
    name: m.name,
    machine: m.machine,
    plan: true,
    ...(m.machineArns === undefined ? {} : { machineArns: m.machineArns }),
  };
}

/** Imports a module (TypeScript through type stripping) within the load time limit. */
async function importModule(path: string, displayPath: string): Promise<Record<string, unknown>> {
  try {
    loadTypeScriptAsNodeWould();
    return (await withTimeout(
      import(pathToFileURL(path).href),
      MODULE_LOAD_TIMEOUT_MS,
      () =>
        new AslcError(
          'ModuleLoadTimeout',
          `the module did not finish loading within ${MODULE_LOAD_TIMEOUT_MS / 1000} s`,
          {
            hint: 'a top-level await that never settles? workflow modules should only build state machines',
          },
        ),
    )) as Record<string, unknown>;
  } catch (e) {
    if (isAslcError(e)) throw e.withFile(displayPath);
    throw new AslcError('ModuleLoadFailed', `cannot load the module: ${describeThrown(e)}`, {
      file: displayPath,
      hint: 'fix the error above; workflow modules run on Node with type stripping (no enums or namespaces)',
      cause: e,
    });
  }
}

/** A plan as a command that works on the plan itself reads it (`aslc mocks`). */
export interface PlanSource {
  /** The plan's value (checked when it is compiled). */
  readonly plan: unknown;
  /** The name its root machine takes: the file's (`nightly.plan.yaml` → `nightly`). */
  readonly name: string;
  /** The compile options the CLI lays plans out with (exact sizes). */
  readonly options: PlanCompileOptions;
}

/**
 * Reads a plan without compiling it: a `*.plan.json|yaml|yml` file (parsed), or a module whose
 * default export is a `definePlan(...)`. Anything else is `NotAPlan`; unreadable files, invalid
 * plan text and modules that fail to load are the loader's usual errors, naming the file.
 *
 * @example
 * ```ts
 * const { plan, name } = await loadPlanSource('/repo/plans/nightly.plan.yaml', 'plans/nightly.plan.yaml');
 * ```
 */
export async function loadPlanSource(path: string, displayPath: string): Promise<PlanSource> {
  const { plans, options } = await planCompiler();
  if (isPlanFile(path)) {
    try {
      const { readTextFile } = await import('../util/read-text.ts');
      const format = /\.json$/i.test(path) ? 'json' : 'yaml';
      const plan = plans.parsePlanText(readTextFile(path, displayPath), format);
      return { plan, name: plans.planFileName(path), options };
    } catch (e) {
      if (isAslcError(e)) throw e.file === undefined ? e.withFile(displayPath) : e;
      throw e;
    }
  }
  const def = isWorkflowModulePath(path)
    ? (await importModule(path, displayPath))['default']
    : undefined;
  if (!isPlan(def)) {
    throw new AslcError('NotAPlan', 'not a job plan', {
      file: displayPath,
      hint: 'give a *.plan.json / *.plan.yaml / *.plan.yml file, or a module whose default export is definePlan({ … })',
    });
  }
  return { plan: def, name: basename(path, extname(path)), options };
}

/**
 * Imports a workflow module and returns the state machines it exports: a default export that is
 * a state machine (named after the file), or a default export that is an object of state
 * machines (named after their keys). A plan (`*.plan.json`, `*.plan.yaml`, `*.plan.yml`, or a
 * module whose default export is a `definePlan(...)`) gives its root machine, named after the
 * file, then its child machines (`<name>-<group>`).
 *
 * @example
 * ```ts
 * const machines = await loadWorkflowModule('/repo/fixtures/workflows/hello.ts');
 * machines[0].name; // 'hello'
 * ```
 */
export async function loadWorkflowModule(
  path: string,
  displayPath = path,
): Promise<WorkflowMachine[]> {
  if (isPlanFile(path)) {
    const { plans, options } = await planCompiler();
    try {
      return (await plans.loadPlanFile(path, options)).map(planWorkflowMachine);
    } catch (e) {
      if (isAslcError(e)) throw e.withFile(displayPath);
      throw e;
    }
  }
  const mod = await importModule(path, displayPath);
  try {
    return await machinesOf(mod, path, displayPath);
  } catch (e) {
    if (isAslcError(e)) throw e.file === undefined ? e.withFile(displayPath) : e;
    throw new AslcError(
      'ModuleLoadFailed',
      `the module's exports cannot be read: ${describeThrown(e)}`,
      {
        file: displayPath,
        hint: 'export plain values: export default stateMachine({ … })',
        cause: e,
      },
    );
  }
}

/**
 * Loads the one state machine a command works on from a workflow module or plan: the module's
 * only machine (a plan's root machine), or the one `exportName` selects (`flows.ts#orders`).
 * Throws `FileNotFound`, the errors of {@link loadWorkflowModule}, or `AmbiguousWorkflow`.
 *
 * @example
 * ```ts
 * const { machine } = await loadWorkflowMachine('/repo/flows.ts', 'flows.ts', 'orders');
 * ```
 */
export async function loadWorkflowMachine(
  path: string,
  displayPath: string,
  exportName: string | undefined,
): Promise<WorkflowMachine> {
  if (!existsSync(path)) throw new AslcError('FileNotFound', 'no such file');
  const machines = await loadWorkflowModule(path, displayPath);
  const chosen =
    exportName === undefined
      ? machines.length === 1 || machines[0]?.plan === true // a plan: its root machine, listed first
        ? machines[0]
        : undefined
      : machines.find((m) => m.name === exportName);
  if (chosen === undefined) {
    const names = machines.map((m) => m.name).join(', ');
    throw new AslcError(
      'AmbiguousWorkflow',
      exportName === undefined
        ? `the module exports ${machines.length} state machines (${names})`
        : `the module exports no state machine named '${exportName}' (it has ${names})`,
      { hint: `select one with ${displayPath}#<name>` },
    );
  }
  return chosen;
}

/** The state machines of a loaded module's default export. */
async function machinesOf(
  mod: Record<string, unknown>,
  path: string,
  displayPath: string,
): Promise<WorkflowMachine[]> {
  const base = basename(path, extname(path));
  const def = mod['default'];
  let machines: WorkflowMachine[];
  if (isPlan(def)) {
    const { plans, options } = await planCompiler();
    try {
      machines = plans
        .planToStateMachines(def, { ...options, name: base })
        .map(planWorkflowMachine);
    } catch (e) {
      if (isAslcError(e)) throw e.withFile(displayPath);
      throw e;
    }
  } else if (isStateMachine(def)) {
    machines = [{ name: base, machine: def }];
  } else if (typeof def === 'object' && def !== null && !Array.isArray(def)) {
    machines = Object.entries(def as Record<string, unknown>)
      .filter(([, v]) => isStateMachine(v))
      .map(([name, machine]) => ({ name, machine: machine as StateMachine }));
    if (machines.length !== Object.keys(def).length || machines.length === 0) {
      throw new AslcError(
        'NotAWorkflowModule',
        'the default export must be a state machine or an object whose values are all state machines',
        {
          file: displayPath,
        },
      );
    }
  } else {
    throw new AslcError(
      'NotAWorkflowModule',
      'the module has no default export of a state machine',
      {
        file: displayPath,
        hint: 'export default stateMachine({ … }), or export default { name: stateMachine({ … }) }',
      },
    );
  }
  for (const m of machines) {
    if (!SAFE_NAME.test(m.name)) {
      throw new AslcError('InvalidWorkflowName', `'${m.name}' cannot be a file name`, {
        file: displayPath,
        hint: 'use letters, digits, dots, dashes and underscores',
      });
    }
  }
  return machines;
}
