import { describe, expect, it } from 'vitest';
import { diffDefinitions } from '../../src/diff/index.ts';

/** A small machine: Validate → Process → Done, with a Retry on Validate. */
function base(): Record<string, unknown> {
  return {
    Comment: 'orders',
    StartAt: 'Validate',
    States: {
      Validate: {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        Retry: [{ ErrorEquals: ['States.TaskFailed'], MaxAttempts: 3 }],
        Next: 'Process',
      },
      Process: { Type: 'Pass', Next: 'Done' },
      Done: { Type: 'Succeed' },
    },
  };
}

/** `base()` with `edit` applied to a deep copy. */
function edited(
  edit: (d: { States: Record<string, Record<string, unknown>> } & Record<string, unknown>) => void,
) {
  const d = structuredClone(base()) as { States: Record<string, Record<string, unknown>> } & Record<
    string,
    unknown
  >;
  edit(d);
  return d;
}

describe('diffDefinitions: states and fields', () => {
  it('finds no difference in key order or formatting', () => {
    const reordered = JSON.parse(
      '{"States":{"Done":{"Type":"Succeed"},"Process":{"Next":"Done","Type":"Pass"},' +
        '"Validate":{"Next":"Process","Retry":[{"MaxAttempts":3.0,"ErrorEquals":["States.TaskFailed"]}],' +
        '"Resource":"arn:aws:states:::lambda:invoke","Type":"Task"}},"StartAt":"Validate","Comment":"orders"}',
    ) as unknown;
    expect(diffDefinitions(base(), reordered)).toEqual([]);
    expect(diffDefinitions(base(), base())).toEqual([]);
  });

  it('reports a changed field with its pointer and both values', () => {
    const b = edited((d) => {
      (d.States['Validate']?.['Retry'] as { MaxAttempts: number }[])[0]!.MaxAttempts = 5;
    });
    expect(diffDefinitions(base(), b)).toEqual([
      { kind: 'field-changed', pointer: '/States/Validate/Retry/0/MaxAttempts', old: 3, new: 5 },
    ]);
  });

  it('reports added and removed fields, and array elements', () => {
    const b = edited((d) => {
      d.States['Process']!['Comment'] = 'hi';
      delete d['Comment'];
      (d.States['Validate']!['Retry'] as unknown[]).push({ ErrorEquals: ['States.ALL'] });
    });
    expect(diffDefinitions(base(), b)).toEqual([
      { kind: 'field-removed', pointer: '/Comment', old: 'orders' },
      { kind: 'field-added', pointer: '/States/Process/Comment', new: 'hi' },
      {
        kind: 'field-added',
        pointer: '/States/Validate/Retry/1',
        new: { ErrorEquals: ['States.ALL'] },
      },
    ]);
  });

  it('compares arrays of scalars as one value and reports a change of type', () => {
    const b = edited((d) => {
      (d.States['Validate']!['Retry'] as { ErrorEquals: string[] }[])[0]!.ErrorEquals.push('X');
      d['TimeoutSeconds'] = 60;
      d.States['Process']!['Result'] = { a: 1 };
    });
    const a = edited((d) => {
      d['TimeoutSeconds'] = '60';
      d.States['Process']!['Result'] = [1];
    });
    expect(diffDefinitions(a, b)).toEqual([
      {
        kind: 'field-changed',
        pointer: '/States/Process/Result',
        old: [1],
        new: { a: 1 },
      },
      {
        kind: 'field-changed',
        pointer: '/States/Validate/Retry/0/ErrorEquals',
        old: ['States.TaskFailed'],
        new: ['States.TaskFailed', 'X'],
      },
      { kind: 'field-changed', pointer: '/TimeoutSeconds', old: '60', new: 60 },
    ]);
  });

  it('reports added and removed states with their types', () => {
    const b = edited((d) => {
      d.States['Notify'] = { Type: 'Task', Resource: 'arn:aws:states:::sns:publish', End: true };
      delete d.States['Done'];
      d.States['Process']!['Next'] = 'Notify';
    });
    expect(diffDefinitions(base(), b)).toEqual([
      { kind: 'state-removed', pointer: '/States/Done', state: 'Done', type: 'Succeed' },
      { kind: 'state-added', pointer: '/States/Notify', state: 'Notify', type: 'Task' },
      {
        kind: 'transition-changed',
        pointer: '/States/Process/Next',
        state: 'Process',
        field: 'Next',
        old: 'Done',
        new: 'Notify',
      },
    ]);
  });

  it('orders entries by pointer, array indices numerically', () => {
    const retries = (n: number) =>
      Array.from({ length: 12 }, (_, i) => ({ ErrorEquals: [`E${i}`], MaxAttempts: n }));
    const a = {
      StartAt: 'A',
      States: { A: { Type: 'Task', Resource: 'r', Retry: retries(1), End: true } },
    };
    const b = {
      StartAt: 'A',
      States: { A: { Type: 'Task', Resource: 'r', Retry: retries(2), End: true } },
    };
    const pointers = diffDefinitions(a, b).map((e) => e.pointer.split('/')[4]);
    expect(pointers).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
  });

  it('compares anything that is not a state machine as plain JSON', () => {
    expect(diffDefinitions([1], { a: 1 })).toEqual([
      { kind: 'field-changed', pointer: '', old: [1], new: { a: 1 } },
    ]);
    expect(diffDefinitions({ States: 1 }, { States: 2 })).toEqual([
      { kind: 'field-changed', pointer: '/States', old: 1, new: 2 },
    ]);
    expect(diffDefinitions({ StartAt: 1, States: {} }, { StartAt: 2, States: {} })).toEqual([
      { kind: 'field-changed', pointer: '/StartAt', old: 1, new: 2 },
    ]);
  });

  it('treats __proto__ and constructor as ordinary names', () => {
    const a: unknown = JSON.parse(
      '{"StartAt":"__proto__","States":{"__proto__":{"Type":"Pass","Next":"constructor"},' +
        '"constructor":{"Type":"Succeed"}}}',
    );
    const b: unknown = JSON.parse(
      '{"StartAt":"__proto__","States":{"__proto__":{"Type":"Pass","Comment":"x","Next":"toString"},' +
        '"toString":{"Type":"Succeed"}}}',
    );
    expect(diffDefinitions(a, b)).toEqual([
      { kind: 'field-added', pointer: '/States/__proto__/Comment', new: 'x' },
      {
        kind: 'state-renamed',
        pointer: '/States/toString',
        oldPointer: '/States/constructor',
        from: 'constructor',
        to: 'toString',
        type: 'Succeed',
      },
    ]);
  });

  it('escapes state names in pointers', () => {
    const a = { StartAt: 'a/b~c', States: { 'a/b~c': { Type: 'Pass', End: true } } };
    const b = { StartAt: 'a/b~c', States: { 'a/b~c': { Type: 'Pass', End: true, Comment: 'x' } } };
    expect(diffDefinitions(a, b)).toEqual([
      { kind: 'field-added', pointer: '/States/a~1b~0c/Comment', new: 'x' },
    ]);
  });

  it('refuses JSON nested beyond 1000 levels with a coded error', () => {
    const deep = (leaf: number): unknown => {
      let v: unknown = leaf;
      for (let i = 0; i < 1100; i++) v = { v };
      return v;
    };
    expect(() => diffDefinitions({ x: deep(1) }, { x: deep(2) })).toThrow(/nested more than 1000/);
  });
});
