import { describe, expect, it } from 'vitest';
import { diffDefinitions, type DiffEntry } from '../../src/diff/index.ts';

describe('diffDefinitions: transitions and nested scopes', () => {
  it('reports transitions: Next to End, StartAt, Default, Choices and Catch', () => {
    const a = {
      StartAt: 'C',
      States: {
        C: {
          Type: 'Choice',
          Choices: [
            { Variable: '$.x', IsPresent: true, Next: 'T' },
            { Variable: '$.y', IsPresent: true, Next: 'T' },
          ],
          Default: 'T',
        },
        T: {
          Type: 'Task',
          Resource: 'r',
          Catch: [{ ErrorEquals: ['States.ALL'], Next: 'F' }],
          Next: 'F',
        },
        F: { Type: 'Fail' },
      },
    };
    const b = structuredClone(a);
    b.StartAt = 'T';
    b.States.C.Choices[1]!.Next = 'F';
    b.States.C.Default = 'F';
    b.States.T.Catch[0]!.Next = 'C';
    const t = b.States.T as Record<string, unknown>;
    delete t['Next'];
    t['End'] = true;
    const entry = (
      state: string | null,
      field: string,
      old: string | null,
      now: string | null,
    ): DiffEntry => ({
      kind: 'transition-changed',
      pointer: state === null ? `/${field}` : `/States/${state}/${field}`,
      state,
      field,
      old,
      new: now,
    });
    expect(diffDefinitions(a, b)).toEqual([
      entry(null, 'StartAt', 'C', 'T'),
      entry('C', 'Choices/1/Next', 'T', 'F'),
      entry('C', 'Default', 'T', 'F'),
      entry('T', 'Catch/0/Next', 'F', 'C'),
      entry('T', 'Next', 'F', null),
    ]);
  });

  it('reports an added Choice rule as a field plus its transition', () => {
    const a = {
      StartAt: 'C',
      States: {
        C: { Type: 'Choice', Choices: [{ Variable: '$.x', IsNull: true, Next: 'S' }] },
        S: { Type: 'Succeed' },
      },
    };
    const b = structuredClone(a);
    b.States.C.Choices.push({ Variable: '$.y', IsNull: true, Next: 'S' });
    expect(diffDefinitions(a, b)).toEqual([
      {
        kind: 'field-added',
        pointer: '/States/C/Choices/1',
        new: { Variable: '$.y', IsNull: true },
      },
      {
        kind: 'transition-changed',
        pointer: '/States/C/Choices/1/Next',
        state: 'C',
        field: 'Choices/1/Next',
        old: null,
        new: 'S',
      },
    ]);
  });

  it('reports changes inside Parallel branches and Map processors, to any depth', () => {
    const machine = (maxAttempts: number, inner: string) => ({
      StartAt: 'P',
      States: {
        P: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } },
            {
              StartAt: 'M',
              States: {
                M: {
                  Type: 'Map',
                  ItemProcessor: {
                    StartAt: inner,
                    States: {
                      [inner]: {
                        Type: 'Task',
                        Resource: 'r',
                        Retry: [{ ErrorEquals: ['States.ALL'], MaxAttempts: maxAttempts }],
                        End: true,
                      },
                      Other: { Type: 'Pass', Next: 'Gone' },
                      Gone: { Type: 'Fail', Error: 'E' },
                    },
                  },
                  End: true,
                },
              },
            },
          ],
          End: true,
        },
      },
    });
    const a = machine(3, 'Work');
    const b = machine(5, 'Work');
    expect(diffDefinitions(a, b)).toEqual([
      {
        kind: 'field-changed',
        pointer: '/States/P/Branches/1/States/M/ItemProcessor/States/Work/Retry/0/MaxAttempts',
        old: 3,
        new: 5,
      },
    ]);
    const c = machine(3, 'Work');
    const inner = c.States.P.Branches[1]!.States as unknown as Record<
      string,
      { ItemProcessor: Record<string, unknown> }
    >;
    const processor = inner['M']!.ItemProcessor as {
      StartAt: string;
      States: Record<string, unknown>;
    };
    processor.StartAt = 'Other';
    delete processor.States['Gone'];
    (processor.States['Other'] as Record<string, unknown>)['Next'] = 'Work';
    c.States.P.Branches.push({ StartAt: 'Z', States: { Z: { Type: 'Succeed' } } } as never);
    expect(diffDefinitions(a, c)).toEqual([
      {
        kind: 'transition-changed',
        pointer: '/States/P/Branches/1/States/M/ItemProcessor/StartAt',
        state: 'M',
        field: 'ItemProcessor/StartAt',
        old: 'Work',
        new: 'Other',
      },
      {
        kind: 'state-removed',
        pointer: '/States/P/Branches/1/States/M/ItemProcessor/States/Gone',
        state: 'Gone',
        type: 'Fail',
      },
      {
        kind: 'transition-changed',
        pointer: '/States/P/Branches/1/States/M/ItemProcessor/States/Other/Next',
        state: 'Other',
        field: 'Next',
        old: 'Gone',
        new: 'Work',
      },
      {
        kind: 'field-added',
        pointer: '/States/P/Branches/2',
        new: { StartAt: 'Z', States: { Z: { Type: 'Succeed' } } },
      },
    ]);
  });

  it('reports a branch StartAt change with the owning state and branch index', () => {
    const m = (start: string) => ({
      StartAt: 'P',
      States: {
        P: {
          Type: 'Parallel',
          Branches: [
            { StartAt: start, States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Succeed' } } },
          ],
          End: true,
        },
      },
    });
    expect(diffDefinitions(m('A'), m('B'))).toEqual([
      {
        kind: 'transition-changed',
        pointer: '/States/P/Branches/0/StartAt',
        state: 'P',
        field: 'Branches/0/StartAt',
        old: 'A',
        new: 'B',
      },
    ]);
  });
});
