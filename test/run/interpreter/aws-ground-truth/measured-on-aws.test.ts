/**
 * Behaviour measured on real AWS and published with the measurement: error causes quoted from
 * real executions in GitHub issues and READMEs, and the AWS captures recorded in floci-io/floci's
 * Step Functions issues and tests ("captured from real AWS (us-east-1)", "measured against real
 * AWS with TestState"). Each scenario names its source. Where the source's event id differs (the
 * failing state was entered later in the original workflow), the machine here reproduces the
 * same state at event #2; the wording is what is compared.
 */
import { describe, expect, it } from 'vitest';
import { handler, run, single } from '../helpers.ts';

const prefix = (state: string, id = 2): string =>
  `An error occurred while executing the state '${state}' (entered at the event id #${id}). `;

describe('JSONPath payload templates (causes quoted from real executions)', () => {
  it("aws-samples/serverless-coffee-workshop#56: a missing '.$' path is States.Runtime", async () => {
    const r = await run(
      {
        StartAt: 'Emit - Awaiting Completion TT',
        States: {
          'Emit - Awaiting Completion TT': {
            Type: 'Pass',
            Parameters: { 'orderId.$': '$.detail.orderId' },
            End: true,
          },
        },
      },
      { orderNumber: '10' },
    );
    expect(r).toMatchObject({
      status: 'FAILED',
      error: 'States.Runtime',
      cause:
        prefix('Emit - Awaiting Completion TT') +
        `The JSONPath '$.detail.orderId' specified for the field 'orderId.$' could not be found in the input '{"orderNumber":"10"}'`,
    });
  });

  it('Glue StartJobRun execution history (public repository): the input printed as {}', async () => {
    const r = await run(
      single({
        Type: 'Task',
        Resource: 'arn:aws:states:::glue:startJobRun.sync',
        Parameters: { 'JobName.$': '$.JobName' },
        End: true,
      }),
      {},
      { taskHandler: handler({ S: {} }) },
    );
    expect(r).toMatchObject({
      error: 'States.Runtime',
      cause:
        prefix('S') +
        "The JSONPath '$.JobName' specified for the field 'JobName.$' could not be found in the input '{}'",
    });
  });

  it('floci-io/floci#2521: a deep missing path names the key and the input', async () => {
    const r = await run(
      single({ Type: 'Pass', Parameters: { 'missing.$': '$.nope.deep' }, End: true }),
      { other: 1 },
    );
    expect(r).toMatchObject({
      error: 'States.Runtime',
      cause:
        prefix('S') +
        `The JSONPath '$.nope.deep' specified for the field 'missing.$' could not be found in the input '{"other":1}'`,
    });
  });

  it('floci AslExecutorIntrinsicMissingArgumentTest: "$.items[5]" past the end reads null', async () => {
    const r = await run(single({ Type: 'Pass', Parameters: { 'v.$': '$.items[5]' }, End: true }), {
      items: [1, 2],
    });
    expect(r).toMatchObject({ status: 'SUCCEEDED', output: { v: null } });
  });
});

describe('intrinsic arguments that match nothing (captured from real AWS us-east-1)', () => {
  // floci-io/floci src/test/.../AslExecutorIntrinsicMissingArgumentTest.java; the first wording
  // is also quoted from a real execution in a CDK construct's README (States.Array).
  const cases: ReadonlyArray<readonly [string, unknown, string]> = [
    ["States.Format('{}', $.nope)", { other: 1 }, '$.nope'],
    ["States.Format('{}',$.nope)", { other: 1 }, '$.nope'],
    ["States.Format('{} {}', $.other, $.a.b)", { other: 1 }, '$.a.b'],
    ['States.Format($.nope, 1)', { other: 1 }, '$.nope'],
    ["States.Format('{}', States.Format('{}', $.nope))", { other: 1 }, '$.nope'],
    ['States.ArrayLength($.nope)', { other: 1 }, '$.nope'],
    ['States.Array(1, $.nope)', { other: 1 }, '$.nope'],
    ['States.JsonToString($.nope)', { other: 1 }, '$.nope'],
    ['States.StringToJson($.nope)', { other: 1 }, '$.nope'],
    ['States.MathAdd($.nope, 1)', { other: 1 }, '$.nope'],
    ['States.ArrayContains($.nope, 1)', { other: 1 }, '$.nope'],
    ['States.JsonMerge($.nope, $.other, false)', { other: 1 }, '$.nope'],
    ["States.Format('{}', $.items[5])", { items: [1, 2] }, '$.items[5]'],
    ["States.Format('{}', $.items[5].x)", { items: [1] }, '$.items[5].x'],
    ["States.Format('{}', $$.Nope.Deep)", { other: 1 }, '$.Nope.Deep'],
    ['States.Array($.optionalProperty)', { requiredProperty: 1 }, '$.optionalProperty'],
  ];
  it.each(cases)('%s', async (expression, input, shown) => {
    const r = await run(
      single({ Type: 'Pass', Parameters: { 'v.$': expression }, End: true }),
      input,
    );
    expect(r).toMatchObject({
      status: 'FAILED',
      error: 'States.Runtime',
      cause:
        prefix('S') +
        `The function '${expression}' had the following error: The JsonPath argument for the field '${shown}' could not be found in the input '${JSON.stringify(input)}'`,
    });
  });

  it('an explicit null argument is a value; a wildcard matching nothing is []', async () => {
    const r = await run(
      single({
        Type: 'Pass',
        Parameters: {
          'n.$': "States.Format('{}', $.nul)",
          'len.$': 'States.ArrayLength($.items[*].nope)',
          'all.$': 'States.JsonToString($)',
          'tpl.$': 'States.Format($.tpl, 1)',
        },
        End: true,
      }),
      { nul: null, items: [1, 2], tpl: 'n={}' },
    );
    expect(r.output).toEqual({
      n: 'null',
      len: 0,
      all: '{"nul":null,"items":[1,2],"tpl":"n={}"}',
      tpl: 'n=1',
    });
  });
});

describe('JSONata: Step Functions functions (floci-io/floci#2662, #2676, measured on AWS)', () => {
  const jsonata = { QueryLanguage: 'JSONata' };
  const value = async (expr: string): Promise<unknown> => {
    const r = await run(
      single({ Type: 'Pass', Output: { r: `{% ${expr} %}` }, End: true }, jsonata),
      {},
    );
    if (r.status !== 'SUCCEEDED') throw new Error(`${r.error}: ${r.cause}`);
    return (r.output as { r: unknown }).r;
  };

  it.each([
    ['$parse(\'{"a":1}\').a', 1],
    [
      '$partition([1,2,3,4], 2)',
      [
        [1, 2],
        [3, 4],
      ],
    ],
    ['$range(0, 6, 2)', [0, 2, 4, 6]],
    ["$hash('input', 'SHA-1')", '140f86aae51ab9e1cda9b4254fe98a74eb54c1a1'],
    ['$random(42)', 0.7275636800328681],
    ['$range(-1.7, 2, 1)', [-1, 0, 1, 2]],
    ['$count($range(1, 200000, 1))', 200000],
    ['$partition([1,2,3,4,5], 2.9)', [[1, 2], [3, 4], [5]]],
    ['$range(3, 3, 1)', 3],
  ])('%s', async (expr, expected) => {
    expect(await value(expr)).toEqual(expected);
  });

  it.each([
    '$partition([1,2,3], 0)',
    '$partition([], 2)',
    '$range(0, 10)',
    '$range(5, 1, 1)',
    "$hash('abc')",
  ])('%s evaluates to undefined, which fails the field', async (expr) => {
    const r = await run(
      single({ Type: 'Pass', Output: { r: `{% ${expr} %}` }, End: true }, jsonata),
      {},
    );
    expect(r).toMatchObject({
      status: 'FAILED',
      error: 'States.QueryEvaluationError',
      cause:
        prefix('S') +
        `The JSONata expression '${expr}' specified for the field 'Output/r' returned nothing (undefined).`,
    });
  });

  it('$uuid() is a v4 UUID (value normalised)', async () => {
    expect(await value('$uuid()')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});

describe('JSONata failures: AWS sentence and JSONata message (floci-io/floci#2736, #2737, #2668)', () => {
  const jsonata = { QueryLanguage: 'JSONata' };
  const fails = async (expr: string): Promise<{ error: string | null; cause: string | null }> => {
    const r = await run(
      single({ Type: 'Pass', Output: { r: `{% ${expr} %}` }, End: true }, jsonata),
      {},
    );
    expect(r.status).toBe('FAILED');
    return { error: r.error, cause: r.cause };
  };
  const sentence = (expr: string): string =>
    prefix('S') +
    `The JSONata expression '${expr}' specified for the field 'Output/r' threw an error during evaluation`;

  it.each([
    ['$eval("1+1")', 'T1006: Attempted to invoke a non-function'],
    [
      "$split('a','b',-1)",
      'D3020: Third argument of split function must evaluate to a positive number',
    ],
    ['$sqrt(-1)', 'D3060: The sqrt function cannot be applied to a negative number: -1'],
    ['1 + {}', 'T2002: The right side of the "+" operator must evaluate to a number'],
    ["$sum(['a'])", 'T0412: Argument 1 of function "sum" must be an array of "numbers"'],
    ['$parse(null)', 'T0410: Argument 1 of function "parse" does not match function signature'],
  ])('%s', async (expr, message) => {
    expect(await fails(expr)).toEqual({
      error: 'States.QueryEvaluationError',
      cause: `${sentence(expr)}. ${message}`,
    });
  });

  it('$range over 360,145 items hits the memory limit (a message without a code: ": ")', async () => {
    expect(await value360k()).toBe(360145);
    const expr = '$range(1, 360146, 1)';
    expect(await fails(expr)).toEqual({
      error: 'States.QueryEvaluationError',
      cause: `${sentence(expr)}: Expression evaluation memory limit exceeded: Check for excessive memory usage`,
    });
  });

  async function value360k(): Promise<unknown> {
    const r = await run(
      single({ Type: 'Pass', Output: '{% $count($range(1, 360145, 1)) %}', End: true }, jsonata),
      {},
    );
    return r.output;
  }
});

describe('JSONata: the field named in causes (floci-io/floci#2689, measured on AWS)', () => {
  const missing = '$states.input.missing';
  const nothing = (field: string, state = 'S'): string =>
    prefix(state) +
    `The JSONata expression '${missing}' specified for the field '${field}' returned nothing (undefined).`;
  const jsonata = { QueryLanguage: 'JSONata' };
  const expr = `{% ${missing} %}`;

  it.each([
    ['Output', { v: expr }, 'Output/v'],
    ['Output', { a: { b: expr } }, 'Output/a/b'],
    ['Output', expr, 'Output'],
    ['Output', { values: [expr, 1] }, 'Output/values[0]'],
    ['Output', { a: { b: [[1, expr]] } }, 'Output/a/b[0][1]'],
    ['Assign', { x: { y: expr } }, 'Assign/x/y'],
    ['Assign', { x: expr }, 'Assign/x'],
  ])('Pass %s %j → %s', async (field, template, name) => {
    const r = await run(single({ Type: 'Pass', [field]: template, End: true }, jsonata), {});
    expect(r).toMatchObject({ error: 'States.QueryEvaluationError', cause: nothing(name) });
  });

  it('Task Arguments: Arguments/MessageGroupId, before the request is sent', async () => {
    let called = false;
    const r = await run(
      single(
        {
          Type: 'Task',
          Resource: 'arn:aws:states:::sqs:sendMessage',
          Arguments: { QueueUrl: 'q', MessageBody: 'b', MessageGroupId: expr },
          End: true,
        },
        jsonata,
      ),
      {},
      {
        taskHandler: () => {
          called = true;
          return { kind: 'return', value: {} };
        },
      },
    );
    expect(called).toBe(false);
    expect(r.cause).toBe(nothing('Arguments/MessageGroupId'));
  });

  it('umccr execution (public repository): Arguments/Input/pushLocation', async () => {
    const r = await run(
      single(
        {
          Type: 'Task',
          Resource: 'arn:aws:states:::states:startExecution.sync:2',
          Arguments: { Input: { pushLocation: '{% $states.input.pushLocation %}' } },
          End: true,
        },
        jsonata,
      ),
      {},
      { taskHandler: handler({ S: {} }) },
    );
    expect(r).toMatchObject({
      error: 'States.QueryEvaluationError',
      cause:
        prefix('S') +
        "The JSONata expression '$states.input.pushLocation' specified for the field 'Arguments/Input/pushLocation' returned nothing (undefined).",
    });
  });

  const choice = (rules: unknown[]) => ({
    QueryLanguage: 'JSONata',
    StartAt: 'C',
    States: {
      C: { Type: 'Choice', Choices: rules, Default: 'D' },
      T: { Type: 'Succeed' },
      D: { Type: 'Succeed' },
    },
  });
  it('Choices[1]/Condition fails instead of taking the Default', async () => {
    const r = await run(
      choice([
        { Condition: '{% false %}', Next: 'T' },
        { Condition: expr, Next: 'T' },
      ]),
      {},
    );
    expect(r.cause).toBe(nothing('Choices[1]/Condition', 'C'));
  });

  it("a matched rule's own Output and Assign: Choices[1]/Output/v, Choices[0]/Assign/x", async () => {
    const out = await run(
      choice([
        { Condition: '{% false %}', Next: 'T' },
        { Condition: '{% true %}', Output: { v: expr }, Next: 'T' },
      ]),
      {},
    );
    expect(out.cause).toBe(nothing('Choices[1]/Output/v', 'C'));
    const assign = await run(
      choice([{ Condition: '{% true %}', Assign: { x: expr }, Next: 'T' }]),
      {},
    );
    expect(assign.cause).toBe(nothing('Choices[0]/Assign/x', 'C'));
  });

  it("a matching catcher's Output: Catch[1]/Output/v", async () => {
    const r = await run(
      {
        QueryLanguage: 'JSONata',
        StartAt: 'T',
        States: {
          T: {
            Type: 'Task',
            Resource: 'arn:aws:states:::lambda:invoke',
            Catch: [
              { ErrorEquals: ['Other'], Next: 'H' },
              { ErrorEquals: ['States.ALL'], Output: { v: expr }, Next: 'H' },
            ],
            End: true,
          },
          H: { Type: 'Succeed' },
        },
      },
      {},
      { taskHandler: () => ({ kind: 'throw', error: 'Boom', cause: 'x' }) },
    );
    expect(r).toMatchObject({
      error: 'States.QueryEvaluationError',
      cause: nothing('Catch[1]/Output/v', 'T'),
    });
  });

  it('an explicit null is a value: it keeps its key', async () => {
    const r = await run(
      single(
        { Type: 'Pass', Output: { v: '{% $states.input.bar %}', w: ['{% null %}', 1] }, End: true },
        jsonata,
      ),
      { bar: null },
    );
    expect(r.output).toEqual({ v: null, w: [null, 1] });
  });
});

describe('ResultPath that cannot be applied (aws/aws-cdk#29473, quoted from an execution)', () => {
  it('a non-object input: "Unable to apply ReferencePath … to input …"', async () => {
    const r = await run(
      single({ Type: 'Pass', Result: { ok: true }, ResultPath: '$.partitioned', End: true }),
      '{"min_size":10000,"max_partitions":100,"batch_size":100}',
    );
    expect(r).toMatchObject({
      status: 'FAILED',
      error: 'States.ResultPathMatchFailure',
      cause:
        prefix('S') +
        'Unable to apply ReferencePath $.partitioned to input "{\\"min_size\\":10000,\\"max_partitions\\":100,\\"batch_size\\":100}"',
    });
  });
});
