/**
 * Differential test: JSONPath definitions run on the native interpreter and on
 * aws-local-stepfunctions 3.0.0 must give the same status, output and error name.
 *
 * Known divergences (excluded here, covered by unit tests against AWS's documented behaviour):
 * - a Fail state without Error: AWS reports error null, the oracle `FailStateError`;
 * - indefinite paths with exactly one match: Jayway (AWS) returns a one-element array,
 *   jsonpath-plus (`wrap: false`) sometimes the bare element;
 * - `States.StringSplit` with several delimiter characters or empty pieces, `States.Format` with
 *   backslash escapes, `States.ArrayGetItem` out of range (oracle: null; AWS: an error);
 * - ResultPath through a non-object (AWS: States.ResultPathMatchFailure; oracle overwrites);
 * - causes: the oracle words them differently, so only error names are compared;
 * - `$$.State.*`, `$$.Execution.StartTime`: the oracle's context is static;
 * - an explicit `ResultPath: "$"` on a non-Pass state: the oracle adds a key named "$" to the
 *   input instead of replacing it;
 * - a Map whose ItemsPath matches nothing: AWS (and the native interpreter) report
 *   States.ReferencePathConflict, the oracle States.Runtime;
 * - a Pass state with a falsy `Result` (0, false, "", null): the oracle ignores it and passes the
 *   input on (its PassStateAction tests `if (Result)`); AWS uses the value.
 */
import { describe, expect, it } from 'vitest';
import type { OracleTask } from './oracle.ts';
import { namedError, runNative, runOracle } from './oracle.ts';

interface Case {
  readonly name: string;
  readonly definition: unknown;
  readonly input: unknown;
  readonly tasks?: Record<string, OracleTask>;
}

const CASES: Case[] = [
  {
    name: 'Pass chain with Parameters, Result, ResultPath, OutputPath',
    definition: {
      StartAt: 'A',
      States: {
        A: {
          Type: 'Pass',
          Parameters: { 'who.$': '$.name', fixed: [1, { x: true }] },
          ResultPath: '$.params',
          Next: 'B',
        },
        B: { Type: 'Pass', Result: { v: 1 }, ResultPath: '$.res', Next: 'C' },
        C: {
          Type: 'Pass',
          InputPath: '$.params',
          ResultPath: null,
          OutputPath: '$.fixed',
          End: true,
        },
      },
    },
    input: { name: 'x' },
  },
  {
    name: 'Task with InputPath, ResultSelector, ResultPath, OutputPath',
    definition: {
      StartAt: 'T',
      States: {
        T: {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke',
          InputPath: '$.lambda',
          Parameters: { FunctionName: 'f', 'Payload.$': '$' },
          ResultSelector: { 'body.$': '$.Payload.body', status: 'done' },
          ResultPath: '$.data.result',
          OutputPath: '$.data',
          End: true,
        },
      },
    },
    input: { lambda: { who: 'me' }, data: { val: 1 } },
    tasks: {
      T: (i) => ({
        StatusCode: 200,
        Payload: { body: `hello ${(i as { Payload: { who: string } }).Payload.who}` },
      }),
    },
  },
  {
    name: 'Choice with every operator family',
    definition: {
      StartAt: 'C',
      States: {
        C: {
          Type: 'Choice',
          Choices: [
            {
              And: [
                { Variable: '$.n', NumericGreaterThanEquals: 10 },
                { Variable: '$.s', StringMatches: 'ab*' },
              ],
              Next: 'Big',
            },
            {
              Or: [
                { Variable: '$.b', BooleanEquals: true },
                { Not: { Variable: '$.t', TimestampLessThan: '2020-01-01T00:00:00Z' } },
              ],
              Next: 'Mid',
            },
            { Variable: '$.z', IsNull: true, Next: 'Null' },
            { Variable: '$.n', NumericLessThanPath: '$.limit', Next: 'Small' },
          ],
          Default: 'Other',
        },
        Big: { Type: 'Pass', Result: 'big', End: true },
        Mid: { Type: 'Pass', Result: 'mid', End: true },
        Null: { Type: 'Pass', Result: 'null', End: true },
        Small: { Type: 'Pass', Result: 'small', End: true },
        Other: { Type: 'Pass', Result: 'other', End: true },
      },
    },
    input: { n: 3, s: 'abc', b: false, t: '2019-05-05T00:00:00Z', z: 1, limit: 5 },
  },
  {
    name: 'Parallel with ResultSelector and ResultPath',
    definition: {
      StartAt: 'P',
      States: {
        P: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'A', States: { A: { Type: 'Pass', InputPath: '$.x', End: true } } },
            {
              StartAt: 'B',
              States: {
                B: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true },
              },
            },
          ],
          ResultSelector: { 'a.$': '$[0]', 'b.$': '$[1].doubled' },
          ResultPath: '$.par',
          End: true,
        },
      },
    },
    input: { x: 21 },
    tasks: { B: (i) => ({ doubled: (i as { x: number }).x * 2 }) },
  },
  {
    name: 'Map with ItemsPath, ItemSelector and $$.Map.Item',
    definition: {
      StartAt: 'M',
      States: {
        M: {
          Type: 'Map',
          ItemsPath: '$.items',
          MaxConcurrency: 1,
          ItemSelector: {
            'value.$': '$$.Map.Item.Value',
            'index.$': '$$.Map.Item.Index',
            'tag.$': '$.tag',
          },
          ItemProcessor: {
            StartAt: 'Double',
            States: {
              Double: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true },
            },
          },
          ResultPath: '$.out',
          End: true,
        },
      },
    },
    input: { items: [1, 2, 3], tag: 't' },
    tasks: { Double: (i) => ({ ...(i as object), doubled: (i as { value: number }).value * 2 }) },
  },
  {
    name: 'intrinsic functions',
    definition: {
      StartAt: 'I',
      States: {
        I: {
          Type: 'Pass',
          Parameters: {
            'format.$': "States.Format('Hello {} and {}', $.name, $.n)",
            'json.$': 'States.StringToJson($.text)',
            'text.$': 'States.JsonToString($.obj)',
            'array.$': 'States.Array($.n, $.name, 3)',
            'parts.$': 'States.ArrayPartition($.list, 2)',
            'contains.$': 'States.ArrayContains($.list, 3)',
            'range.$': 'States.ArrayRange(1, 9, 2)',
            'item.$': 'States.ArrayGetItem($.list, 1)',
            'length.$': 'States.ArrayLength($.list)',
            'unique.$': 'States.ArrayUnique($.dups)',
            'b64.$': 'States.Base64Encode($.name)',
            'unb64.$': "States.Base64Decode('RGF0YSB0byBlbmNvZGU=')",
            'hash.$': "States.Hash($.name, 'SHA-256')",
            'merged.$': 'States.JsonMerge($.obj, $.obj2, false)',
            'sum.$': 'States.MathAdd($.n, 10)',
            'split.$': "States.StringSplit('a,b,c', ',')",
            'nested.$': 'States.ArrayLength(States.Array(1, 2, 3))',
          },
          End: true,
        },
      },
    },
    input: {
      name: 'Ann',
      n: 5,
      text: '{"k":[1,2]}',
      obj: { a: 1, b: { c: 2 } },
      obj2: { b: 3 },
      list: [1, 2, 3, 4, 5],
      dups: [1, 1, 2, 'x', 'x'],
    },
  },
  {
    name: 'Retry then Catch with ResultPath',
    definition: {
      StartAt: 'T',
      States: {
        T: {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke',
          Retry: [{ ErrorEquals: ['Flaky'], MaxAttempts: 2, IntervalSeconds: 1 }],
          Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Handled' }],
          End: true,
        },
        Handled: { Type: 'Pass', End: true },
      },
    },
    input: { a: 1 },
    tasks: {
      T: () => {
        throw namedError('Flaky', 'always');
      },
    },
  },
  {
    name: 'Fail with Error and Cause',
    definition: {
      StartAt: 'F',
      States: { F: { Type: 'Fail', Error: 'Custom.Error', Cause: 'because' } },
    },
    input: {},
  },
  {
    name: 'Fail with ErrorPath and CausePath',
    definition: {
      StartAt: 'F',
      States: { F: { Type: 'Fail', ErrorPath: '$.e', CausePath: '$.c' } },
    },
    input: { e: 'E1', c: 'C1' },
  },
  {
    name: 'Wait then Succeed with InputPath/OutputPath',
    definition: {
      StartAt: 'W',
      States: {
        W: { Type: 'Wait', Seconds: 10, InputPath: '$.a', Next: 'S' },
        S: { Type: 'Succeed', OutputPath: '$.b' },
      },
    },
    input: { a: { b: [1, 2] } },
  },
  {
    name: 'filter and wildcard paths with several matches',
    definition: {
      StartAt: 'P',
      States: {
        P: {
          Type: 'Pass',
          Parameters: {
            'cheap.$': '$.items[?(@.price < 10)].name',
            'all.$': '$.items[*].price',
            'last.$': '$.items[-1:]',
            'first.$': '$.items[0].name',
          },
          End: true,
        },
      },
    },
    input: {
      items: [
        { name: 'a', price: 5 },
        { name: 'b', price: 15 },
        { name: 'c', price: 7 },
      ],
    },
  },
  {
    name: 'uncaught task error',
    definition: {
      StartAt: 'T',
      States: { T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } },
    },
    input: {},
    tasks: {
      T: () => {
        throw namedError('Lambda.Unknown', 'crash');
      },
    },
  },
  {
    name: 'missing Parameters path',
    definition: {
      StartAt: 'P',
      States: { P: { Type: 'Pass', Parameters: { 'x.$': '$.missing' }, End: true } },
    },
    input: {},
  },
  {
    name: 'nested Map inside Parallel with Choice loop',
    definition: {
      StartAt: 'Init',
      States: {
        Init: { Type: 'Pass', Result: 1, ResultPath: '$.count', Next: 'Loop' },
        Loop: {
          Type: 'Choice',
          Choices: [{ Variable: '$.count', NumericGreaterThanEquals: 3, Next: 'Par' }],
          Default: 'Inc',
        },
        Inc: {
          Type: 'Pass',
          Parameters: { 'count.$': 'States.MathAdd($.count, 1)', 'xs.$': '$.xs' },
          Next: 'Loop',
        },
        Par: {
          Type: 'Parallel',
          Branches: [
            {
              StartAt: 'M',
              States: {
                M: {
                  Type: 'Map',
                  ItemsPath: '$.xs',
                  ItemProcessor: { StartAt: 'Id', States: { Id: { Type: 'Pass', End: true } } },
                  End: true,
                },
              },
            },
            { StartAt: 'K', States: { K: { Type: 'Pass', InputPath: '$.count', End: true } } },
          ],
          End: true,
        },
      },
    },
    input: { xs: ['p', 'q'] },
  },
];

describe('differential: native interpreter vs aws-local-stepfunctions 3.0.0', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const native = await runNative(c.definition, c.input, c.tasks);
    const oracle = await runOracle(c.definition, c.input, c.tasks);
    expect(native.status).toBe(oracle.status);
    if (native.status === 'SUCCEEDED') expect(native.output).toEqual(oracle.output);
    else expect(native.error).toBe(oracle.error);
  });
});
