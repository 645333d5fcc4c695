import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { toYaml, yamlString } from '../../src/iac/index.ts';

const tricky = [
  '{% $states.input %}',
  "{%{'a': 1}%}",
  '${ProcessFunctionArn}',
  'yes',
  'No',
  'on',
  'OFF',
  'y',
  'n',
  'true',
  'null',
  '~',
  '',
  '0777',
  '012',
  '1_000',
  '1e3',
  '0x1F',
  '.inf',
  '2024-01-01',
  '1:30',
  '+1',
  '-',
  '- a',
  ': x',
  'a:',
  'a: b',
  'a #b',
  '#x',
  '@x',
  '`x',
  '!Ref x',
  '&a',
  '*a',
  '|',
  '>',
  '%x',
  '=',
  '<<',
  "it's",
  '"q"',
  '\\back',
  'multi\nline\n',
  ' lead',
  'trail ',
  'tab\t',
  '\u2028',
  '\u2029',
  '\u0085',
  '\ufeff',
  '\u007f',
  '\u0000',
  'é😀 ✓',
  'E0',
  'e5',
  '_',
  '$',
  '$.x',
  '$$.Execution.Id',
  "States.Format('{}', $.a)",
  'arn:aws:lambda:us-east-1:123456789012:function:f:*',
];

describe('YAML writer', () => {
  it('writes safe strings plain and quotes everything a YAML parser could misread', () => {
    expect(yamlString('arn:aws:states:::lambda:invoke')).toBe('arn:aws:states:::lambda:invoke');
    expect(yamlString('$.processed')).toBe('$.processed');
    expect(yamlString('{% $states.input %}')).toBe('"{% $states.input %}"');
    expect(yamlString('${Fn}')).toBe('"${Fn}"');
    expect(yamlString('yes')).toBe('"yes"');
    expect(yamlString('\u2028')).toBe('"\\u2028"');
  });

  it('reads back exactly with YAML 1.1 and 1.2 parsers, for tricky strings as keys and values', () => {
    const doc = {
      list: tricky,
      map: Object.fromEntries(tricky.filter((t) => t !== '').map((t, i) => [t, i])),
      nested: [{ a: [[1, 2], []], b: {} }, [['x']], 1e21, -0.5, 1e-7, true, null],
    };
    const text = toYaml(doc, ['comment']);
    for (const version of ['1.1', '1.2'] as const) {
      expect(parse(text, { version })).toEqual(doc);
    }
  });

  it('round-trips keys and values made of YAML indicator characters', () => {
    const unit = fc.constantFrom(
      ...'{}[]%$:#&*!|>\'"@`,?-=<~ \t\nyYnN0eE._+\u2028\u0085\ufeff'.split(''),
    );
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ unit, maxLength: 6 }), fc.string({ unit, maxLength: 6 })),
        (doc) => {
          for (const version of ['1.1', '1.2'] as const)
            expect(parse(toYaml(doc), { version })).toEqual(doc);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('round-trips any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const expected = JSON.parse(JSON.stringify(value)) as unknown;
        for (const version of ['1.1', '1.2'] as const) {
          expect(parse(toYaml(expected), { version })).toEqual(expected);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
