import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  quoteFormatTemplate,
  quoteIntrinsicString,
  STATE_KEY_ORDER,
} from '../../src/emit/index.ts';
import {
  InvalidDefinitionError,
  jsonata,
  States,
  chain,
  compile,
  lambdaInvoke,
  pass,
  path,
  placeholder,
  stateMachine,
  task,
} from '../../src/index.ts';

describe('emitter', () => {
  test('intrinsic literals escape the four reserved characters', () => {
    expect(quoteIntrinsicString("it's {x} \\ y")).toBe("'it\\'s \\{x\\} \\\\ y'");
    expect(quoteFormatTemplate("{}-{x}'\\")).toBe("'{}-\\{x\\}\\'\\\\'");
    expect(States.Format('{} and {}', 'a{b}', path('$.c')).args).toEqual([
      '{} and {}',
      'a{b}',
      { kind: 'JsonPath', path: '$.c' },
    ]);
  });

  test('placeholders: ${Name} by default, any text through the option', () => {
    const m = stateMachine({
      definition: task('T', {
        resource: placeholder('Fn'),
        parameters: { Table: placeholder('Table') },
      }),
    });
    expect(compile(m).asl.States['T']).toMatchObject({
      Resource: '${Fn}',
      Parameters: { Table: '${Table}' },
    });
    const r = compile(m, { placeholder: (n) => `<<${n}>>` });
    expect(r.asl.States['T']).toMatchObject({
      Resource: '<<Fn>>',
      Parameters: { Table: '<<Table>>' },
    });
    expect(r.placeholders).toEqual(['Fn', 'Table']);
  });

  test('the text is canonical: 2 spaces, a trailing newline, same bytes every time', () => {
    const m = stateMachine({
      definition: chain(pass('A'), task('B', { resource: lambdaInvoke() })),
    });
    const { json } = compile(m);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json).toContain('\n  "States": {\n    "A": {\n      "Type": "Pass"');
    expect(compile(m).json).toBe(json);
  });

  test('a key such as __proto__ stays an own key (no prototype pollution)', () => {
    const payload = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<
      string,
      unknown
    >;
    const out = compile(stateMachine({ definition: pass('P', { result: payload as never }) }));
    expect(out.json).toContain('"__proto__"');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('property: any JSON literal survives Result unchanged', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const out = compile(stateMachine({ definition: pass('P', { result: value as never }) }));
        const parsed = JSON.parse(out.json) as { States: { P: { Result?: unknown } } };
        // JSON.stringify turns -0 into 0.
        expect(parsed.States.P.Result).toStrictEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 200 },
    );
  });

  test('property: emitted state keys follow the canonical order', () => {
    const rank = new Map<string, number>(STATE_KEY_ORDER.map((k, i) => [k, i]));
    const files = compile(
      stateMachine({
        definition: task('T', {
          resource: lambdaInvoke(),
          comment: 'c',
          inputPath: '$.a',
          parameters: { a: 1 },
          resultSelector: { b: path('$.b') },
          resultPath: '$.c',
          outputPath: '$.d',
          timeoutSeconds: 10,
          heartbeatSeconds: 5,
          assign: { v: 1 },
        }).retry({ maxAttempts: 1 }),
      }),
    );
    const keys = Object.keys(files.asl.States['T'] as object);
    const ranks = keys.map((k) => rank.get(k) ?? -1);
    expect(ranks.every((r) => r >= 0)).toBe(true);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
  });

  test('compile() validates: errors throw InvalidDefinitionError, validate: false skips it', () => {
    const m = stateMachine({
      queryLanguage: 'JSONata',
      definition: pass('P', { output: jsonata('1 +') }),
    });
    let error: unknown;
    try {
      compile(m);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidDefinitionError);
    expect((error as InvalidDefinitionError).diagnostics.map((d) => d.code)).toContain(
      'InvalidJsonata',
    );
    expect((error as InvalidDefinitionError).state).toBe('P');
    expect(compile(m, { validate: false }).json).toContain('{% 1 + %}');
    const express = stateMachine({
      definition: task('T', { resource: 'arn:aws:states:::batch:submitJob.sync' }),
    });
    expect(() => compile(express, { type: 'EXPRESS' })).toThrow(InvalidDefinitionError);
    expect(compile(express).diagnostics).toEqual([]);
  });
});
