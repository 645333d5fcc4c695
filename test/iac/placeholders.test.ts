import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createSentinels,
  dollarBrace,
  jsonValues,
  rawValues,
  renderSentinels,
} from '../../src/iac/index.ts';
import { compile } from '../../src/compile.ts';
import { hostileMachine, hostileValues } from './support/machines.ts';

describe('sentinels', () => {
  it('choose a prefix that occurs in no literal', () => {
    const s = createSentinels(['A'], ['xx ASLCPH0Z yy', 'ASLCPH1Z']);
    expect(s.token('A')).toBe('ASLCPH2Z0Z');
    expect(s.test('… ASLCPH1Z …')).toBe(false);
  });

  it('tell intrinsic arguments from strings by their token, not by the text around them', () => {
    const s = createSentinels(['A', 'B'], []);
    const seen: string[] = [];
    const text = `"'${s.token('A')}'" "States.Format('{}', 'x${s.token('B', 'intrinsic')}y')"`;
    s.replace(text, (name, context) => {
      seen.push(`${name}:${context}`);
      return '';
    });
    expect(seen).toEqual(['A:string', 'B:intrinsic']);
  });

  it('refuse an invalid placeholder name', () => {
    expect(() => createSentinels(['bad-name'], [])).toThrow(
      /InvalidPlaceholderName|invalid placeholder/,
    );
  });

  it('are replaced exactly, whatever the literal text around them', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 4 }), fc.string(), (literals, extra) => {
        const s = createSentinels(['P'], [...literals, extra]);
        const text = literals.join(s.token('P'));
        const out = s.replace(text, () => '<P>');
        expect(out).toBe(literals.join('<P>'));
      }),
    );
  });
});

describe('renderSentinels', () => {
  const machine = hostileMachine().node;
  const def = renderSentinels(machine);

  it('keeps the default ${Name} form byte for byte', () => {
    expect(def.sentinels.replace(def.text, dollarBrace)).toBe(compile(hostileMachine()).json);
  });

  it('lists the placeholders, sorted, and avoids the literal sentinel prefix in the comment', () => {
    expect(def.sentinels.names).toEqual(['AuditFnArn', 'ChargeFnArn', 'QueueUrl', 'Stage']);
    expect(def.sentinels.token('Stage')).toBe('ASLCPH1Z3Z');
  });

  it('renders values exactly: JSON escaping, and intrinsic escaping inside intrinsic arguments', () => {
    const values = { ...hostileValues, Stage: `it's {"x"} \\ ${'${'}` };
    const asl = JSON.parse(def.sentinels.replace(def.text, jsonValues(values))) as {
      States: { Charge: { Parameters: Record<string, string> } };
    };
    expect(asl.States.Charge.Parameters['Key.$']).toBe(
      "States.Format('{}/{}', 'it\\'s \\{\"x\"\\} \\\\ $\\{', $.id)",
    );
    expect(asl.States.Charge.Parameters['FunctionName']).toBe(hostileValues.ChargeFnArn);
  });

  it('renders raw values for parsed documents', () => {
    expect(rawValues({ A: "x'" })('A', 'intrinsic')).toBe("x\\'");
    expect(rawValues({ A: "x'" })('A', 'string')).toBe("x'");
  });
});
