// `extra`: the escape hatch for fields the DSL does not model (issue 13, point 2).
import { describe, expect, test } from 'vitest';
import { buildArtifacts } from '../../src/iac/index.ts';
import { validateArtifacts } from '../../src/cli/build/validate-artifacts.ts';
import {
  Condition,
  chain,
  choice,
  compile,
  distributedMap,
  fail,
  lambdaInvoke,
  map,
  parallel,
  pass,
  path,
  placeholder,
  prefixStates,
  stateMachine,
  sub,
  succeed,
  task,
  wait,
  type ExtraFields,
} from '../../src/index.ts';
import { validate } from '../../src/validate/index.ts';
import { dslError } from '../support/dsl-error.ts';

const extra: ExtraFields = { ZetaField: 1, AlphaField: { Mode: 'FAST', 'Raw.$': '$.x' } };

describe('extra writes fields the DSL does not model', () => {
  test('after every field aslc writes, sorted by key, on every state type and the machine', () => {
    const machine = stateMachine({
      comment: 'top',
      extra: { NewTopLevel: true },
      definition: chain(
        pass('P', { extra, result: 1 }),
        task('T', { resource: lambdaInvoke(), extra }).retry({ maxAttempts: 1 }),
        wait('W', { seconds: 1, extra }),
        parallel('Par', { branches: [succeed('S', { extra })], extra }),
        map('M', { processor: pass('Item'), extra }),
        distributedMap('D', { processor: pass('DItem'), extra }),
        choice('C', { extra })
          .when(Condition.isPresent('$.x'), fail('F', { error: 'E', extra }))
          .otherwise(succeed('Done')),
      ),
    });
    const { asl, diagnostics } = compile(machine);
    expect(Object.keys(asl)).toEqual(['Comment', 'StartAt', 'States', 'NewTopLevel']);
    const keys = (s: unknown) => Object.keys(s as object);
    expect(keys(asl.States['P'])).toEqual(['Type', 'Result', 'Next', 'AlphaField', 'ZetaField']);
    expect(keys(asl.States['T'])).toEqual([
      'Type',
      'Resource',
      'Retry',
      'Next',
      'AlphaField',
      'ZetaField',
    ]);
    expect(asl.States['P']).toMatchObject({
      AlphaField: { Mode: 'FAST', 'Raw.$': '$.x' },
      ZetaField: 1,
    });
    for (const name of ['W', 'Par', 'M', 'D', 'C']) {
      expect(keys(asl.States[name]).slice(-2), name).toEqual(['AlphaField', 'ZetaField']);
    }
    // Every extra field is one the validator does not know: a warning each, never an error.
    expect(diagnostics.filter((d) => d.code === 'ExtraField')).toHaveLength(19);
    expect(diagnostics.every((d) => d.severity === 'warning')).toBe(true);
    expect(diagnostics.find((d) => d.path === '/States/T/AlphaField')).toMatchObject({
      code: 'ExtraField',
      state: 'T',
      message:
        "Field 'AlphaField' is not one aslc knows on a Task state; it was added on purpose (extra)",
    });
    expect(diagnostics.find((d) => d.path === '/NewTopLevel')).toBeDefined();
  });

  test('values are fixed JSON: placeholders and sub strings are substituted, references refused', () => {
    const machine = stateMachine({
      definition: task('T', {
        resource: lambdaInvoke(),
        extra: {
          NewArn: placeholder('Arn'),
          NewText: sub`arn:${placeholder('Partition')}:x`,
          NewList: [1, 'two', null, { a: [true] }],
        },
      }),
    });
    const { asl, placeholders } = compile(machine, { placeholder: (n) => `<${n}>` });
    expect(placeholders).toEqual(['Arn', 'Partition']);
    expect(asl.States['T']).toMatchObject({
      NewArn: '<Arn>',
      NewList: [1, 'two', null, { a: [true] }],
      NewText: 'arn:<Partition>:x',
    });
    const e = dslError(() =>
      task('T', { resource: lambdaInvoke(), extra: { NewPath: path('$.x') } }),
    );
    expect(e.code).toBe('InvalidTemplateValue');
    expect(e.field).toBe('extra.NewPath');
  });

  test('survives prefixStates, and the same IR gives the same bytes', () => {
    const fragment = chain(pass('A', { extra: { NewField: 1 } }), pass('B'));
    const machine = stateMachine({ definition: prefixStates(fragment, 'X ') });
    expect(compile(machine).asl.States['X A']).toMatchObject({ NewField: 1 });
    expect(compile(machine).json).toBe(compile(machine).json);
  });

  test('a machine built from the same options in another key order gives the same bytes', () => {
    const a = stateMachine({ definition: pass('P', { extra: { BField: 2, AField: 1 } }) });
    const b = stateMachine({ definition: pass('P', { extra: { AField: 1, BField: 2 } }) });
    expect(compile(a).json).toBe(compile(b).json);
  });
});

describe('extra refuses what it must not write, with coded errors', () => {
  test('a field the DSL models, naming the option to use', () => {
    const cases: [() => unknown, string, RegExp][] = [
      [() => pass('P', { extra: { ResultPath: '$.x' } }), 'extra.ResultPath', /'resultPath'/],
      [() => task('T', { resource: lambdaInvoke(), extra: { Next: 'X' } }), 'extra.Next', /chain/],
      [
        () => task('T', { resource: lambdaInvoke(), extra: { Type: 'Pass' } }),
        'extra.Type',
        /builder/,
      ],
      [() => pass('P', { extra: { Seconds: 3 } }), 'extra.Seconds', /'seconds'/],
      [() => pass('P', { extra: { Retry: [] } }), 'extra.Retry', /retry/],
      [() => parallel('P', { extra: { Branches: [] } }), 'extra.Branches', /branch/],
      [
        () => stateMachine({ definition: pass('P'), extra: { StartAt: 'P' } }),
        'extra.StartAt',
        /definition/,
      ],
      [
        () => stateMachine({ definition: pass('P'), extra: { TimeoutSeconds: 3 } }),
        'extra.TimeoutSeconds',
        /'timeoutSeconds'/,
      ],
    ];
    for (const [build, field, hint] of cases) {
      const e = dslError(build);
      expect(e.code, field).toBe('ExtraFieldModelled');
      expect(e.field).toBe(field);
      expect(e.hint).toMatch(hint);
    }
    expect(dslError(() => pass('P', { extra: { Comment: 'x' } })).state).toBe('P');
  });

  test('keys that are not ASL field names, prototype keys included', () => {
    const keys = ['foo', 'Foo.$', 'Foo Bar', 'Foo-Bar', 'F'.repeat(129), 'constructor', 'toString'];
    for (const key of keys) {
      const e = dslError(() => pass('P', { extra: { [key]: 1 } }));
      expect(e.code, key).toBe('InvalidExtraField');
      expect(e.hint).toBeDefined();
    }
    const parsed = JSON.parse('{"__proto__": {"polluted": true}}') as ExtraFields;
    expect(dslError(() => pass('P', { extra: parsed })).code).toBe('InvalidExtraField');
    // In a literal, __proto__ sets the prototype: not a plain object of fields.
    const literal = { __proto__: { polluted: true } } as unknown as ExtraFields;
    expect(dslError(() => pass('P', { extra: literal })).code).toBe('InvalidExtraField');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('values that are not data, deep, cyclic or too large', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    let shared: unknown = 1;
    for (let i = 0; i < 40; i++) shared = { a: shared, b: shared };
    const throwing = Object.defineProperty({}, 'NewField', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const started = Date.now();
    for (const value of [
      { NewField: deep },
      { NewField: cyclic },
      { NewField: shared },
      throwing,
      'NewField',
      [1],
      null,
      new Map(),
    ]) {
      const e = dslError(() => pass('P', { extra: value as ExtraFields }));
      expect(['InvalidExtraField', 'InvalidTemplateValue']).toContain(e.code);
    }
    expect(Date.now() - started).toBeLessThan(5000);
    expect(dslError(() => pass('P', { extra: { NewField: () => 1 } as never })).code).toBe(
      'InvalidTemplateValue',
    );
  });
});

describe('the validator and aslc build', () => {
  test('validate() reports a field named in extraFields as an ExtraField warning, any other as an error', () => {
    const definition = {
      StartAt: 'A',
      States: { A: { Type: 'Pass', End: true, NewField: 1, Other: 2 } },
    };
    const diagnostics = validate(definition, { extraFields: ['/States/A/NewField'] });
    expect(diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([
      ['ExtraField', 'warning', '/States/A/NewField'],
      ['UnsupportedField', 'error', '/States/A/Other'],
    ]);
  });

  test('aslc build validates the deployed definitions with the same tolerance', () => {
    const machine = stateMachine({ definition: pass('P', { extra: { NewField: 1 } }) });
    const { artifacts, problems } = buildArtifacts([{ name: 'w', machine: machine.node }], {
      targets: { asl: {}, sam: {}, terraform: {} },
    });
    expect(problems).toEqual([]);
    const { errors, warnings } = validateArtifacts(artifacts);
    expect(errors).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/ExtraField/);
  });
});
