import { describe, expect, test } from 'vitest';
import {
  Condition,
  chain,
  choice,
  compile,
  enclose,
  fail,
  lambdaInvoke,
  parallel,
  pass,
  prefixStates,
  stateMachine,
  succeed,
  task,
  toSingleState,
  wait,
  type Chainable,
} from '../../src/index.ts';

const asl = (definition: Chainable) => compile(stateMachine({ definition })).asl;

describe('composition', () => {
  test('chain and next resolve transitions; the last state ends', () => {
    expect(asl(pass('A').next(pass('B')).next(succeed('C')))).toStrictEqual({
      StartAt: 'A',
      States: {
        A: { Type: 'Pass', Next: 'B' },
        B: { Type: 'Pass', Next: 'C' },
        C: { Type: 'Succeed' },
      },
    });
  });

  test('a chain value is immutable and reusable', () => {
    const base = chain(pass('A'));
    const one = base.next(pass('B'));
    expect(base.endStates).toEqual(['A']);
    expect(one.endStates).toEqual(['B']);
    expect(Object.keys(asl(base).States)).toEqual(['A']);
  });

  test('afterwards() joins every branch of a Choice', () => {
    const def = asl(
      choice('C')
        .when(Condition.booleanEquals('$.x', true), pass('Yes'))
        .otherwise(chain(pass('No'), pass('No 2')))
        .afterwards()
        .next(succeed('Join')),
    );
    expect(def.States).toStrictEqual({
      C: {
        Type: 'Choice',
        Choices: [{ Variable: '$.x', BooleanEquals: true, Next: 'Yes' }],
        Default: 'No',
      },
      Yes: { Type: 'Pass', Next: 'Join' },
      Join: { Type: 'Succeed' },
      No: { Type: 'Pass', Next: 'No 2' },
      'No 2': { Type: 'Pass', Next: 'Join' },
    });
  });

  test('a loop back to an earlier state', () => {
    const poll = wait('Poll', { seconds: 5 });
    const def = asl(
      chain(
        poll,
        choice('Done?')
          .when(Condition.booleanEquals('$.done', true), succeed('Done'))
          .otherwise(poll),
      ),
    );
    expect(def.States['Done?']).toStrictEqual({
      Type: 'Choice',
      Choices: [{ Variable: '$.done', BooleanEquals: true, Next: 'Done' }],
      Default: 'Poll',
    });
    expect(def.States['Poll']).toStrictEqual({ Type: 'Wait', Seconds: 5, Next: 'Done?' });
  });

  test('a catch handler can rejoin the main flow', () => {
    const rest = chain(pass('Report'), succeed('End'));
    const def = asl(
      chain(task('Work', { resource: lambdaInvoke() }).catch(chain(pass('Recover'), rest)), rest),
    );
    expect(Object.keys(def.States)).toEqual(['Work', 'Report', 'End', 'Recover']);
    expect(def.States['Recover']).toStrictEqual({ Type: 'Pass', Next: 'Report' });
  });

  test('prefixStates renames every nested state, follows transitions, and stacks', () => {
    const inner = chain(
      pass('A'),
      parallel('P', { branches: [pass('B')] }),
      choice('C').when(Condition.isPresent('$.a'), succeed('D')).otherwise(fail('E')),
    );
    const def = asl(prefixStates(prefixStates(inner, 'in: '), 'out: '));
    expect(def.StartAt).toBe('out: in: A');
    expect(Object.keys(def.States)).toEqual([
      'out: in: A',
      'out: in: P',
      'out: in: C',
      'out: in: D',
      'out: in: E',
    ]);
    expect(
      (def.States['out: in: P'] as { Branches: { StartAt: string }[] }).Branches[0]?.StartAt,
    ).toBe('out: in: B');
  });

  test('toSingleState wraps a chain in a one-branch Parallel (optionally prefixed)', () => {
    const def = asl(
      toSingleState('Wrap', chain(pass('A'), pass('B')), { prefix: 'W: ', outputPath: '$[0]' }),
    );
    expect(def).toStrictEqual({
      StartAt: 'Wrap',
      States: {
        Wrap: {
          Type: 'Parallel',
          Branches: [
            {
              StartAt: 'W: A',
              States: {
                'W: A': { Type: 'Pass', Next: 'W: B' },
                'W: B': { Type: 'Pass', End: true },
              },
            },
          ],
          OutputPath: '$[0]',
          End: true,
        },
      },
    });
  });

  test('enclose reproduces the reference worked example (fragments.md §4)', () => {
    expect(
      asl(
        enclose('Wrap', chain(pass('Inner A'), pass('Inner B')), {
          inputPath: '$.x',
          resultPath: '$.y',
        }),
      ),
    ).toStrictEqual({
      StartAt: 'Wrap Enclosure',
      States: {
        'Wrap Enclosure': {
          Type: 'Parallel',
          InputPath: '$.x',
          Branches: [
            {
              StartAt: 'Inner A',
              States: {
                'Inner A': { Type: 'Pass', Next: 'Inner B' },
                'Inner B': { Type: 'Pass', End: true },
              },
            },
          ],
          ResultPath: '$.y',
          Next: 'Wrap Enclosure Post',
        },
        'Wrap Enclosure Post': { Type: 'Pass', InputPath: '$.y[0]', ResultPath: '$.y', End: true },
      },
    });
    const discarded = asl(enclose('Side', pass('X'), { resultPath: null }));
    expect(Object.keys(discarded.States)).toEqual(['Side Enclosure']);
    expect(discarded.States['Side Enclosure']).toMatchObject({ ResultPath: null, InputPath: '$' });
  });
});
