/** Broken definitions, hostile inputs, guards: FAILED with a clear cause, never a crash. */
import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';

describe('robustness', () => {
  it.each([
    [null, 'not a JSON object'],
    [[], 'not a JSON object'],
    [{}, 'States must be an object'],
    [{ StartAt: 'A', States: {} }, "StartAt 'A' does not name a state"],
    [
      { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' } } },
      'names a state that does not exist: "B"',
    ],
    [{ StartAt: 'A', States: { A: { Type: 'Bogus', End: true } } }, 'invalid Type'],
    [{ StartAt: 'A', States: { A: { Type: 'Pass' } } }, 'Next of state'],
    [{ StartAt: 'A', States: { A: { Type: 'Choice', Choices: [] } } }, 'non-empty Choices'],
    [
      { StartAt: 'A', States: { A: { Type: 'Choice', Choices: [{ Next: 'Z' }] } } },
      'Choice rule Next',
    ],
    [
      { StartAt: 'A', States: { A: { Type: 'Parallel', Branches: [], End: true } } },
      'non-empty Branches',
    ],
    [
      {
        StartAt: 'A',
        States: { A: { Type: 'Parallel', Branches: [{ StartAt: 'X', States: {} }], End: true } },
      },
      '/States/A/Branches/0',
    ],
    [{ StartAt: 'A', States: { A: { Type: 'Map', End: true } } }, 'needs an ItemProcessor'],
    [{ StartAt: 'A', States: { A: { Type: 'Task', End: true } } }, 'needs a Resource'],
    [
      {
        StartAt: 'A',
        States: {
          A: {
            Type: 'Task',
            Resource: 'r',
            Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Q' }],
            End: true,
          },
        },
      },
      'Catch Next',
    ],
  ])('%j fails with States.Runtime (%s)', async (def, message) => {
    const r = await run(def, {});
    expect(r.status).toBe('FAILED');
    expect(r.error).toBe('States.Runtime');
    expect(r.cause).toContain(message);
    expect(r.events.map((e) => e.type)).toEqual(['ExecutionStarted', 'ExecutionFailed']);
  });

  it('stops endless loops at maxTransitions with a clear cause, uncatchable', async () => {
    const r = await run(
      { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', Next: 'A' } } },
      {},
      { maxTransitions: 100 },
    );
    expect(r.status).toBe('FAILED');
    expect(r.error).toBe('States.Runtime');
    expect(r.cause).toContain('exceeded 100 state transitions');
    expect(r.statesEntered).toHaveLength(100);
  });

  it('fails an oversized output with States.DataLimitExceeded; a task result is caught by States.ALL', async () => {
    const def = {
      StartAt: 'T',
      States: {
        T: {
          Type: 'Task',
          Resource: 'r',
          Catch: [{ ErrorEquals: ['States.ALL'], Next: 'C' }],
          End: true,
        },
        C: { Type: 'Succeed' },
      },
    };
    const r = await run(
      def,
      {},
      { taskHandler: () => ({ kind: 'return', value: 'x'.repeat(300_000) }) },
    );
    // AWS records the oversized task result as a TaskFailed that States.ALL catches
    // (localstack test_states_errors.snapshot.json)
    expect(r).toMatchObject({
      status: 'SUCCEEDED',
      output: {
        Error: 'States.DataLimitExceeded',
        Cause:
          "The state/task 'r' returned a result with a size exceeding the maximum number of bytes service limit.",
      },
    });
    const pass = await run(
      {
        StartAt: 'P',
        States: { P: { Type: 'Pass', Parameters: { 'a.$': '$.s', 'b.$': '$.s' }, End: true } },
      },
      { s: 'y'.repeat(140_000) },
    );
    expect(pass.error).toBe('States.DataLimitExceeded');
  });

  it('rejects garbage from a task handler clearly', async () => {
    const r = await run(
      { StartAt: 'T', States: { T: { Type: 'Task', Resource: 'r', End: true } } },
      {},
      {
        taskHandler: () => 42 as never,
      },
    );
    expect(r.status).toBe('FAILED');
    expect(r.cause).toContain('The task handler returned 42');
  });

  it('survives hostile values in fields', async () => {
    const cases: unknown[] = [
      { StartAt: 'A', States: { A: { Type: 'Pass', InputPath: 42, End: true } } },
      { StartAt: 'A', States: { A: { Type: 'Pass', Parameters: { 'x.$': 42 }, End: true } } },
      {
        StartAt: 'A',
        States: { A: { Type: 'Pass', Parameters: { 'x.$': 'States.Nope()' }, End: true } },
      },
      { StartAt: 'A', States: { A: { Type: 'Pass', ResultPath: '$..x', End: true } } },
      { StartAt: 'A', States: { A: { Type: 'Wait', Seconds: -1, End: true } } },
      { StartAt: 'A', States: { A: { Type: 'Wait', TimestampPath: '$', End: true } } },
      {
        StartAt: 'A',
        States: { A: { Type: 'Choice', Choices: [{ Variable: '$', Nope: 1, Next: 'A' }] } },
      },
      { StartAt: 'A', States: { A: { Type: 'Pass', Assign: [1], End: true } } },
      {
        QueryLanguage: 'JSONata',
        StartAt: 'A',
        States: { A: { Type: 'Choice', Choices: [{ Condition: '{% 1 %}', Next: 'A' }] } },
      },
      {
        StartAt: 'A',
        States: {
          A: {
            Type: 'Map',
            ItemsPath: '$',
            ItemSelector: { 'x.$': '$$.Map.Nope' },
            ItemProcessor: { StartAt: 'B', States: { B: { Type: 'Pass', End: true } } },
            End: true,
          },
        },
      },
    ];
    for (const def of cases) {
      const r = await run(def, [1]);
      expect(r.status, JSON.stringify(def)).toBe('FAILED');
      expect(r.error).toMatch(/^States\./);
      expect(typeof r.cause).toBe('string');
    }
  });

  it('accepts any JSON as input, including scalars and null', async () => {
    for (const input of [null, 0, 'text', [1, [2]], { a: { b: null } }, true]) {
      const r = await run({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } }, input);
      expect(r.output).toEqual(input);
    }
  });

  it('keeps "__proto__" keys as plain data and never pollutes prototypes', async () => {
    const input = JSON.parse('{"__proto__": {"x": 1}, "a": {}}') as unknown;
    const r = await run(
      {
        StartAt: 'A',
        States: {
          A: { Type: 'Pass', Result: 'bad', ResultPath: '$.__proto__.polluted', Next: 'B' },
          B: {
            Type: 'Pass',
            Parameters: JSON.parse('{"__proto__": {"y.$": "$.a"}, "copy.$": "$"}') as unknown,
            End: true,
          },
        },
      },
      input,
    );
    expect(r.status).toBe('SUCCEEDED');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(r.output as object)).toEqual(['__proto__', 'copy']);
    expect(JSON.stringify(r.output)).toBe(
      '{"__proto__":{"y":{}},"copy":{"__proto__":{"x":1,"polluted":"bad"},"a":{}}}',
    );
  });

  it('reports non-JSON inputs and task results instead of crashing', async () => {
    const badInput = await run(
      { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } },
      { n: 1n },
    );
    expect(badInput).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(badInput.cause).toContain('not JSON');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const badResult = await run(
      { StartAt: 'T', States: { T: { Type: 'Task', Resource: 'r', End: true } } },
      {},
      {
        taskHandler: () => ({ kind: 'return', value: cyclic }),
      },
    );
    expect(badResult).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(badResult.cause).toContain('not JSON');
  });
});
