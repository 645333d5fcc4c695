/**
 * Size and depth limits: values are refused before they are built where their size can be
 * known, deep definitions and values are refused (never a stack overflow), with AWS's errors
 * where AWS has one.
 */
import { describe, expect, it } from 'vitest';
import { createNativeEngine } from '../../../src/run/native/native-engine.ts';
import { run } from './helpers.ts';

const MEMORY = 'Expression evaluation memory limit exceeded: Check for excessive memory usage';

function output(expr: string, input: unknown = {}) {
  return run(
    {
      QueryLanguage: 'JSONata',
      StartAt: 'P',
      States: { P: { Type: 'Pass', Output: expr, End: true } },
    },
    input,
  );
}

function parameters(params: Record<string, unknown>, input: unknown = {}) {
  return run(
    { StartAt: 'P', States: { P: { Type: 'Pass', Parameters: params, End: true } } },
    input,
  );
}

/** `depth` objects nested in one another around `leaf`. */
function nested(depth: number, leaf: unknown = 1): unknown {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}

/** Parallel states nested `depth` deep around a Pass. */
function nestedParallel(depth: number): Record<string, unknown> {
  let graph: Record<string, unknown> = {
    StartAt: 'Leaf',
    States: { Leaf: { Type: 'Pass', End: true } },
  };
  for (let i = 0; i < depth; i++) {
    graph = {
      StartAt: `P${i}`,
      States: { [`P${i}`]: { Type: 'Parallel', Branches: [graph], End: true } },
    };
  }
  return graph;
}

describe('JSONata values are bounded before they are built', () => {
  it.each([
    ["$pad('x', 5e8)", 'pad'],
    ["$pad('x', -5e8)", 'left pad'],
    [
      "($s := 'ab'; $f := function($x, $n) { $n = 0 ? $x : $f($x & $x, $n - 1) }; $f($s, 40))",
      'doubling',
    ],
    ['[1..5000000]', 'array over the cap'],
    ['$range(1, 360146, 1)', "AWS's $range limit"],
  ])('%s fails with the memory-limit error (%s)', async (expr) => {
    const r = await output(`{% ${expr} %}`);
    expect(r.status).toBe('FAILED');
    expect(r.error).toBe('States.QueryEvaluationError');
    expect(r.cause).toContain(MEMORY);
  });

  it('still pads within the cap, with JSONata semantics', async () => {
    expect((await output("{% [$pad('ab', 5, '-'), $pad('ab', -4)] %}")).output).toEqual([
      'ab---',
      '  ab',
    ]);
  });

  it('stops an expression whose live data outgrows the heap allowance', async () => {
    const r = await output('{% $count($map([1..400], function($i) { [1..500000] })) %}');
    expect(r.error).toBe('States.QueryEvaluationError');
    expect(r.cause).toContain(MEMORY);
  });

  it('$parse of a deeply nested text fails instead of building it', async () => {
    const text = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const r = await output('{% $parse($states.input.t) %}', { t: text });
    expect(r.error).toBe('States.QueryEvaluationError');
    expect(r.cause).toContain('nested more than 1000 levels deep');
  });

  it('a JSONata result nested too deep is a QueryEvaluationError, not a crash', async () => {
    const r = await output('{% $reduce([1..3000], function($acc, $v) { {"a": $acc} }, {}) %}');
    expect(r.error).toBe('States.QueryEvaluationError');
    expect(r.cause).toContain('nested more than 1000 levels deep');
  });
});

describe('intrinsics are bounded', () => {
  it('States.Format is sized before it builds a result over the payload quota', async () => {
    const r = await parameters(
      { 'x.$': "States.Format('{}{}{}{}{}{}{}{}', $.s, $.s, $.s, $.s, $.s, $.s, $.s, $.s)" },
      { s: 'y'.repeat(100_000) },
    );
    expect(r.error).toBe('States.DataLimitExceeded');
    expect(r.cause).toContain(
      'States.Format: the result would exceed the maximum number of bytes service limit',
    );
  });

  it('States.ArrayRange keeps its 1,000-item cap', async () => {
    const r = await parameters({ 'x.$': 'States.ArrayRange(1, 1001, 1)' });
    expect(r.error).toBe('States.IntrinsicFailure');
  });

  it('States.ArrayUnique takes linear time on a large array', async () => {
    // 16,000 distinct values: pairwise comparison would take 128 million steps.
    const items = Array.from({ length: 16_000 }, (_, i) => (i % 2 === 0 ? i : { k: [i] }));
    const r = await parameters(
      { 'u.$': 'States.ArrayUnique($.items)' },
      { items: [...items, ...items.slice(0, 10)] },
    );
    expect(r.status).toBe('SUCCEEDED');
    expect((r.output as { u: unknown[] }).u).toEqual(items);
    const mixed = await parameters(
      { 'u.$': 'States.ArrayUnique($.v)' },
      { v: [{ a: 1, b: 2 }, { b: 2, a: 1 }, 1, 1.0, '1'] },
    );
    expect(mixed.output).toEqual({ u: [{ a: 1, b: 2 }, 1, '1'] });
  });

  it('States.StringToJson refuses a deeply nested text', async () => {
    const r = await parameters(
      { 'x.$': 'States.StringToJson($.t)' },
      { t: `${'['.repeat(5000)}${']'.repeat(5000)}` },
    );
    expect(r.error).toBe('States.IntrinsicFailure');
    expect(r.cause).toContain('nested more than 1000 levels deep');
  });

  it('intrinsic calls nested too deep are refused by the parser', async () => {
    const call = `${'States.Array('.repeat(5000)}1${')'.repeat(5000)}`;
    const r = await parameters({ 'x.$': call });
    expect(r.error).toBe('States.Runtime');
    expect(r.cause).toMatch(/nested more than \d+ deep/);
    // The shared check's limit, the validator's and the DSL's: 10 (spec/asl.md §1.6).
    const eleven = `${'States.Array('.repeat(11)}1${')'.repeat(11)}`;
    const r11 = await parameters({ 'x.$': eleven });
    expect(r11.cause).toContain('nested more than 10 deep');
  });
});

describe('depth', () => {
  it('runs Parallel states nested 100 deep (the limit) with a 990-deep input', async () => {
    const r = await run(nestedParallel(100), nested(990));
    expect(r.status).toBe('SUCCEEDED');
  });

  it('refuses Parallel states nested deeper, in the interpreter and before running in the engine', async () => {
    const r = await run(nestedParallel(101), {});
    expect(r).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(r.cause).toContain('nested more than 100 deep');
    await expect(
      createNativeEngine().run({ definition: nestedParallel(101), input: {} }),
    ).rejects.toMatchObject({
      code: 'DefinitionTooDeep',
      message: 'Parallel and Map states are nested 101 deep; the limit is 100',
    });
  });

  it('refuses a 3,000-deep Parallel without a stack overflow', async () => {
    const r = await run(nestedParallel(3000), {});
    expect(r.status).toBe('FAILED');
    expect(r.cause).toContain('nested more than 1000 levels deep');
    await expect(
      createNativeEngine().run({ definition: nestedParallel(3000), input: {} }),
    ).rejects.toMatchObject({ code: 'DefinitionTooDeep' });
  });

  it('refuses inputs and task results nested deeper than 1,000 levels', async () => {
    const deep = nested(5000);
    const pass = { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } };
    const r = await run(pass, deep);
    expect(r).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(r.cause).toContain('nested more than 1000 levels deep');
    await expect(createNativeEngine().run({ definition: pass, input: deep })).rejects.toMatchObject(
      {
        code: 'InputTooDeep',
      },
    );
    const task = await run(
      { StartAt: 'T', States: { T: { Type: 'Task', Resource: 'r', End: true } } },
      {},
      {
        taskHandler: () => ({ kind: 'return', value: deep }),
      },
    );
    expect(task.error).toBe('States.Runtime');
    expect(task.cause).toContain('nested more than 1000 levels deep');
  });

  it('a JSONPath template that deepens its input at every turn fails the execution at 2,000 levels', async () => {
    let template: unknown = { 'x.$': '$' };
    for (let i = 0; i < 200; i++) template = { a: template };
    const loop = { StartAt: 'A', States: { A: { Type: 'Pass', Parameters: template, Next: 'A' } } };
    const r = await run(loop, {});
    expect(r).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(r.cause).toContain("The state/task 'A' returned a result nested more than 2000 levels");
    const task = await run(
      {
        StartAt: 'T',
        States: { T: { Type: 'Task', Resource: 'r', Parameters: template, Next: 'T' } },
      },
      {},
      { taskHandler: () => ({ kind: 'return', value: {} }) },
    );
    expect(task).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
  });

  it('refuses a mock Return nested 12,000 deep before running: no Catcher sees it', async () => {
    const definition = {
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
    };
    const mocks = {
      StateMachines: { SM: { TestCases: { Deep: { T: 'DeepReturn' } } } },
      MockedResponses: { DeepReturn: { '0': { Return: nested(12_000) } } },
    };
    await expect(
      createNativeEngine().run({
        definition,
        input: {},
        mocks,
        stateMachineName: 'SM',
        testCase: 'Deep',
      }),
    ).rejects.toMatchObject({
      code: 'MockTooDeep',
      message:
        "mocked response 'DeepReturn' is nested more than 1000 levels deep; the limit is 1000 levels",
    });
  });
});
