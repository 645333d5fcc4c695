/** Variable names, timestamps, `.$` values and query languages (src/asl). */
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_IN_TEXT, replacePlaceholderText } from '../../src/asl/placeholder-name.ts';
import { dollarValueProblem } from '../../src/asl/payload.ts';
import { queryLanguageOf } from '../../src/asl/query-language.ts';
import { isTimestamp, parseTimestamp } from '../../src/asl/timestamp.ts';
import { isVariableName, variableNameProblem } from '../../src/asl/variable-name.ts';

describe('variable names (workflow-variables, "Variable name syntax")', () => {
  it.each(['café', 'x', '_x', 'x1', 'cafe\u0301', 'ℵ', '\u{1D465}', 'x²', 'a'.repeat(80)])(
    'accepts %j',
    (name) => expect(isVariableName(name)).toBe(true),
  );
  it.each([
    ['9lives', 'syntax'],
    ['has space', 'syntax'],
    ['has-dash', 'syntax'],
    ['', 'syntax'],
    ['a.b', 'sub-path'],
    ['a[0]', 'sub-path'],
    ['a'.repeat(81), 'too-long'],
    ['states', 'reserved'],
  ])('refuses %j (%s)', (name, problem) => expect(variableNameProblem(name)).toBe(problem));
});

describe('timestamps', () => {
  // https://docs.aws.amazon.com/step-functions/latest/dg/state-wait.html; LocalStack's recordings
  // of AWS (test_base_scenarios.snapshot.json, test_wait_timestamp_path[INVALID_DATE|INVALID_TIME]).
  it.each([
    '2016-03-14T01:59:00Z',
    '2016-03-14T01:59:00.123456789Z',
    '2016-03-14T01:59:00+01:00',
    '2024-02-29T00:00:00Z',
  ])('accepts %s', (t) => expect(isTimestamp(t)).toBe(true));
  it.each([
    '2016-12-05 21:29:29Z',
    '2016-12-05T21:29:29',
    '2016-13-05T21:29:29Z',
    '2016-12-05T25:29:29Z',
    '05-12-2016T21:29:29Z',
    '2023-02-29T00:00:00Z',
    '2016-12-05t21:29:29z',
  ])('refuses %s', (t) => expect(isTimestamp(t)).toBe(false));
  it('reads the instant in nanoseconds', () => {
    expect(parseTimestamp('1970-01-01T00:00:01.5+00:01')).toBe(-58_500_000_000n);
  });
});

describe('the value of a .$ key', () => {
  it('is a path or an intrinsic call', () => {
    expect(dollarValueProblem('$.a')).toBeUndefined();
    expect(dollarValueProblem("States.Format('{}', $.a)")).toBeUndefined();
    expect(dollarValueProblem('a.b')).toContain('not a JSONPath');
    expect(dollarValueProblem('States.Array(01)')).toContain('not a number');
  });
});

describe('query languages', () => {
  it('reads any value but exactly JSONPath as JSONata (floci#2968)', () => {
    expect(queryLanguageOf(undefined, 'JSONata')).toBe('JSONata');
    expect(queryLanguageOf('JSONPath', 'JSONata')).toBe('JSONPath');
    expect(queryLanguageOf('jsonpath', 'JSONPath')).toBe('JSONata');
  });
});

describe('${Name} in a text: one pattern for every target', () => {
  it('finds plain and dotted names, and leaves ${AWS::Region} and ${1x} alone', () => {
    expect(
      replacePlaceholderText('arn:${P}:s3:::${b.name}/${AWS::Region}/${1x}', (n) => `<${n}>`),
    ).toBe('arn:<P>:s3:::<b.name>/${AWS::Region}/${1x}');
    expect([...'${a.b}${c}'.matchAll(PLACEHOLDER_IN_TEXT)].map((m) => m[1])).toEqual(['a.b', 'c']);
  });
});
