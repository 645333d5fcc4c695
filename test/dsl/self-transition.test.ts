// A state chained to itself is refused (issue 13, point 2): it compiled to "A": {"Next": "A"}.
import { describe, expect, test } from 'vitest';
import {
  Condition,
  chain,
  choice,
  compile,
  pass,
  stateMachine,
  succeed,
  task,
  lambdaInvoke,
  wait,
} from '../../src/index.ts';
import { dslError } from '../support/dsl-error.ts';

describe('a self-transition made by chaining a state to itself', () => {
  test('is refused with SelfTransition, naming the state, with a hint about loops', () => {
    const a = pass('A');
    const builds = [
      () => choice('C').when(Condition.isPresent('$.x'), succeed('Done')).otherwise(chain(a, a)),
      () => chain(a, a),
      () => a.next(a),
      () => chain(pass('Start'), a).next(a),
      () => chain(pass('Start'), chain(a, pass('B')).next(a).next(a)),
    ];
    for (const definition of builds) {
      const e = dslError(() => stateMachine({ definition: definition() }));
      expect(e.code).toBe('SelfTransition');
      expect(e.state).toBe('A');
      expect(e.field).toBe('Next');
      expect(e.hint).toMatch(/through a Choice/);
      expect(e.format()).toContain("state 'A' is chained to itself");
    }
  });

  test('a deliberate loop through a Choice, or back to an earlier state, still compiles', () => {
    const poll = task('Poll', { resource: lambdaInvoke() });
    const pause = wait('Pause', { seconds: 5 });
    const loop = chain(
      poll,
      choice('Ready?')
        .when(Condition.booleanEquals('$.ready', true), succeed('Done'))
        .otherwise(pause.next(poll)),
    );
    const { asl } = compile(stateMachine({ definition: loop }));
    expect(asl.States['Pause']).toMatchObject({ Next: 'Poll' });
    // Going back to an earlier state by chaining is a loop, not a self-transition.
    expect(() =>
      stateMachine({ definition: chain(pass('X'), pass('Y')).next(pass('X2')) }),
    ).not.toThrow();
  });
});
