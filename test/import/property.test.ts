// Issue 13, point 4: a property test of aslc import over generated definitions: graphs with
// loops, joins, shared handlers and nested branches, hostile state names, keys and strings.
// Every valid one either round-trips (import → compile → equal by content; a loop back through
// a Catch handler is closed with goTo) or is refused with the one line that names what the DSL
// cannot write (states nothing leads to, which the validator only warns about); an invalid one
// is refused with one line.
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { prepareModules } from '../../src/cli/import/prepare-modules.ts';
import { validate } from '../../src/validate/index.ts';
import { hostileString, objectOf, PROTOTYPE_KEYS } from '../support/hostile-arbitraries.ts';

const work = mkdtempSync(join(tmpdir(), 'aslc-import-property-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Json = Record<string, unknown>;

/** State names: readable ones, reserved words, prototype keys, and text that breaks naive code. */
const stateName = fc.oneof(
  fc.constantFrom('Charge', 'Ship it', 'Done?', 'delete', 'Pass', 'chain', '1st', 'ünïcödé'),
  fc.constantFrom(...PROTOTYPE_KEYS),
  fc.constantFrom('a */ b', 'x`y`', '${evil}', "it's", 'q"q', '</script>', '\\', 'a\u2028b'),
  // Control characters are refused by the DSL (and warned about by the validator).
  fc
    .string({ minLength: 1, maxLength: 12 })
    .filter(
      (s) =>
        ![...s].some(
          (c) => c.charCodeAt(0) < 0x20 || (c.charCodeAt(0) >= 0x7f && c.charCodeAt(0) <= 0x9f),
        ),
    ),
);

/** Payload values: hostile strings, `${…}` text, nested objects with prototype keys. */
const payload = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS, 'k`${x}`', "a'b"), fc.string({ maxLength: 6 })),
      fc.oneof(
        hostileString().map((s) => s.replace(/\{%|%\}/g, '')),
        fc.integer(),
        fc.constantFrom(
          { 'ref.$': '$.a' },
          { 'id.$': 'States.UUID()' },
          { deep: { 'x.$': '$$.Execution.Id' } },
        ),
      ),
    ),
    { maxLength: 3 },
  )
  .map((entries) => objectOf(entries.filter(([k]) => !k.endsWith('.$'))));

interface Shape {
  readonly kind: 'Pass' | 'Task' | 'Wait' | 'Choice' | 'Parallel' | 'Map' | 'Succeed' | 'Fail';
  readonly jump: number;
  readonly other: number;
  readonly catches: boolean;
  readonly payload: Json;
}

const shape: fc.Arbitrary<Shape> = fc.record({
  kind: fc.constantFrom('Pass', 'Task', 'Wait', 'Choice', 'Parallel', 'Map', 'Succeed', 'Fail'),
  jump: fc.nat(20),
  other: fc.nat(20),
  catches: fc.boolean(),
  payload,
});

/** A definition of `shapes`: state i continues to i + 1 (the last one ends); Choice rules and
 * Catch handlers jump anywhere, forwards or back. */
function build(shapes: readonly Shape[], names: readonly string[]): Json {
  const states: Json = {};
  const n = shapes.length;
  const next = (i: number): Json => (i + 1 < n ? { Next: names[i + 1] } : { End: true });
  const target = (k: number): string => names[k % n] as string;
  shapes.forEach((s, i) => {
    const name = names[i] as string;
    const inner = (suffix: string): Json => ({
      StartAt: `${name} ${suffix}`,
      States: { [`${name} ${suffix}`]: { Type: 'Pass', Parameters: s.payload, End: true } },
    });
    let state: Json;
    switch (s.kind) {
      case 'Pass':
        state = { Type: 'Pass', Parameters: s.payload, ResultPath: '$.r', ...next(i) };
        break;
      case 'Task':
        state = {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke',
          Parameters: { FunctionName: '${FnArn}', Payload: s.payload },
          ...(s.catches
            ? { Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.e', Next: target(s.jump) }] }
            : {}),
          ...next(i),
        };
        break;
      case 'Wait':
        state = { Type: 'Wait', Seconds: s.jump, ...next(i) };
        break;
      case 'Choice':
        state = {
          Type: 'Choice',
          Choices: [{ Variable: '$.n', NumericGreaterThan: s.other, Next: target(s.jump) }],
          Default: i + 1 < n ? names[i + 1] : target(s.other),
        };
        break;
      case 'Parallel':
        state = { Type: 'Parallel', Branches: [inner('left'), inner('right')], ...next(i) };
        break;
      case 'Map':
        state = { Type: 'Map', ItemsPath: '$.items', ItemProcessor: inner('item'), ...next(i) };
        break;
      case 'Succeed':
        state = { Type: 'Succeed' };
        break;
      case 'Fail':
        state = { Type: 'Fail', Error: 'Custom.Error', Cause: String(s.payload['cause'] ?? 'x') };
        break;
    }
    states[name] = state;
  });
  return { StartAt: names[0], States: objectOf(Object.entries(states)) };
}

const definition = fc.array(shape, { minLength: 1, maxLength: 7 }).chain((shapes) =>
  fc
    .uniqueArray(stateName, { minLength: shapes.length * 3, maxLength: shapes.length * 3 })
    .map((names) =>
      build(
        shapes,
        names.filter((_, i) => i % 3 === 0).map((a, i) => `${a}${i}`),
      ),
    ),
);

/** What the DSL cannot write: states the machine never reaches. */
const REFUSED = /UnsupportedConstruct: state [\s\S]* cannot be reached from StartAt/;

describe('property: import → compile → equal by content', () => {
  test('over generated definitions with loops, joins, nested graphs and hostile text', async () => {
    let roundTripped = 0;
    await fc.assert(
      fc.asyncProperty(definition, async (def) => {
        const valid = !validate(def, { allowPlaceholders: true }).some(
          (d) => d.severity === 'error',
        );
        const source = {
          file: 'gen.asl.json',
          name: 'gen',
          definition: def,
          placeholders: 'any' as const,
        };
        const { prepared, errors } = await prepareModules(
          [{ source, target: join(work, 'gen.ts') }],
          work,
          work,
          {
            format: false,
          },
        );
        if (!valid || prepared.length === 0) {
          expect(errors).toHaveLength(1);
          if (valid) expect(errors[0]).toMatch(REFUSED);
          return;
        }
        expect(errors).toEqual([]);
        roundTripped++;
      }),
      {
        numRuns: Number(process.env['ASLC_PROPERTY_RUNS'] ?? 60),
        seed: Number(process.env['ASLC_PROPERTY_SEED'] ?? 13),
      },
    );
    expect(roundTripped).toBeGreaterThan(20);
  });
});
