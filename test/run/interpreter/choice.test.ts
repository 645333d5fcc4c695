/** Choice state: operators, …Path variants, And/Or/Not, type tests, StringMatches, errors. */
import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';

function choice(rule: Record<string, unknown>, extra: Record<string, unknown> = {}): unknown {
  return {
    StartAt: 'C',
    States: {
      C: { Type: 'Choice', Choices: [{ ...rule, Next: 'Yes' }], Default: 'No', ...extra },
      Yes: { Type: 'Pass', Result: 'yes', End: true },
      No: { Type: 'Pass', Result: 'no', End: true },
    },
  };
}

async function decide(rule: Record<string, unknown>, input: unknown): Promise<unknown> {
  const r = await run(choice(rule), input);
  if (r.status !== 'SUCCEEDED') throw new Error(`${r.error}: ${r.cause}`);
  return r.output;
}

const input = {
  s: 'hello',
  n: 5,
  f: 5.0,
  b: true,
  z: null,
  t: '2016-03-14T01:59:00Z',
  t2: '2016-03-14T02:59:00+01:00',
  other: { s: 'hello', n: 7, t: '2017-01-01T00:00:00.000Z', b: true },
  list: [1, 2],
};

describe('Choice (JSONPath)', () => {
  it.each([
    [{ Variable: '$.s', StringEquals: 'hello' }, 'yes'],
    [{ Variable: '$.s', StringEquals: 'Hello' }, 'no'],
    [{ Variable: '$.s', StringLessThan: 'world' }, 'yes'],
    [{ Variable: '$.s', StringGreaterThan: 'a' }, 'yes'],
    [{ Variable: '$.s', StringLessThanEquals: 'hello' }, 'yes'],
    [{ Variable: '$.s', StringGreaterThanEquals: 'hellp' }, 'no'],
    [{ Variable: '$.n', NumericEquals: 5 }, 'yes'],
    [{ Variable: '$.f', NumericEquals: 5 }, 'yes'],
    [{ Variable: '$.n', NumericLessThan: 5 }, 'no'],
    [{ Variable: '$.n', NumericGreaterThan: 4.5 }, 'yes'],
    [{ Variable: '$.n', NumericLessThanEquals: 5 }, 'yes'],
    [{ Variable: '$.n', NumericGreaterThanEquals: 6 }, 'no'],
    [{ Variable: '$.b', BooleanEquals: true }, 'yes'],
    [{ Variable: '$.t', TimestampEquals: '2016-03-14T01:59:00.000Z' }, 'yes'],
    [{ Variable: '$.t', TimestampEquals: '$.t2' }, 'no'],
    [{ Variable: '$.t', TimestampLessThan: '2016-03-14T02:00:00Z' }, 'yes'],
    [{ Variable: '$.t2', TimestampEquals: '2016-03-14T01:59:00Z' }, 'yes'],
    [{ Variable: '$.t', TimestampGreaterThan: '2016-03-14T01:58:59Z' }, 'yes'],
    [{ Variable: '$.t', TimestampLessThanEquals: '2016-03-14T01:59:00Z' }, 'yes'],
    [{ Variable: '$.t', TimestampGreaterThanEquals: '2017-01-01T00:00:00Z' }, 'no'],
  ])('%j → %s', async (rule, expected) => {
    expect(await decide(rule, input)).toBe(expected);
  });

  it.each([
    [{ Variable: '$.s', StringEqualsPath: '$.other.s' }, 'yes'],
    [{ Variable: '$.s', StringLessThanPath: '$.other.s' }, 'no'],
    [{ Variable: '$.n', NumericLessThanPath: '$.other.n' }, 'yes'],
    [{ Variable: '$.n', NumericEqualsPath: '$.n' }, 'yes'],
    [{ Variable: '$.n', NumericGreaterThanPath: '$.other.n' }, 'no'],
    [{ Variable: '$.n', NumericLessThanEqualsPath: '$.other.n' }, 'yes'],
    [{ Variable: '$.n', NumericGreaterThanEqualsPath: '$.other.n' }, 'no'],
    [{ Variable: '$.b', BooleanEqualsPath: '$.other.b' }, 'yes'],
    [{ Variable: '$.t', TimestampLessThanPath: '$.other.t' }, 'yes'],
    [{ Variable: '$.t', TimestampGreaterThanPath: '$.other.t' }, 'no'],
    [{ Variable: '$.t', TimestampEqualsPath: '$.t2' }, 'yes'],
    [{ Variable: '$.t', TimestampLessThanEqualsPath: '$.t2' }, 'yes'],
    [{ Variable: '$.t', TimestampGreaterThanEqualsPath: '$.t2' }, 'yes'],
    [{ Variable: '$.s', StringGreaterThanPath: '$.other.s' }, 'no'],
    [{ Variable: '$.s', StringLessThanEqualsPath: '$.other.s' }, 'yes'],
    [{ Variable: '$.s', StringGreaterThanEqualsPath: '$.other.s' }, 'yes'],
  ])('%j → %s', async (rule, expected) => {
    expect(await decide(rule, input)).toBe(expected);
  });

  it.each([
    [{ Variable: '$.z', IsNull: true }, 'yes'],
    [{ Variable: '$.s', IsNull: true }, 'no'],
    [{ Variable: '$.n', IsNumeric: true }, 'yes'],
    [{ Variable: '$.s', IsNumeric: false }, 'yes'],
    [{ Variable: '$.s', IsString: true }, 'yes'],
    [{ Variable: '$.b', IsBoolean: true }, 'yes'],
    [{ Variable: '$.t', IsTimestamp: true }, 'yes'],
    [{ Variable: '$.s', IsTimestamp: true }, 'no'],
    [{ Variable: '$.missing', IsPresent: false }, 'yes'],
    [{ Variable: '$.missing', IsPresent: true }, 'no'],
    [{ Variable: '$.z', IsPresent: true }, 'yes'],
  ])('type test %j → %s', async (rule, expected) => {
    expect(await decide(rule, input)).toBe(expected);
  });

  it('compares different types as false, not as errors', async () => {
    expect(await decide({ Variable: '$.s', NumericEquals: 5 }, input)).toBe('no');
    expect(await decide({ Variable: '$.n', StringEquals: '5' }, input)).toBe('no');
    expect(await decide({ Variable: '$.s', TimestampEquals: '2016-03-14T01:59:00Z' }, input)).toBe(
      'no',
    );
  });

  it('StringMatches with * wildcards and \\* escapes', async () => {
    const m = (value: string, pattern: string) =>
      decide({ Variable: '$.v', StringMatches: pattern }, { v: value });
    expect(await m('log-2024-01.txt', 'log-*.txt')).toBe('yes');
    expect(await m('log.txt', 'log-*.txt')).toBe('no');
    expect(await m('a*b', 'a\\*b')).toBe('yes');
    expect(await m('axb', 'a\\*b')).toBe('no');
    expect(await m('a\\b', 'a\\\\b')).toBe('yes');
    expect(await m('anything', '*')).toBe('yes');
    expect(await m('x.y', 'x.y')).toBe('yes');
    expect(await m('xzy', 'x.y')).toBe('no');
  });

  it('And / Or / Not', async () => {
    const and = {
      And: [
        { Variable: '$.n', NumericGreaterThan: 1 },
        { Variable: '$.s', StringEquals: 'hello' },
      ],
    };
    const or = {
      Or: [
        { Variable: '$.n', NumericGreaterThan: 10 },
        { Not: { Variable: '$.b', BooleanEquals: false } },
      ],
    };
    expect(await decide(and, input)).toBe('yes');
    expect(await decide(or, input)).toBe('yes');
    expect(await decide({ Not: and }, input)).toBe('no');
  });

  it('a missing Variable is States.Runtime with the AWS cause', async () => {
    const r = await run(choice({ Variable: '$.missing', NumericEquals: 1 }), input);
    expect(r.status).toBe('FAILED');
    expect(r.error).toBe('States.Runtime');
    expect(r.cause).toContain(
      "Invalid path '$.missing': The choice state's condition path references an invalid value.",
    );
  });

  it('no match and no Default is States.NoChoiceMatched', async () => {
    const r = await run(
      {
        StartAt: 'C',
        States: {
          C: { Type: 'Choice', Choices: [{ Variable: '$.n', NumericEquals: 1, Next: 'X' }] },
          X: { Type: 'Succeed' },
        },
      },
      input,
    );
    expect(r.status).toBe('FAILED');
    expect(r.error).toBe('States.NoChoiceMatched');
  });

  it('applies InputPath then OutputPath to the output, and reads variables and the context', async () => {
    const r = await run(
      {
        StartAt: 'A',
        States: {
          A: { Type: 'Pass', Assign: { limit: 3 }, Next: 'C' },
          C: {
            Type: 'Choice',
            InputPath: '$.other',
            OutputPath: '$.n',
            Choices: [
              {
                And: [
                  { Variable: '$.n', NumericGreaterThanPath: '$limit' },
                  { Variable: '$$.State.Name', StringEquals: 'C' },
                ],
                Next: 'Yes',
              },
            ],
            Default: 'No',
          },
          Yes: { Type: 'Succeed' },
          No: { Type: 'Fail' },
        },
      },
      input,
    );
    expect(r.status).toBe('SUCCEEDED');
    expect(r.output).toBe(7);
  });

  it('rule Assign on a match, state Assign on Default', async () => {
    const def = {
      StartAt: 'C',
      States: {
        C: {
          Type: 'Choice',
          Choices: [
            { Variable: '$.v', NumericEquals: 42, Assign: { status: 'CORRECT' }, Next: 'F' },
          ],
          Assign: { status: 'INCORRECT', 'guess.$': '$.v' },
          Default: 'F',
        },
        F: { Type: 'Pass', Parameters: { 'result.$': '$status' }, End: true },
      },
    };
    expect((await run(def, { v: 42 })).output).toEqual({ result: 'CORRECT' });
    expect((await run(def, { v: 1 })).output).toEqual({ result: 'INCORRECT' });
  });
});
