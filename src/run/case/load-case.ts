import { existsSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { AslcError, isAslcError } from '../../util/errors.ts';
import { isJsonObject } from '../../util/json.ts';
import type { StateSources } from '../../util/source-location.ts';
import {
  isEngineName,
  type EngineName,
  type RunRequest,
  type RunResult,
} from '../engine-contract.ts';
import type { MockConfigFile } from '../mocks/mock-config.ts';
import { selectTestCase } from '../mocks/select-test-case.ts';
import { createServices, type ServiceFactories, type ServicesSpec } from '../mocks/services.ts';
import { parseExpected, type Expected } from './expected.ts';
import { bindPlaceholders } from './placeholders.ts';
import { readJson, readMocks } from './read-json.ts';

/**
 * Reads the statuses a run reported, each `<job> <STATUS>` (a job plan's status updates): what
 * `expected.json`'s `statuses` is compared with.
 */
export type StatusReader = (result: RunResult) => readonly string[];

/**
 * Loads a workflow file (ASL JSON, or a TypeScript workflow module when the CLI provides it),
 * with the source locations of its states when they were recorded (coverage), and the reader of
 * the statuses it reports, if it reports any (job plans).
 */
export type WorkflowLoader = (
  path: string,
) => Promise<{ definition: unknown; sources?: StateSources; statuses?: StatusReader }>;

/** One execution case, loaded from its folder (see src/run/README.md). */
export interface RunCase {
  /** The case's folder, relative to the folder discovery started from (or absolute). */
  readonly id: string;
  readonly dir: string;
  readonly definition: unknown;
  readonly workflowFile: string;
  /** Where the workflow module defined each state (only when source locations were recorded). */
  readonly sources?: StateSources;
  readonly input: unknown;
  readonly expected: Expected;
  /** Reads the statuses the workflow reports (set for workflows that report any: job plans). */
  readonly statuses?: StatusReader;
  readonly mocks?: MockConfigFile;
  readonly stateMachineName?: string;
  readonly testCase?: string;
  /** The engines the case is meant for (all when absent). */
  readonly engines?: readonly EngineName[];
  readonly services?: ServicesSpec;
  /** Service factories beyond the built-in ones (from {@link loadCase}'s `services` option). */
  readonly serviceFactories?: ServiceFactories;
  readonly executionName?: string;
  readonly type?: 'STANDARD' | 'EXPRESS';
  /** The case's wall-clock budget (`timeoutSeconds` in case.json; Infinity for 0). */
  readonly timeoutMs?: number;
}

/** Fields of `case.json`. */
const CASE_FIELDS = new Set([
  'comment',
  'workflow',
  'input',
  'mocks',
  'stateMachineName',
  'testCase',
  'engines',
  'services',
  'placeholders',
  'executionName',
  'type',
  'timeoutSeconds',
]);

/** Workflow files looked for, in order, when `case.json` names none. */
export const WORKFLOW_FILES: readonly string[] = ['definition.asl.json', 'workflow.ts'];

/** Options of {@link loadCase}. */
export interface LoadCaseOptions {
  /** Loads workflow modules (the CLI's loader); without it only JSON workflows load. */
  readonly loadWorkflow?: WorkflowLoader;
  /** The folder case ids are relative to (default: the cwd). */
  readonly root?: string;
  /** Stateful services beyond the built-in ones, by the name `case.json` uses. */
  readonly services?: ServiceFactories;
}

/**
 * Reads a case folder: `case.json` (optional), the workflow (`case.json`'s `workflow`, else
 * `definition.asl.json`, else `workflow.ts`; a module may be given as `file.ts#machine`),
 * `input.json` (default `{}`), `expected.json` (required) and `mocks.json` (optional; validated
 * against the MockConfigFile schema). Paths in `case.json` are relative to the case folder, so
 * several cases can share a workflow or a mock file. `placeholders` in `case.json` gives values
 * to the workflow's deploy-time placeholders (`${Name}`). Throws an `AslcError` naming the file
 * at fault.
 *
 * @example
 * ```ts
 * const c = await loadCase('fixtures/run/choice');
 * const result = await createEngine('native').run(caseRequest(c));
 * ```
 */
export async function loadCase(dir: string, options: LoadCaseOptions = {}): Promise<RunCase> {
  const abs = resolve(dir);
  const caseFile = join(abs, 'case.json');
  const meta = existsSync(caseFile) ? readObject(caseFile) : {};
  for (const key of Object.keys(meta)) {
    if (!CASE_FIELDS.has(key)) {
      throw new AslcError('InvalidCase', `unknown field '${key}'`, {
        file: caseFile,
        field: `/${key}`,
      });
    }
  }
  const str = (field: string): string | undefined => {
    const v = meta[field];
    if (v === undefined) return undefined;
    if (typeof v !== 'string')
      throw new AslcError('InvalidCase', `${field} must be a string`, { file: caseFile });
    return v;
  };

  const workflowFile = workflowOf(abs, str('workflow'), caseFile);
  const loader = options.loadWorkflow ?? loadJsonWorkflow;
  const loaded = await withFile(workflowFile, () => loader(workflowFile));
  const definition = bind(loaded.definition, meta['placeholders'], caseFile);
  const inputFile = join(abs, str('input') ?? 'input.json');
  const input = existsSync(inputFile) ? readJson(inputFile) : {};
  const expectedFile = join(abs, 'expected.json');
  const expected = withFileSync(expectedFile, () => parseExpected(readJson(expectedFile)));
  if (expected.statuses !== undefined && loaded.statuses === undefined) {
    throw new AslcError('InvalidCase', 'the workflow reports no statuses to compare with', {
      file: expectedFile,
      field: '/statuses',
      hint: 'statuses are the status updates of a job plan (*.plan.yaml, definePlan); check the states entered with "states" instead',
    });
  }

  const mocksFile = join(abs, str('mocks') ?? 'mocks.json');
  let mocks: MockConfigFile | undefined;
  let stateMachineName = str('stateMachineName');
  let testCase = str('testCase');
  if (existsSync(mocksFile)) {
    mocks = readMocks(mocksFile);
    const selection = selectTestCase(mocks, stateMachineName, testCase);
    if (!selection.ok) throw new AslcError('InvalidCase', selection.message, { file: caseFile });
    stateMachineName = selection.stateMachineName;
    testCase = selection.testCase;
  } else if (meta['mocks'] !== undefined) {
    throw new AslcError('InvalidCase', `mock file ${mocksFile} does not exist`, { file: caseFile });
  }

  const engines = meta['engines'];
  if (
    engines !== undefined &&
    !(Array.isArray(engines) && engines.every((e) => typeof e === 'string' && isEngineName(e)))
  ) {
    throw new AslcError(
      'InvalidCase',
      'engines must be a list of native, embedded, sfn-local, aws',
      { file: caseFile },
    );
  }
  const services = meta['services'];
  if (services !== undefined && !isJsonObject(services)) {
    throw new AslcError('InvalidCase', 'services must be an object, e.g. {"s3": {}}', {
      file: caseFile,
    });
  }
  // checks the names and options now rather than at run time
  createServices(services, { dir: abs, ...factoriesOption(options.services) });
  const type = str('type');
  if (type !== undefined && type !== 'STANDARD' && type !== 'EXPRESS') {
    throw new AslcError('InvalidCase', 'type must be STANDARD or EXPRESS', { file: caseFile });
  }
  const executionName = str('executionName');
  const timeoutSeconds = meta['timeoutSeconds'];
  if (
    timeoutSeconds !== undefined &&
    !(typeof timeoutSeconds === 'number' && Number.isFinite(timeoutSeconds) && timeoutSeconds >= 0)
  ) {
    throw new AslcError('InvalidCase', 'timeoutSeconds must be a number of seconds ≥ 0', {
      file: caseFile,
      field: '/timeoutSeconds',
    });
  }
  return {
    id: relative(options.root ?? process.cwd(), abs) || basename(abs),
    dir: abs,
    definition,
    workflowFile,
    ...(loaded.sources !== undefined ? { sources: loaded.sources } : {}),
    input,
    expected,
    ...(loaded.statuses !== undefined ? { statuses: loaded.statuses } : {}),
    ...(mocks !== undefined ? { mocks } : {}),
    ...(stateMachineName !== undefined ? { stateMachineName } : {}),
    ...(testCase !== undefined ? { testCase } : {}),
    ...(engines !== undefined ? { engines: engines as EngineName[] } : {}),
    ...(services !== undefined ? { services } : {}),
    ...(options.services !== undefined ? { serviceFactories: options.services } : {}),
    ...(executionName !== undefined ? { executionName } : {}),
    ...(type !== undefined ? { type } : {}),
    ...(typeof timeoutSeconds === 'number'
      ? { timeoutMs: timeoutSeconds === 0 ? Infinity : timeoutSeconds * 1000 }
      : {}),
  };
}

/**
 * The run request of a case, with fresh stateful services (call it once per run).
 *
 * @example
 * ```ts
 * declare const c: RunCase, engine: Engine;
 * const outcome = await engine.run(caseRequest(c, { time: 'virtual' }));
 * ```
 */
export function caseRequest(
  c: RunCase,
  options: {
    readonly time?: 'virtual' | 'real';
    /** The budget of cases whose case.json sets none. */
    readonly timeoutMs?: number;
  } = {},
): RunRequest {
  const timeoutMs = c.timeoutMs ?? options.timeoutMs;
  return {
    definition: c.definition,
    input: c.input,
    ...(c.stateMachineName !== undefined ? { stateMachineName: c.stateMachineName } : {}),
    ...(c.mocks !== undefined ? { mocks: c.mocks } : {}),
    ...(c.testCase !== undefined ? { testCase: c.testCase } : {}),
    ...(c.services !== undefined
      ? {
          services: createServices(c.services, {
            dir: c.dir,
            ...factoriesOption(c.serviceFactories),
          }),
        }
      : {}),
    ...(c.executionName !== undefined ? { executionName: c.executionName } : {}),
    ...(c.type !== undefined ? { type: c.type } : {}),
    ...(options.time !== undefined ? { time: options.time } : {}),
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
  };
}

function factoriesOption(factories: ServiceFactories | undefined): {
  factories?: ServiceFactories;
} {
  return factories === undefined ? {} : { factories };
}

/** Applies `case.json`'s `placeholders` (`{"Name": "value"}`) to the definition. */
function bind(definition: unknown, placeholders: unknown, caseFile: string): unknown {
  if (placeholders === undefined) return definition;
  if (
    !isJsonObject(placeholders) ||
    !Object.values(placeholders).every((v) => typeof v === 'string')
  ) {
    throw new AslcError('InvalidCase', 'placeholders must be an object of name → string value', {
      file: caseFile,
      field: '/placeholders',
    });
  }
  const bound = bindPlaceholders(definition, placeholders as Record<string, string>);
  if (bound.unused.length > 0) {
    throw new AslcError(
      'InvalidCase',
      `placeholder ${bound.unused.map((n) => `'${n}'`).join(', ')} does not occur in the workflow`,
      { file: caseFile, field: '/placeholders', hint: 'placeholders are written ${Name}' },
    );
  }
  return bound.definition;
}

function readObject(file: string): Record<string, unknown> {
  const value = readJson(file);
  if (!isJsonObject(value)) throw new AslcError('InvalidCase', 'must be a JSON object', { file });
  return value;
}

function workflowOf(dir: string, named: string | undefined, caseFile: string): string {
  if (named !== undefined) {
    const file = join(dir, named);
    if (!existsSync(withoutSelector(file)))
      throw new AslcError('InvalidCase', `workflow ${file} does not exist`, { file: caseFile });
    return file;
  }
  for (const name of WORKFLOW_FILES) {
    const file = join(dir, name);
    if (existsSync(file)) return file;
  }
  throw new AslcError(
    'InvalidCase',
    `no workflow: add ${WORKFLOW_FILES.join(' or ')}, or name it in case.json`,
    {
      file: dir,
    },
  );
}

/** `flows.ts#orders` → `flows.ts` (the `#machine` selector of a workflow module). */
function withoutSelector(file: string): string {
  const m = /^(.*\.[cm]?[jt]s)#[^/]*$/.exec(file);
  return m ? (m[1] as string) : file;
}

async function loadJsonWorkflow(path: string): ReturnType<WorkflowLoader> {
  if (!path.endsWith('.json')) {
    throw new AslcError(
      'UnsupportedWorkflow',
      'only JSON workflows load here; TypeScript workflow modules load through the aslc CLI',
      { file: path },
    );
  }
  return { definition: readJson(path) };
}

async function withFile<T>(file: string, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    throw isAslcError(e) && e.file === undefined ? e.withFile(file) : e;
  }
}

function withFileSync<T>(file: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw isAslcError(e) && e.file === undefined ? e.withFile(file) : e;
  }
}
