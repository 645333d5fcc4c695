import { describe, expect, it } from 'vitest';
import { diffDefinitions } from '../../src/diff/index.ts';
import { detectRenames } from '../../src/diff/renames.ts';

/** `kind state` pairs, for compact assertions. */
function kinds(a: unknown, b: unknown): string[] {
  return diffDefinitions(a, b).map((e) =>
    e.kind === 'state-renamed'
      ? `renamed ${e.from}->${e.to}`
      : e.kind === 'state-added' || e.kind === 'state-removed'
        ? `${e.kind} ${e.state}`
        : `${e.kind} ${e.pointer}`,
  );
}

const task = { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke' };

describe('rename detection', () => {
  it('reports a renamed state once; transitions through the rename are not changes', () => {
    const a = {
      StartAt: 'Check',
      States: {
        Check: {
          Type: 'Choice',
          Choices: [{ Variable: '$.ok', BooleanEquals: true, Next: 'Old' }],
          Default: 'Old',
        },
        Old: { ...task, Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Fail' }], Next: 'Done' },
        Fail: { Type: 'Fail' },
        Done: { Type: 'Succeed' },
      },
    };
    const b = {
      StartAt: 'Check',
      States: {
        Check: {
          Type: 'Choice',
          Choices: [{ Variable: '$.ok', BooleanEquals: true, Next: 'New' }],
          Default: 'New',
        },
        New: a.States.Old,
        Fail: a.States.Fail,
        Done: a.States.Done,
      },
    };
    expect(diffDefinitions(a, b)).toEqual([
      {
        kind: 'state-renamed',
        pointer: '/States/New',
        oldPointer: '/States/Old',
        from: 'Old',
        to: 'New',
        type: 'Task',
      },
    ]);
    const c = { ...b, StartAt: 'New' };
    const d = { ...a, StartAt: 'Old' };
    expect(kinds(d, c)).toEqual(['renamed Old->New']);
  });

  it('follows chains of renamed states', () => {
    const a = {
      StartAt: 'A',
      States: {
        A: { Type: 'Pass', Next: 'B' },
        B: { Type: 'Pass', Next: 'C' },
        C: { Type: 'Succeed' },
      },
    };
    const b = {
      StartAt: 'A2',
      States: {
        A2: { Type: 'Pass', Next: 'B2' },
        B2: { Type: 'Pass', Next: 'C2' },
        C2: { Type: 'Succeed' },
      },
    };
    expect(kinds(a, b)).toEqual(['renamed A->A2', 'renamed B->B2', 'renamed C->C2']);
    expect(detectRenames(a.States, b.States)).toEqual(
      new Map([
        ['A', 'A2'],
        ['B', 'B2'],
        ['C', 'C2'],
      ]),
    );
  });

  it('is not a rename when the content changed too', () => {
    const a = { StartAt: 'A', States: { A: { ...task, End: true } } };
    const b = { StartAt: 'B', States: { B: { ...task, TimeoutSeconds: 5, End: true } } };
    expect(kinds(a, b)).toEqual([
      'transition-changed /StartAt',
      'state-removed A',
      'state-added B',
    ]);
  });

  it('is not a rename when a transition points elsewhere', () => {
    const a = {
      StartAt: 'X',
      States: { X: { Type: 'Pass', Next: 'P' }, P: { Type: 'Succeed' }, Q: { Type: 'Fail' } },
    };
    const b = {
      StartAt: 'Y',
      States: { Y: { Type: 'Pass', Next: 'Q' }, P: { Type: 'Succeed' }, Q: { Type: 'Fail' } },
    };
    expect(kinds(a, b)).toEqual([
      'transition-changed /StartAt',
      'state-removed X',
      'state-added Y',
    ]);
  });

  it('drops a proposed rename whose target was not renamed in the end', () => {
    const a = { StartAt: 'X', States: { X: { Type: 'Pass', Next: 'R' }, R: { Type: 'Succeed' } } };
    const b = { StartAt: 'Y', States: { Y: { Type: 'Pass', Next: 'S' }, S: { Type: 'Fail' } } };
    expect(detectRenames(a.States, b.States)).toEqual(new Map());
    expect(kinds(a, b)).toEqual([
      'transition-changed /StartAt',
      'state-removed R',
      'state-added S',
      'state-removed X',
      'state-added Y',
    ]);
  });

  it('is not a rename when End became Next', () => {
    const a = {
      StartAt: 'K',
      States: { K: { Type: 'Pass', Next: 'A' }, A: { Type: 'Pass', End: true } },
    };
    const b = {
      StartAt: 'K',
      States: { K: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', Next: 'K' } },
    };
    expect(detectRenames(a.States, b.States)).toEqual(new Map());
  });

  it('pairs identical states deterministically, in name order', () => {
    const a = { StartAt: 'A1', States: { A2: { Type: 'Succeed' }, A1: { Type: 'Succeed' } } };
    const b = { StartAt: 'B1', States: { B2: { Type: 'Succeed' }, B1: { Type: 'Succeed' } } };
    expect(kinds(a, b)).toEqual(['renamed A1->B1', 'renamed A2->B2']);
  });

  it('detects renames inside a Parallel branch', () => {
    const m = (name: string) => ({
      StartAt: 'P',
      States: {
        P: {
          Type: 'Parallel',
          Branches: [{ StartAt: name, States: { [name]: { Type: 'Pass', End: true } } }],
          End: true,
        },
      },
    });
    expect(diffDefinitions(m('Inner'), m('Renamed'))).toEqual([
      {
        kind: 'state-renamed',
        pointer: '/States/P/Branches/0/States/Renamed',
        oldPointer: '/States/P/Branches/0/States/Inner',
        from: 'Inner',
        to: 'Renamed',
        type: 'Pass',
      },
    ]);
  });

  it('pairs a long chain of identical renamed states, and drops a whole chain whose end disagrees', () => {
    const chain = (prefix: string, n: number, end: Record<string, unknown>) =>
      Object.fromEntries(
        Array.from({ length: n }, (_, i) => [
          `${prefix}${i}`,
          i === n - 1 ? end : { Type: 'Pass', Next: `${prefix}${i + 1}` },
        ]),
      );
    const n = 20_000;
    const renames = detectRenames(
      chain('a', n, { Type: 'Succeed' }),
      chain('b', n, { Type: 'Succeed' }),
    );
    expect(renames.size).toBe(n);
    expect(renames.get('a0')).toBe('b0');
    expect(renames.get(`a${n - 1}`)).toBe(`b${n - 1}`);
    // The last state differs: it is no rename, so neither is any state leading to it.
    const broken = detectRenames(
      chain('a', 50, { Type: 'Succeed' }),
      chain('b', 50, { Type: 'Fail' }),
    );
    expect(broken).toEqual(new Map());
  });
});
