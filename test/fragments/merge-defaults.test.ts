// mergeDefaults (spec/fragments.md §3): every option, the rendering of the defaults, and the
// fixed inner names (§16 item 6).
import { describe, expect, test } from 'vitest';
import { chain, path, stateMachine, type Chain } from '../../src/index.ts';
import { mergeDefaults, type MergeDefaultsOptions } from '../../src/fragments/index.ts';
import { asl, type AslGraph, type AslState } from './_support.ts';
import { dslError } from '../support/dsl-error.ts';

function render(options: MergeDefaultsOptions = {}, defaults: Record<string, unknown> = { a: 1 }) {
  return asl(stateMachine({ definition: mergeDefaults('M', defaults as never, options) }));
}

function parts(doc: AslGraph) {
  const parallel = doc.States['M'] as AslState;
  const branch = (parallel['Branches'] as AslGraph[])[0] as AslGraph;
  return { parallel, branch, restructure: doc.States['M Restructure'] as AslState };
}

describe('paths', () => {
  test('defaults: input $, target $, result $ (the merged object replaces the state)', () => {
    const { parallel, branch, restructure } = parts(render());
    expect(parallel).toMatchObject({ InputPath: '$', ResultPath: '$', Next: 'M Restructure' });
    expect(branch.StartAt).toBe('Init Pass');
    expect((branch.States['Init Pass'] as AslState)['Parameters']).toEqual({
      'target.$': '$',
      default: { a: 1 },
    });
    expect(restructure).toEqual({ Type: 'Pass', InputPath: '$[0]', ResultPath: '$', End: true });
  });

  test('the target is relative to the input; the default result is input + target', () => {
    const { parallel, branch, restructure } = parts(
      render({ inputPath: '$.request', targetPath: '$.overrides' }),
    );
    expect(parallel).toMatchObject({ InputPath: '$.request', ResultPath: '$.request.overrides' });
    expect((branch.States['Init Pass'] as AslState)['Parameters']).toMatchObject({
      'target.$': '$.overrides',
    });
    expect(restructure).toMatchObject({
      InputPath: '$.request.overrides[0]',
      ResultPath: '$.request.overrides',
    });
  });

  test('an explicit result path is absolute', () => {
    const { parallel, restructure } = parts(
      render({ inputPath: '$.request', targetPath: 'overrides', resultPath: '$.merged' }),
    );
    expect(parallel).toMatchObject({ InputPath: '$.request', ResultPath: '$.merged' });
    expect(restructure).toMatchObject({ InputPath: '$.merged[0]', ResultPath: '$.merged' });
  });

  test('every path goes through the JsonReferencePath normalisation', () => {
    const { parallel, branch } = parts(
      render({ inputPath: 'request.', targetPath: '$..over$rides', resultPath: '.out' }),
    );
    expect(parallel).toMatchObject({ InputPath: '$.request', ResultPath: '$.out' });
    expect((branch.States['Init Pass'] as AslState)['Parameters']).toMatchObject({
      'target.$': '$.over.rides',
    });
  });
});

describe('orderOfPreference', () => {
  const merge = (doc: AslGraph) =>
    (parts(doc).branch.States['Merge Pass'] as AslState)['Parameters'];

  test("'target' (default): the target wins — JsonMerge(default, target)", () => {
    expect(merge(render())).toEqual({
      'merged.$': 'States.JsonMerge($.default, $.target, false)',
    });
    expect(merge(render({ orderOfPreference: 'target' }))).toEqual(merge(render()));
  });

  test("'default': the defaults win — JsonMerge(target, default)", () => {
    expect(merge(render({ orderOfPreference: 'default' }))).toEqual({
      'merged.$': 'States.JsonMerge($.target, $.default, false)',
    });
  });

  test('anything else is rejected', () => {
    expect(dslError(() => render({ orderOfPreference: 'other' as 'target' })).code).toBe(
      'InvalidFieldValue',
    );
  });

  test('Merge Pass keeps only the merged object', () => {
    expect(parts(render()).branch.States['Merge Pass']).toMatchObject({
      OutputPath: '$.merged',
      End: true,
    });
  });
});

describe('checkIfTargetPresent', () => {
  test('off (default): Init Pass → Merge Pass', () => {
    expect(Object.keys(parts(render()).branch.States).sort()).toEqual(['Init Pass', 'Merge Pass']);
  });

  test('on: Check Target (IsPresent) → Target Present / Target Not Present ({}) → Merge Pass', () => {
    const { branch } = parts(render({ targetPath: 'opts', checkIfTargetPresent: true }));
    expect(branch.StartAt).toBe('Check Target');
    expect(branch.States).toEqual({
      'Check Target': {
        Type: 'Choice',
        Choices: [{ Variable: '$.opts', IsPresent: true, Next: 'Target Present' }],
        Default: 'Target Not Present',
      },
      'Target Present': {
        Type: 'Pass',
        Parameters: { 'target.$': '$.opts', default: { a: 1 } },
        Next: 'Merge Pass',
      },
      'Target Not Present': {
        Type: 'Pass',
        Parameters: { target: {}, default: { a: 1 } },
        Next: 'Merge Pass',
      },
      'Merge Pass': {
        Type: 'Pass',
        Parameters: { 'merged.$': 'States.JsonMerge($.default, $.target, false)' },
        OutputPath: '$.merged',
        End: true,
      },
    });
  });
});

describe('the defaults are rendered as given (no auto-ref)', () => {
  test('path() and .$ keys are references, $ strings stay literal, undefined dropped, null kept', () => {
    const { branch } = parts(
      render(
        {},
        {
          n: 1,
          s: 'x',
          ref: path('$.other'),
          'key.$': '$.other2',
          literal: '$.literal',
          gone: undefined,
          none: null,
          nested: { deep: path('$.d'), list: [1, 'two'] },
        },
      ),
    );
    expect((branch.States['Init Pass'] as AslState)['Parameters']).toEqual({
      'target.$': '$',
      default: {
        n: 1,
        s: 'x',
        'ref.$': '$.other',
        'key.$': '$.other2',
        literal: '$.literal',
        none: null,
        nested: { 'deep.$': '$.d', list: [1, 'two'] },
      },
    });
  });
});

describe('fixed inner names (§16 item 6)', () => {
  const twice = (first: Chain, second: Chain) => stateMachine({ definition: chain(first, second) });

  test('two merges in one machine fail with DuplicateStateName (reference: duplicate construct)', () => {
    const e = dslError(() => twice(mergeDefaults('A', { a: 1 }), mergeDefaults('B', { b: 2 })));
    expect(e.code).toBe('DuplicateStateName');
    expect(e.message).toContain("'Init Pass'");
  });

  test('the prefix option lifts the limit and prefixes every state', () => {
    const doc = asl(
      twice(
        mergeDefaults('M', { a: 1 }, { prefix: 'First: ' }),
        mergeDefaults('M', { b: 2 }, { prefix: 'Second: ' }),
      ),
    );
    expect(Object.keys(doc.States)).toEqual([
      'First: M',
      'First: M Restructure',
      'Second: M',
      'Second: M Restructure',
    ]);
    const branch = ((doc.States['Second: M'] as AslState)['Branches'] as AslGraph[])[0];
    expect(Object.keys(branch?.States ?? {})).toEqual(['Second: Init Pass', 'Second: Merge Pass']);
  });
});
