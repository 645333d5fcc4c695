/**
 * Property tests (fast-check, fixed seed): random Pass / Choice / Parallel / Map / Wait machines
 * over random JSON inputs give the same result on the native interpreter and on
 * aws-local-stepfunctions 3.0.0; and arbitrary junk definitions and inputs never crash it.
 * The generators avoid the oracle's documented divergences (see differential.test.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interpret } from '../../../src/run/interpreter/index.ts';
import { runNative, runOracle } from './oracle.ts';
import { ASL_STATE_TYPES } from '../../../src/asl/names.ts';

const key = fc.constantFrom('k', 'l', 'm');
const scalar = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.string({ maxLength: 6 }),
  fc.boolean(),
  fc.constant(null),
  fc
    .double({ min: -100, max: 100, noNaN: true, noDefaultInfinity: true })
    .filter((d) => !Object.is(d, -0)),
);
const json: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(key, tie('value'), { maxKeys: 3 }),
  ),
})).value;
const truthy = json.filter((v) => Boolean(v));

const input = fc.record({
  n: fc.oneof(fc.integer({ min: -10, max: 10 }), fc.constant('x')),
  b: json,
  list: fc.array(json, { maxLength: 3 }),
});

type StateGen = (next: string | undefined) => Record<string, unknown>;
const transition = (next: string | undefined): Record<string, unknown> =>
  next === undefined ? { End: true } : { Next: next };

// An explicit `ResultPath: "$"` is left out: the oracle writes a key named "$" (see differential.test.ts).
const resultPath = fc.constantFrom<string | null | undefined>(undefined, '$.r1', '$.r2', null);
const passState: fc.Arbitrary<StateGen> = fc
  .record({
    result: fc.option(truthy, { nil: undefined }),
    params: fc.option(
      fc.record({ 'v.$': fc.constantFrom('$', '$.n', '$.b', '$.list'), fixed: json }),
      { nil: undefined },
    ),
    resultPath,
    outputPath: fc.constantFrom<string | undefined>(undefined, '$'),
  })
  .map((p) => (next) => ({
    Type: 'Pass',
    ...(p.result === undefined ? {} : { Result: p.result }),
    ...(p.params === undefined ? {} : { Parameters: p.params }),
    ...(p.resultPath === undefined ? {} : { ResultPath: p.resultPath }),
    ...(p.outputPath === undefined ? {} : { OutputPath: p.outputPath }),
    ...transition(next),
  }));
const waitState: fc.Arbitrary<StateGen> = fc
  .integer({ min: 0, max: 100 })
  .map((s) => (next) => ({ Type: 'Wait', Seconds: s, ...transition(next) }));
const parallelState: fc.Arbitrary<StateGen> = fc
  .record({ results: fc.array(truthy, { minLength: 1, maxLength: 3 }), resultPath })
  .map((p) => (next) => ({
    Type: 'Parallel',
    Branches: p.results.map((r, i) => ({
      StartAt: `B${i}`,
      States: { [`B${i}`]: { Type: 'Pass', Result: r, End: true } },
    })),
    ...(p.resultPath === undefined ? {} : { ResultPath: p.resultPath }),
    ...transition(next),
  }));
const mapState: fc.Arbitrary<StateGen> = fc
  .record({ resultPath, selector: fc.boolean() })
  .map((p) => (next) => ({
    Type: 'Map',
    ItemsPath: '$.list',
    ...(p.selector
      ? { ItemSelector: { 'value.$': '$$.Map.Item.Value', 'index.$': '$$.Map.Item.Index' } }
      : {}),
    ItemProcessor: { StartAt: 'Item', States: { Item: { Type: 'Pass', End: true } } },
    ...(p.resultPath === undefined ? {} : { ResultPath: p.resultPath }),
    ...transition(next),
  }));

const machine = fc
  .record({
    states: fc.array(fc.oneof(passState, waitState, parallelState, mapState), {
      minLength: 1,
      maxLength: 5,
    }),
    choiceAt: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
    threshold: fc.integer({ min: -10, max: 10 }),
  })
  .map(({ states, choiceAt, threshold }) => {
    const names = states.map((_, i) => `S${i}`);
    const out: Record<string, unknown> = {};
    states.forEach((gen, i) => {
      out[names[i] as string] = gen(names[i + 1]);
    });
    let start = 'S0';
    if (choiceAt !== undefined && choiceAt < states.length) {
      out.Choose = {
        Type: 'Choice',
        Choices: [{ Variable: '$.n', NumericGreaterThan: threshold, Next: names[choiceAt] }],
        Default: 'Done',
      };
      out.Done = { Type: 'Succeed' };
      start = 'Choose';
    }
    return { StartAt: start, States: out };
  });

const normalize = (v: unknown): unknown =>
  v === undefined ? undefined : JSON.parse(JSON.stringify(v));
/** A missing ItemsPath is States.ReferencePathConflict on AWS (and here), States.Runtime on the oracle. */
const errorName = (e: string | null | undefined): string | null | undefined =>
  e === 'States.ReferencePathConflict' ? 'States.Runtime' : e;

describe('property: random JSONPath machines agree with aws-local-stepfunctions', () => {
  it('same status, output and error name', async () => {
    await fc.assert(
      fc.asyncProperty(machine, input, async (def, inp) => {
        const native = await runNative(def, inp);
        const oracle = await runOracle(def, inp);
        expect(native.status).toBe(oracle.status);
        if (native.status === 'SUCCEEDED')
          expect(normalize(native.output)).toEqual(normalize(oracle.output));
        else expect(errorName(native.error)).toBe(errorName(oracle.error));
      }),
      { numRuns: 300, seed: 20240101 },
    );
  });
});

describe('property: the interpreter never crashes', () => {
  const junkState = fc.record(
    {
      Type: fc.constantFrom(...ASL_STATE_TYPES, 'Nope'),
      Next: fc.constantFrom('A', 'B', 'Z'),
      End: fc.boolean(),
      InputPath: fc.oneof(
        fc.constantFrom('$', '$.a', '$..x', '$[', '$$.Execution', '$v', null),
        json,
      ),
      Parameters: json,
      ResultPath: fc.oneof(fc.constantFrom('$', '$.a.b', '$[0]', '$.*', null), json),
      Result: json,
      Seconds: json,
      Choices: fc.array(
        fc.record({
          Variable: fc.constantFrom('$.a', '$'),
          NumericEquals: json,
          Next: fc.constantFrom('A', 'B'),
        }),
      ),
      Branches: fc.constant([{ StartAt: 'X', States: { X: { Type: 'Pass', End: true } } }]),
      ItemProcessor: fc.constant({ StartAt: 'X', States: { X: { Type: 'Pass', End: true } } }),
      Resource: fc.constant('arn:aws:states:::lambda:invoke'),
      QueryLanguage: fc.constantFrom('JSONPath', 'JSONata'),
      Output: fc.oneof(
        json,
        fc.constantFrom('{% $states.input %}', '{% $nope() %}', '{% 1 / 0 %}'),
      ),
      Assign: json,
    },
    { requiredKeys: ['Type'] },
  );
  const junk = fc.oneof(
    json,
    fc.record({
      StartAt: fc.constantFrom('A', 'B', 'Q'),
      States: fc.record({ A: junkState, B: junkState }, { requiredKeys: [] }),
    }),
  );

  it('returns a result for any definition and input', async () => {
    await fc.assert(
      fc.asyncProperty(junk, json, async (def, inp) => {
        const r = await interpret(def, {
          input: inp,
          maxTransitions: 200,
          taskHandler: () => ({ kind: 'return', value: { ok: true } }),
          itemReader: () => [1, 2],
        });
        expect(['SUCCEEDED', 'FAILED', 'TIMED_OUT']).toContain(r.status);
        if (r.status === 'FAILED') {
          expect(r.cause === null || typeof r.cause === 'string').toBe(true);
          expect(r.cause ?? '').not.toContain('Internal interpreter error');
        }
      }),
      { numRuns: 400, seed: 7 },
    );
  });
});
