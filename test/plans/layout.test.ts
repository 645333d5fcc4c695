import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.ts';
import {
  DEFINITION_QUOTA,
  MAX_GROUP_DEPTH,
  estimateDefinitionSize,
  planToStateMachines,
  type PlanMachine,
} from '../../src/plans/index.ts';
import { createEngine } from '../../src/run/create-engine.ts';
import type { MockConfigFile } from '../../src/run/mocks/mock-config.ts';
import { group, job, plan } from './fixtures.ts';
import { planMocks } from '../../src/plans/index.ts';
import { allStates, aslOf, exactSize, machinesOf } from './support.ts';

/**
 * Plans too large for one machine (ASL's 1 MB definition quota, AWS's 25,000-event history
 * quota) are laid out over several: nested groups become child machines started with
 * `startExecution.sync:2`, a group with too many members for one machine is cut into parts.
 */
function checkAll(machines: readonly PlanMachine[]): void {
  for (const m of machines) {
    const { json, diagnostics } = compile(m.machine); // throws on a validation error
    expect(diagnostics, m.name).toStrictEqual([]);
    expect(Buffer.byteLength(json), m.name).toBeLessThanOrEqual(DEFINITION_QUOTA);
  }
}

/** Groups nested `depth` levels deep, alternately sequential and parallel, a job at each level. */
function nested(depth: number): Record<string, unknown> {
  let jobs: unknown[] = [job('leaf')];
  for (let i = depth - 1; i >= 0; i--) {
    jobs = [job(`j${i}`), group(`g${i}`, i % 2 === 0 ? 'sequential' : 'parallel', jobs)];
  }
  return plan(...jobs);
}

/** One byte less than the plan needs in one machine. */
function justTooLarge(value: unknown): number {
  const [whole] = machinesOf(value);
  return exactSize(whole?.machine as never).bytes - 1;
}

describe('plans over several machines', () => {
  it('a plan that fits is one machine', () => {
    expect(machinesOf(plan(job('a'), group('g', 'parallel', [job('b')])))).toHaveLength(1);
  });

  it(`groups nested ${MAX_GROUP_DEPTH} levels deep (the limit) compile into valid machines within the quota`, () => {
    const machines = machinesOf(nested(MAX_GROUP_DEPTH));
    expect(machines.length).toBeGreaterThan(1);
    expect(machines[0]?.root).toBe(true);
    expect(machines.slice(1).every((m) => !m.root && m.group !== undefined)).toBe(true);
    checkAll(machines);
    const names = machines.map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.every((n) => /^[A-Za-z0-9_-]{1,80}$/.test(n))).toBe(true);
  });

  it('a flat group too large for one machine is cut into parts, each a child machine', () => {
    const jobs = Array.from({ length: 80 }, (_, i) =>
      job(`job-${i}`, { runModel: { parameters: { index: i } } }),
    );
    const machines = machinesOf(plan(...jobs));
    expect(machines.length).toBeGreaterThan(2);
    expect(machines.slice(1).every((m) => /^p \(part \d+\)$/.test(m.group ?? ''))).toBe(true);
    checkAll(machines);
    // every job is in exactly one machine
    const owners = new Map<string, string>();
    for (const m of machines) {
      for (const [name] of allStates(aslOf(m.machine))) {
        const hit = /^job-(\d+) QUEUED$/.exec(name);
        if (hit) {
          expect(owners.has(hit[1] as string), name).toBe(false);
          owners.set(hit[1] as string, m.name);
        }
      }
    }
    expect(owners.size).toBe(80);
  });

  it('the history quota too: a group whose retries could exceed it runs as a child machine', () => {
    const retried = (name: string) => job(name, { retry: { maxAttempts: 2000 } });
    const machines = machinesOf(
      plan(
        group('a', 'sequential', [retried('a1'), retried('a2')]),
        group('b', 'sequential', [retried('b1')]),
      ),
    );
    // 'a' alone exceeds the quota: it is cut into parts where it stands (the root reports its
    // statuses and starts its parts), not made a machine that would only start its parts
    expect(machines.map((m) => m.group)).toStrictEqual([undefined, 'a (part 1)', 'a (part 2)']);
    expect(allStates(aslOf(machines[0]?.machine as never)).map(([n]) => n)).toContain('a RUNNING');
    expect(
      machinesOf(plan(group('a', 'sequential', [job('a1')])), { maxHistoryEvents: 200 }).length,
    ).toBe(2);
  });

  it('a group that would be a machine only starting others stays inline, cut into parts where it is', () => {
    const jobs = (prefix: string, n: number) =>
      Array.from({ length: n }, (_, i) => job(`${prefix}${i}`));
    const limit = { maxDefinitionBytes: 150_000 };
    const value = plan(
      group('outer', 'sequential', [
        group('a', 'parallel', jobs('a', 6)),
        group('b', 'parallel', jobs('b', 6)),
      ]),
    );
    const machines = machinesOf(value, limit);
    // no machine for 'outer' (it would only start 'a' and 'b'), nor for 'a' and 'b' (they would
    // only start their parts): the root reports their statuses and starts the parts
    expect(machines.map((m) => m.group)).toStrictEqual([
      undefined,
      'a (part 1)',
      'a (part 2)',
      'b (part 1)',
      'b (part 2)',
    ]);
    const rootStates = allStates(aslOf(machines[0]?.machine as never)).map(([n]) => n);
    expect(rootStates).toEqual(
      expect.arrayContaining(['outer RUNNING', 'a RUNNING', 'b RUNNING', 'a SUCCEEDED']),
    );
    for (const m of machines.slice(1)) {
      expect(
        allStates(aslOf(m.machine)).some(([n]) => n.endsWith(' Invoke')),
        m.name,
      ).toBe(true);
    }
    for (const m of machines) expect(exactSize(m.machine).bytes).toBeLessThanOrEqual(150_000);
    checkAll(machines);
    const sole = machinesOf(plan(group('g', 'sequential', jobs('j', 8))), limit);
    expect(sole.map((m) => m.group)).toStrictEqual([
      undefined,
      'g (part 1)',
      'g (part 2)',
      'g (part 3)',
    ]);
  });

  it('each machine names the placeholders of the children it starts (machineArns), none with a pattern', () => {
    const value = plan(
      job('a'),
      group('g', 'sequential', [job('b'), group('h', 'parallel', [job('c'), job('d')])]),
    );
    const [whole] = machinesOf(value);
    const machines = machinesOf(value, {
      maxDefinitionBytes: Math.floor(exactSize(whole?.machine as never).bytes * 0.6),
    });
    expect(machines.length).toBeGreaterThan(1);
    const byName = new Map(machines.map((m) => [m.name, m]));
    let bound = 0;
    for (const m of machines) {
      const text = compile(m.machine, { validate: false }).json;
      const used = [...text.matchAll(/\$\{(\w+StateMachineArn)\}/g)].map((x) => x[1]);
      expect(Object.keys(m.machineArns ?? {}).sort(), m.name).toStrictEqual(
        [...new Set(used)].sort(),
      );
      for (const child of Object.values(m.machineArns ?? {})) {
        expect(byName.get(child)?.root, child).toBe(false);
        bound++;
      }
    }
    expect(bound).toBe(machines.length - 1);
    const patterned = machinesOf(
      { ...value, childMachines: { arnPattern: 'arn:aws:states:us-east-1:1:stateMachine:{name}' } },
      { maxDefinitionBytes: Math.floor(exactSize(whole?.machine as never).bytes * 0.6) },
    );
    expect(patterned.every((m) => m.machineArns === undefined)).toBe(true);
  });

  it("child machines are started by placeholder ARN, or by the plan's ARN pattern", () => {
    const value = plan(job('a'), group('risk models', 'parallel', [job('b')]));
    const limit = { maxDefinitionBytes: justTooLarge(value) };
    const [root, child] = machinesOf(value, limit);
    expect(child?.name).toMatch(/^p-risk-models-[0-9a-f]{6}$/);
    const start = aslOf(root?.machine as never);
    const task = allStates(start).find(([n]) => n === 'risk_models')?.[1];
    expect(task).toMatchObject({
      Resource: 'arn:aws:states:::states:startExecution.sync:2',
      Parameters: {
        StateMachineArn: expect.stringMatching(/^\$\{PRiskModels[0-9A-Fa-f]{6}StateMachineArn\}$/),
        Input: {
          'run.$': '$.run',
          'input.$': '$.input',
          'AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$': '$$.Execution.Id',
        },
      },
    });
    const [patterned] = machinesOf(
      {
        ...value,
        childMachines: { arnPattern: 'arn:aws:states:us-east-1:123456789012:stateMachine:{name}' },
      },
      limit,
    );
    const arn = allStates(aslOf(patterned?.machine as never)).find(
      ([n]) => n === 'risk_models',
    )?.[1]?.['Parameters'];
    expect(arn).toMatchObject({
      StateMachineArn: `arn:aws:states:us-east-1:123456789012:stateMachine:${child?.name}`,
    });
  });

  it('a failure inside a child machine fails the parent with the same error and cause', async () => {
    const value = plan(job('a'), group('g', 'sequential', [job('b'), job('c')]), job('d'));
    const limit = { maxDefinitionBytes: justTooLarge(value) };
    const machines = machinesOf(value, limit);
    expect(machines.map((m) => m.group)).toStrictEqual([undefined, 'g']);
    const [root, child] = machines;
    const engine = createEngine('native');
    const run = async (m: PlanMachine, input: unknown, mocks: MockConfigFile) => {
      const outcome = await engine.run({
        definition: compile(m.machine).asl,
        input,
        mocks,
        testCase: 'T',
        stateMachineName: m.name,
      });
      if (outcome.kind !== 'ran') throw new Error(outcome.reason);
      return outcome.result;
    };
    const childInput = { run: { id: 'arn:run', plan: 'p' }, input: {} };
    const failed = await run(
      child as PlanMachine,
      childInput,
      planMocks(value, {
        ...limit,
        machine: child?.name as string,
        testCases: { T: { fail: ['b'], error: 'Model.Failed', cause: 'bad' } },
      }),
    );
    expect(failed.status).toBe('SUCCEEDED');
    expect(failed.output).toStrictEqual({
      ok: false,
      job: 'g',
      path: '/jobs/1',
      error: 'Model.Failed',
      cause: 'bad',
    });
    const parent = (output: unknown) =>
      planMocks(value, {
        ...limit,
        testCases: {
          T: {
            states: { g: 'Child' },
            responses: { Child: { '0': { Return: { Status: 'SUCCEEDED', Output: output } } } },
          },
        },
      });
    const down = await run(root as PlanMachine, {}, parent(failed.output));
    expect([down.status, down.error, down.cause]).toStrictEqual(['FAILED', 'Model.Failed', 'bad']);
    const ok = await run(
      child as PlanMachine,
      childInput,
      planMocks(value, { ...limit, machine: child?.name as string, testCases: { T: {} } }),
    );
    expect(ok.output).toStrictEqual({ ok: true, job: 'g', path: '/jobs/1' });
    const up = await run(root as PlanMachine, {}, parent(ok.output));
    expect(up.status).toBe('SUCCEEDED');
  });

  it('without a measure, sizes are estimated from the IR, an upper bound of the ASL text', () => {
    for (const m of machinesOf(nested(6), { maxDefinitionBytes: 150_000 })) {
      const exact = exactSize(m.machine);
      const estimate = estimateDefinitionSize(m.machine);
      expect(estimate.bytes).toBeGreaterThanOrEqual(exact.bytes);
      expect(estimate.lines).toBeGreaterThanOrEqual(exact.lines);
    }
    checkAll(planToStateMachines(nested(12)));
  });
});
