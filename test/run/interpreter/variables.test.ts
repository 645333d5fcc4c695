/** Workflow variables: Assign in both languages, evaluation order, scopes, Catcher Assign. */
import { describe, expect, it } from 'vitest';
import { handler, run } from './helpers.ts';

describe('variables (Assign)', () => {
  it('swaps values: Assign evaluates against the variables at state entry (Developer Guide)', async () => {
    const r = await run({
      QueryLanguage: 'JSONata',
      StartAt: 'Init',
      States: {
        Init: { Type: 'Pass', Assign: { x: 1, y: 2 }, Next: 'Swap' },
        Swap: {
          Type: 'Pass',
          Assign: { x: '{% $y %}', y: '{% $x %}' },
          Output: { x: '{% $x %}', y: '{% $y %}' },
          Next: 'Show',
        },
        Show: {
          Type: 'Pass',
          Output: { before: '{% $states.input %}', x: '{% $x %}', y: '{% $y %}' },
          End: true,
        },
      },
    });
    expect(r.output).toEqual({ before: { x: 1, y: 2 }, x: 2, y: 1 });
  });

  it('JSONPath Assign: $ is the result (Pass Result), paths and OutputPath see the old values', async () => {
    const r = await run(
      {
        StartAt: 'State0',
        States: {
          State0: {
            Type: 'Pass',
            Result: { theQuestion: 'What is the answer to life the universe and everything?' },
            Assign: { 'question.$': '$.theQuestion', answer: 42 },
            Next: 'State1',
          },
          State1: {
            Type: 'Pass',
            InputPath: '$answer',
            ResultPath: '$.theAnswer',
            OutputPath: '$answer',
            Assign: { answer: '<omitted>' },
            Next: 'State2',
          },
          State2: {
            Type: 'Pass',
            Parameters: { 'answer.$': '$answer', 'question.$': '$question', 'in.$': '$' },
            End: true,
          },
        },
      },
      {},
    );
    expect(r.status).toBe('SUCCEEDED');
    expect(r.output).toEqual({
      answer: '<omitted>',
      question: 'What is the answer to life the universe and everything?',
      in: 42,
    });
  });

  it('Task Assign sees the result after ResultSelector, together with $$', async () => {
    const r = await run(
      {
        StartAt: 'T',
        States: {
          T: {
            Type: 'Task',
            Resource: 'arn:aws:states:::lambda:invoke',
            ResultSelector: { 'body.$': '$.Payload.body' },
            Assign: { 'body.$': '$.body', 'state.$': '$$.State.Name' },
            ResultPath: null,
            Next: 'P',
          },
          P: { Type: 'Pass', Parameters: { 'b.$': '$body', 's.$': '$state' }, End: true },
        },
      },
      {},
      { taskHandler: handler({ T: { StatusCode: 200, Payload: { body: 'hi' } } }) },
    );
    expect(r.output).toEqual({ b: 'hi', s: 'T' });
  });

  it('branches and iterations read outer variables; their assignments do not leak out', async () => {
    const r = await run(
      {
        StartAt: 'Init',
        States: {
          Init: { Type: 'Pass', Assign: { x: 42 }, Next: 'Par' },
          Par: {
            Type: 'Parallel',
            Branches: [
              {
                StartAt: 'B1',
                States: {
                  B1: { Type: 'Pass', Assign: { inner: 1, 'seen.$': '$x' }, Next: 'B2' },
                  B2: {
                    Type: 'Pass',
                    Parameters: { 'inner.$': '$inner', 'seen.$': '$seen' },
                    End: true,
                  },
                },
              },
            ],
            ResultPath: '$.par',
            Next: 'Map',
          },
          Map: {
            Type: 'Map',
            ItemsPath: '$$.Execution.Input.items',
            ItemProcessor: {
              StartAt: 'I',
              States: {
                I: {
                  Type: 'Pass',
                  Assign: { innerX: 42 },
                  Parameters: { 'outer.$': '$x' },
                  End: true,
                },
              },
            },
            ResultPath: '$.map',
            Next: 'After',
          },
          After: {
            Type: 'Choice',
            Choices: [{ Variable: '$inner', IsPresent: true, Next: 'Leaked' }],
            Default: 'Done',
          },
          Leaked: { Type: 'Fail', Error: 'Leaked' },
          Done: { Type: 'Pass', Parameters: { 'x.$': '$x', 'in.$': '$' }, End: true },
        },
      },
      { items: [1, 2] },
    );
    expect(r.status).toBe('SUCCEEDED');
    expect(r.output).toEqual({
      x: 42,
      in: { items: [1, 2], par: [{ inner: 1, seen: 42 }], map: [{ outer: 42 }, { outer: 42 }] },
    });
  });

  it('a Catcher Assign replaces the state Assign on error (JSONata, $states.errorOutput)', async () => {
    const r = await run(
      {
        StartAt: 'Task',
        States: {
          Task: {
            QueryLanguage: 'JSONata',
            Type: 'Task',
            Assign: { result: 'SUCCESS', other: 'set' },
            Resource: 'arn:aws:states:::lambda:invoke',
            Catch: [
              {
                ErrorEquals: ['States.ALL'],
                Assign: { result: '{% $states.errorOutput %}' },
                Next: 'fallback',
              },
            ],
            End: true,
          },
          fallback: {
            Type: 'Pass',
            Parameters: { 'result.$': '$result', 'other.$': 'States.ArrayLength(States.Array())' },
            End: true,
          },
        },
      },
      {},
      { taskHandler: () => ({ kind: 'throw', error: 'Lambda.Boom', cause: 'bad' }) },
    );
    expect(r.output).toEqual({ result: { Error: 'Lambda.Boom', Cause: 'bad' }, other: 0 });
  });

  it('a JSONPath Catcher Assign sees the error output as $', async () => {
    const r = await run(
      {
        StartAt: 'T',
        States: {
          T: {
            Type: 'Task',
            Resource: 'arn:aws:states:::lambda:invoke',
            Catch: [
              {
                ErrorEquals: ['States.ALL'],
                Assign: { 'err.$': '$.Error' },
                ResultPath: '$.caught',
                Next: 'P',
              },
            ],
            End: true,
          },
          P: { Type: 'Pass', Parameters: { 'err.$': '$err', 'in.$': '$' }, End: true },
        },
      },
      { a: 1 },
      { taskHandler: () => ({ kind: 'throw', error: 'MyError', cause: 'why' }) },
    );
    expect(r.output).toEqual({
      err: 'MyError',
      in: { a: 1, caught: { Error: 'MyError', Cause: 'why' } },
    });
  });

  it('Distributed Map children cannot read outer variables', async () => {
    const r = await run(
      {
        StartAt: 'Init',
        States: {
          Init: { Type: 'Pass', Assign: { secret: 1 }, Next: 'M' },
          M: {
            Type: 'Map',
            ItemProcessor: {
              ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
              StartAt: 'I',
              States: { I: { Type: 'Pass', Parameters: { 'v.$': '$secret' }, End: true } },
            },
            ToleratedFailurePercentage: 100,
            End: true,
          },
        },
      },
      [1],
    );
    expect(r.status).toBe('SUCCEEDED');
    expect(r.output).toEqual([null]);
  });

  it('records assigned variables on StateExited', async () => {
    const r = await run({
      StartAt: 'A',
      States: { A: { Type: 'Pass', Assign: { a: 1 }, End: true } },
    });
    const exited = r.events.find((e) => e.type === 'StateExited');
    expect(exited?.details?.assignedVariables).toEqual({ a: 1 });
  });
});
