// The named hostile cases (issue 11, point 10): each example of the issue's "Why", by class, run
// on the real CLI as a child process. test/e2e/hostile-suite.test.ts runs them (the heavy ones
// only with ASLC_HOSTILE_HEAVY=1); scripts/fuzz.ts runs them all before fuzzing. A case with a
// `bug` is a known failure, run as `test.fails` until the bug is fixed.
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findIntrinsicKeys } from '../../src/iac/index.ts';
import { doublingParams, nestedText } from './hostile-arbitraries.ts';
import {
  aslcProcess,
  cliArguments,
  leftovers,
  processProblems,
  repoRoot,
  snapshot,
  type Expectations,
  type ProcessOptions,
  type ProcessRun,
} from './hostile.ts';

/** The classes of the issue's "Why", and terminal safety. */
export type HostileClass =
  'hang' | 'memory' | 'stack trace' | 'partial or stale files' | 'escape' | 'wrong kind of error';

/** One named case: it sets up files in an empty folder, runs commands and lists what went wrong. */
export interface NamedCase {
  readonly name: string;
  readonly kind: HostileClass;
  /** Too slow or too large for CI: run with ASLC_HOSTILE_HEAVY=1 npm run test:hostile, and by scripts/fuzz.ts. */
  readonly heavy?: boolean;
  /** A known bug this case shows: the case is expected to fail until it is fixed. */
  readonly bug?: string;
  run(dir: string, options?: Pick<ProcessOptions, 'build'>): Promise<string[]>;
}

// ---- helpers

function write(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return name;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

function writeJson(dir: string, name: string, value: unknown): string {
  return write(dir, name, JSON.stringify(value));
}

/** `cond`, or the problem `message`. */
function want(cond: boolean, message: string): string[] {
  return cond ? [] : [message];
}

/** The first line of stderr matches `pattern`, and stderr is that one line. */
function oneLine(run: ProcessRun, pattern: RegExp): string[] {
  const lines = run.stderr.trimEnd().split('\n');
  return [
    ...want(
      pattern.test(lines[0] ?? ''),
      `stderr ${JSON.stringify(run.stderr.slice(0, 300))} does not match ${pattern}`,
    ),
    ...want(lines.length === 1, `stderr has ${lines.length} lines, not one`),
  ];
}

/** Runs one command and checks the common properties and `expect`. */
async function aslc(
  dir: string,
  args: string[],
  options: Partial<ProcessOptions> & Expectations = {},
): Promise<{ run: ProcessRun; problems: string[] }> {
  const run = await aslcProcess(args, { cwd: dir, ...options });
  const problems = processProblems(run, options).map(
    (p) => `aslc ${args.join(' ').slice(0, 120)}: ${p}`,
  );
  return { run, problems };
}

/** A one-state JSONata Pass whose Output is `expression`. */
function jsonataPass(expression: string, next?: string): Record<string, unknown> {
  return {
    QueryLanguage: 'JSONata',
    StartAt: 'P',
    States: {
      P: {
        Type: 'Pass',
        Output: `{% ${expression} %}`,
        ...(next ? { Next: next } : { End: true }),
      },
    },
  };
}

/** A project with one workflow module, its configuration and an environment; 'aslc' resolves. */
function project(dir: string, config: Record<string, unknown> = {}): void {
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  symlinkSync(repoRoot, join(dir, 'node_modules', 'aslc'), 'dir');
  write(
    dir,
    'workflows/flow.ts',
    "import { pass, stateMachine } from 'aslc';\nexport default stateMachine({ definition: pass('A') });\n",
  );
  writeJson(dir, 'environments/dev.json', { placeholders: {} });
  writeJson(dir, 'aslc.config.json', {
    workflows: ['workflows'],
    outDir: 'out/{env}',
    defaultEnvironment: 'dev',
    targets: { asl: {}, terraform: {}, sam: {} },
    ...config,
  });
}

const SCAFFOLDING_ENV = `${repoRoot}fixtures/scaffolding/ex1-always-env-file/environment.json`;

/** The spec's EX1 request with its demand execution edited. */
function request(
  edit: (execution: Record<string, unknown>, parameters: Record<string, unknown>) => void,
) {
  const parameters: Record<string, unknown> = {
    command: ['cmd', '${A}'],
    params: { A: 'a' },
    output_s3_prefix: 's3://bucket/key',
  };
  const execution: Record<string, unknown> = {
    execution_id: '4dfc6b14-7213-3363-8009-b23c56e3a1b1',
    execution_type: 'custom',
    execution_image: 'image:latest',
    execution_parameters: parameters,
    resource_requirements: { memory: 8192, vcpus: 4 },
    execution_metadata: {},
    execution_platform: { aws_batch: { job_queue_name: 'queue' } },
  };
  edit(execution, parameters);
  return { demand_execution: execution };
}

/** Scaffolds `request`; it must be refused with one line matching `pattern`, and print nothing. */
async function scaffoldRefused(dir: string, req: unknown, pattern: RegExp): Promise<string[]> {
  writeJson(dir, 'request.json', req);
  const before = snapshot(dir);
  const { run, problems } = await aslc(
    dir,
    [
      'scaffold',
      'request.json',
      '--environment',
      SCAFFOLDING_ENV,
      '--write-env-file',
      'env/.demand.env',
    ],
    { stdoutOnlyOnSuccess: true },
  );
  return [
    ...problems,
    ...want(run.code === 1, `exit ${run.code}, not 1`),
    ...oneLine(run, pattern),
    ...leftovers(dir, before),
  ];
}

/** A 50-state graph of dense Choice states (8 rules each, to random states), 25 KB. */
function denseChoices(states: number, rules: number): Record<string, unknown> {
  let seed = 1;
  const random = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const all: Record<string, unknown> = {};
  for (let i = 0; i < states; i++) {
    all[`S${i}`] = {
      Type: 'Choice',
      Choices: Array.from({ length: rules }, (_, j) => ({
        Variable: '$.v',
        NumericEquals: j,
        Next: `S${random(states)}`,
      })),
      Default: i < states - 1 ? `S${i + 1}` : 'End',
    };
  }
  all['End'] = { Type: 'Succeed' };
  return { StartAt: 'S0', States: all };
}

/** A chain of `n` Pass states named `<prefix>0…`. */
function passChain(n: number, prefix: string): Record<string, unknown> {
  const states: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) {
    states[`${prefix}${i}`] =
      i < n - 1 ? { Type: 'Pass', Next: `${prefix}${i + 1}` } : { Type: 'Succeed' };
  }
  return { StartAt: `${prefix}0`, States: states };
}

/** A process id no process has (a process that has ended). */
function deadPid(): number {
  for (let pid = 4_000_000; pid > 300_000; pid -= 7919) {
    try {
      process.kill(pid, 0);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ESRCH') return pid;
    }
  }
  return 4_194_301;
}

const HOSTILE_NAME = 'A\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202e\r\nvalid: all good';

// ---- the cases

export const NAMED_CASES: readonly NamedCase[] = [
  // Hangs
  {
    name: "a Choice StringMatches '*a*a*a*a*a*a*a*b' against 100 a's ends at once",
    kind: 'hang',
    async run(dir, o) {
      writeJson(dir, 'glob.asl.json', {
        StartAt: 'C',
        States: {
          C: {
            Type: 'Choice',
            Choices: [{ Variable: '$.s', StringMatches: '*a*a*a*a*a*a*a*b', Next: 'Y' }],
            Default: 'N',
          },
          Y: { Type: 'Fail', Error: 'Matched' },
          N: { Type: 'Succeed' },
        },
      });
      const { run, problems } = await aslc(
        dir,
        ['run', 'glob.asl.json', '--input', JSON.stringify({ s: 'a'.repeat(100) })],
        o,
      );
      return [
        ...problems,
        ...want(run.stdout.includes('"SUCCEEDED"'), `not SUCCEEDED: ${run.stdout.slice(0, 200)}`),
      ];
    },
  },
  {
    name: "JSONata $match and $contains with /(a+)+$/ against 'aaaa…!' end at once (RE2)",
    kind: 'hang',
    async run(dir, o) {
      const subject = `'${'a'.repeat(5000)}!'`;
      writeJson(dir, 'regex.asl.json', {
        QueryLanguage: 'JSONata',
        StartAt: 'M',
        States: {
          M: {
            Type: 'Pass',
            Output: `{% [$contains(${subject}, /(a+)+$/), $count($match(${subject}, /(a|aa)*b/))] %}`,
            End: true,
          },
        },
      });
      const { run, problems } = await aslc(dir, ['run', 'regex.asl.json'], o);
      return [
        ...problems,
        ...want(run.code === 0, `exit ${run.code}`),
        ...want(run.stdout.includes('"SUCCEEDED"'), run.stdout.slice(0, 200)),
      ];
    },
  },
  {
    name: 'aslc test gives up on a runaway case at its budget and runs the next one',
    kind: 'hang',
    async run(dir, o) {
      writeJson(
        dir,
        'cases/1-runaway/definition.asl.json',
        jsonataPass('$range(1, 40000, 1)', 'P'),
      );
      writeJson(dir, 'cases/1-runaway/expected.json', { status: 'SUCCEEDED' });
      writeJson(dir, 'cases/2-fine/definition.asl.json', jsonataPass('1'));
      writeJson(dir, 'cases/2-fine/expected.json', { status: 'SUCCEEDED', output: 1 });
      const { run, problems } = await aslc(
        dir,
        ['test', 'cases', '--timeout', '2', '--format', 'json'],
        o,
      );
      let verdicts: { case: string; verdict: string }[] = [];
      try {
        verdicts = (JSON.parse(run.stdout) as { verdicts: typeof verdicts }).verdicts;
      } catch {
        return [...problems, `stdout is not JSON: ${run.stdout.slice(0, 200)}`];
      }
      return [
        ...problems,
        ...want(run.code === 1, `exit ${run.code}, not 1`),
        ...want(
          JSON.stringify(verdicts.map((v) => [v.case, v.verdict])) ===
            '[["cases/1-runaway","fail"],["cases/2-fine","pass"]]',
          JSON.stringify(verdicts.map((v) => [v.case, v.verdict])),
        ),
      ];
    },
  },
  {
    name: 'render --format svg of 50 dense Choice states (25 KB) ends within the kill timeout',
    kind: 'hang',
    heavy: true,
    async run(dir, o) {
      writeJson(dir, 'dense.asl.json', denseChoices(50, 8));
      const { problems } = await aslc(
        dir,
        ['render', 'dense.asl.json', '--format', 'svg', '--out', 'dense.svg'],
        o,
      );
      return problems;
    },
  },
  {
    name: 'the 110-byte $range loop ends at its wall-clock budget in bounded memory',
    kind: 'hang',
    heavy: true,
    async run(dir, o) {
      write(
        dir,
        'range.asl.json',
        '{"QueryLanguage":"JSONata","StartAt":"P","States":{"P":{"Type":"Pass","Output":"{% $range(1,40000,1) %}","Next":"P"}}}',
      );
      const { run, problems } = await aslc(dir, ['run', 'range.asl.json', '--timeout', '8'], o);
      return [...problems, ...oneLine(run, /ExecutionBudgetExceeded/)];
    },
  },

  // Memory
  {
    name: "$pad('x', 5e8) is refused before the string is built",
    kind: 'memory',
    async run(dir, o) {
      writeJson(dir, 'pad.asl.json', jsonataPass("$pad('x', 500000000)"));
      const { run, problems } = await aslc(dir, ['run', 'pad.asl.json'], o);
      return [
        ...problems,
        ...want(run.stdout.includes('States.QueryEvaluationError'), run.stdout.slice(0, 200)),
      ];
    },
  },
  {
    name: 'validate /dev/zero, and /dev/zero on standard input, stop at 16 MiB',
    kind: 'memory',
    async run(dir, o) {
      const file = await aslc(dir, ['validate', '/dev/zero'], o);
      const stdin = await aslc(dir, ['validate', '-'], { ...o, stdin: { file: '/dev/zero' } });
      return [
        ...file.problems,
        ...oneLine(file.run, /InputTooLarge: \/dev\/zero is larger than 16 MiB/),
        ...stdin.problems,
        ...oneLine(stdin.run, /InputTooLarge: standard input is larger than 16 MiB/),
      ];
    },
  },
  {
    name: 'a 1 KB scaffolding request whose params double at each reference is refused before expansion',
    kind: 'memory',
    async run(dir) {
      return scaffoldRefused(
        dir,
        request((_, p) => {
          p['params'] = doublingParams(60);
          p['command'] = ['cmd', '${P60}'];
        }),
        /ParamTooLarge|param 'P\d+' is \d+ characters once its \$\{…\} references are expanded/,
      );
    },
  },
  {
    name: 'one 15 MB scaffolding param is refused in bounded memory',
    kind: 'memory',
    async run(dir) {
      return scaffoldRefused(
        dir,
        request((_, p) => {
          p['params'] = { BIG: 'x'.repeat(15 * 1024 * 1024) };
        }),
        /param 'BIG' is \d+ characters as written/,
      );
    },
  },
  {
    name: 'huge: 10,000 states and a 9 MB string of bidi overrides through validate, run and render: bounded memory, one answer each',
    kind: 'memory',
    async run(dir, o) {
      const definition = passChain(10_000, 'S');
      (definition['States'] as Record<string, Record<string, unknown>>)['S0'] = {
        Type: 'Pass',
        Result: '\u202e'.repeat(3 * 1024 * 1024),
        Next: 'S1',
      };
      writeJson(dir, 'huge.asl.json', definition);
      const validate = await aslc(dir, ['validate', 'huge.asl.json'], o);
      const run = await aslc(dir, ['run', 'huge.asl.json'], o);
      const render = await aslc(dir, ['render', 'huge.asl.json', '--format', 'dot'], o);
      return [
        ...validate.problems,
        ...want(
          validate.run.code === 1 && /DefinitionTooLarge/.test(validate.run.stdout),
          `validate: ${validate.run.stdout.slice(0, 200)}`,
        ),
        ...run.problems,
        ...want(
          /States\.DataLimitExceeded/.test(run.run.stdout),
          `run: ${run.run.stdout.slice(0, 200)}`,
        ),
        ...render.problems,
        ...want(render.run.code === 0, `render: exit ${render.run.code}`),
      ];
    },
  },
  {
    name: 'JSONata $sort of 100,000 numbers (a 120-byte workflow) ends in bounded memory',
    kind: 'memory',
    heavy: true,
    async run(dir, o) {
      writeJson(dir, 'sort.asl.json', jsonataPass('$count($sort([1..100000]))'));
      const { run, problems } = await aslc(dir, ['run', 'sort.asl.json'], o);
      return [
        ...problems,
        ...want(run.stdout.includes('"output":100000'), run.stdout.slice(0, 200)),
      ];
    },
  },
  {
    name: '16 MiB of empty objects ([{},{},…]) through validate, run, diff and render stays under 700 MB',
    kind: 'memory',
    heavy: true,
    async run(dir, o) {
      const items = Array.from(
        { length: Math.floor((16 * 1024 * 1024 - 100) / 3) },
        () => '{}',
      ).join(',');
      write(
        dir,
        'objs.asl.json',
        `{"StartAt":"A","States":{"A":{"Type":"Pass","Result":[${items}],"End":true}}}`,
      );
      const all: string[] = [];
      for (const args of [
        ['validate', 'objs.asl.json'],
        ['run', 'objs.asl.json'],
        ['diff', 'objs.asl.json', 'objs.asl.json'],
        ['render', 'objs.asl.json'],
      ]) {
        all.push(...(await aslc(dir, args, o)).problems);
      }
      return all;
    },
  },

  // Stack traces
  {
    name: 'a definition nested 5,000 levels and a 3,000-deep Parallel: one line each from validate, diff, run and render',
    kind: 'stack trace',
    async run(dir, o) {
      write(
        dir,
        'deep.asl.json',
        `{"StartAt":"A","States":{"A":{"Type":"Pass","Result":${nestedText(5000, 'mixed')},"End":true}}}`,
      );
      // Built as text: JSON.stringify itself overflows the stack at this depth.
      write(
        dir,
        'parallel.asl.json',
        '{"StartAt":"P","States":{"P":{"Type":"Parallel","Branches":['.repeat(3000) +
          '{"StartAt":"L","States":{"L":{"Type":"Pass","End":true}}}' +
          '],"End":true}}}'.repeat(3000),
      );
      const validate = await aslc(dir, ['validate', 'deep.asl.json', 'parallel.asl.json'], o);
      const diff = await aslc(dir, ['diff', 'deep.asl.json', 'parallel.asl.json'], o);
      const run = await aslc(dir, ['run', 'parallel.asl.json', '--engine', 'embedded'], o);
      const render = await aslc(dir, ['render', 'deep.asl.json'], o);
      return [
        ...validate.problems,
        ...want(
          validate.run.code === 1 && validate.run.stdout.match(/DefinitionTooDeep/g)?.length === 2,
          `validate: ${validate.run.stdout.slice(0, 300)}`,
        ),
        ...diff.problems,
        ...oneLine(diff.run, /JsonTooDeep/),
        ...run.problems,
        ...oneLine(run.run, /JsonTooDeep/),
        ...render.problems,
        ...oneLine(render.run, /JsonTooDeep/),
      ];
    },
  },
  {
    name: 'workflow modules that throw null or 42, export a Proxy or a throwing getter, never settle or reject late: one line each, nothing written',
    kind: 'stack trace',
    async run(dir, o) {
      const before = snapshot(dir);
      const { run, problems } = await aslc(
        dir,
        ['compile', `${repoRoot}fixtures/cli/hostile`, '--out', 'out'],
        {
          ...o,
          env: { ASLC_MODULE_TIMEOUT_SECONDS: '1' },
        },
      );
      return [...problems, ...want(run.code === 1, `exit ${run.code}`), ...leftovers(dir, before)];
    },
  },
  {
    name: 'build --out a file, a target path that is a folder, --check over a folder, a name too long: one line, exit 1, nothing new',
    kind: 'stack trace',
    async run(dir, o) {
      project(dir);
      write(dir, 'afile', '');
      mkdirSync(join(dir, 'out/dev/asl/flow.asl.json'), { recursive: true });
      const before = snapshot(dir);
      const all: string[] = [];
      for (const [args, pattern] of [
        [['build', '--out', 'afile'], /WriteFailed: cannot write it: a part of the path is a file/],
        [['build'], /flow\.asl\.json: WriteFailed: cannot write it: it is a folder/],
        [['build', '--check'], /flow\.asl\.json: ReadFailed: cannot read it: it is a folder/],
        [['build', '--out', 'x'.repeat(300)], /WriteFailed: cannot write it: the name is too long/],
      ] as const) {
        const { run, problems } = await aslc(dir, [...args], o);
        all.push(
          ...problems,
          ...want(run.code === 1, `${args.join(' ')}: exit ${run.code}`),
          ...oneLine(run, pattern),
        );
      }
      return [...all, ...leftovers(dir, before)];
    },
  },
  {
    name: 'build --out a read-only folder: one line, exit 1 (skipped as root)',
    kind: 'stack trace',
    async run(dir, o) {
      if (process.getuid?.() === 0) return [];
      project(dir);
      mkdirSync(join(dir, 'ro'));
      chmodSync(join(dir, 'ro'), 0o555);
      const before = snapshot(dir);
      const { run, problems } = await aslc(dir, ['build', '--out', 'ro/x'], o);
      chmodSync(join(dir, 'ro'), 0o755);
      return [
        ...problems,
        ...want(run.code === 1, `exit ${run.code}`),
        ...oneLine(run, /WriteFailed: cannot write it: permission denied/),
        ...leftovers(dir, before),
      ];
    },
  },
  {
    name: '--state-machine __proto__ or constructor with a mock file: a usage error, not a crash',
    kind: 'stack trace',
    async run(dir, o) {
      writeJson(dir, 'task.asl.json', {
        StartAt: 'T',
        States: { T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } },
      });
      writeJson(dir, 'mocks.json', {
        StateMachines: { Flow: { TestCases: { Ok: { T: 'R' } } } },
        MockedResponses: { R: { '0': { Return: 1 } } },
      });
      const all: string[] = [];
      for (const name of ['__proto__', 'constructor']) {
        const { run, problems } = await aslc(
          dir,
          [
            'run',
            'task.asl.json',
            '--mocks',
            'mocks.json',
            '--state-machine',
            name,
            '--test-case',
            name,
          ],
          o,
        );
        all.push(
          ...problems,
          ...want(run.code === 2, `${name}: exit ${run.code}`),
          ...oneLine(run, /has no state machine/),
        );
      }
      return all;
    },
  },

  // Partial or stale files
  {
    name: 'compile of two modules where the second fails writes nothing',
    kind: 'partial or stale files',
    async run(dir, o) {
      project(dir);
      write(dir, 'workflows/z-broken.ts', "throw new Error('broken on purpose');\n");
      const before = snapshot(dir);
      const { run, problems } = await aslc(dir, ['compile', 'workflows', '--out', 'compiled'], o);
      return [...problems, ...want(run.code === 1, `exit ${run.code}`), ...leftovers(dir, before)];
    },
  },
  {
    name: 'a failed build leaves no empty folders',
    kind: 'partial or stale files',
    async run(dir, o) {
      project(dir);
      write(
        dir,
        'workflows/needs.ts',
        "import { pass, placeholder, stateMachine } from 'aslc';\nexport default stateMachine({ definition: pass('A', { result: { arn: placeholder('Missing') } }) });\n",
      );
      const before = snapshot(dir);
      const { run, problems } = await aslc(dir, ['build', '--out', 'deep/new/out'], o);
      return [...problems, ...want(run.code === 1, `exit ${run.code}`), ...leftovers(dir, before)];
    },
  },
  {
    name: 'temporary files of a killed build are removed by the next build, even beside unchanged files',
    kind: 'partial or stale files',
    async run(dir, o) {
      project(dir);
      const first = await aslc(dir, ['build'], o);
      const stale = `.aslc-tmp-${deadPid()}-deadbeef`;
      write(dir, `out/dev/asl/${stale}`, 'half a file');
      write(dir, `out/dev/terraform/${stale}`, 'half a file');
      const second = await aslc(dir, ['build'], o);
      return [
        ...first.problems,
        ...second.problems,
        ...want(second.run.code === 0, `exit ${second.run.code}`),
        ...leftovers(dir, new Set(), () => true),
      ];
    },
  },
  {
    name: 'SIGKILL or SIGINT during a build: the next build leaves no temporary file',
    kind: 'partial or stale files',
    async run(dir, o) {
      project(dir);
      for (let i = 0; i < 20; i++)
        write(
          dir,
          `workflows/flow${i}.ts`,
          "import { pass, stateMachine } from 'aslc';\nexport default stateMachine({ definition: pass('A') });\n",
        );
      const problems: string[] = [];
      // SIGKILL at some point of the build (the harness kills the process group).
      await aslcProcess(['build'], { cwd: dir, ...o, killAfterMs: 900 });
      // SIGINT at some point: the build ends (130) or finishes, never halfway: it leaves no
      // temporary file of its own (the killed build's are swept by whichever build writes next:
      // this one if it got as far as writing, under load maybe only the next one).
      const interrupted = await new Promise<number | undefined>((done) => {
        const child = spawn(process.execPath, [...cliArguments(o?.build), 'build'], {
          cwd: dir,
          stdio: 'ignore',
        });
        setTimeout(() => child.kill('SIGINT'), 1000);
        child.on('close', () => done(child.pid));
      });
      problems.push(
        ...leftovers(dir, new Set(), () => true)
          .filter((p) => p.startsWith('temporary') && p.includes(`.aslc-tmp-${interrupted}-`))
          .map((p) => `after SIGINT: ${p}`),
      );
      const next = await aslc(dir, ['build'], o);
      problems.push(
        ...next.problems,
        ...want(next.run.code === 0, `next build: exit ${next.run.code}`),
      );
      problems.push(...leftovers(dir, new Set(), () => true));
      return problems;
    },
  },
  {
    name: 'scaffold --write-env-file <a folder> fails with one line and prints no response',
    kind: 'partial or stale files',
    async run(dir, o) {
      mkdirSync(join(dir, 'envdir'));
      writeJson(
        dir,
        'request.json',
        request(() => {}),
      );
      const before = snapshot(dir);
      const { run, problems } = await aslc(
        dir,
        [
          'scaffold',
          'request.json',
          '--environment',
          SCAFFOLDING_ENV,
          '--write-env-file',
          'envdir',
        ],
        { ...o, stdoutOnlyOnSuccess: true },
      );
      return [
        ...problems,
        ...want(run.code === 1, `exit ${run.code}`),
        ...oneLine(run, /envdir: WriteFailed: cannot write it: it is a folder/),
        ...leftovers(dir, before),
      ];
    },
  },

  // Escapes
  {
    name: "scaffolding: execution ids '.', '../shared' and '*' are refused",
    kind: 'escape',
    async run(dir) {
      const all: string[] = [];
      for (const [i, id] of ['.', '../shared', '*'].entries()) {
        const sub = join(dir, String(i));
        mkdirSync(sub);
        all.push(
          ...(await scaffoldRefused(
            sub,
            request((e) => (e['execution_id'] = id)),
            /UnsafeExecutionId|must be one path segment/,
          )),
        );
      }
      return all;
    },
  },
  {
    name: "scaffolding: an input 's3://b/k @ ../../shared' and an output '.. @ s3://bucket/out' are refused",
    kind: 'escape',
    async run(dir) {
      mkdirSync(join(dir, 'in'));
      mkdirSync(join(dir, 'out'));
      return [
        ...(await scaffoldRefused(
          join(dir, 'in'),
          request((_, p) => {
            p['params'] = { I: 's3://b/k @ ../../shared' };
            p['inputs'] = ['I'];
          }),
          /outside the execution's working folder/,
        )),
        ...(await scaffoldRefused(
          join(dir, 'out'),
          request((_, p) => {
            p['params'] = { O: '.. @ s3://bucket/out' };
            p['outputs'] = ['O'];
          }),
          /outside the execution's working folder/,
        )),
      ];
    },
  },
  {
    name: "a configuration's outDir of '../../..' writes nothing outside its folder",
    kind: 'escape',
    async run(dir, o) {
      const projectDir = join(dir, 'a/b/c');
      mkdirSync(projectDir, { recursive: true });
      project(projectDir, { outDir: '../../..' });
      const before = snapshot(dir);
      const { run, problems } = await aslc(projectDir, ['build'], o);
      return [
        ...problems,
        ...want(run.code === 1, `exit ${run.code}`),
        ...oneLine(run, /OutDirOutsideProject/),
        ...leftovers(dir, before),
      ];
    },
  },
  {
    name: 'keys named Ref or Fn::… in a definition never reach a CloudFormation or SAM Definition object: what deploys is what was validated',
    kind: 'escape',
    async run(dir, o) {
      project(dir, {
        targets: {
          cloudformation: { definition: 'inline', roleArn: 'arn:aws:iam::1:role/r' },
          sam: { definition: 'inline' },
        },
      });
      write(
        dir,
        'workflows/flow.ts',
        "import { pass, stateMachine } from 'aslc';\nexport default stateMachine({ definition: pass('A', { result: { Ref: 'AWS::AccountId', nested: { 'Fn::GetAtt': ['X', 'Arn'] }, Condition: 'IsProd' } }) });\n",
      );
      const { run, problems } = await aslc(dir, ['build'], o);
      const validated = readJson(join(dir, 'out/dev/sam/flow.asl.json'));
      const deployed: string[] = [];
      for (const file of ['out/dev/cloudformation/flow.cfn.json', 'out/dev/sam/flow.sam.json']) {
        const template = readJson(join(dir, file)) as {
          Resources?: Record<string, { Properties?: Record<string, unknown> }>;
        };
        for (const resource of Object.values(template.Resources ?? {})) {
          const p = resource.Properties ?? {};
          if (p['Definition'] !== undefined) {
            deployed.push(
              ...findIntrinsicKeys(p['Definition']).map((k) => `${file}: ${k.key} at ${k.pointer}`),
            );
            deployed.push(
              ...want(
                JSON.stringify(p['Definition']) === JSON.stringify(validated),
                `${file}: Definition differs from the ASL`,
              ),
            );
          }
          if (typeof p['DefinitionString'] === 'string') {
            deployed.push(
              ...want(
                JSON.stringify(JSON.parse(p['DefinitionString'])) === JSON.stringify(validated),
                `${file}: DefinitionString differs from the ASL`,
              ),
            );
          }
        }
      }
      return [...problems, ...want(run.code === 0, `exit ${run.code}`), ...deployed];
    },
  },
  {
    name: 'state names carrying ESC, BEL and OSC reach the terminal escaped from validate, run --events, diff, render and test',
    kind: 'escape',
    async run(dir, o) {
      writeJson(dir, 'bad.asl.json', {
        StartAt: HOSTILE_NAME,
        States: { [HOSTILE_NAME]: { Type: 'Pass', Next: 'Missing' } },
      });
      writeJson(dir, 'good.asl.json', {
        StartAt: HOSTILE_NAME,
        States: { [HOSTILE_NAME]: { Type: 'Fail', Error: HOSTILE_NAME, Cause: HOSTILE_NAME } },
      });
      writeJson(dir, `${HOSTILE_NAME}/definition.asl.json`, {
        StartAt: 'A',
        States: { A: { Type: 'Pass', End: true } },
      });
      writeJson(dir, `${HOSTILE_NAME}/expected.json`, { status: 'FAILED' });
      const all: string[] = [];
      for (const args of [
        ['validate', 'bad.asl.json'],
        ['run', 'good.asl.json', '--events'],
        ['diff', 'bad.asl.json', 'good.asl.json'],
        ['render', 'good.asl.json'],
        ['test', '.'],
        ['validate', '--format', HOSTILE_NAME, 'good.asl.json'],
        [HOSTILE_NAME],
      ]) {
        const { run, problems } = await aslc(dir, args, o);
        all.push(
          ...problems,
          ...want(
            !run.stdout.split('\n').some((l) => l.startsWith('valid: all good')),
            `${args[0]}: a forged line`,
          ),
        );
      }
      return all;
    },
  },

  // Wrong kind of error
  {
    name: 'a mock Return nested 12,000 deep is one line and exit 1, not a FAILED execution a Catch could handle',
    kind: 'wrong kind of error',
    async run(dir, o) {
      writeJson(dir, 'task.asl.json', {
        StartAt: 'T',
        States: {
          T: {
            Type: 'Task',
            Resource: 'arn:aws:states:::lambda:invoke',
            Catch: [{ ErrorEquals: ['States.ALL'], Next: 'C' }],
            End: true,
          },
          C: { Type: 'Succeed' },
        },
      });
      write(
        dir,
        'mocks.json',
        `{"StateMachines":{"SM":{"TestCases":{"Deep":{"T":"R"}}}},"MockedResponses":{"R":{"0":{"Return":${nestedText(12_000, 'array')}}}}}`,
      );
      const { run, problems } = await aslc(
        dir,
        [
          'run',
          'task.asl.json',
          '--mocks',
          'mocks.json',
          '--state-machine',
          'SM',
          '--test-case',
          'Deep',
        ],
        o,
      );
      return [
        ...problems,
        ...want(run.code === 1, `exit ${run.code}`),
        ...want(run.stdout === '', `stdout: ${run.stdout.slice(0, 200)}`),
        ...oneLine(run, /JsonTooDeep|MockTooDeep/),
      ];
    },
  },
  {
    name: 'invalid UTF-8 in a state name is a diagnostic, never silently replaced',
    kind: 'wrong kind of error',
    async run(dir, o) {
      write(
        dir,
        'utf8.asl.json',
        Buffer.concat([
          Buffer.from('{"StartAt":"A'),
          Buffer.from([0xff]),
          Buffer.from('","States":{"A'),
          Buffer.from([0xff]),
          Buffer.from('":{"Type":"Pass","End":true}}}'),
        ]),
      );
      const { run, problems } = await aslc(dir, ['validate', 'utf8.asl.json'], o);
      return [
        ...problems,
        ...want(run.code === 1 && /InvalidUtf8/.test(run.stdout), run.stdout.slice(0, 200)),
      ];
    },
  },
  {
    name: 'JSONata reaching Object.prototype (__defineGetter__) cannot change what later executions of the same process see',
    kind: 'wrong kind of error',
    async run(dir, o) {
      writeJson(
        dir,
        'cases/1-pollute/definition.asl.json',
        jsonataPass(
          "$states.input.__proto__.__defineGetter__('polluted', $states.input.constructor)",
        ),
      );
      writeJson(dir, 'cases/1-pollute/expected.json', { status: 'FAILED' });
      writeJson(dir, 'cases/2-fine/definition.asl.json', jsonataPass('$states.input'));
      writeJson(dir, 'cases/2-fine/input.json', { a: 1 });
      writeJson(dir, 'cases/2-fine/expected.json', { status: 'SUCCEEDED', output: { a: 1 } });
      const { run, problems } = await aslc(dir, ['test', 'cases', '--format', 'json'], o);
      return [
        ...problems,
        ...want(
          /"case": "[^"]*2-fine",\s+"engine": "native",\s+"verdict": "pass"/.test(run.stdout),
          `2-fine does not pass: ${run.stdout.slice(0, 400)}`,
        ),
      ];
    },
  },
  {
    name: 'a JSONPath Parameters template that nests its input 200 levels per loop fails the execution, not the interpreter',
    kind: 'wrong kind of error',
    async run(dir, o) {
      let template: unknown = { 'x.$': '$' };
      for (let i = 0; i < 200; i++) template = { a: template };
      writeJson(dir, 'nest.asl.json', {
        StartAt: 'A',
        States: { A: { Type: 'Pass', Parameters: template, Next: 'A' } },
      });
      const { run, problems } = await aslc(dir, ['run', 'nest.asl.json'], o);
      return [
        ...problems,
        ...want(
          run.code === 0 && run.stdout.includes('"FAILED"'),
          `exit ${run.code}: ${run.stderr.slice(0, 200)}`,
        ),
      ];
    },
  },
  {
    name: 'a workflow module whose parameters share one object 2^40 times: one line within the kill timeout',
    kind: 'hang',
    async run(dir, o) {
      mkdirSync(join(dir, 'node_modules'), { recursive: true });
      symlinkSync(repoRoot, join(dir, 'node_modules', 'aslc'), 'dir');
      write(
        dir,
        'flow.ts',
        "import { pass, stateMachine } from 'aslc';\nlet v: unknown = 1;\nfor (let i = 0; i < 40; i++) v = { a: v, b: v };\nexport default stateMachine({ definition: pass('A', { parameters: v as never }) });\n",
      );
      const { run, problems } = await aslc(dir, ['compile', 'flow.ts', '--stdout'], {
        ...o,
        stdoutOnlyOnSuccess: true,
      });
      return [...problems, ...want(run.code === 1, `exit ${run.code}`)];
    },
  },
  {
    name: 'diff of two 3 MB definitions whose 75,000 states are all renamed ends within the kill timeout',
    kind: 'hang',
    heavy: true,
    async run(dir, o) {
      writeJson(dir, 'a.asl.json', passChain(75_000, 'A'));
      writeJson(dir, 'b.asl.json', passChain(75_000, 'B'));
      const { run, problems } = await aslc(dir, ['diff', 'a.asl.json', 'b.asl.json'], o);
      return [...problems, ...want(run.code === 1, `exit ${run.code}`)];
    },
  },
];

/** Named cases by class, for the report. */
export function countByClass(cases: readonly NamedCase[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of cases) out[c.kind] = (out[c.kind] ?? 0) + 1;
  return out;
}
