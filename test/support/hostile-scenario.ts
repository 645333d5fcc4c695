// A hostile scenario: one folder of generated hostile files (definition, input, mocks, test case,
// scaffolding request, plan, project configuration) and every command that reads them. Used
// in-process by test/hostile/cli.test.ts and as child processes by scripts/fuzz.ts.
import fc from 'fast-check';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  deepJsonText,
  hostileConfig,
  hostileDefinition,
  hostileInput,
  hostileMocks,
  hostilePlanText,
  hostileRequest,
  hostileString,
  mangledBytes,
  type Scale,
} from './hostile-arbitraries.ts';
import { repoRoot } from './hostile.ts';

/** The files of one scenario, as bytes or text. */
export interface Scenario {
  readonly definition: string | Uint8Array;
  readonly input: string;
  readonly mocks: Record<string, unknown>;
  readonly request: string | Uint8Array;
  readonly plan: { readonly text: string; readonly format: 'json' | 'yaml' };
  readonly config: Record<string, unknown>;
  readonly svg: boolean;
  /** `aslc init init/<folder> --name <name>`. */
  readonly init: { readonly folder: string; readonly name: string };
}

/** One command of a scenario, and what it may write (a path test, relative to the folder). */
export interface ScenarioCommand {
  readonly args: string[];
  readonly stdoutOnlyOnSuccess?: boolean;
  readonly writes?: (rel: string) => boolean;
}

const SCAFFOLDING_ENV = `${repoRoot}fixtures/scaffolding/ex1-always-env-file/environment.json`;

/** A workflow path for a configuration: hostile, but never outside the project (it would be scanned). */
function localPath(scale: Scale): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constant('workflows'),
    hostileString(scale).filter(
      (s) => !s.includes('..') && !s.startsWith('/') && !s.startsWith('~') && !s.includes('\0'),
    ),
  );
}

/** A generated scenario. */
export function hostileScenario(scale: Scale): fc.Arbitrary<Scenario> {
  const definitionText = hostileDefinition(scale).map((d) => JSON.stringify(d));
  return fc.record({
    definition: fc.oneof(
      { weight: 6, arbitrary: definitionText },
      {
        weight: 1,
        arbitrary: deepJsonText(scale).map(
          (deep) => `{"StartAt":"A","States":{"A":{"Type":"Pass","Result":${deep},"End":true}}}`,
        ),
      },
      { weight: 1, arbitrary: mangledBytes(definitionText) },
    ),
    input: fc.oneof(
      { weight: 4, arbitrary: hostileInput(scale).map((i) => JSON.stringify(i)) },
      { weight: 1, arbitrary: deepJsonText(scale) },
    ),
    mocks: hostileMocks(scale),
    request: fc.oneof(
      { weight: 6, arbitrary: hostileRequest(scale).map((r) => JSON.stringify(r)) },
      { weight: 1, arbitrary: mangledBytes(hostileRequest(scale).map((r) => JSON.stringify(r))) },
      { weight: 1, arbitrary: deepJsonText(scale) },
    ),
    plan: hostilePlanText(scale),
    config: fc
      .tuple(hostileConfig(scale), localPath(scale))
      .map(([c, workflow]) => ({ ...c, workflows: [workflow] })),
    svg: fc.boolean(),
    init: fc.record({ folder: localPath(scale), name: hostileString(scale) }),
  });
}

function put(dir: string, rel: string, content: string | Uint8Array): void {
  const path = join(dir, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/** The first key of an object (own, `__proto__` included). */
function firstKey(o: unknown): string {
  return Object.keys(typeof o === 'object' && o !== null ? o : {})[0] ?? 'none';
}

/** The names the mock file uses for its machine and test case. */
function mockNames(s: Scenario): { machine: string; testCase: string } {
  const machines = s.mocks['StateMachines'] as Record<string, { TestCases: unknown }>;
  const machine = firstKey(machines);
  return {
    machine,
    testCase: firstKey(Object.getOwnPropertyDescriptor(machines, machine)?.value?.TestCases),
  };
}

/**
 * Writes a scenario into an empty folder: `def.asl.json`, `base.asl.json`, `input.json`,
 * `mocks.json`, the test case `case/`, `request.json`, `plan.plan.json|yaml`, and a project
 * (`aslc.config.json`, `workflows/flow.ts`, `environments/dev.json`, `node_modules/aslc`).
 */
export function writeScenario(dir: string, s: Scenario): void {
  put(dir, 'def.asl.json', s.definition);
  put(dir, 'base.asl.json', '{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}');
  put(dir, 'input.json', s.input);
  put(dir, 'mocks.json', JSON.stringify(s.mocks));
  const { machine, testCase } = mockNames(s);
  put(dir, 'case/definition.asl.json', s.definition);
  put(dir, 'case/input.json', s.input);
  put(dir, 'case/mocks.json', JSON.stringify(s.mocks));
  put(dir, 'case/expected.json', '{"status":"SUCCEEDED"}');
  put(
    dir,
    'case/case.json',
    JSON.stringify({ stateMachineName: machine, testCase, timeoutSeconds: 3 }),
  );
  put(dir, 'request.json', s.request);
  put(dir, `plan.plan.${s.plan.format}`, s.plan.text);
  put(dir, 'aslc.config.json', JSON.stringify(s.config));
  put(
    dir,
    'workflows/flow.ts',
    "import { pass, stateMachine } from 'aslc';\nexport default stateMachine({ definition: pass('A') });\n",
  );
  put(dir, 'environments/dev.json', '{"placeholders":{}}');
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  symlinkSync(repoRoot, join(dir, 'node_modules', 'aslc'), 'dir');
}

/** Every command of a scenario. */
export function scenarioCommands(s: Scenario): ScenarioCommand[] {
  const { machine, testCase } = mockNames(s);
  const run = ['run', 'def.asl.json', '--input', 'input.json', '--timeout', '3'];
  return [
    { args: ['validate', 'def.asl.json', 'input.json', 'mocks.json', 'request.json'] },
    { args: ['validate', '--format', 'json', 'def.asl.json'] },
    { args: ['render', 'def.asl.json'] },
    { args: ['render', 'def.asl.json', '--format', 'dot'] },
    ...(s.svg
      ? [
          {
            args: ['render', 'def.asl.json', '--format', 'svg', '--out', 'out/def.svg'],
            writes: (rel: string) => rel.startsWith('out/'),
          },
        ]
      : []),
    { args: ['diff', 'def.asl.json', 'base.asl.json'] },
    { args: ['diff', 'def.asl.json', 'def.asl.json', '--format', 'json'] },
    { args: [...run, '--events'] },
    {
      args: [...run, '--mocks', 'mocks.json', '--state-machine', machine, '--test-case', testCase],
    },
    { args: [...run, '--engine', 'embedded'] },
    { args: ['test', 'case', '--timeout', '3'] },
    {
      args: [
        'scaffold',
        'request.json',
        '--environment',
        SCAFFOLDING_ENV,
        '--write-env-file',
        'env/.demand.env',
      ],
      stdoutOnlyOnSuccess: true,
      writes: (rel) => rel.startsWith('env/'),
    },
    { args: ['compile', `plan.plan.${s.plan.format}`, '--stdout'], stdoutOnlyOnSuccess: true },
    { args: ['mocks', `plan.plan.${s.plan.format}`], stdoutOnlyOnSuccess: true },
    // The definition as a workflow module, checked by compiling it back (issue 13).
    {
      args: ['import', 'def.asl.json', '--out', 'imported', '--format', 'json'],
      stdoutOnlyOnSuccess: true,
      writes: (rel) => rel.startsWith('imported/'),
    },
    // The configuration's outDir says where: anything inside the project, nothing outside.
    { args: ['build'], writes: () => true },
    {
      args: ['init', `init/${s.init.folder}`, '--name', s.init.name],
      writes: (rel) => rel.startsWith('init/'),
    },
  ];
}
