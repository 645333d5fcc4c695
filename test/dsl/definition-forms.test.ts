// Forms AWS accepts that the DSL now writes, so that imported definitions compile back to the
// same content (issue 13, point 4): nested rule comments, a literal-boolean JSONata condition,
// an empty Retry list, and the Map field pairs AWS accepts together.
import { describe, expect, test } from 'vitest';
import {
  Condition,
  choice,
  compile,
  distributedMap,
  integration,
  jsonata,
  lambdaInvoke,
  map,
  pass,
  path,
  placeholder,
  stateMachine,
  sub,
  task,
} from '../../src/index.ts';
import { collectPlaceholders } from '../../src/ir/traverse.ts';
import { dslError } from '../support/dsl-error.ts';

const only = (definition: Parameters<typeof stateMachine>[0]['definition'], lang?: 'JSONata') =>
  Object.values(
    (
      JSON.parse(
        compile(stateMachine({ definition, ...(lang ? { queryLanguage: lang } : {}) })).json,
      ) as { States: Record<string, Record<string, unknown>> }
    ).States,
  )[0] as Record<string, unknown>;

describe('definition forms', () => {
  test('Condition.withComment gives a nested rule its Comment', () => {
    const c = only(
      choice('C')
        .when(
          Condition.and(
            Condition.withComment(Condition.isPresent('$.id'), 'an id'),
            Condition.withComment(Condition.not(Condition.isNull('$.id')), 'not null'),
          ),
          pass('Yes'),
        )
        .otherwise(pass('No')),
    );
    expect(c['Choices']).toEqual([
      {
        And: [
          { Variable: '$.id', IsPresent: true, Comment: 'an id' },
          { Not: { Variable: '$.id', IsNull: true }, Comment: 'not null' },
        ],
        Next: 'Yes',
      },
    ]);
    expect(dslError(() => Condition.withComment(Condition.jsonata(true), 'x')).code).toBe(
      'InvalidFieldValue',
    );
    expect(
      dslError(() =>
        choice('C').when(Condition.withComment(Condition.isPresent('$.a'), 'one'), pass('A'), {
          comment: 'two',
        }),
      ).code,
    ).toBe('ConflictingFields');
  });

  test('a boolean JSONata condition is written as given; jsonata("true") as an expression', () => {
    const c = only(
      choice('C').when(true, pass('A')).when(jsonata('true'), pass('B')).otherwise(pass('D')),
      'JSONata',
    );
    expect((c['Choices'] as Record<string, unknown>[]).map((r) => r['Condition'])).toEqual([
      true,
      '{% true %}',
    ]);
  });

  test('retry: [] and catch: [] write empty lists; without them there are none', () => {
    const t = only(task('T', { resource: lambdaInvoke(), retry: [], catch: [] }));
    expect([t['Retry'], t['Catch']]).toEqual([[], []]);
    expect(only(task('T', { resource: lambdaInvoke() }))).not.toHaveProperty('Retry');
    expect(only(task('T', { resource: lambdaInvoke() }))).not.toHaveProperty('Catch');
    // A catcher added afterwards makes the list non-empty.
    const withCatcher = only(task('T', { resource: lambdaInvoke(), catch: [] }).catch(pass('H')));
    expect(withCatcher['Catch']).toEqual([{ ErrorEquals: ['States.ALL'], Next: 'H' }]);
    const e = dslError(() => task('T', { resource: lambdaInvoke(), catch: [pass('H')] as never }));
    expect([e.code, e.field]).toEqual(['InvalidFieldValue', 'Catch']);
  });

  test('a Map Label may be a placeholder or a sub string; its literal text keeps the rule', () => {
    const label = (l: Parameters<typeof distributedMap>[1]['label']) =>
      only(distributedMap('M', { label: l, processor: pass('Item') }))['Label'];
    expect(label(placeholder('MapLabel'))).toBe('${MapLabel}');
    // Every target learns of it like any other placeholder.
    const machine = stateMachine({
      definition: distributedMap('M', { label: placeholder('MapLabel'), processor: pass('Item') }),
    });
    expect(collectPlaceholders(machine.node)).toEqual(['MapLabel']);
    expect(label(sub`run-${placeholder('Stage')}`)).toBe('run-${Stage}');
    expect(dslError(() => label(sub`run ${placeholder('Stage')}`)).code).toBe('InvalidLabel');
    expect(dslError(() => label(path('$.x') as never)).code).toBe('InvalidLabel');
  });

  test('Map field pairs AWS accepts together compile', () => {
    const m = only(
      distributedMap('M', {
        itemReader: {
          resource: integration('s3', 'getObject'),
          parameters: { Bucket: 'b', Key: 'k.json' },
          readerConfig: { inputType: 'JSON' },
        },
        itemsPath: '$.items',
        toleratedFailureCount: 5,
        toleratedFailurePercentage: 10,
        processor: pass('Item'),
      }),
    );
    expect(m['ItemsPath']).toBe('$.items');
    expect([m['ToleratedFailureCount'], m['ToleratedFailurePercentage']]).toEqual([5, 10]);
    const legacy = only(map('L', { mode: 'DISTRIBUTED', iterator: true, processor: pass('Item') }));
    expect(legacy).toHaveProperty('Iterator');
  });
});
