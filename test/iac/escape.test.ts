import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escapeFnSub,
  escapeIntrinsicLiteral,
  escapeTerraformTemplate,
  findLiteral,
  hclString,
  jsonStringContent,
} from '../../src/iac/index.ts';

/** A reference reader of Terraform template literal text: `$${` → `${`, `%%{` → `%{`. */
function readTemplateLiteral(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if ((text[i] === '$' || text[i] === '%') && text[i + 1] === text[i] && text[i + 2] === '{') {
      out += text[i] + '{';
      i += 2;
    } else if ((text[i] === '$' || text[i] === '%') && text[i + 1] === '{') {
      throw new Error(`unescaped template sequence at ${i} in ${JSON.stringify(text)}`);
    } else {
      out += text[i];
    }
  }
  return out;
}

describe('escapeTerraformTemplate', () => {
  it.each([
    ['${HOME}', '$${HOME}'],
    ['%{if x}', '%%{if x}'],
    ['$${already}', '$$${already}'],
    ['%%{already}', '%%%{already}'],
    ["{%{'a': 1}%}", "{%%{'a': 1}%}"],
    ['$ { % {', '$ { % {'],
    ['{% $states.input %}', '{% $states.input %}'],
    ['a$', 'a$'],
  ])('%s → %s', (input, expected) => {
    expect(escapeTerraformTemplate(input)).toBe(expected);
  });

  it('is read back as the original text by the template rules, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('$', '%', '{', '}', 'a', '\\', '"') }), (s) => {
        expect(readTemplateLiteral(escapeTerraformTemplate(s))).toBe(s);
      }),
    );
  });
});

describe('escapeFnSub', () => {
  it('writes ${ as ${! and leaves everything else', () => {
    expect(escapeFnSub('echo ${HOME} $x {y} ${!z}')).toBe('echo ${!HOME} $x {y} ${!!z}');
  });
});

describe('hclString', () => {
  it.each([
    ['plain', '"plain"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['back\\slash', '"back\\\\slash"'],
    ['line\nbreak\ttab\r', '"line\\nbreak\\ttab\\r"'],
    ['\u0001\u007f', '"\\u0001\\u007f"'],
    ['${x} %{y}', '"$${x} %%{y}"'],
    ['Straße ✓ 😀', '"Straße ✓ 😀"'],
  ])('%j → %s', (input, expected) => {
    expect(hclString(input)).toBe(expected);
  });
});

describe('jsonStringContent and escapeIntrinsicLiteral', () => {
  it('give exactly what JSON.stringify writes between the quotes', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(JSON.parse('"' + jsonStringContent(s) + '"')).toBe(s);
      }),
    );
  });

  it("escape ' { } and \\ in intrinsic literals", () => {
    expect(escapeIntrinsicLiteral("it's {x} \\")).toBe("it\\'s \\{x\\} \\\\");
  });
});

describe('findLiteral', () => {
  it('finds values and keys, with pointers and the innermost state', () => {
    const doc = {
      Comment: 'top ${x}',
      StartAt: 'A',
      States: {
        A: {
          Type: 'Parallel',
          Branches: [
            {
              StartAt: 'B/1',
              States: { 'B/1': { Type: 'Pass', Result: { 'k${': 'v' }, End: true } },
            },
          ],
          End: true,
        },
        'C${': { Type: 'Succeed' },
      },
    };
    expect(findLiteral(doc, '${')).toEqual([
      { pointer: '/Comment', state: undefined, inKey: false },
      { pointer: '/States/A/Branches/0/States/B~11/Result/k${', state: 'B/1', inKey: true },
      { pointer: '/States/C${', state: 'C${', inKey: true },
    ]);
  });
});
