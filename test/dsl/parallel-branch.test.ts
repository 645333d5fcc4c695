// A Comment on a Parallel branch (issue 13, point 2): branch(chain, { comment }).
import { describe, expect, test } from 'vitest';
import {
  branch,
  chain,
  compile,
  enclose,
  map,
  parallel,
  pass,
  prefixStates,
  stateMachine,
  task,
  toSingleState,
  lambdaInvoke,
  type BranchOptions,
  type Chainable,
} from '../../src/index.ts';
import { dslError } from '../support/dsl-error.ts';

describe('branch() gives a Parallel branch its Comment', () => {
  test('in branches and in .branch(), next to plain branches', () => {
    const p = parallel('Both', {
      branches: [branch(chain(pass('A'), pass('B')), { comment: 'left side' }), pass('C')],
    })
      .branch(pass('D'))
      .branch(branch(pass('E'), { comment: 'last' }), branch(pass('F')));
    const { asl } = compile(stateMachine({ definition: p }));
    expect(asl.States['Both']).toStrictEqual({
      Type: 'Parallel',
      Branches: [
        {
          Comment: 'left side',
          StartAt: 'A',
          States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', End: true } },
        },
        { StartAt: 'C', States: { C: { Type: 'Pass', End: true } } },
        { StartAt: 'D', States: { D: { Type: 'Pass', End: true } } },
        { Comment: 'last', StartAt: 'E', States: { E: { Type: 'Pass', End: true } } },
        { StartAt: 'F', States: { F: { Type: 'Pass', End: true } } },
      ],
      End: true,
    });
  });

  test('keeps comments through prefixStates and on earlier branches when more are added', () => {
    const base = parallel('P', { branches: [branch(pass('A'), { comment: 'a' })] });
    const more = base.branch(pass('B'));
    const machine = stateMachine({ definition: prefixStates(more, 'X ') });
    const branches = (compile(machine).asl.States['X P'] as { Branches: { Comment?: string }[] })
      .Branches;
    expect(branches.map((b) => b.Comment)).toEqual(['a', undefined]);
    // The builder is immutable: the first one still has one branch.
    expect(compile(stateMachine({ definition: base })).asl.States['P']).toMatchObject({
      Branches: [{ Comment: 'a' }],
    });
  });

  test('misuse is a coded error', () => {
    expect(dslError(() => branch(undefined as unknown as Chainable)).code).toBe(
      'InvalidFieldValue',
    );
    expect(dslError(() => branch(pass('A'), { comment: 3 } as unknown as BranchOptions)).code).toBe(
      'InvalidFieldValue',
    );
    const e = dslError(() => branch(pass('A'), { coment: 'x' } as unknown as BranchOptions));
    expect(e.code).toBe('FieldNotSupported');
    expect(e.hint).toMatch(/supports: comment/);
  });

  test('a branch() value anywhere but a Parallel, or inside another branch(), is refused', () => {
    const b = () => branch(pass('A'), { comment: 'x' });
    const misuses: (() => unknown)[] = [
      () => compile(stateMachine({ definition: chain(pass('Z'), b()) })),
      () => compile(stateMachine({ definition: b() })),
      () => pass('Z').next(b()),
      () => map('M', { processor: b() }),
      () => toSingleState('W', b()),
      () => toSingleState('W', b(), { prefix: 'X ' }),
      () => enclose('E', b()),
      () => task('T', { resource: lambdaInvoke() }).catch(b()),
      () => branch(b(), { comment: 'y' }),
    ];
    for (const misuse of misuses) {
      const e = dslError(misuse);
      expect(e.code).toBe('BranchOutsideParallel');
      expect(e.hint).toMatch(/parallel|branch\(/);
    }
    expect(() => compile(stateMachine({ definition: parallel('P').branch(b()) }))).not.toThrow();
  });
});
