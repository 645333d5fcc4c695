import { describe, expect, test } from 'vitest';
import {
  Condition,
  States,
  chain,
  choice,
  compile,
  contextPath,
  fail,
  intrinsic,
  jsonata,
  lambdaInvoke,
  map,
  parallel,
  pass,
  path,
  placeholder,
  prefixStates,
  stateMachine,
  succeed,
  task,
  variable,
  wait,
  type Chainable,
} from '../../src/index.ts';
import { dslError } from '../support/dsl-error.ts';

/** Runs `build` and returns the DslError it throws. */

const machine = (definition: Chainable, queryLanguage?: 'JSONPath' | 'JSONata') =>
  stateMachine({ definition, ...(queryLanguage === undefined ? {} : { queryLanguage }) });

describe('DSL misuse throws coded errors that name the state and the fix', () => {
  test('a second next on the same state', () => {
    const a = pass('A');
    const e = dslError(() =>
      machine(chain(parallel('P', { branches: [a.next(pass('B'))] }).next(a.next(pass('C'))))),
    );
    expect(e.code).toBe('DuplicateStateName');
    const shared = pass('Shared');
    const e2 = dslError(() =>
      machine(
        choice('Pick')
          .when(Condition.isPresent('$.x'), shared.next(pass('X')))
          .otherwise(shared.next(pass('Y'))),
      ),
    );
    expect(e2.code).toBe('StateAlreadyHasNext');
    expect(e2.state).toBe('Shared');
    expect(e2.message).toMatch(/already continues to '[XY]'; it cannot also continue to '[XY]'/);
    expect(e2.hint).toBeDefined();
  });

  test('an empty chain, or something that is not a state', () => {
    expect(dslError(() => (chain as (...a: unknown[]) => unknown)()).code).toBe('EmptyChain');
    expect(dslError(() => chain(pass('A'), 42 as never)).code).toBe('EmptyChain');
  });

  test('next after a terminal state', () => {
    expect(dslError(() => succeed('Done').next(pass('After'))).code).toBe(
      'CannotChainAfterTerminal',
    );
    expect(dslError(() => chain(pass('A'), fail('Stop'), pass('After'))).state).toBe('Stop');
    const e = dslError(() =>
      choice('C').when(Condition.isPresent('$.a'), pass('A')).next(pass('B')),
    );
    expect(e.code).toBe('CannotChainAfterTerminal');
    expect(e.hint).toContain('afterwards');
  });

  test('Catch or Retry on a state that cannot have them', () => {
    const e = dslError(() => pass('P', { catch: [] } as never));
    expect(e.code).toBe('FieldNotSupported');
    expect(e.state).toBe('P');
    expect(e.field).toBe('catch');
    expect(e.hint).toContain('only Task, Parallel and Map');
    expect(dslError(() => wait('W', { seconds: 1, retry: {} } as never)).code).toBe(
      'FieldNotSupported',
    );
    expect(dslError(() => choice('C', { retry: {} } as never)).code).toBe('FieldNotSupported');
    expect(dslError(() => succeed('S', { catch: [] } as never)).code).toBe('FieldNotSupported');
    expect(dslError(() => fail('F', { retry: [] } as never)).code).toBe('FieldNotSupported');
  });

  test('a JSONata-only field on a JSONPath state, and the reverse', () => {
    const e = dslError(() => machine(pass('P', { output: { a: 1 } })));
    expect(e.code).toBe('FieldRequiresJsonata');
    expect(e.field).toBe('Output');
    expect(e.state).toBe('P');
    const e2 = dslError(() => machine(pass('P', { parameters: { a: 1 } }), 'JSONata'));
    expect(e2.code).toBe('FieldRequiresJsonPath');
    expect(e2.hint).toContain("'arguments'");
    expect(
      dslError(() => machine(task('T', { resource: lambdaInvoke(), arguments: {} }))).code,
    ).toBe('FieldRequiresJsonata');
    expect(dslError(() => machine(pass('P', { parameters: { a: jsonata('1') } }))).code).toBe(
      'FieldRequiresJsonata',
    );
    expect(dslError(() => machine(pass('P', { output: { a: path('$.a') } }), 'JSONata')).code).toBe(
      'FieldRequiresJsonPath',
    );
    expect(dslError(() => machine(wait('W', { seconds: path('$.s') }), 'JSONata')).code).toBe(
      'FieldRequiresJsonPath',
    );
    expect(dslError(() => machine(wait('W', { seconds: jsonata('3') }))).code).toBe(
      'FieldRequiresJsonata',
    );
    expect(dslError(() => machine(choice('C').when(jsonata('true'), pass('A')))).code).toBe(
      'FieldRequiresJsonata',
    );
    expect(
      dslError(() => machine(choice('C').when(Condition.isPresent('$.a'), pass('A')), 'JSONata'))
        .code,
    ).toBe('FieldRequiresJsonPath');
    expect(
      dslError(() => machine(pass('P', { parameters: { 'a.$': '$.a' } }), 'JSONata')).code,
    ).toBe('FieldRequiresJsonPath');
  });

  test('a JSONPath state inside a JSONata machine', () => {
    const e = dslError(() => machine(pass('Legacy', { queryLanguage: 'JSONPath' }), 'JSONata'));
    expect(e.code).toBe('ConflictingQueryLanguages');
    expect(e.state).toBe('Legacy');
  });

  test('a Choice without rules, a Parallel without branches', () => {
    expect(dslError(() => machine(choice('Empty'))).code).toBe('ChoiceWithoutRules');
    expect(dslError(() => choice('Empty').afterwards()).code).toBe('ChoiceWithoutRules');
    expect(dslError(() => machine(parallel('None'))).code).toBe('ParallelWithoutBranches');
    const twice = choice('C').when(Condition.isPresent('$.a'), pass('A')).otherwise(pass('B'));
    expect(dslError(() => twice.otherwise(pass('D'))).code).toBe('ChoiceAlreadyHasDefault');
  });

  test('an unknown intrinsic, and a wrong number of arguments', () => {
    const e = dslError(() => intrinsic('States.Bogus', 1));
    expect(e.code).toBe('UnknownIntrinsic');
    expect(dslError(() => intrinsic('States.format', 'x')).hint).toContain("'States.Format'");
    expect(dslError(() => intrinsic('States.UUID', 1)).code).toBe('IntrinsicArity');
    expect(dslError(() => intrinsic('States.MathAdd', 1)).message).toContain(
      'takes 2 arguments, got 1',
    );
    let deep = States.UUID();
    for (let i = 0; i < 9; i++) deep = States.Array(deep);
    expect(dslError(() => States.Array(deep)).code).toBe('IntrinsicNestingTooDeep');
  });

  test('a reference inside an array', () => {
    const e = dslError(() => machine(pass('P', { parameters: { list: ['a', path('$.b')] } })));
    expect(e.code).toBe('ReferenceInArray');
    expect(e.state).toBe('P');
    expect(e.hint).toContain('States.Array');
  });

  test('duplicate names name both places; prefixing lifts the limit', () => {
    const fragment = () => chain(pass('Step'), pass('Merge'));
    const e = dslError(() => machine(chain(fragment(), parallel('P', { branches: [fragment()] }))));
    expect(e.code).toBe('DuplicateStateName');
    expect(e.message).toContain('the top level');
    expect(e.message).toContain("branch 0 of Parallel 'P'");
    expect(e.hint).toContain('prefixStates');
    expect(() => machine(chain(fragment(), prefixStates(fragment(), 'Again: ')))).not.toThrow();
  });

  test('names: empty, too long, control characters; prefixes that overflow', () => {
    expect(dslError(() => pass('')).code).toBe('InvalidStateName');
    expect(dslError(() => pass('a\nb')).code).toBe('InvalidStateName');
    expect(dslError(() => pass('x'.repeat(81))).code).toBe('StateNameTooLong');
    expect(() => pass('é'.repeat(80))).not.toThrow();
    const long = pass('y'.repeat(75));
    expect(dslError(() => prefixStates(long, 'Prefix: ')).code).toBe('StateNameTooLong');
    const shortened = prefixStates(long, 'Prefix: ', { shorten: true });
    expect(shortened.startState).toHaveLength(80);
    expect(shortened.startState).toMatch(/^Prefix: y+~[0-9a-f]{6}$/);
    expect(prefixStates(long, 'Prefix: ', { shorten: true }).startState).toBe(shortened.startState);
  });

  test('Result is a fixed value: references are refused, `.$` keys stay plain keys', () => {
    expect(dslError(() => pass('P', { result: { a: path('$.a') } })).code).toBe(
      'InvalidTemplateValue',
    );
    expect(dslError(() => pass('P', { result: { a: jsonata('1') } })).message).toContain(
      'Result is a fixed value',
    );
    const out = compile(machine(pass('P', { result: { 'x.$': 'not a path', x: 1 } }))).asl;
    expect(out.States['P']).toMatchObject({ Result: { 'x.$': 'not a path', x: 1 } });
  });

  test('values that are not JSON', () => {
    expect(dslError(() => pass('P', { result: { f: () => 1 } as never })).code).toBe(
      'InvalidTemplateValue',
    );
    expect(dslError(() => pass('P', { result: { n: Number.NaN } })).code).toBe(
      'InvalidTemplateValue',
    );
    expect(dslError(() => pass('P', { result: new Date(0) as never })).code).toBe(
      'InvalidTemplateValue',
    );
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(dslError(() => pass('P', { result: cyclic as never })).message).toContain('cycle');
    expect(dslError(() => pass('P', { parameters: { a: 1, 'a.$': '$.a' } })).code).toBe(
      'ConflictingKeys',
    );
    expect(dslError(() => pass('P', { parameters: { 'a.$': 'not a path' } })).code).toBe(
      'InvalidJsonPath',
    );
  });

  test('paths, JSONata, placeholders and variables are checked', () => {
    expect(dslError(() => path('a.b')).code).toBe('InvalidJsonPath');
    expect(dslError(() => path('$.a[0')).code).toBe('InvalidJsonPath');
    expect(dslError(() => pass('P', { inputPath: 'a' })).code).toBe('InvalidJsonPath');
    expect(dslError(() => jsonata('')).code).toBe('InvalidJsonataExpression');
    expect(dslError(() => jsonata('{% 1 %}')).code).toBe('InvalidJsonataExpression');
    expect(dslError(() => placeholder('1abc')).code).toBe('InvalidPlaceholderName');
    expect(dslError(() => placeholder('a-b')).code).toBe('InvalidPlaceholderName');
    expect(dslError(() => variable('9lives')).code).toBe('InvalidVariableName');
    expect(dslError(() => pass('P', { assign: { 'bad name': 1 } })).code).toBe(
      'InvalidVariableName',
    );
    expect(contextPath('Execution.Name').path).toBe('$$.Execution.Name');
    expect(variable('user', 'id').path).toBe('$user.id');
  });

  test('retry and catch rules', () => {
    const t = () => task('T', { resource: lambdaInvoke() });
    expect(dslError(() => t().retry({ errors: ['States.ALL', 'X'] })).code).toBe(
      'ErrorAllMustAppearAlone',
    );
    expect(dslError(() => t().catch(pass('H'), { errors: ['States.ALL', 'X'] })).code).toBe(
      'ErrorAllMustAppearAlone',
    );
    expect(dslError(() => t().retry({ backoffRate: 0.5 })).code).toBe('InvalidRetry');
    expect(dslError(() => t().retry({ maxAttempts: -1 })).code).toBe('InvalidFieldValue');
    expect(dslError(() => t().retry({ errors: [] })).code).toBe('InvalidFieldValue');
    // A predefined name in the wrong case never matches: a typo.
    expect(dslError(() => t().retry({ errors: ['States.Taskfailed'] })).code).toBe(
      'ReservedErrorName',
    );
    expect(dslError(() => fail('F', { error: 'States.timeout' })).hint).toMatch(/States\.Timeout/);
  });

  test('field rules of Task, Wait, Map and the machine', () => {
    expect(dslError(() => task('T', { resource: 'not-an-arn' })).code).toBe('InvalidResource');
    expect(
      dslError(() =>
        task('T', { resource: lambdaInvoke(), timeoutSeconds: 10, heartbeatSeconds: 11 }),
      ).code,
    ).toBe('HeartbeatNotLessThanTimeout');
    // Equal values, and Distributed Map fields on an inline Map, are what the validator only
    // warns about (AWS accepts the definitions): they compile, with the validator's warning.
    const warnings = (m: ReturnType<typeof machine>) =>
      compile(m).diagnostics.map((d) => `${d.severity} ${d.code}`);
    expect(
      warnings(
        machine(task('T', { resource: lambdaInvoke(), timeoutSeconds: 10, heartbeatSeconds: 10 })),
      ),
    ).toEqual(['warning HeartbeatEqualsTimeout']);
    expect(warnings(machine(map('M', { processor: pass('I'), label: 'x' })))).toEqual([
      'warning DistributedMapOnlyField',
    ]);
    expect(dslError(() => wait('W', {} as never)).code).toBe('MissingField');
    expect(dslError(() => wait('W', { seconds: 1, timestamp: '2026-01-01T00:00:00Z' })).code).toBe(
      'MissingField',
    );
    expect(dslError(() => wait('W', { timestamp: 'tomorrow' })).code).toBe('InvalidFieldValue');
    expect(dslError(() => map('M', {} as never)).code).toBe('MissingField');
    expect(
      dslError(() => map('M', { processor: pass('I'), itemsPath: '$.a', items: [] })).code,
    ).toBe('ConflictingFields');
    expect(
      dslError(() => map('M', { processor: pass('I'), mode: 'DISTRIBUTED', label: 'has space' }))
        .code,
    ).toBe('InvalidLabel');
    expect(
      dslError(() =>
        map('M', { processor: pass('I'), mode: 'DISTRIBUTED', toleratedFailurePercentage: 150 }),
      ).code,
    ).toBe('InvalidFieldValue');
    expect(dslError(() => stateMachine({} as never)).code).toBe('MissingField');
    expect(dslError(() => stateMachine({ definition: pass('A'), timeoutSeconds: 0 })).code).toBe(
      'InvalidFieldValue',
    );
    expect(dslError(() => stateMachine({ definition: pass('A'), version: '2.0' })).code).toBe(
      'InvalidFieldValue',
    );
  });

  test('errors format as one actionable line', () => {
    const e = dslError(() => machine(pass('P', { output: {} })));
    expect(e.format()).toMatch(/^FieldRequiresJsonata: .*\(state 'P', field 'Output'\)\. Hint: /);
  });

  test('building does not mutate shared builders (immutability)', () => {
    const base = task('T', { resource: lambdaInvoke() });
    const withRetry = base.retry({ maxAttempts: 1 });
    expect(compile(machine(base)).json).not.toContain('Retry');
    expect(compile(machine(withRetry)).json).toContain('Retry');
  });
});
