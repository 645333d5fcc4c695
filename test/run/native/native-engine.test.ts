import { describe, expect, it } from 'vitest';
import {
  createNativeEngine,
  type InterpretFunction,
} from '../../../src/run/native/native-engine.ts';
import type { InterpretOptions } from '../../../src/run/interpreter/types.ts';
import type { MockConfigFile } from '../../../src/run/mocks/mock-config.ts';

const definition = {
  StartAt: 'T',
  States: { T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } },
};
const mocks: MockConfigFile = {
  StateMachines: { M: { TestCases: { C: { T: 'R' } } } },
  MockedResponses: { R: { '0': { Throw: { Error: 'E', Cause: 'c' } }, '1': { Return: { v: 1 } } } },
};
const request = { definition, input: { x: 1 }, mocks, stateMachineName: 'M', testCase: 'C' };

/** A stand-in interpreter that calls the task handler `calls` times and succeeds with the last result. */
function fakeInterpreter(calls: number) {
  const seen: InterpretOptions[] = [];
  const interpret: InterpretFunction = async (_definition, options) => {
    seen.push(options);
    let last: unknown = null;
    for (let i = 0; i < calls; i++) {
      last = await options.taskHandler?.({
        stateName: 'T',
        resource: 'arn:aws:states:::lambda:invoke',
        input: options.input,
        invocation: i,
        retryCount: i,
        context: {} as never,
      });
    }
    return {
      status: 'SUCCEEDED',
      output: last,
      error: null,
      cause: null,
      statesEntered: ['T'],
      events: [],
    };
  };
  return { interpret, seen };
}

describe('the native engine adapter', () => {
  it('passes the request to the interpreter and serves Task states from the mocks', async () => {
    const fake = fakeInterpreter(2);
    const engine = createNativeEngine({ interpret: fake.interpret });
    const outcome = await engine.run({
      ...request,
      executionName: 'e',
      type: 'EXPRESS',
      time: 'real',
    });
    expect(outcome).toStrictEqual({
      kind: 'ran',
      result: {
        status: 'SUCCEEDED',
        output: { kind: 'return', value: { v: 1 } },
        error: null,
        cause: null,
        statesEntered: ['T'],
        events: [],
      },
    });
    expect(fake.seen[0]).toMatchObject({
      input: { x: 1 },
      execution: { name: 'e', stateMachineName: 'M' },
      time: 'real',
      type: 'EXPRESS',
    });
  });

  it('defaults to virtual time, STANDARD and fixed names', async () => {
    const fake = fakeInterpreter(0);
    await createNativeEngine({ interpret: fake.interpret }).run({
      definition: { StartAt: 'P', States: {} },
      input: {},
    });
    expect(fake.seen[0]).toMatchObject({
      time: 'virtual',
      type: 'STANDARD',
      execution: { name: 'aslc-execution', stateMachineName: 'StateMachine' },
    });
  });

  it('reports an invocation beyond the mocked ones as an error, not as a result', async () => {
    const engine = createNativeEngine({ interpret: fakeInterpreter(3).interpret });
    await expect(engine.run(request)).rejects.toMatchObject({
      code: 'IncompleteMock',
      message:
        "mocked response 'R' has no entry for invocation 2 of state 'T' (retries count as invocations)",
    });
  });

  it('refuses a Task without a mock before running; interpreter crashes stay internal errors', async () => {
    const fake = fakeInterpreter(0);
    await expect(
      createNativeEngine({ interpret: fake.interpret }).run({ definition, input: {} }),
    ).rejects.toMatchObject({
      code: 'TaskWithoutMock',
    });
    expect(fake.seen).toStrictEqual([]);
    const crash: InterpretFunction = async () => {
      throw new TypeError('boom');
    };
    await expect(
      createNativeEngine({ interpret: crash }).run({
        definition: { StartAt: 'P', States: {} },
        input: {},
      }),
    ).rejects.toThrow(TypeError); // not an AslcError: the CLI reports "aslc: internal error: …"
  });

  it('runs the real interpreter: JSONata and variables, virtual time', async () => {
    const engine = createNativeEngine();
    const outcome = await engine.run({
      definition: {
        QueryLanguage: 'JSONata',
        TimeoutSeconds: 10,
        StartAt: 'A',
        States: {
          A: { Type: 'Pass', Assign: { n: '{% $states.input.n %}' }, Next: 'W' },
          W: { Type: 'Wait', Seconds: 5, Next: 'B' },
          B: {
            Type: 'Pass',
            Output: { doubled: '{% $n * 2 %}', at: '{% $states.context.State.EnteredTime %}' },
            End: true,
          },
        },
      },
      input: { n: 21 },
    });
    // The execution starts at the wall clock (as on AWS); the Wait moves the virtual clock 5 s.
    expect(outcome).toMatchObject({
      kind: 'ran',
      result: { status: 'SUCCEEDED', output: { doubled: 42 }, statesEntered: ['A', 'W', 'B'] },
    });
    const events = outcome.kind === 'ran' ? outcome.result.events : [];
    const started = Date.parse(events[0]?.timestamp ?? '');
    const at = outcome.kind === 'ran' ? (outcome.result.output as { at: string }).at : '';
    expect(Date.parse(at) - started).toBe(5000);
    expect(Math.abs(started - Date.now())).toBeLessThan(60_000);
  });
});

describe('Distributed Map ItemReaders on the native engine', () => {
  const definition = {
    StartAt: 'M',
    States: {
      M: {
        Type: 'Map',
        ItemReader: {
          Resource: 'arn:aws:states:::s3:getObject',
          ReaderConfig: { InputType: 'JSON' },
          Parameters: { Bucket: 'b', Key: 'k.json' },
        },
        ItemProcessor: {
          ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
          StartAt: 'P',
          States: { P: { Type: 'Pass', End: true } },
        },
        End: true,
      },
    },
  };

  it('reads the items from a stateful service', async () => {
    const { createInMemoryS3 } = await import('../../../src/run/mocks/in-memory-s3.ts');
    const outcome = await createNativeEngine().run({
      definition,
      input: {},
      services: [createInMemoryS3({ objects: { 's3://b/k.json': [{ a: 1 }, { a: 2 }] } })],
    });
    expect(outcome).toMatchObject({
      kind: 'ran',
      result: { status: 'SUCCEEDED', output: [{ a: 1 }, { a: 2 }] },
    });
    const missing = await createNativeEngine().run({
      definition,
      input: {},
      services: [createInMemoryS3()],
    });
    expect(missing).toMatchObject({
      kind: 'ran',
      result: {
        status: 'FAILED',
        error: 'States.ItemReaderFailed',
        cause: 'the in-memory S3 has no object s3://b/k.json',
      },
    });
  });

  it('refuses an ItemReader that nothing serves, before running', async () => {
    await expect(createNativeEngine().run({ definition, input: {} })).rejects.toMatchObject({
      code: 'ItemReaderWithoutMock',
      message:
        "Map state 'M' reads its items from arn:aws:states:::s3:getObject, which no stateful service serves",
    });
  });
});
