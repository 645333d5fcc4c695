import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  Condition,
  choice,
  compile,
  fail,
  isRecordingSourceLocations,
  lambdaInvoke,
  pass,
  recordSourceLocations,
  sourceLocations,
  stateMachine,
  succeed,
  task,
} from '../../../src/index.ts';

const here = new URL(import.meta.url).pathname;
const source = readFileSync(here, 'utf8').split('\n');
/** The 1-based line of this file that contains `text` (the first one after the marker). */
const lineOf = (text: string): number => source.findIndex((l) => l.includes(text)) + 1;

/** A machine built here, so its locations are lines of this file. */
function build() {
  const charge = task('Charge', { resource: lambdaInvoke() }) // @charge
    .retry({ errors: ['Lambda.TooManyRequestsException'] }) // @retry
    .catch(fail('Failed'), { resultPath: '$.error' }); // @catch
  const paid = choice('Paid?') // @choice
    .when(Condition.stringEquals('$.s', 'PAID'), succeed('Done')) // @when
    .otherwise(pass('Other')); // @otherwise
  return stateMachine({ definition: charge.next(paid) });
}

afterEach(() => recordSourceLocations(false));

describe('source locations of states', () => {
  it('are not recorded by default', () => {
    expect(isRecordingSourceLocations()).toBe(false);
    expect(sourceLocations(build())).toBeUndefined();
  });

  it('name the builder calls of states, rules, the default, catchers and retriers', () => {
    recordSourceLocations(true);
    const sources = sourceLocations(build());
    const at = (marker: string) => ({ file: here, line: lineOf(`// ${marker}`) });
    const charge = sources?.get('Charge');
    expect(charge?.state).toMatchObject(at('@charge'));
    expect(charge?.retriers?.[0]).toMatchObject(at('@retry'));
    expect(charge?.catchers?.[0]).toMatchObject(at('@catch'));
    const paid = sources?.get('Paid?');
    expect(paid?.state).toMatchObject(at('@choice'));
    expect(paid?.choices?.[0]).toMatchObject(at('@when'));
    expect(paid?.default).toMatchObject(at('@otherwise'));
    expect(sources?.get('Failed')?.state).toMatchObject(at('@catch'));
    expect(sources?.get('Done')?.state).toMatchObject(at('@when'));
    expect(sources?.get('Other')?.state).toMatchObject(at('@otherwise'));
    expect(charge?.state.column).toBeGreaterThan(0);
  });

  it('stay out of the IR, the emitted ASL and the machine object', () => {
    const off = build();
    recordSourceLocations(true);
    const on = build();
    expect(sourceLocations(on)).toBeDefined();
    expect(on.node).toStrictEqual(off.node);
    expect(compile(on).json).toBe(compile(off).json);
    expect(Object.keys(on)).toStrictEqual(Object.keys(off));
    expect(JSON.stringify(on.node)).not.toContain('origin');
  });

  it('are read from the stacks once, lazily (the same object on every call)', () => {
    recordSourceLocations(true);
    const machine = build();
    expect(sourceLocations(machine)).toBe(sourceLocations(machine));
  });
});
