/**
 * Executions recorded against AWS by LocalStack's Step Functions test suite
 * (localstack/localstack, `tests/aws/services/stepfunctions/v2/**.snapshot.json`, the
 * definitions in `tests/aws/services/stepfunctions/templates/**`). Each scenario names its
 * snapshot file and test; outputs, errors and causes are AWS's, ARNs/timestamps normalised where
 * the snapshot normalised them.
 */
import { describe, expect, it } from 'vitest';
import type { TaskOutcome } from '../../../../src/run/interpreter/index.ts';
import { run, single } from '../helpers.ts';

const LAMBDA_INVOKE = 'arn:aws:states:::lambda:invoke';
const big = (): TaskOutcome => ({
  kind: 'return',
  value: { StatusCode: 200, Payload: 'a'.repeat(257 * 1024) },
});
const tooBig = (label: string): string =>
  `The state/task '${label}' returned a result with a size exceeding the maximum number of bytes service limit.`;

describe('error_handling/test_states_errors.snapshot.json: States.DataLimitExceeded', () => {
  const invoke = (resource: string, errorEquals: string, handlerName: string) => ({
    StartAt: 'InvokeLambda',
    States: {
      InvokeLambda: {
        Type: 'Task',
        Resource: resource,
        Parameters: { 'FunctionName.$': '$.FunctionName', 'Payload.$': '$.Payload' },
        Next: 'ProcessResult',
        Catch: [{ ErrorEquals: [errorEquals], Next: handlerName }],
      },
      ProcessResult: { Type: 'Pass', End: true },
      [handlerName]: { Type: 'Pass', End: true },
    },
  });
  const input = { FunctionName: 'fn', Payload: null };
  const fnArn = 'arn:aws:lambda:us-east-1:111111111111:function:fn';

  it.each([
    [
      'service lambda, Catch DataLimitExceeded',
      LAMBDA_INVOKE,
      'States.DataLimitExceeded',
      'lambda',
    ],
    ['service lambda, Catch States.ALL', LAMBDA_INVOKE, 'States.ALL', 'lambda'],
    ['legacy Lambda ARN, Catch DataLimitExceeded', fnArn, 'States.DataLimitExceeded', fnArn],
    ['legacy Lambda ARN, Catch States.ALL', fnArn, 'States.ALL', fnArn],
  ])('%s: the oversized result is caught', async (_name, resource, errorEquals, label) => {
    const r = await run(invoke(resource, errorEquals, 'Handle'), input, { taskHandler: big });
    expect(r).toMatchObject({
      status: 'SUCCEEDED',
      output: { Error: 'States.DataLimitExceeded', Cause: tooBig(label) },
    });
    expect(r.statesEntered).toEqual(['InvokeLambda', 'Handle']);
  });

  it('test_start_large_input: a Pass result over 256 KiB fails the execution', async () => {
    const r = await run(
      {
        StartAt: 'State_1',
        States: {
          State_1: { Type: 'Pass', Result: { Arg1: 'a'.repeat(257 * 1024) }, End: true },
        },
      },
      {},
    );
    expect(r).toMatchObject({
      status: 'FAILED',
      error: 'States.DataLimitExceeded',
      cause: tooBig('State_1'),
    });
  });
});

describe('timeouts/test_timeouts.snapshot.json', () => {
  it('test_fixed_timeout_service_lambda: a task over TimeoutSeconds fails with States.Timeout and no cause', async () => {
    const r = await run(
      single({
        Type: 'Task',
        Resource: LAMBDA_INVOKE,
        TimeoutSeconds: 5,
        Parameters: { 'FunctionName.$': '$.FunctionName', 'Payload.$': '$.Payload' },
        End: true,
      }),
      { FunctionName: 'fn', Payload: null },
      { taskHandler: () => ({ kind: 'return', value: {}, durationSeconds: 10 }) },
    );
    expect(r).toMatchObject({ status: 'FAILED', error: 'States.Timeout', cause: null });
  });

  it('test_fixed_timeout_service_lambda_with_path: TimeoutSecondsPath', async () => {
    const r = await run(
      single({
        Type: 'Task',
        Resource: LAMBDA_INVOKE,
        TimeoutSecondsPath: '$.TimeoutSecondsValue',
        Parameters: { 'FunctionName.$': '$.FunctionName', 'Payload.$': '$.Payload' },
        End: true,
      }),
      { TimeoutSecondsValue: 5, FunctionName: 'fn', Payload: null },
      { taskHandler: () => ({ kind: 'hang' }) },
    );
    expect(r).toMatchObject({ status: 'FAILED', error: 'States.Timeout', cause: null });
  });

  it('test_service_lambda_map_timeout: a timed-out iteration fails the Map with States.Timeout', async () => {
    const r = await run(
      {
        StartAt: 'MapWait',
        States: {
          MapWait: {
            Type: 'Map',
            ItemsPath: '$.Inputs',
            Iterator: {
              StartAt: 'LambdaInvoke',
              States: {
                LambdaInvoke: {
                  Type: 'Task',
                  Resource: LAMBDA_INVOKE,
                  TimeoutSeconds: 5,
                  Parameters: { 'FunctionName.$': '$.FunctionName', 'Payload.$': '$.Payload' },
                  End: true,
                },
              },
            },
            End: true,
          },
        },
      },
      { Inputs: Array.from({ length: 4 }, () => ({ FunctionName: 'fn', Payload: null })) },
      { taskHandler: () => ({ kind: 'hang' }) },
    );
    expect(r).toMatchObject({ status: 'FAILED', error: 'States.Timeout', cause: null });
  });

  it('test_global_timeout: DescribeExecution is TIMED_OUT with neither error nor cause', async () => {
    const r = await run({
      TimeoutSeconds: 5,
      StartAt: 'W',
      States: { W: { Type: 'Wait', Seconds: 60, End: true } },
    });
    expect(r).toMatchObject({ status: 'TIMED_OUT', error: null, cause: null });
  });
});

describe('scenarios/test_base_scenarios.snapshot.json: Wait timestamps', () => {
  const invalid = [
    ['NO_T', '2016-12-05 21:29:29Z'],
    ['NO_Z', '2016-12-05T21:29:29'],
    ['INVALID_DATE', '2016-13-05T21:29:29Z'],
    ['INVALID_TIME', '2016-12-05T25:29:29Z'],
    ['INVALID_ISO', '05-12-2016T21:29:29Z'],
  ] as const;

  it.each(invalid)('test_wait_timestamp_path[%s]: States.Runtime', async (_n, value) => {
    const r = await run(
      {
        StartAt: 'WaitUntil',
        States: { WaitUntil: { Type: 'Wait', TimestampPath: '$.TimestampValue', End: true } },
      },
      { TimestampValue: value },
    );
    expect(r).toMatchObject({
      status: 'FAILED',
      error: 'States.Runtime',
      cause: `An error occurred while executing the state 'WaitUntil' (entered at the event id #2). The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: $.TimestampValue == ${value}`,
    });
  });

  it.each(invalid)(
    'test_wait_timestamp_jsonata[%s]: States.QueryEvaluationError',
    async (_n, value) => {
      const r = await run(
        {
          QueryLanguage: 'JSONata',
          StartAt: 'WaitState',
          States: {
            WaitState: { Type: 'Wait', Timestamp: '{% $states.input.TimestampValue %}', End: true },
          },
        },
        { TimestampValue: value },
      );
      expect(r).toMatchObject({
        status: 'FAILED',
        error: 'States.QueryEvaluationError',
        cause: `An error occurred while executing the state 'WaitState' (entered at the event id #2). The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: ${value}`,
      });
    },
  );

  it.each([
    ['SECONDS', '2016-12-05T21:29:29Z'],
    ['NANOSECONDS', '2016-12-05T21:29:29.123456789Z'],
  ])('test_wait_timestamp_path[%s]: succeeds with its input as output', async (_n, value) => {
    const r = await run(
      {
        StartAt: 'WaitUntil',
        States: { WaitUntil: { Type: 'Wait', TimestampPath: '$.TimestampValue', End: true } },
      },
      { TimestampValue: value },
    );
    expect(r).toMatchObject({ status: 'SUCCEEDED', output: { TimestampValue: value } });
  });
});

describe('scenarios/test_base_scenarios.snapshot.json: JSONata Map items', () => {
  const sampling = (value: unknown) => ({
    QueryLanguage: 'JSONata',
    StartAt: 'Start',
    States: {
      Start: { Type: 'Pass', Assign: { ItemsVar: value }, Next: 'MapIterateState' },
      MapIterateState: {
        Type: 'Map',
        Items: '{% $ItemsVar %}',
        ItemProcessor: { StartAt: 'Pass', States: { Pass: { Type: 'Pass', End: true } } },
        End: true,
      },
    },
  });
  it.each([
    ['boolean', true, 'true'],
    ['number', 1, '1'],
    ['string', 'string', '"string"'],
    ['object', { foo: 'bar' }, '{"foo":"bar"}'],
    ['null', null, 'null'],
  ])('test_map_state_items_variable_sampling[%s]', async (type, value, shown) => {
    const r = await run(sampling(value), {});
    expect(r).toMatchObject({
      status: 'FAILED',
      error: 'States.QueryEvaluationError',
      cause: `An error occurred while executing the state 'MapIterateState' (entered at the event id #4). The JSONata expression '$ItemsVar' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was '${type}' for value: ${shown}`,
    });
  });

  const literal = (items: string) => ({
    QueryLanguage: 'JSONata',
    StartAt: 'MapIterateState',
    States: {
      MapIterateState: {
        Type: 'Map',
        Items: items,
        ItemProcessor: { StartAt: 'Pass', States: { Pass: { Type: 'Pass', End: true } } },
        End: true,
      },
    },
  });
  it.each([
    ['number', '1', '1'],
    ['string', "'string'", '"string"'],
    ['boolean', 'true', 'true'],
    ['object', "{'foo': 'bar'}", '{"foo":"bar"}'],
    ['null', 'null', 'null'],
  ])('test_map_state_items_eval_jsonata_fail[%s]', async (type, expr, shown) => {
    const r = await run(literal(`{% ${expr} %}`), {});
    expect(r).toMatchObject({
      status: 'FAILED',
      error: 'States.QueryEvaluationError',
      cause: `An error occurred while executing the state 'MapIterateState' (entered at the event id #2). The JSONata expression '${expr}' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was '${type}' for value: ${shown}`,
    });
  });

  it('test_map_state_items_eval_jsonata_fail[function]', async () => {
    const r = await run(literal('{% $fn := function($x){$x} %}'), {});
    expect(r).toMatchObject({
      status: 'FAILED',
      error: 'States.QueryEvaluationError',
      cause:
        "An error occurred while executing the state 'MapIterateState' (entered at the event id #2). The JSONata expression '$fn := function($x){$x}' specified for the field 'Items' returned an unsupported result type.",
    });
  });

  it.each([
    ['empty', '[]', []],
    ['singleton', '[0]', [0]],
    ['mixed', "[1, 'two', 3]", [1, 'two', 3]],
  ])('test_map_state_items_eval_jsonata[%s]', async (_n, expr, output) => {
    expect(await run(literal(`{% ${expr} %}`), {})).toMatchObject({ status: 'SUCCEEDED', output });
  });

  // templates/scenarios/statemachines/map_state_items.json5: a JSONata Map without Items
  const mapStateItems = {
    QueryLanguage: 'JSONata',
    StartAt: 'Start',
    States: {
      Start: { Type: 'Pass', Output: '{% $states.input.items %}', Next: 'MapIterateState' },
      MapIterateState: {
        Type: 'Map',
        MaxConcurrency: 1,
        ItemProcessor: {
          ProcessorConfig: { Mode: 'INLINE' },
          StartAt: 'Pass',
          States: { Pass: { Type: 'Pass', End: true } },
        },
        End: true,
      },
    },
  };
  it.each([
    ['number', 1, '1'],
    ['string', 'string', '"string"'],
    ['boolean', true, 'true'],
    ['object', { foo: 'bar' }, '{"foo":"bar"}'],
    ['null', null, 'null'],
  ])('test_map_state_items_input_types[%s]', async (_n, items, shown) => {
    expect(await run(mapStateItems, { items })).toMatchObject({
      status: 'FAILED',
      error: 'States.QueryEvaluationError',
      cause: `An error occurred while executing the state 'MapIterateState' (entered at the event id #4). Map state input must be an array but was: ${shown}`,
    });
  });

  it.each([
    ['empty', []],
    ['singleton', [0]],
    ['mixed', [1, 'two', true]],
  ])('test_map_state_items_input_array[%s]', async (_n, items) => {
    expect(await run(mapStateItems, { items })).toMatchObject({
      status: 'SUCCEEDED',
      output: items,
    });
  });
});

describe('scenarios/test_base_scenarios.snapshot.json: Distributed Map tolerance paths', () => {
  const dmap = (field: 'ToleratedFailureCountPath' | 'ToleratedFailurePercentagePath') => ({
    StartAt: 'MapState',
    States: {
      MapState: {
        Type: 'Map',
        ItemsPath: '$.Items',
        [field]:
          field === 'ToleratedFailureCountPath'
            ? '$.ToleratedFailureCount'
            : '$.ToleratedFailurePercentage',
        ItemProcessor: {
          ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
          StartAt: 'HandleItem',
          States: { HandleItem: { Type: 'Pass', End: true } },
        },
        End: true,
      },
    },
  });
  const prefix =
    "An error occurred while executing the state 'MapState' (entered at the event id #2). ";

  it.each([
    [
      {},
      'The ToleratedFailurePercentagePath field refers to value "{}" which is not a valid float: $.ToleratedFailurePercentage',
    ],
    [
      'NoNumber',
      'The ToleratedFailurePercentagePath field refers to value "NoNumber" which is not a valid float: $.ToleratedFailurePercentage',
    ],
    [-1.1, 'ToleratedFailurePercentage must be between 0 and 100.'],
    [-1, 'ToleratedFailurePercentage must be between 0 and 100.'],
    [100.1, 'ToleratedFailurePercentage must be between 0 and 100.'],
  ])('test_map_state_tolerated_failure_percentage_path[%j] fails', async (value, cause) => {
    const r = await run(dmap('ToleratedFailurePercentagePath'), {
      Items: [0],
      ToleratedFailurePercentage: value,
    });
    expect(r).toMatchObject({ status: 'FAILED', error: 'States.Runtime', cause: prefix + cause });
  });

  it.each([0, 1, 1.1, 100])(
    'test_map_state_tolerated_failure_percentage_path[%j] succeeds',
    async (value) => {
      const r = await run(dmap('ToleratedFailurePercentagePath'), {
        Items: [0],
        ToleratedFailurePercentage: value,
      });
      expect(r).toMatchObject({ status: 'SUCCEEDED', output: [0] });
    },
  );

  it.each([
    [
      {},
      'The ToleratedFailureCountPath field refers to value "{}" which is not a valid integer: $.ToleratedFailureCount',
    ],
    [
      'NoNumber',
      'The ToleratedFailureCountPath field refers to value "NoNumber" which is not a valid integer: $.ToleratedFailureCount',
    ],
    [-1, 'ToleratedFailureCount cannot be negative.'],
  ])('test_map_state_tolerated_failure_count_path[%j] fails', async (value, cause) => {
    const r = await run(dmap('ToleratedFailureCountPath'), {
      Items: [0],
      ToleratedFailureCount: value,
    });
    expect(r).toMatchObject({ status: 'FAILED', error: 'States.Runtime', cause: prefix + cause });
  });

  it.each([0, 1])('test_map_state_tolerated_failure_count_path[%j] succeeds', async (value) => {
    const r = await run(dmap('ToleratedFailureCountPath'), {
      Items: [0],
      ToleratedFailureCount: value,
    });
    expect(r).toMatchObject({ status: 'SUCCEEDED', output: [0] });
  });
});

describe('scenarios/test_base_scenarios.snapshot.json: state outputs', () => {
  it('test_parallel_state[PARALLEL_STATE]: one output per branch, in branch order', async () => {
    const pass = (next?: string) => ({ Type: 'Pass', ...(next ? { Next: next } : { End: true }) });
    const r = await run(
      {
        StartAt: 'LoadInput',
        States: {
          LoadInput: { Type: 'Pass', Result: [1, 2, 3, 4], Next: 'ParallelState' },
          ParallelState: {
            Type: 'Parallel',
            End: true,
            Branches: [
              { StartAt: 'Branch1', States: { Branch1: pass() } },
              { StartAt: 'Branch21', States: { Branch21: pass('Branch22'), Branch22: pass() } },
              {
                StartAt: 'Branch31',
                States: {
                  Branch31: pass('Branch32'),
                  Branch32: pass('Branch33'),
                  Branch33: pass(),
                },
              },
            ],
          },
        },
      },
      {},
    );
    expect(r).toMatchObject({
      status: 'SUCCEEDED',
      output: [
        [1, 2, 3, 4],
        [1, 2, 3, 4],
        [1, 2, 3, 4],
      ],
    });
  });

  it('test_choice_aws_docs_scenario[CHOICE_STATE_AWS_SCENARIO]: Not / NumericEquals / And', async () => {
    const def = {
      StartAt: 'ChoiceStateX',
      States: {
        ChoiceStateX: {
          Type: 'Choice',
          Choices: [
            { Not: { Variable: '$.type', StringEquals: 'Private' }, Next: 'Public' },
            { Variable: '$.value', NumericEquals: 0, Next: 'ValueIsZero' },
            {
              And: [
                { Variable: '$.value', NumericGreaterThanEquals: 20 },
                { Variable: '$.value', NumericLessThan: 30 },
              ],
              Next: 'ValueInTwenties',
            },
          ],
          Default: 'DefaultState',
        },
        Public: { Type: 'Pass', End: true },
        ValueIsZero: { Type: 'Pass', End: true },
        ValueInTwenties: { Type: 'Pass', End: true },
        DefaultState: { Type: 'Fail', Cause: 'No Matches!' },
      },
    };
    const privateTwenties = await run(def, { type: 'Private', value: 22 });
    expect(privateTwenties).toMatchObject({
      status: 'SUCCEEDED',
      output: { type: 'Private', value: 22 },
      statesEntered: ['ChoiceStateX', 'ValueInTwenties'],
    });
    const pub = await run(def, { type: 'Public', value: 22 });
    expect(pub.statesEntered).toEqual(['ChoiceStateX', 'Public']);
    // the Default is a Fail with only a Cause: error null (test_fail_cause_jsonata shape)
    expect(await run(def, { type: 'Private', value: 99 })).toMatchObject({
      status: 'FAILED',
      error: null,
      cause: 'No Matches!',
    });
  });

  it('test_map_state_item_selector: ItemSelector sees the effective input and $$.Map.Item', async () => {
    const shipped = [
      { prod: 'R31', 'dest-code': 9511, quantity: 1344 },
      { prod: 'S39', 'dest-code': 9511, quantity: 40 },
      { prod: 'R31', 'dest-code': 9833, quantity: 12 },
      { prod: 'R40', 'dest-code': 9860, quantity: 887 },
      { prod: 'R40', 'dest-code': 9511, quantity: 1220 },
    ];
    const detail = { 'delivery-partner': 'UQS', shipped };
    const r = await run(
      {
        StartAt: 'StartState',
        States: {
          StartState: { Type: 'Pass', Result: { detail }, Next: 'MapState' },
          MapState: {
            Type: 'Map',
            ResultPath: '$.detail.shipped_output',
            InputPath: '$.detail',
            ItemsPath: '$.shipped',
            MaxConcurrency: 1,
            ItemSelector: {
              'original_input.$': '$',
              'iteration_input_value.$': '$$.Map.Item.Value',
              'iteration_index.$': '$$.Map.Item.Index',
              'from_input_constant.$': '$.delivery-partner',
              constant_value: 'HelloWorld',
            },
            ItemProcessor: {
              ProcessorConfig: { Mode: 'INLINE' },
              StartAt: 'HandleItem',
              States: { HandleItem: { Type: 'Pass', End: true } },
            },
            Next: 'Final',
          },
          Final: { Type: 'Pass', End: true },
        },
      },
      {},
    );
    // the iteration inputs recorded in the snapshot (HandleItem's PassStateEntered events)
    const iterations = shipped.map((item, index) => ({
      constant_value: 'HelloWorld',
      iteration_input_value: item,
      from_input_constant: 'UQS',
      iteration_index: index,
      original_input: detail,
    }));
    expect(r).toMatchObject({
      status: 'SUCCEEDED',
      output: { detail: { ...detail, shipped_output: iterations } },
    });
  });

  it('test_map_state_break_condition: a Fail inside an iteration fails the Map and the execution', async () => {
    const r = await run(
      {
        StartAt: 'StartState',
        States: {
          StartState: {
            Type: 'Pass',
            Result: [1, 'Hello', {}, 3.3, 3, 4, 5],
            ResultPath: '$.arr',
            Next: 'MapState',
          },
          MapState: {
            Type: 'Map',
            ResultPath: null,
            InputPath: '$.arr',
            MaxConcurrency: 1,
            ItemProcessor: {
              ProcessorConfig: { Mode: 'INLINE' },
              StartAt: 'Equals3',
              States: {
                Equals3: {
                  Type: 'Choice',
                  Choices: [
                    {
                      And: [
                        { IsPresent: true, Variable: '$' },
                        {
                          And: [
                            { IsNumeric: true, Variable: '$' },
                            { NumericEquals: 3, Variable: '$' },
                          ],
                        },
                      ],
                      Next: 'Break',
                    },
                  ],
                  Default: 'Pass',
                },
                Break: {
                  Type: 'Fail',
                  Error: 'SomeFailure',
                  Cause: "This state machines raises a 'SomeFailure' failure.",
                },
                Pass: { Type: 'Pass', End: true },
              },
            },
            Next: 'Final',
          },
          Final: { Type: 'Pass', End: true },
        },
      },
      {},
    );
    expect(r).toMatchObject({
      status: 'FAILED',
      error: 'SomeFailure',
      cause: "This state machines raises a 'SomeFailure' failure.",
    });
    // the recorded history numbers the sequential (MaxConcurrency 1) iterations the same way
    const ids = r.events
      .filter((e) => e.id !== undefined)
      .map((e) => `${e.id}:${e.type}${e.name === undefined ? '' : `:${e.name}`}`);
    expect(ids.slice(-6)).toEqual([
      '31:StateEntered:Equals3',
      '32:StateExited:Equals3',
      '33:StateEntered:Break',
      '34:MapIterationFailed:MapState',
      '35:MapStateFailed:MapState',
      '36:ExecutionFailed',
    ]);
  });

  it('test_map_state_catch: the iteration error reaches the Map catcher unchanged', async () => {
    const r = await run(
      {
        StartAt: 'StartState',
        States: {
          StartState: { Type: 'Pass', Result: { arr: [1] }, Next: 'MapState' },
          MapState: {
            Type: 'Map',
            ItemsPath: '$.arr',
            ItemProcessor: {
              StartAt: 'HandleItemFail',
              States: {
                HandleItemFail: {
                  Type: 'Fail',
                  Error: 'HandleItemFailError',
                  Cause: 'HandleItemFailCause',
                },
              },
            },
            Catch: [{ ErrorEquals: ['States.ALL'], Next: 'FinalCaught' }],
            Next: 'Final',
          },
          FinalCaught: { Type: 'Pass', End: true },
          Final: { Type: 'Pass', End: true },
        },
      },
      {},
    );
    expect(r).toMatchObject({
      status: 'SUCCEEDED',
      output: { Error: 'HandleItemFailError', Cause: 'HandleItemFailCause' },
      statesEntered: ['StartState', 'MapState', 'HandleItemFail', 'FinalCaught'],
    });
  });

  it('test_map_state_result_writer: the Map result is the Map Run summary', async () => {
    const r = await run(
      {
        StartAt: 'MapState',
        States: {
          MapState: {
            Type: 'Map',
            Label: 'TestMap',
            ItemProcessor: {
              ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
              StartAt: 'HandleItem',
              States: { HandleItem: { Type: 'Pass', End: true } },
            },
            ResultWriter: {
              Resource: 'arn:aws:states:::s3:putObject',
              Parameters: { Bucket: 'result-bucket', Prefix: 'mapJobs' },
            },
            End: true,
          },
        },
      },
      ['Hello', 'World'],
    );
    const output = r.output as { MapRunArn: string; ResultWriterDetails: { Key: string } };
    const runId = /:mapRun:StateMachine\/TestMap:([0-9a-f-]{36})$/.exec(output.MapRunArn)?.[1];
    expect(runId).toBeDefined();
    expect(output).toEqual({
      MapRunArn: output.MapRunArn,
      ResultWriterDetails: { Bucket: 'result-bucket', Key: `mapJobs/${runId}/manifest.json` },
    });
  });
});

describe('scenarios/test_base_scenarios.snapshot.json: JSONata Fail', () => {
  const fail = (field: 'Error' | 'Cause') => ({
    QueryLanguage: 'JSONata',
    StartAt: 'FailState',
    States: { FailState: { Type: 'Fail', [field]: `{% $states.input.${field.toLowerCase()} %}` } },
  });
  it('test_fail_error_jsonata: Error only, cause null', async () => {
    expect(await run(fail('Error'), { error: 'Exception' })).toMatchObject({
      status: 'FAILED',
      error: 'Exception',
      cause: null,
    });
  });
  it('test_fail_cause_jsonata: Cause only, error null', async () => {
    expect(await run(fail('Cause'), { cause: 'This failed to due an Exception.' })).toMatchObject({
      status: 'FAILED',
      error: null,
      cause: 'This failed to due an Exception.',
    });
  });
});

describe('context_object/test_context_object.snapshot.json', () => {
  it('test_input_path[$$]: a Pass state sees Execution, StateMachine and State (no RetryCount)', async () => {
    const r = await run(
      { StartAt: 'TestState', States: { TestState: { Type: 'Pass', InputPath: '$$', End: true } } },
      { 'input-value': 0 },
      { execution: { name: 'exec-1', stateMachineName: 'Machine' } },
    );
    expect(r.output).toStrictEqual({
      Execution: {
        Id: 'arn:aws:states:us-east-1:123456789012:execution:Machine:exec-1',
        Input: { 'input-value': 0 },
        StartTime: '2024-01-01T00:00:00.000Z',
        Name: 'exec-1',
        RoleArn: expect.stringMatching(/^arn:aws:iam::123456789012:role\//),
        RedriveCount: 0,
      },
      StateMachine: {
        Id: 'arn:aws:states:us-east-1:123456789012:stateMachine:Machine',
        Name: 'Machine',
      },
      State: { Name: 'TestState', EnteredTime: '2024-01-01T00:00:00.000Z' },
    });
  });

  it('test_input_path[$$.Execution.Input] and test_output_path[$$.Execution.Input]', async () => {
    for (const field of ['InputPath', 'OutputPath']) {
      const r = await run(
        single({
          Type: 'Pass',
          ...(field === 'OutputPath' ? { Result: 'replaced' } : {}),
          [field]: '$$.Execution.Input',
          End: true,
        }),
        { 'input-value': 0 },
      );
      expect(r.output).toEqual({ 'input-value': 0 });
    }
  });

  it('test_items_path: ItemsPath may read the context object', async () => {
    const r = await run(
      {
        StartAt: 'TestState',
        States: {
          TestState: {
            Type: 'Map',
            ItemsPath: '$$.Execution.Input.input-values',
            ItemProcessor: {
              StartAt: 'HandleItem',
              States: { HandleItem: { Type: 'Pass', End: true } },
            },
            End: true,
          },
        },
      },
      { 'input-values': ['item-0'] },
    );
    expect(r).toMatchObject({ status: 'SUCCEEDED', output: ['item-0'] });
  });
});

describe('intrinsic_functions/*.snapshot.json (math, string, generic)', () => {
  it.each([
    [-9, 3, -6],
    [1.49, 1.5, 3],
    [1.5, 1.51, 4],
    [-1.49, -1.5, -2],
    [1.5, 0, 2],
    [2.5, 0, 3],
    [3.5, 0, 4],
    [-0.5, 0.5, 1],
    [-0.5, 0, 0],
    [-1.5, 0, -1],
    [-2.5, 0, -2],
    [-3.5, 0, -3],
  ])('MathAdd(%j, %j) = %j', async (fst, snd, sum) => {
    const r = await run(
      single({
        Type: 'Pass',
        Parameters: {
          'FunctionResult.$': 'States.MathAdd($.FunctionInput.fst, $.FunctionInput.snd)',
        },
        End: true,
      }),
      { FunctionInput: { fst, snd } },
    );
    expect(r.output).toEqual({ FunctionResult: sum });
  });

  it.each([
    [', , ,', ',', [' ', ' ']],
    [',,,,', ',', []],
    ['1,2,3,4,5', ',', ['1', '2', '3', '4', '5']],
    ['This.is+a,test=string', '.+,=', ['This', 'is', 'a', 'test', 'string']],
    ['split on T and \nnew line', 'T\n', ['split on ', ' and ', 'new line']],
  ])('test_string_operations: StringSplit(%j, %j)', async (fst, snd, result) => {
    const r = await run(
      single({
        Type: 'Pass',
        Parameters: {
          'FunctionResult.$': 'States.StringSplit($.FunctionInput.fst, $.FunctionInput.snd)',
        },
        End: true,
      }),
      { FunctionInput: { fst, snd } },
    );
    expect(r.output).toEqual({ FunctionResult: result });
  });

  it('test_string_split_context_object: splitting $$.Execution.Input keeps newlines, drops empties', async () => {
    const r = await run(
      single({
        Type: 'Pass',
        Parameters: {
          'FunctionResult.$': "States.StringSplit($$.Execution.Input.FunctionInput, ',')",
        },
        End: true,
      }),
      {
        FunctionInput:
          "Value1,Value2,Value3\nValue4,Value5,Value6\n,,,\ntrue,1,'HelloWorld'\nNull,None,\n   \n",
      },
    );
    expect(r.output).toEqual({
      FunctionResult: [
        'Value1',
        'Value2',
        'Value3\nValue4',
        'Value5',
        'Value6\n',
        '\ntrue',
        '1',
        "'HelloWorld'\nNull",
        'None',
        '\n   \n',
      ],
    });
  });

  it('test_format_1: States.Format prints null and numbers as AWS does', async () => {
    for (const [value, text] of [
      ['', ''],
      [' ', ' '],
      ['HelloWorld', 'HelloWorld'],
      [null, 'null'],
      [1, '1'],
      [1.1, '1.1'],
      ['{"Arg1": 1, "Arg2": []}', '{"Arg1": 1, "Arg2": []}'],
    ] as const) {
      const r = await run(
        single({
          Type: 'Pass',
          Parameters: {
            'FunctionResult.$': "States.Format('Formatting argument {}.', $.FunctionInput)",
          },
          End: true,
        }),
        { FunctionInput: value },
      );
      expect(r.output).toEqual({ FunctionResult: `Formatting argument ${text}.` });
    }
  });
});
