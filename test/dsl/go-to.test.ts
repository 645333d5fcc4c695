// goTo(() => state): loops the builders cannot close otherwise, a Catch handler or Choice rule
// leading back to the state that holds it (issue 13, point 4: 2 real definitions needed it).
import { describe, expect, test } from 'vitest';
import {
  Condition,
  type Chain,
  chain,
  choice,
  compile,
  goTo,
  lambdaInvoke,
  parallel,
  pass,
  prefixStates,
  stateMachine,
  succeed,
  task,
  wait,
} from '../../src/index.ts';
import { dslError } from '../support/dsl-error.ts';

const states = (json: string): Record<string, Record<string, unknown>> =>
  (JSON.parse(json) as { States: Record<string, Record<string, unknown>> }).States;

describe('goTo', () => {
  test('a Catch handler goes back to the state that catches', () => {
    const call = task('Call', { resource: lambdaInvoke() }).catch(
      chain(
        wait('Back off', { seconds: 30 }),
        goTo(() => call),
      ),
      { errors: ['States.TaskFailed'] },
    );
    const s = states(compile(stateMachine({ definition: chain(call, succeed('Done')) })).json);
    expect(s['Call']?.['Catch']).toEqual([
      { ErrorEquals: ['States.TaskFailed'], Next: 'Back off' },
    ]);
    expect(s['Back off']).toEqual({ Type: 'Wait', Seconds: 30, Next: 'Call' });
    expect(s['Call']?.['Next']).toBe('Done');
  });

  test('a Choice rule goes back to a state whose builder holds the Choice', () => {
    // Check → (catch) Decide → (rule) Check: neither builder can be written first.
    const check: ReturnType<typeof task> = task('Check', { resource: lambdaInvoke() }).catch(
      choice('Decide')
        .when(
          Condition.booleanEquals('$.again', true),
          goTo(() => check),
        )
        .otherwise(succeed('Give up')),
    );
    const s = states(compile(stateMachine({ definition: check })).json);
    expect(s['Decide']?.['Choices']).toEqual([
      { Variable: '$.again', BooleanEquals: true, Next: 'Check' },
    ]);
    expect(Object.keys(s).sort()).toEqual(['Check', 'Decide', 'Give up']);
  });

  test('a state reached only through goTo belongs to the graph of the jump', () => {
    const target = pass('Target');
    const s = states(
      compile(
        stateMachine({
          definition: chain(
            pass('Start'),
            goTo(() => target),
          ),
        }),
      ).json,
    );
    expect(s['Start']?.['Next']).toBe('Target');
    expect(s['Target']?.['End']).toBe(true);
  });

  test('prefixStates copies a fragment whose handler jumps back inside it', () => {
    const fragment = (): Chain => {
      const call = task('Call', { resource: lambdaInvoke() }).catch(
        chain(
          wait('Wait', { seconds: 1 }),
          goTo(() => call),
        ),
      );
      return chain(call, pass('After'));
    };
    const s = states(
      compile(
        stateMachine({
          definition: chain(prefixStates(fragment(), 'A: '), prefixStates(fragment(), 'B: ')),
        }),
      ).json,
    );
    expect(s['A: Wait']?.['Next']).toBe('A: Call');
    expect(s['B: Wait']?.['Next']).toBe('B: Call');
    expect(s['A: After']?.['Next']).toBe('B: Call');
  });

  test('misuse is a DslError naming what to do', () => {
    const notAFunction = dslError(() => goTo('Call' as never));
    expect(notAFunction.code).toBe('InvalidGoTo');
    expect(notAFunction.hint).toMatch(/goTo\(\(\) => poll\)/);

    const after = dslError(() =>
      chain(
        pass('A'),
        goTo(() => pass('B')),
        pass('C'),
      ),
    );
    expect(after.code).toBe('CannotChainAfterTerminal');
    expect(after.message).toMatch(/ends with goTo/);

    const selfJump: { chain?: Chain } = {};
    selfJump.chain = goTo(() => selfJump.chain as Chain);
    const cyclic = dslError(() =>
      stateMachine({ definition: chain(pass('A'), selfJump.chain as Chain) }),
    );
    expect(cyclic.code).toBe('InvalidGoTo');
    expect(cyclic.message).toMatch(/leads back to itself/);

    // Two jumps that lead to each other: a DslError, not a stack overflow.
    const pair: { a?: Chain; b?: Chain } = {};
    pair.a = goTo(() => pair.b as Chain);
    pair.b = goTo(() => pair.a as Chain);
    const mutual = dslError(() => stateMachine({ definition: chain(pass('A'), pair.a as Chain) }));
    expect([mutual.code, mutual.message]).toEqual([
      'InvalidGoTo',
      'goTo(…) leads back to itself without reaching a state',
    ]);

    const notAState = dslError(() =>
      stateMachine({
        definition: chain(
          pass('A'),
          goTo(() => 5 as never),
        ),
      }),
    );
    expect(notAState.message).toMatch(/not a state or a chain/);

    const throws = dslError(() =>
      stateMachine({
        definition: chain(
          pass('A'),
          goTo(() => {
            throw new Error('not built yet');
          }),
        ),
      }),
    );
    expect(throws.message).toMatch(/could not read the state it goes to: not built yet/);
  });

  test('a jump into another graph is a DuplicateStateName', () => {
    const top = pass('Top');
    const e = dslError(() =>
      stateMachine({
        definition: chain(
          top,
          parallel('P', {
            branches: [
              chain(
                pass('In'),
                goTo(() => top),
              ),
            ],
          }),
        ),
      }),
    );
    expect(e.code).toBe('DuplicateStateName');
    expect(e.state).toBe('Top');
  });

  test('a jump of a state to itself is a SelfTransition', () => {
    const a: Chain = pass('A').next(goTo(() => a));
    expect(dslError(() => stateMachine({ definition: a })).code).toBe('SelfTransition');
  });
});
