/**
 * Examples of the AWS Step Functions Developer Guide that state an input and the resulting
 * output (awsdocs/aws-step-functions-developer-guide, `doc_source/*.md`; the same examples are on
 * docs.aws.amazon.com/step-functions/latest/dg/). Only examples not already covered by the
 * feature tests next to this folder.
 */
import { describe, expect, it } from 'vitest';
import type { TaskInvocation } from '../../../../src/run/interpreter/index.ts';
import { run } from '../helpers.ts';

describe('input-output-contextobject.md: Context Object Data For Map States', () => {
  it('Parameters with $$.Map.Item.Index and $$.Map.Item.Value', async () => {
    const r = await run(
      {
        StartAt: 'ExampleMapState',
        States: {
          ExampleMapState: {
            Type: 'Map',
            Parameters: {
              'ContextIndex.$': '$$.Map.Item.Index',
              'ContextValue.$': '$$.Map.Item.Value',
            },
            Iterator: {
              StartAt: 'TestPass',
              States: { TestPass: { Type: 'Pass', End: true } },
            },
            End: true,
          },
        },
      },
      [{ who: 'bob' }, { who: 'meg' }, { who: 'joe' }],
    );
    expect(r.output).toEqual([
      { ContextValue: { who: 'bob' }, ContextIndex: 0 },
      { ContextValue: { who: 'meg' }, ContextIndex: 1 },
      { ContextValue: { who: 'joe' }, ContextIndex: 2 },
    ]);
  });
});

describe('amazon-states-language-map-state.md: Map State Example With Parameters', () => {
  it('each iteration gets {parcel, courier}; ResultPath overwrites detail.shipped', async () => {
    const shipped = [
      { prod: 'R31', 'dest-code': 9511, quantity: 1344 },
      { prod: 'S39', 'dest-code': 9511, quantity: 40 },
      { prod: 'R31', 'dest-code': 9833, quantity: 12 },
      { prod: 'R40', 'dest-code': 9860, quantity: 887 },
      { prod: 'R40', 'dest-code': 9511, quantity: 1220 },
    ];
    const input = {
      'ship-date': '2016-03-14T01:59:00Z',
      detail: { 'delivery-partner': 'UQS', shipped },
    };
    const seen: unknown[] = [];
    const r = await run(
      {
        StartAt: 'Validate-All',
        States: {
          'Validate-All': {
            Type: 'Map',
            InputPath: '$.detail',
            ItemsPath: '$.shipped',
            MaxConcurrency: 0,
            ResultPath: '$.detail.shipped',
            Parameters: { 'parcel.$': '$$.Map.Item.Value', 'courier.$': '$.delivery-partner' },
            Iterator: {
              StartAt: 'Validate',
              States: {
                Validate: {
                  Type: 'Task',
                  Resource: 'arn:aws:lambda:us-east-1:123456789012:function:ship-val',
                  End: true,
                },
              },
            },
            End: true,
          },
        },
      },
      input,
      {
        taskHandler: (inv: TaskInvocation) => {
          seen.push(inv.input);
          return { kind: 'return', value: { valid: true } };
        },
      },
    );
    expect(seen[0]).toEqual({
      parcel: { prod: 'R31', 'dest-code': 9511, quantity: 1344 },
      courier: 'UQS',
    });
    expect(r.output).toEqual({
      'ship-date': '2016-03-14T01:59:00Z',
      detail: { 'delivery-partner': 'UQS', shipped: shipped.map(() => ({ valid: true })) },
    });
  });
});

describe('amazon-states-language-errors.md: retriers', () => {
  it('"four retry attempts after waits of 3, 4.5, 6.75 and 10.125 seconds"', async () => {
    const r = await run(
      {
        StartAt: 'X',
        States: {
          X: {
            Type: 'Task',
            Resource: 'arn:aws:states:us-east-1:123456789012:task:X',
            Retry: [
              {
                ErrorEquals: ['States.Timeout'],
                IntervalSeconds: 3,
                MaxAttempts: 4,
                BackoffRate: 1.5,
              },
            ],
            End: true,
          },
        },
      },
      {},
      { taskHandler: () => ({ kind: 'throw', error: 'States.Timeout' }) },
    );
    const delays = r.events
      .filter((e) => e.type === 'StateRetried')
      .map((e) => e.details?.delaySeconds);
    expect(delays).toEqual([3, 4.5, 6.75, 10.125]);
    expect(r).toMatchObject({ status: 'FAILED', error: 'States.Timeout' });
  });

  it('Complex Retry Scenarios: ErrorA, ErrorB, ErrorC, ErrorB → waits 1, 2, 5 then Catch to Z', async () => {
    const errors = ['ErrorA', 'ErrorB', 'ErrorC', 'ErrorB'];
    const r = await run(
      {
        StartAt: 'X',
        States: {
          X: {
            Type: 'Task',
            Resource: 'arn:aws:states:us-east-1:123456789012:task:X',
            Next: 'Y',
            Retry: [
              {
                ErrorEquals: ['ErrorA', 'ErrorB'],
                IntervalSeconds: 1,
                BackoffRate: 2.0,
                MaxAttempts: 2,
              },
              { ErrorEquals: ['ErrorC'], IntervalSeconds: 5 },
            ],
            Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Z' }],
          },
          Y: { Type: 'Pass', End: true },
          Z: { Type: 'Pass', End: true },
        },
      },
      {},
      {
        taskHandler: (inv) => ({
          kind: 'throw',
          error: errors[inv.invocation] ?? 'ErrorB',
          cause: `attempt ${inv.invocation}`,
        }),
      },
    );
    const delays = r.events
      .filter((e) => e.type === 'StateRetried')
      .map((e) => e.details?.delaySeconds);
    expect(delays).toEqual([1, 2, 5]);
    expect(r).toMatchObject({
      status: 'SUCCEEDED',
      output: { Error: 'ErrorB', Cause: 'attempt 3' },
      statesEntered: ['X', 'Z'],
    });
  });

  it('"retry any error except for States.Timeout"', async () => {
    const def = () => ({
      StartAt: 'X',
      States: {
        X: {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke',
          Retry: [
            { ErrorEquals: ['States.Timeout'], MaxAttempts: 0 },
            { ErrorEquals: ['States.ALL'] },
          ],
          End: true,
        },
      },
    });
    const attempts = async (error: string): Promise<number> => {
      let n = 0;
      await run(
        def(),
        {},
        {
          taskHandler: () => {
            n += 1;
            return { kind: 'throw', error };
          },
        },
      );
      return n;
    };
    expect(await attempts('States.Timeout')).toBe(1);
    expect(await attempts('Lambda.Unknown')).toBe(4);
  });
});

describe('transforming-data (JSONata): converting Parameters to Arguments', () => {
  it('JSONPath and JSONata versions produce the same request', async () => {
    const requests: unknown[] = [];
    const taskHandler = (inv: TaskInvocation) => {
      requests.push(inv.input);
      return { kind: 'return' as const, value: {} };
    };
    const machine = (state: Record<string, unknown>) => ({
      StartAt: 'Init',
      States: {
        Init: { Type: 'Pass', Assign: { customerName: 'María' }, Next: 'T' },
        T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true, ...state },
      },
    });
    await run(
      machine({
        QueryLanguage: 'JSONPath',
        Parameters: {
          static: 'Hello',
          'title.$': '$.title',
          'name.$': '$customerName',
          'not-evaluated': '$customerName',
        },
      }),
      { title: 'Doctor' },
      { taskHandler },
    );
    await run(
      machine({
        QueryLanguage: 'JSONata',
        Arguments: {
          static: 'Hello',
          title: '{% $states.input.title %}',
          name: '{% $customerName %}',
          'not-evaluated': '$customerName',
        },
      }),
      { title: 'Doctor' },
      { taskHandler },
    );
    const expected = {
      static: 'Hello',
      title: 'Doctor',
      name: 'María',
      'not-evaluated': '$customerName',
    };
    expect(requests).toEqual([expected, expected]);
  });
});
