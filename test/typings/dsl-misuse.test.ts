/**
 * DSL misuse that TypeScript rejects before anything runs (issue 12, point 6). Each
 * `@ts-expect-error` line is checked by `npm run typecheck`: were the misuse ever accepted, the
 * directive itself would be the error. The misuses sit in functions that never run (each would
 * throw its DslError at run time, tested elsewhere): here, only the types.
 */
import { describe, expectTypeOf, test } from 'vitest';
import {
  chain,
  choice,
  compile,
  Condition,
  jsonata,
  lambdaInvoke,
  map,
  parallel,
  pass,
  path,
  placeholder,
  stateMachine,
  succeed,
  task,
  wait,
  type Chain,
  type StateMachine,
} from '../../src/index.ts';

describe('DSL misuse TypeScript rejects', () => {
  test('options: a misspelt or foreign option, a missing required one', () => {
    const misuse = (): void => {
      // @ts-expect-error resultPaht is not an option (resultPath is)
      pass('A', { resultPaht: '$.x' });
      // @ts-expect-error a Task needs a resource
      task('T', { parameters: {} });
      // @ts-expect-error a Pass state has no retry
      pass('A', { retry: { errorEquals: ['States.ALL'] } });
      // @ts-expect-error a Wait state has no resultSelector
      wait('W', { seconds: 1, resultSelector: {} });
      // @ts-expect-error a state machine needs a definition
      stateMachine({});
    };
    expectTypeOf(misuse).toBeFunction();
    expectTypeOf(pass('A', { resultPath: '$.x' })).not.toBeAny();
  });

  test('values of the wrong type', () => {
    const misuse = (): void => {
      // @ts-expect-error seconds is a number, path() or jsonata(), not a string
      wait('W', { seconds: '30' });
      // @ts-expect-error timeoutSeconds is a number
      task('T', { resource: lambdaInvoke(), timeoutSeconds: '30' });
      // @ts-expect-error NumericEquals compares with a number
      Condition.numericEquals('$.n', '1');
      // @ts-expect-error StringEquals compares with a string
      Condition.stringEquals('$.s', 1);
      // @ts-expect-error And takes conditions, not booleans
      Condition.and(true, false);
      // @ts-expect-error a placeholder name is a string
      placeholder(1);
      // @ts-expect-error ErrorEquals is a list of error names
      task('T', { resource: lambdaInvoke(), retry: { errorEquals: 'States.ALL' } });
      // @ts-expect-error path() takes the path text
      path({ path: '$.a' });
      // @ts-expect-error jsonata() takes the expression text
      jsonata(42);
    };
    expectTypeOf(misuse).toBeFunction();
    expectTypeOf(jsonata('$x')).not.toBeAny();
  });

  test('graphs: only states and chains chain; compile takes a state machine', () => {
    const misuse = (): void => {
      // @ts-expect-error a string is not a state
      chain(pass('A'), 'B');
      // @ts-expect-error chain needs at least one state
      chain();
      // @ts-expect-error compile takes stateMachine(…), not a chain
      compile(chain(pass('A')));
      // @ts-expect-error a Parallel branch is a state or a chain
      parallel('P').branch({ StartAt: 'A' });
      // @ts-expect-error a Map needs its item processor
      map('M', {});
      // @ts-expect-error a Choice rule's target is a state or a chain
      choice('C').when(Condition.isPresent('$.a'), 'Next');
    };
    expectTypeOf(misuse).toBeFunction();
    expectTypeOf(chain(pass('A'), succeed('B'))).toEqualTypeOf<Chain>();
    expectTypeOf(stateMachine({ definition: pass('A') })).toEqualTypeOf<StateMachine>();
  });
});
