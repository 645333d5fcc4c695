/**
 * The interpreter gaps issue 12 lists, each against AWS's behaviour and its source: Wait
 * SecondsPath causes, TimestampPath close to the start time, States.StringToJson of a blank
 * string, escapes in JSONPath bracket names, MaxConcurrencyPath errors, variables in the Map
 * number fields.
 */
import { describe, expect, it } from 'vitest';
import { interpret } from '../../../../src/run/interpreter/index.ts';
import { run, single } from '../helpers.ts';

const prefix = (state: string) =>
  `An error occurred while executing the state '${state}' (entered at the event id #2). `;

describe('Wait SecondsPath (LocalStack SecondsPath, its causes recorded on AWS)', () => {
  const wait = single({ Type: 'Wait', SecondsPath: '$.s', End: true });

  it.each([
    [-1, 'The SecondsPath parameter references a negative value: $.s == -1'],
    [1.5, 'The SecondsPath parameter cannot be parsed as a long value: $.s == 1.5'],
    ['5', 'The SecondsPath parameter cannot be parsed as a long value: $.s == 5'],
    [null, 'The SecondsPath parameter cannot be parsed as a long value: $.s == null'],
  ])('%j fails with States.Runtime and AWS cause', async (s, cause) => {
    const r = await run(wait, { s });
    expect(r).toMatchObject({
      status: 'FAILED',
      error: 'States.Runtime',
      cause: prefix('S') + cause,
    });
  });

  it('an integer waits that long', async () => {
    const r = await run(wait, { s: 3 });
    expect(r.status).toBe('SUCCEEDED');
    expect(r.events.at(-1)?.timestamp).toBe('2024-01-01T00:00:03.000Z');
  });
});

describe('Wait TimestampPath close to the start time', () => {
  // LocalStack's test_wait_timestamppath (validated against AWS) writes the timestamp as the
  // execution starts, `now` or `now + 1 minute`, and AWS succeeds; an execution without a pinned
  // start time starts at the wall clock, as on AWS, instead of a fixed 2024 date from which such
  // a timestamp lay beyond the one-year limit (TIMED_OUT).
  const waitUntil = {
    StartAt: 'WaitUntil',
    States: { WaitUntil: { Type: 'Wait', TimestampPath: '$.start_at', End: true } },
  };
  const stamp = (offsetMs: number) =>
    new Date(Date.now() + offsetMs).toISOString().replace(/\.\d+Z$/, 'Z');

  it.each([
    ['now', 0],
    ['now + 1 minute', 60_000],
    ['two days ago', -2 * 86_400_000],
  ])('%s succeeds', async (_name, offset) => {
    const r = await interpret(waitUntil, { input: { start_at: stamp(offset) } });
    expect(r.status).toBe('SUCCEEDED');
  });

  // "Step Functions considers the time value up to seconds and truncates milliseconds"
  // (https://docs.aws.amazon.com/step-functions/latest/dg/state-wait.html).
  it('truncates the milliseconds of the timestamp', async () => {
    const r = await run(
      { ...waitUntil, TimeoutSeconds: 1 },
      { start_at: '2024-01-01T00:00:01.900Z' },
      { execution: { startTime: '2024-01-01T00:00:00.500Z' } },
    );
    expect(r.status).toBe('SUCCEEDED');
    expect(r.events.at(-1)?.timestamp).toBe('2024-01-01T00:00:01.000Z');
  });
});

describe('States.StringToJson of an empty or blank string', () => {
  // AWS returns null (AWS's results on the executions measured for issue 12): Jackson reads no
  // value from such a text.
  it.each(['', '   ', '\n\t'])('%j is null', async (text) => {
    const r = await run(
      single({ Type: 'Pass', Parameters: { 'v.$': 'States.StringToJson($.t)' }, End: true }),
      { t: text },
    );
    expect(r).toMatchObject({ status: 'SUCCEEDED', output: { v: null } });
  });
});

describe('escapes in JSONPath bracket names (Jayway Utils.unescape)', () => {
  it.each([
    ["$['a\\nb']", 'a\nb'],
    ["$['it\\'s']", "it's"],
    ['$["q\\"q"]', 'q"q'],
    ["$['\\u0041']", 'A'],
    ["$['back\\\\slash']", 'back\\slash'],
  ])('%s reads the key %j', async (path, key) => {
    const r = await run(single({ Type: 'Pass', Parameters: { 'v.$': path }, End: true }), {
      [key]: 1,
    });
    expect(r).toMatchObject({ status: 'SUCCEEDED', output: { v: 1 } });
  });
});

describe('MaxConcurrencyPath (LocalStack MaxConcurrencyPath, its causes recorded on AWS)', () => {
  const map = single({
    Type: 'Map',
    ItemsPath: '$.items',
    MaxConcurrencyPath: '$.mc',
    ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Pass', End: true } } },
    End: true,
  });

  it.each([
    [
      'abc',
      'The MaxConcurrencyPath field refers to value "abc" which is not a valid integer: $.mc',
    ],
    [
      true,
      'The MaxConcurrencyPath field refers to value "true" which is not a valid integer: $.mc',
    ],
    [-1, "Expected non-negative integer for MaxConcurrency, got '-1' instead."],
    ['-3', "Expected non-negative integer for MaxConcurrency, got '-3' instead."],
  ])('%j fails with States.Runtime', async (mc, cause) => {
    const r = await run(map, { items: [1, 2], mc });
    expect(r).toMatchObject({
      status: 'FAILED',
      error: 'States.Runtime',
      cause: prefix('S') + cause,
    });
  });

  it.each([2, 2.7, '3', 0])('%j is read as an integer', async (mc) => {
    const r = await run(map, { items: [1, 2], mc });
    expect(r).toMatchObject({ status: 'SUCCEEDED', output: [1, 2] });
  });
});

describe('variables in MaxConcurrency and ToleratedFailure… fields', () => {
  const processor = { StartAt: 'I', States: { I: { Type: 'Pass', End: true } } };
  it('JSONPath: …Path fields read variables, integer strings included', async () => {
    const def = {
      StartAt: 'A',
      States: {
        A: { Type: 'Pass', Assign: { limit: '2', n: '1', pct: 50 }, Next: 'M' },
        M: {
          Type: 'Map',
          ItemsPath: '$.items',
          MaxConcurrencyPath: '$limit',
          ToleratedFailureCountPath: '$n',
          ToleratedFailurePercentagePath: '$pct',
          ItemProcessor: {
            ...processor,
            ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
          },
          End: true,
        },
      },
    };
    expect(await run(def, { items: [1, 2, 3] })).toMatchObject({
      status: 'SUCCEEDED',
      output: [1, 2, 3],
    });
  });

  it('JSONata: expressions read variables and are read as integers', async () => {
    const def = {
      QueryLanguage: 'JSONata',
      StartAt: 'A',
      States: {
        A: { Type: 'Pass', Assign: { limit: '2', n: 1.9, pct: '10' }, Next: 'M' },
        M: {
          Type: 'Map',
          Items: '{% $states.input.items %}',
          MaxConcurrency: '{% $limit %}',
          ToleratedFailureCount: '{% $n %}',
          ToleratedFailurePercentage: '{% $pct %}',
          ItemProcessor: {
            ...processor,
            ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
          },
          End: true,
        },
      },
    };
    expect(await run(def, { items: [1, 2, 3] })).toMatchObject({
      status: 'SUCCEEDED',
      output: [1, 2, 3],
    });
  });

  it('a variable that is not a number fails with the field named', async () => {
    const def = {
      QueryLanguage: 'JSONata',
      StartAt: 'A',
      States: {
        A: { Type: 'Pass', Assign: { limit: 'many' }, Next: 'M' },
        M: {
          Type: 'Map',
          Items: '{% [1] %}',
          MaxConcurrency: '{% $limit %}',
          ItemProcessor: processor,
          End: true,
        },
      },
    };
    const r = await run(def, {});
    expect(r.status).toBe('FAILED');
    expect(r.cause).toContain("'MaxConcurrency'");
  });
});

describe("'.$' keys in a JSONata Output", () => {
  // AWS runs them as plain keys (its verdict and results on the definitions measured for issue 12).
  it('are plain keys', async () => {
    const r = await run(
      {
        QueryLanguage: 'JSONata',
        StartAt: 'P',
        States: { P: { Type: 'Pass', Output: { 'k.$': '$.x', n: '{% 1 + 1 %}' }, End: true } },
      },
      { x: 1 },
    );
    expect(r).toMatchObject({ status: 'SUCCEEDED', output: { 'k.$': '$.x', n: 2 } });
  });
});
