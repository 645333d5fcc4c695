/**
 * JSONPath input/output processing, with the examples of the AWS Developer Guide
 * (input-output-example, input-output-inputpath-params, input-output-resultpath).
 */
import { describe, expect, it } from 'vitest';
import { handler, run, single } from './helpers.ts';

const lambdaResult = handler({ S: 'Hello, AWS Step Functions!' });

describe('JSONPath I/O processing', () => {
  it('InputPath → ResultPath → OutputPath (Developer Guide: manipulating state data with paths)', async () => {
    const input = {
      comment: 'An input comment.',
      data: { val1: 23, val2: 17 },
      extra: 'foo',
      lambda: { who: 'AWS Step Functions' },
    };
    const seen: unknown[] = [];
    const r = await run(
      single({
        Type: 'Task',
        Resource: 'arn:aws:lambda:us-east-1:123456789012:function:HelloFunction',
        InputPath: '$.lambda',
        ResultPath: '$.data.lambdaresult',
        OutputPath: '$.data',
        End: true,
      }),
      input,
      {
        taskHandler: (inv) => {
          seen.push(inv.input);
          return { kind: 'return', value: 'Hello, AWS Step Functions!' };
        },
      },
    );
    expect(seen).toEqual([{ who: 'AWS Step Functions' }]);
    expect(r.output).toEqual({ val1: 23, val2: 17, lambdaresult: 'Hello, AWS Step Functions!' });
  });

  it('InputPath selects part of the input (Developer Guide example)', async () => {
    const input = {
      comment: 'Example for InputPath.',
      dataset1: { val1: 1, val2: 2, val3: 3 },
      dataset2: { val1: 'a', val2: 'b', val3: 'c' },
    };
    const r = await run(single({ Type: 'Pass', InputPath: '$.dataset2', End: true }), input);
    expect(r.output).toEqual({ val1: 'a', val2: 'b', val3: 'c' });
  });

  it('Parameters build a new effective input (Developer Guide example)', async () => {
    const input = {
      comment: 'Example for Parameters.',
      product: {
        details: { color: 'blue', size: 'small', material: 'cotton' },
        availability: 'in stock',
        sku: '2317',
        cost: '$23',
      },
    };
    const r = await run(
      single({
        Type: 'Pass',
        Parameters: {
          comment: 'Selecting what I care about.',
          MyDetails: {
            'size.$': '$.product.details.size',
            'exists.$': '$.product.availability',
            StaticValue: 'foo',
          },
        },
        End: true,
      }),
      input,
    );
    expect(r.output).toEqual({
      comment: 'Selecting what I care about.',
      MyDetails: { size: 'small', exists: 'in stock', StaticValue: 'foo' },
    });
  });

  it('ResultSelector reshapes the raw result before ResultPath (Developer Guide EMR example)', async () => {
    const raw = {
      resourceType: 'elasticmapreduce',
      resource: 'createCluster.sync',
      output: {
        SdkHttpMetadata: { HttpStatusCode: 200 },
        SdkResponseMetadata: { RequestId: '1234-5678-9012' },
        ClusterId: 'AKIAIOSFODNN7EXAMPLE',
      },
    };
    const r = await run(
      single({
        Type: 'Task',
        Resource: 'arn:aws:states:::elasticmapreduce:createCluster.sync',
        ResultSelector: { 'ClusterId.$': '$.output.ClusterId', 'ResourceType.$': '$.resourceType' },
        ResultPath: '$.EMROutput',
        End: true,
      }),
      { OtherDataFromInput: {} },
      { taskHandler: () => ({ kind: 'return', value: raw }) },
    );
    expect(r.output).toEqual({
      OtherDataFromInput: {},
      EMROutput: { ClusterId: 'AKIAIOSFODNN7EXAMPLE', ResourceType: 'elasticmapreduce' },
    });
  });

  describe('ResultPath (Developer Guide examples)', () => {
    const input = { comment: 'This is a test', details: 'Default example', who: 'Step Functions' };
    const task = (extra: Record<string, unknown>) =>
      single({
        Type: 'Task',
        Resource: 'arn:aws:lambda:us-east-1:123456789012:function:f',
        End: true,
        ...extra,
      });
    const hello = { taskHandler: handler({ S: 'Hello, Step Functions!' }) };

    it('"$" (the default) replaces the input with the result', async () => {
      expect((await run(task({ ResultPath: '$' }), input, hello)).output).toBe(
        'Hello, Step Functions!',
      );
      expect((await run(task({}), input, hello)).output).toBe('Hello, Step Functions!');
    });

    it('null discards the result and keeps the input', async () => {
      expect((await run(task({ ResultPath: null }), input, hello)).output).toEqual(input);
    });

    it('a path includes the result with the input', async () => {
      expect((await run(task({ ResultPath: '$.taskresult' }), input, hello)).output).toEqual({
        ...input,
        taskresult: 'Hello, Step Functions!',
      });
    });

    it('a deeper path creates the missing objects', async () => {
      const r = await run(task({ ResultPath: '$.strings.lambdaresult' }), input, hello);
      expect(r.output).toEqual({ ...input, strings: { lambdaresult: 'Hello, Step Functions!' } });
    });

    it('a path through a non-object fails with States.ResultPathMatchFailure', async () => {
      const r = await run(task({ ResultPath: '$.who.result' }), input, hello);
      expect(r.status).toBe('FAILED');
      expect(r.error).toBe('States.ResultPathMatchFailure');
      expect(r.cause).toContain(
        `Unable to apply ReferencePath $.who.result to input ${JSON.stringify(input)}`,
      );
    });

    it('a non-object input cannot take a ResultPath other than $', async () => {
      const r = await run(
        single({ Type: 'Pass', Result: 1, ResultPath: '$.x', End: true }),
        'text',
      );
      expect(r.error).toBe('States.ResultPathMatchFailure');
    });

    it('a ResultPathMatchFailure can be caught', async () => {
      const r = await run(
        {
          StartAt: 'S',
          States: {
            S: {
              Type: 'Task',
              Resource: 'arn:aws:lambda:us-east-1:123456789012:function:f',
              ResultPath: '$.who.result',
              Catch: [
                {
                  ErrorEquals: ['States.ResultPathMatchFailure'],
                  ResultPath: '$.err',
                  Next: 'Done',
                },
              ],
              End: true,
            },
            Done: { Type: 'Succeed' },
          },
        },
        input,
        { taskHandler: handler({ S: 'x' }) },
      );
      expect(r.status).toBe('SUCCEEDED');
      expect((r.output as { err: { Error: string } }).err.Error).toBe(
        'States.ResultPathMatchFailure',
      );
    });
  });

  it('InputPath: null and OutputPath: null give {}', async () => {
    const r1 = await run(single({ Type: 'Pass', InputPath: null, End: true }), { a: 1 });
    expect(r1.output).toEqual({});
    const r2 = await run(single({ Type: 'Pass', OutputPath: null, End: true }), { a: 1 });
    expect(r2.output).toEqual({});
  });

  it('Pass Result goes through ResultPath and OutputPath', async () => {
    const r = await run(
      single({ Type: 'Pass', Result: { x: 1 }, ResultPath: '$.r', OutputPath: '$.r.x', End: true }),
      { a: 1 },
    );
    expect(r.output).toBe(1);
  });

  it('a missing InputPath fails with States.Runtime and AWS-like cause', async () => {
    const r = await run(single({ Type: 'Pass', InputPath: '$.missing', End: true }), { a: 1 });
    expect(r.status).toBe('FAILED');
    expect(r.error).toBe('States.Runtime');
    expect(r.cause).toBe(
      "An error occurred while executing the state 'S' (entered at the event id #2). Invalid path '$.missing' : No results for path: $['missing']",
    );
  });

  it('a missing Parameters path fails with the cause AWS gives', async () => {
    const r = await run(
      single({ Type: 'Pass', Parameters: { 'JobName.$': '$.JobName' }, End: true }),
      {},
    );
    expect(r.error).toBe('States.Runtime');
    expect(r.cause).toBe(
      "An error occurred while executing the state 'S' (entered at the event id #2). The JSONPath '$.JobName' specified for the field 'JobName.$' could not be found in the input '{}'",
    );
  });

  it('States.Runtime is not caught by States.ALL', async () => {
    const r = await run(
      {
        StartAt: 'S',
        States: {
          S: {
            Type: 'Task',
            Resource: 'arn:aws:lambda:us-east-1:123456789012:function:f',
            Parameters: { 'x.$': '$.nope' },
            Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Done' }],
            End: true,
          },
          Done: { Type: 'Succeed' },
        },
      },
      {},
      { taskHandler: lambdaResult },
    );
    expect(r.status).toBe('FAILED');
    expect(r.error).toBe('States.Runtime');
  });

  it('indefinite paths in payload templates give arrays', async () => {
    const r = await run(
      single({
        Type: 'Pass',
        Parameters: { 'ids.$': '$.items[?(@.ok == true)].id', 'first.$': '$.items[0].id' },
        End: true,
      }),
      {
        items: [
          { id: 1, ok: true },
          { id: 2, ok: false },
        ],
      },
    );
    expect(r.output).toEqual({ ids: [1], first: 1 });
  });

  it('Parallel and Map accept Parameters (legacy), ResultSelector, ResultPath', async () => {
    const r = await run(
      {
        StartAt: 'P',
        States: {
          P: {
            Type: 'Parallel',
            Parameters: { 'v.$': '$.v' },
            Branches: [
              { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } },
              { StartAt: 'B', States: { B: { Type: 'Pass', Result: 'b', End: true } } },
            ],
            ResultSelector: { 'first.$': '$[0].v', 'second.$': '$[1]' },
            ResultPath: '$.par',
            Next: 'M',
          },
          M: {
            Type: 'Map',
            ItemsPath: '$.list',
            Parameters: { 'item.$': '$$.Map.Item.Value', 'v.$': '$.v' },
            Iterator: { StartAt: 'I', States: { I: { Type: 'Pass', End: true } } },
            ResultSelector: { 'n.$': '$.length()' },
            ResultPath: '$.map',
            End: true,
          },
        },
      },
      { v: 7, list: ['x', 'y'] },
    );
    expect(r.output).toEqual({
      v: 7,
      list: ['x', 'y'],
      par: { first: 7, second: 'b' },
      map: { n: 2 },
    });
  });
});
