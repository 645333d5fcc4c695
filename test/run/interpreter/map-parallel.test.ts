/** Map (inline and Distributed) and Parallel. */
import { describe, expect, it } from 'vitest';
import { eventTypes, run } from './helpers.ts';

const pass = { StartAt: 'I', States: { I: { Type: 'Pass', End: true } } };

describe('Parallel', () => {
  it('gives every branch the same input and returns outputs in branch order', async () => {
    const r = await run(
      {
        StartAt: 'P',
        States: {
          P: {
            Type: 'Parallel',
            Branches: [
              {
                StartAt: 'A',
                States: {
                  A: { Type: 'Wait', Seconds: 5, Next: 'A2' },
                  A2: { Type: 'Pass', Result: 'a', End: true },
                },
              },
              { StartAt: 'B', States: { B: { Type: 'Pass', InputPath: '$.x', End: true } } },
            ],
            End: true,
          },
        },
      },
      { x: 1 },
    );
    expect(r.output).toEqual(['a', 1]);
    expect(r.statesEntered).toEqual(['P', 'A', 'A2', 'B']);
    expect(eventTypes(r)).toContain('ParallelStateSucceeded:P');
  });

  it('the earliest failing branch (in virtual time) decides the error', async () => {
    const r = await run({
      StartAt: 'P',
      States: {
        P: {
          Type: 'Parallel',
          Branches: [
            {
              StartAt: 'W',
              States: {
                W: { Type: 'Wait', Seconds: 50, Next: 'F1' },
                F1: { Type: 'Fail', Error: 'Late' },
              },
            },
            { StartAt: 'F2', States: { F2: { Type: 'Fail', Error: 'Early' } } },
          ],
          End: true,
        },
      },
    });
    expect(r).toMatchObject({ status: 'FAILED', error: 'Early' });
  });

  it('retries a Parallel state as a whole', async () => {
    let calls = 0;
    const r = await run(
      {
        StartAt: 'P',
        States: {
          P: {
            Type: 'Parallel',
            Branches: [{ StartAt: 'T', States: { T: { Type: 'Task', Resource: 'x', End: true } } }],
            Retry: [{ ErrorEquals: ['Flaky'], MaxAttempts: 1 }],
            End: true,
          },
        },
      },
      {},
      {
        taskHandler: () =>
          ++calls === 1 ? { kind: 'throw', error: 'Flaky' } : { kind: 'return', value: calls },
      },
    );
    expect(r.output).toEqual([2]);
  });
});

describe('inline Map', () => {
  it('ItemsPath, ItemSelector with $$.Map.Item, results in item order', async () => {
    const r = await run(
      {
        StartAt: 'M',
        States: {
          M: {
            Type: 'Map',
            ItemsPath: '$.detail.shipped',
            MaxConcurrency: 0,
            ItemSelector: {
              'parcel.$': '$$.Map.Item.Value',
              'index.$': '$$.Map.Item.Index',
              'courier.$': '$.detail.delivery-partner',
            },
            ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' }, ...pass },
            ResultPath: '$.detail.shipped',
            End: true,
          },
        },
      },
      { detail: { 'delivery-partner': 'UQS', shipped: [{ prod: 'R31' }, { prod: 'S39' }] } },
    );
    expect(r.output).toEqual({
      detail: {
        'delivery-partner': 'UQS',
        shipped: [
          { parcel: { prod: 'R31' }, index: 0, courier: 'UQS' },
          { parcel: { prod: 'S39' }, index: 1, courier: 'UQS' },
        ],
      },
    });
  });

  it('runs iterations in order so that mocks are consumed deterministically', async () => {
    const seen: number[] = [];
    const r = await run(
      {
        StartAt: 'M',
        States: {
          M: {
            Type: 'Map',
            MaxConcurrency: 10,
            ItemProcessor: {
              StartAt: 'T',
              States: { T: { Type: 'Task', Resource: 'x', End: true } },
            },
            End: true,
          },
        },
      },
      [10, 20, 30],
      {
        taskHandler: (inv) => {
          seen.push(inv.invocation);
          return { kind: 'return', value: (inv.input as number) + inv.invocation };
        },
      },
    );
    expect(seen).toEqual([0, 1, 2]);
    expect(r.output).toEqual([10, 21, 32]);
    expect(eventTypes(r).filter((t) => t.startsWith('MapIteration'))).toEqual([
      'MapIterationStarted:M',
      'MapIterationSucceeded:M',
      'MapIterationStarted:M',
      'MapIterationSucceeded:M',
      'MapIterationStarted:M',
      'MapIterationSucceeded:M',
    ]);
  });

  it('a failing iteration fails the Map with its error; a non-array is an error', async () => {
    const failing = await run(
      {
        StartAt: 'M',
        States: {
          M: {
            Type: 'Map',
            ItemProcessor: {
              StartAt: 'F',
              States: { F: { Type: 'Fail', Error: 'Item.Bad', Cause: 'x' } },
            },
            End: true,
          },
        },
      },
      [1, 2],
    );
    expect(failing).toMatchObject({ status: 'FAILED', error: 'Item.Bad', cause: 'x' });
    const notArray = await run(
      { StartAt: 'M', States: { M: { Type: 'Map', ItemProcessor: pass, End: true } } },
      { a: 1 },
    );
    expect(notArray).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
  });

  it('a missing ItemsPath is States.ReferencePathConflict, as AWS reports it', async () => {
    const r = await run(
      {
        StartAt: 'M',
        States: {
          M: { Type: 'Map', ItemsPath: '$.discovery.objects', ItemProcessor: pass, End: true },
        },
      },
      { discovery: { statusCode: 500 } },
    );
    expect(r).toMatchObject({
      status: 'FAILED',
      error: 'States.ReferencePathConflict',
      cause: 'Unable to apply step "objects" to input {"discovery":{"statusCode":500}}',
    });
  });

  it('MaxConcurrencyPath and the deprecated Iterator work', async () => {
    const r = await run(
      {
        StartAt: 'M',
        States: {
          M: {
            Type: 'Map',
            ItemsPath: '$.xs',
            MaxConcurrencyPath: '$.max',
            Iterator: pass,
            End: true,
          },
        },
      },
      { xs: [1, 2], max: 1 },
    );
    expect(r.output).toEqual([1, 2]);
  });
});

describe('Distributed Map', () => {
  const processor = (states: Record<string, unknown>) => ({
    ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
    StartAt: Object.keys(states)[0],
    States: states,
  });

  it('reads items through options.itemReader, honours MaxItems and batches with BatchInput', async () => {
    const requests: unknown[] = [];
    const r = await run(
      {
        StartAt: 'M',
        States: {
          M: {
            Type: 'Map',
            ItemReader: {
              Resource: 'arn:aws:states:::s3:getObject',
              ReaderConfig: { InputType: 'JSON', MaxItems: 5 },
              Parameters: { Bucket: 'b', 'Key.$': '$.key' },
            },
            ItemBatcher: { MaxItemsPerBatch: 2, BatchInput: { 'factCheck.$': '$.check' } },
            ItemProcessor: processor({ I: { Type: 'Pass', End: true } }),
            Label: 'Facts',
            End: true,
          },
        },
      },
      { key: 'facts.json', check: 'TRUE' },
      {
        itemReader: (req) => {
          requests.push(req);
          return [1, 2, 3, 4, 5, 6, 7];
        },
      },
    );
    expect(requests).toEqual([
      {
        stateName: 'M',
        resource: 'arn:aws:states:::s3:getObject',
        arguments: { Bucket: 'b', Key: 'facts.json' },
        readerConfig: { InputType: 'JSON', MaxItems: 5 },
      },
    ]);
    expect(r.output).toEqual([
      { BatchInput: { factCheck: 'TRUE' }, Items: [1, 2] },
      { BatchInput: { factCheck: 'TRUE' }, Items: [3, 4] },
      { BatchInput: { factCheck: 'TRUE' }, Items: [5] },
    ]);
  });

  it('MaxInputBytesPerBatch limits batch size', async () => {
    const r = await run(
      {
        StartAt: 'M',
        States: {
          M: {
            Type: 'Map',
            ItemBatcher: { MaxInputBytesPerBatch: 33 },
            ItemProcessor: processor({ I: { Type: 'Pass', End: true } }),
            End: true,
          },
        },
      },
      ['aaaaaaaa', 'bbbbbbbb', 'cccccccc'],
    );
    expect(r.output).toEqual([{ Items: ['aaaaaaaa', 'bbbbbbbb'] }, { Items: ['cccccccc'] }]);
  });

  it('fails clearly without an itemReader', async () => {
    const r = await run(
      {
        StartAt: 'M',
        States: {
          M: {
            Type: 'Map',
            ItemReader: { Resource: 'arn:aws:states:::s3:getObject', Parameters: {} },
            ItemProcessor: processor({ I: { Type: 'Pass', End: true } }),
            End: true,
          },
        },
      },
      {},
    );
    expect(r.status).toBe('FAILED');
    expect(r.cause).toContain('no itemReader was given');
  });

  it('tolerates failures up to ToleratedFailureCount / Percentage', async () => {
    const def = (tolerance: Record<string, unknown>) => ({
      StartAt: 'M',
      States: {
        M: {
          Type: 'Map',
          ...tolerance,
          ItemProcessor: processor({
            C: {
              Type: 'Choice',
              Choices: [{ Variable: '$', NumericGreaterThan: 2, Next: 'F' }],
              Default: 'OK',
            },
            F: { Type: 'Fail', Error: 'TooBig' },
            OK: { Type: 'Pass', End: true },
          }),
          End: true,
        },
      },
    });
    const items = [1, 2, 3, 4];
    expect((await run(def({ ToleratedFailureCount: 2 }), items)).output).toEqual([
      1,
      2,
      null,
      null,
    ]);
    expect((await run(def({ ToleratedFailurePercentage: 50 }), items)).status).toBe('SUCCEEDED');
    expect(await run(def({ ToleratedFailureCount: 1 }), items)).toMatchObject({
      status: 'FAILED',
      error: 'States.ExceedToleratedFailureThreshold',
    });
    expect((await run(def({}), items)).error).toBe('States.ExceedToleratedFailureThreshold');
    expect(
      await run(def({ ToleratedFailurePercentagePath: '$$.Execution.Input.pct' }), { pct: 10 }),
    ).toMatchObject({ status: 'FAILED' });
  });

  it('with a ResultWriter, returns the MapRunArn and manifest location', async () => {
    const r = await run(
      {
        StartAt: 'M',
        States: {
          M: {
            Type: 'Map',
            ItemProcessor: processor({ I: { Type: 'Pass', End: true } }),
            ResultWriter: {
              Resource: 'arn:aws:states:::s3:putObject',
              Parameters: { Bucket: 'results', Prefix: 'runs' },
            },
            End: true,
          },
        },
      },
      [1],
      { execution: { stateMachineName: 'csvProcess' } },
    );
    const out = r.output as {
      MapRunArn: string;
      ResultWriterDetails: { Bucket: string; Key: string };
    };
    expect(out.MapRunArn).toMatch(
      /^arn:aws:states:us-east-1:123456789012:mapRun:csvProcess\/M:[0-9a-f-]{36}$/,
    );
    expect(out.ResultWriterDetails.Bucket).toBe('results');
    expect(out.ResultWriterDetails.Key).toMatch(/^runs\/[0-9a-f-]{36}\/manifest\.json$/);
  });
});
