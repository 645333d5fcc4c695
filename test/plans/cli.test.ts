import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, repoRoot } from '../support/cli.ts';

/**
 * Plans where the CLI takes workflows (in process): `*.plan.json|yaml|yml` files and modules
 * whose default export is a plan, for `aslc compile`, `render`, `run` and `build`.
 */
const readme = 'fixtures/plans/readme';
const golden = readFileSync(join(repoRoot, 'golden/plans/readme/nightly.asl.json'), 'utf8');
const temp = mkdtempSync(join(tmpdir(), 'aslc-plan-cli-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('plans in the CLI', () => {
  it('aslc compile: YAML, JSON and TypeScript plans give the golden machine', async () => {
    for (const file of ['nightly.plan.yaml', 'nightly.plan.json', 'nightly.ts']) {
      const r = await cli(['compile', `${readme}/${file}`, '--stdout']);
      expect(r.stderr, file).toBe('');
      expect(r.stdout, file).toBe(golden);
    }
  });

  it('aslc compile of a folder finds plan files next to workflow modules', async () => {
    const dir = join(temp, 'flows');
    mkdirSync(dir);
    cpSync(
      join(repoRoot, readme, 'nightly.plan.yml'.replace('.yml', '.yaml')),
      join(dir, 'a.plan.yml'),
    );
    cpSync(join(repoRoot, 'fixtures/plans/options.plan.yaml'), join(dir, 'b.plan.yaml'));
    const out = join(temp, 'out');
    const r = await cli(['compile', dir, '--out', out, '--format', 'json']);
    expect(r.code).toBe(0);
    const { files } = JSON.parse(r.stdout) as { files: { name: string; status: string }[] };
    expect(files.map((l) => [l.name, l.status])).toStrictEqual([
      ['a', 'created'],
      ['b', 'created'],
    ]);
    expect(readFileSync(join(out, 'a.asl.json'), 'utf8')).toBe(golden);
  });

  it('aslc render draws a plan as its jobs and groups; --states draws its machine', async () => {
    const r = await cli(['render', 'fixtures/run/plans/nightly-risk.plan.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^flowchart TD/);
    expect(r.stdout).toContain('subgraph c0 ["models (parallel group)"]');
    expect(r.stdout).toContain('subgraph c3 ["risk (sequential group)"]');
    expect(r.stdout).toContain('n8["exposures (RUN_FLOW on stateMachine)"]');
    // one box per job: 7 jobs, no status states
    expect(r.stdout.match(/^ {2,}n\d+\["/gm)).toHaveLength(7);
    const states = await cli(['render', 'fixtures/plans/options.plan.yaml', '--states']);
    expect(states.code).toBe(0);
    expect(states.stdout).toContain('subgraph');
    expect(states.stdout).toContain('equities Task');
  });

  it('aslc run executes a plan with mocks; the root machine unless one is named', async () => {
    const args = [
      'run',
      'fixtures/run/plans/nightly-risk.plan.yaml',
      '--input',
      'fixtures/run/plans/input.json',
      '--mocks',
      'fixtures/run/plans/mocks.json',
      '--test-case',
      'SequentialFailure',
    ];
    const r = await cli(args);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toStrictEqual({
      status: 'FAILED',
      output: null,
      error: 'States.TaskFailed',
      cause: 'exposures flow failed: no prices for 2024-01-01',
    });
    const named = await cli([...args.slice(0, 1), `${args[1]}#nightly-risk`, ...args.slice(2)]);
    expect(named.stdout).toBe(r.stdout);
    const wrong = await cli([...args.slice(0, 1), `${args[1]}#nope`, ...args.slice(2)]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(
      /AmbiguousWorkflow: the module exports no state machine named 'nope'/,
    );
  });

  it('aslc mocks: a TypeScript plan, a named test case and machine key; --out writes it', async () => {
    const r = await cli([
      'mocks',
      `${readme}/nightly.ts`,
      '--fail',
      'price',
      '--test-case',
      'PriceDown',
      '--state-machine',
      'Nightly',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const mocks = JSON.parse(r.stdout) as {
      StateMachines: Record<string, { TestCases: Record<string, Record<string, string>> }>;
    };
    expect(Object.keys(mocks.StateMachines)).toStrictEqual(['Nightly']);
    expect(mocks.StateMachines['Nightly']?.TestCases['PriceDown']?.['price Demand Execution']).toBe(
      'price fails',
    );
    // the YAML plan gives the same file (the same plan, the same machine name)
    const yaml = await cli([
      'mocks',
      `${readme}/nightly.plan.yaml`,
      '--fail',
      'price',
      '-t',
      'PriceDown',
      '--state-machine',
      'Nightly',
    ]);
    expect(yaml.stdout).toBe(r.stdout);
    const out = join(temp, 'nightly.mocks.json');
    const written = await cli(['mocks', `${readme}/nightly.plan.yaml`, '--out', out, '--quiet']);
    expect([written.code, written.stdout, written.stderr]).toStrictEqual([0, '', '']);
    const run = await cli(['run', `${readme}/nightly.plan.yaml`, '--mocks', out, '--statuses']);
    const result = JSON.parse(run.stdout) as { status: string; statuses: string[] };
    expect(result.status).toBe('SUCCEEDED');
    expect(result.statuses.at(0)).toBe('nightly RUNNING');
    expect(result.statuses.at(-1)).toBe('nightly SUCCEEDED');
  });

  it('aslc mocks and run --statuses refuse what they cannot do, one line each', async () => {
    const blocker = join(temp, 'a-file');
    writeFileSync(blocker, 'x');
    const cases: [string[], number, RegExp][] = [
      [['mocks', 'nope.plan.yaml'], 1, /^aslc: nope\.plan\.yaml: FileNotFound: no such file\.\n$/],
      [
        ['mocks', `${readme}/nightly.plan.yaml`, '--machine', 'child'],
        1,
        /UnknownMachine: the plan has no machine named 'child'\. Hint: its machines are nightly\n$/,
      ],
      [
        ['mocks', `${readme}/nightly.plan.yaml`, '--out', join(blocker, 'm.json')],
        1,
        /WriteFailed/,
      ],
      [
        ['run', 'fixtures/run/choice/definition.asl.json', '--statuses'],
        2,
        /--statuses: fixtures\/run\/choice\/definition\.asl\.json is not a job plan/,
      ],
    ];
    for (const [args, code, message] of cases) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.stderr, args.join(' ')).toMatch(message);
      expect(r.stderr.split('\n').filter((l) => l !== '')).toHaveLength(1);
    }
  });

  it('a refused plan is one line naming the file, the code, the job and a hint', async () => {
    const file = join(temp, 'bad.plan.json');
    writeFileSync(
      file,
      JSON.stringify({
        name: 'p',
        jobs: [
          {
            name: 'g',
            jobGroup: {
              parallel: {
                jobs: [
                  {
                    name: 'a',
                    runModel: { model: 'm', outputs: { o: 'x' } },
                    executor: { kind: 'lambda', functionArn: 'f' },
                  },
                  {
                    name: 'b',
                    runModel: { model: 'm', inputs: { i: { fromJob: 'a', output: 'o' } } },
                    executor: { kind: 'lambda', functionArn: 'f' },
                  },
                ],
              },
            },
          },
        ],
      }),
    );
    const r = await cli(['compile', 'bad.plan.json', '--stdout'], { cwd: temp });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(
      `aslc: bad.plan.json: OutputNotAvailable: "a" runs in parallel with "b" (in group "g"), so its output may not exist yet (field '/jobs/0/jobGroup/parallel/jobs/1/runModel/inputs/i'). Hint: a job may read only outputs of jobs that ran before it in a sequential group`,
    );
  });

  it('aslc build of a plan too large for one machine: every target, the child ARNs wired, no values needed', async () => {
    const dir = join(temp, 'large');
    mkdirSync(join(dir, 'plans'), { recursive: true });
    const lambda = {
      kind: 'lambda',
      functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:j',
    };
    const jobs = (prefix: string) =>
      Array.from({ length: 45 }, (_, i) => ({
        name: `${prefix}-${i}`,
        runModel: { model: 'models/m', parameters: { i } },
        executor: lambda,
      }));
    const plan = {
      name: 'large',
      jobs: [
        {
          name: 'all',
          jobGroup: {
            sequential: {
              jobs: [
                { name: 'a', jobGroup: { parallel: { jobs: jobs('a') } } },
                { name: 'b', jobGroup: { parallel: { jobs: jobs('b') } } },
              ],
            },
          },
        },
      ],
    };
    writeFileSync(join(dir, 'plans/large.plan.json'), JSON.stringify(plan));
    writeFileSync(
      join(dir, 'aslc.config.json'),
      JSON.stringify({
        workflows: ['plans'],
        outDir: 'build',
        targets: {
          asl: { placeholders: 'keep' },
          terraform: {},
          sam: { formats: ['json'] },
          cloudformation: { formats: ['json'] },
          serverless: {},
          iam: { placeholders: 'keep' },
        },
      }),
    );
    const r = await cli(['build', '--format', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const { files } = JSON.parse(r.stdout) as {
      files: { workflow: string | null; file: string }[];
    };
    const machines = [...new Set(files.flatMap((f) => (f.workflow === null ? [] : [f.workflow])))];
    // the root and the parts of 'a' and 'b' (no machine only starts another: 'all', 'a' and
    // 'b' report their statuses in the root)
    expect(machines.length).toBeGreaterThan(2);
    expect(machines.filter((m) => !/^large-[ab]-part-\d+-[0-9a-f]{6}$/.test(m))).toStrictEqual([
      'large',
    ]);
    const read = (path: string) => readFileSync(join(dir, 'build', path), 'utf8');
    const children = machines.filter((m) => m !== 'large');
    const tf = read('terraform/large.tf');
    const sam = read('sam/large.sam.json');
    const sls = read('serverless/step-functions.yml');
    for (const child of children) {
      expect(tf).toContain(`= aws_sfn_state_machine.${child.replaceAll('-', '_')}.arn`);
      expect(sam).toContain(`:stateMachine:${child}"`);
      expect(sls).toContain(
        `arn:aws:states:\${aws:region}:\${aws:accountId}:stateMachine:${child}`,
      );
    }
    expect(read('terraform/variables.tf')).not.toMatch(/state_machine_arn/);
  });

  it('aslc build takes plans in the config: ASL and the IAM policy covering the status sink', async () => {
    const dir = join(temp, 'project');
    mkdirSync(join(dir, 'plans'), { recursive: true });
    cpSync(join(repoRoot, readme, 'nightly.plan.yaml'), join(dir, 'plans/nightly.plan.yaml'));
    writeFileSync(
      join(dir, 'aslc.config.json'),
      JSON.stringify({
        workflows: ['plans'],
        outDir: 'build/{env}',
        targets: { asl: {}, iam: {} },
        environments: {
          dev: {
            placeholders: {
              JobStatusTable: 'arn:aws:dynamodb:us-east-1:123456789012:table/job-status',
              ImportModelFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:import',
              PublishFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:publish',
            },
          },
        },
      }),
    );
    const r = await cli(['build', '--env', 'dev'], { cwd: dir });
    // the only warning is the ECS task's (iam:PassRole of its task roles cannot be narrowed)
    expect(r.stderr.trimEnd().split('\n')).toStrictEqual([
      expect.stringMatching(
        /^aslc: warning: nightly \(iam\): ImpreciseIamPermission: ecs:runTask /,
      ),
    ]);
    expect(r.code).toBe(0);
    const policy = JSON.parse(
      readFileSync(join(dir, 'build/dev/iam/nightly.iam.json'), 'utf8'),
    ) as {
      Statement: { Action: string[]; Resource: string[] }[];
    };
    const grants = policy.Statement.flatMap((s) => s.Action.map((a) => [a, s.Resource] as const));
    expect(grants).toContainEqual([
      'dynamodb:UpdateItem',
      ['arn:aws:dynamodb:us-east-1:123456789012:table/job-status'],
    ]);
    expect(grants).toContainEqual(['events:PutEvents', ['arn:aws:events:*:*:event-bus/default']]);
    const asl = readFileSync(join(dir, 'build/dev/asl/nightly.asl.json'), 'utf8');
    expect(asl).toContain(
      '"TableName": "arn:aws:dynamodb:us-east-1:123456789012:table/job-status"',
    );
  });
});
