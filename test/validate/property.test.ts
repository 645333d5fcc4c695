import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, validate } from '../../src/validate/index.ts';

type Json = Record<string, unknown>;

const PATHS = ['$', '$.a', '$.a.b', "$['x y']", '$.items[0]', '$.list[1].name'];
const GENERAL_PATHS = [
  ...PATHS,
  '$.items[*].id',
  '$..name',
  '$.items[?(@.n > 1)]',
  '$$.Execution.Id',
];
const RESOURCES = [
  'arn:aws:states:::lambda:invoke',
  'arn:aws:states:::dynamodb:getItem',
  'arn:aws:states:::aws-sdk:s3:listObjectsV2',
  'arn:aws:lambda:eu-west-1:123456789012:function:fn',
  'arn:aws:states:::states:startExecution.sync:2',
];
const VALUES = [
  '$.a',
  '$$.Execution.Input',
  "States.Format('{}-{}', $.a, $.b)",
  'States.UUID()',
  'States.ArrayLength($.items)',
  "States.Hash($.a, 'SHA-256')",
];

/** A valid Parameters-style payload template. */
const payload = fc
  .dictionary(
    fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,8}$/),
    fc.oneof(
      fc.constantFrom(...VALUES).map((v) => ({ path: v })),
      fc.integer(),
      fc
        .string({ maxLength: 8 })
        .filter((s) => !s.startsWith('$') && !s.startsWith('States.') && !s.includes('{%')),
    ),
    { maxKeys: 4 },
  )
  .map((d) =>
    Object.fromEntries(
      Object.entries(d).map(([k, v]) => (typeof v === 'object' ? [`${k}.$`, v.path] : [k, v])),
    ),
  );

const retrier = fc.record({
  ErrorEquals: fc.constantFrom(
    ['States.TaskFailed'],
    ['States.Timeout', 'Custom.Error'],
    ['MyError'],
  ),
  IntervalSeconds: fc.integer({ min: 1, max: 100 }),
  MaxAttempts: fc.integer({ min: 0, max: 10 }),
  BackoffRate: fc.double({ min: 1, max: 5, noNaN: true }),
  JitterStrategy: fc.constantFrom('FULL', 'NONE'),
});

interface Shape {
  readonly kind: 'Pass' | 'Task' | 'Wait' | 'Choice' | 'Parallel' | 'Map';
  readonly payload: Json;
  readonly path: string;
  readonly general: string;
  readonly resource: string;
  readonly retry: Json[];
  readonly withCatch: boolean;
}

const shape: fc.Arbitrary<Shape> = fc.record({
  kind: fc.constantFrom('Pass', 'Task', 'Wait', 'Choice', 'Parallel', 'Map'),
  payload,
  path: fc.constantFrom(...PATHS),
  general: fc.constantFrom(...GENERAL_PATHS),
  resource: fc.constantFrom(...RESOURCES),
  retry: fc.array(retrier, { maxLength: 2 }),
  withCatch: fc.boolean(),
});

/** Builds a well-formed JSONPath machine: a chain of states, each reachable, ending in Succeed. */
function build(shapes: readonly Shape[], prefix: string, depth: number): Json {
  const names = shapes.map((_, i) => `${prefix}S${i}`);
  const end = `${prefix}Done`;
  const states: Json = {};
  shapes.forEach((s, i) => {
    const next = names[i + 1] ?? end;
    const base: Json = { Comment: `${s.kind} ${i}` };
    switch (s.kind) {
      case 'Pass':
        states[names[i] as string] = {
          ...base,
          Type: 'Pass',
          InputPath: s.general,
          Parameters: s.payload,
          ResultPath: s.path,
          Next: next,
        };
        break;
      case 'Task':
        states[names[i] as string] = {
          ...base,
          Type: 'Task',
          Resource: s.resource,
          Parameters: s.payload,
          ResultSelector: { 'r.$': '$' },
          ResultPath: s.path,
          TimeoutSeconds: 100,
          HeartbeatSeconds: 10,
          ...(s.retry.length > 0 ? { Retry: s.retry } : {}),
          ...(s.withCatch
            ? { Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: end }] }
            : {}),
          Next: next,
        };
        break;
      case 'Wait':
        states[names[i] as string] = { ...base, Type: 'Wait', SecondsPath: s.path, Next: next };
        break;
      case 'Choice':
        states[names[i] as string] = {
          ...base,
          Type: 'Choice',
          Choices: [
            { Variable: s.path, NumericGreaterThan: 1, Next: next },
            {
              And: [
                { Variable: s.path, IsPresent: true },
                { Not: { Variable: s.path, StringEquals: 'x' } },
              ],
              Next: end,
            },
          ],
          Default: next,
        };
        break;
      case 'Parallel':
        states[names[i] as string] = {
          ...base,
          Type: 'Parallel',
          Branches:
            depth < 1
              ? [
                  build(shapes.slice(0, 2), `${prefix}P${i}a`, depth + 1),
                  build(shapes.slice(1, 3), `${prefix}P${i}b`, depth + 1),
                ]
              : [
                  {
                    StartAt: `${prefix}P${i}x`,
                    States: { [`${prefix}P${i}x`]: { Type: 'Pass', End: true } },
                  },
                ],
          ResultPath: s.path,
          Next: next,
        };
        break;
      case 'Map':
        states[names[i] as string] = {
          ...base,
          Type: 'Map',
          ItemsPath: s.general,
          ItemSelector: s.payload,
          MaxConcurrency: 2,
          ItemProcessor:
            depth < 1
              ? build(shapes.slice(0, 2), `${prefix}M${i}`, depth + 1)
              : {
                  StartAt: `${prefix}M${i}x`,
                  States: { [`${prefix}M${i}x`]: { Type: 'Pass', End: true } },
                },
          ResultPath: s.path,
          Next: next,
        };
        break;
    }
  });
  states[end] = { Type: 'Succeed' };
  return { StartAt: names[0] ?? end, States: states };
}

const machine = fc
  .array(shape, { minLength: 1, maxLength: 8 })
  .map((shapes) => build(shapes, '', 0));

describe('property: well-formed JSONPath definitions validate clean', () => {
  it('gives no diagnostics for generated definitions', () => {
    fc.assert(
      fc.property(machine, (def) => {
        const diagnostics = validate(def);
        expect(diagnostics.map((d) => formatDiagnostic(d))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

/** Replaces the value at a random place of a JSON tree with another value. */
function mutate(value: unknown, choice: number, replacement: unknown): unknown {
  const nodes: { parent: Json | unknown[]; key: string | number }[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        nodes.push({ parent: v, key: i });
        walk(x);
      });
    } else if (typeof v === 'object' && v !== null) {
      for (const [k, x] of Object.entries(v)) {
        nodes.push({ parent: v as Json, key: k });
        walk(x);
      }
    }
  };
  const copy = structuredClone(value);
  walk(copy);
  const target = nodes[choice % Math.max(nodes.length, 1)];
  if (target !== undefined)
    (target.parent as Record<string | number, unknown>)[target.key] = replacement;
  return copy;
}

describe('property: validate never throws', () => {
  it('on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(Array.isArray(validate(value))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('on arbitrary JSON shaped like a state machine', () => {
    const keys = fc.constantFrom(
      'StartAt',
      'States',
      'Type',
      'Next',
      'End',
      'Choices',
      'Branches',
      'ItemProcessor',
      'Iterator',
      'Parameters',
      'Assign',
      'Catch',
      'Retry',
      'Output',
      'QueryLanguage',
      'constructor',
      '__proto__',
      'toString',
    );
    const stateLike = fc.dictionary(keys, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 });
    const def = fc.record({
      StartAt: fc.oneof(fc.constant('A'), fc.jsonValue({ maxDepth: 1 })),
      States: fc.dictionary(fc.constantFrom('A', 'B', 'constructor', '__proto__', ''), stateLike, {
        maxKeys: 4,
      }),
      QueryLanguage: fc.constantFrom('JSONPath', 'JSONata', 5),
    });
    fc.assert(
      fc.property(def, (d) => void validate(d)),
      { numRuns: 300 },
    );
  });

  it('on well-formed definitions with one part replaced by arbitrary JSON', () => {
    fc.assert(
      fc.property(machine, fc.nat(), fc.jsonValue({ maxDepth: 3 }), (def, at, junk) => {
        expect(Array.isArray(validate(mutate(def, at, junk)))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
