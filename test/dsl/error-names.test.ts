// Custom error names in the States. namespace (issue 13, point 2): AWS accepts them, so the DSL
// does too, with the validator's ReservedErrorName warning in compile()'s diagnostics.
import { describe, expect, test } from 'vitest';
import {
  Errors,
  STATES_ERROR_NAMES,
  chain,
  compile,
  fail,
  lambdaInvoke,
  parallel,
  pass,
  stateMachine,
  succeed,
  task,
} from '../../src/index.ts';
import { dslError } from '../support/dsl-error.ts';

describe('States.-prefixed custom error names', () => {
  test('are accepted in Retry, Catch and Fail, with a ReservedErrorName warning each', () => {
    const vote = task('Vote', { resource: lambdaInvoke() })
      .retry({ errors: ['States.QuorumMet'], maxAttempts: 1 })
      .catch(succeed('Quorum'), { errors: ['States.QuorumMet', 'App.Other'] });
    const machine = stateMachine({
      definition: chain(
        parallel('Race', {
          branches: [fail('Out of time', { error: 'States.RanOutOfTime' }), vote],
        }).catch(pass('Timed out'), { errors: ['States.RanOutOfTime'] }),
      ),
    });
    const { asl, diagnostics } = compile(machine);
    expect(asl.States['Race']).toMatchObject({
      Catch: [{ ErrorEquals: ['States.RanOutOfTime'], Next: 'Timed out' }],
    });
    expect(diagnostics.map((d) => [d.code, d.severity, d.path]).sort()).toEqual([
      ['ReservedErrorName', 'warning', '/States/Race/Branches/0/States/Out of time/Error'],
      ['ReservedErrorName', 'warning', '/States/Race/Branches/1/States/Vote/Catch/0/ErrorEquals/0'],
      ['ReservedErrorName', 'warning', '/States/Race/Branches/1/States/Vote/Retry/0/ErrorEquals/0'],
      ['ReservedErrorName', 'warning', '/States/Race/Catch/0/ErrorEquals/0'],
    ]);
  });

  test("AWS's predefined names keep their behaviour: accepted without a warning", () => {
    const t = task('T', { resource: lambdaInvoke() })
      .retry({ errors: Object.values(Errors).filter((e) => e !== Errors.ALL) })
      .retry({ errors: [Errors.ALL] })
      .catch(fail('F', { error: 'App.Failed' }));
    const { diagnostics } = compile(stateMachine({ definition: t }));
    expect(diagnostics).toEqual([]);
    // A Fail state raising a predefined error: accepted, with the validator's warning, as before.
    const raised = compile(stateMachine({ definition: fail('F', { error: Errors.TIMEOUT }) }));
    expect(raised.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['ReservedErrorName', 'warning'],
    ]);
    expect(Object.values(Errors).sort()).toEqual([...STATES_ERROR_NAMES].sort());
  });

  test('a predefined name in the wrong case is a typo that never matches: refused', () => {
    const t = () => task('T', { resource: lambdaInvoke() });
    for (const build of [
      () => t().retry({ errors: ['States.taskFailed'] }),
      () => t().catch(pass('H'), { errors: ['States.all'] }),
      () => fail('F', { error: 'States.HEARTBEATTIMEOUT' }),
    ]) {
      const e = dslError(build);
      expect(e.code).toBe('ReservedErrorName');
      expect(e.hint).toMatch(/did you mean 'States\.[A-Za-z.]+'\?/);
    }
  });
});
