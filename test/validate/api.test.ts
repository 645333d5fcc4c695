import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  aslSchema,
  DIAGNOSTIC_CODES,
  formatDiagnostic,
  isValid,
  RULES,
  validate,
  validateText,
} from '../../src/validate/index.ts';
import { root } from './support.ts';

const PASS_CATCH = {
  StartAt: 'P',
  States: { P: { Type: 'Pass', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'P' }], End: true } },
};

describe('validate()', () => {
  it('returns diagnostics with code, severity, message, path, state and awsCode', () => {
    expect(validate(PASS_CATCH)).toEqual([
      {
        code: 'UnsupportedField',
        severity: 'error',
        message: "Field 'Catch' is not supported on a Pass state",
        path: '/States/P/Catch',
        state: 'P',
        awsCode: 'SCHEMA_VALIDATION_FAILED',
      },
    ]);
  });

  it('does not modify the definition and is deterministic', () => {
    const def = structuredClone(PASS_CATCH);
    const a = validate(def);
    expect(def).toEqual(PASS_CATCH);
    expect(validate(def)).toEqual(a);
  });

  it('translates schema errors without oneOf/anyOf noise: one diagnostic per problem', () => {
    const d = validate({
      StartAt: 'T',
      States: {
        T: {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke',
          Output: {},
          TimeoutSeconds: 'soon',
          Retry: [{ ErrorEquals: ['States.ALL'], BackoffRate: 0 }],
          End: true,
        },
      },
    });
    expect(d.map((x) => `${x.path} ${x.code}: ${x.message}`)).toEqual([
      "/States/T/Output FieldNotInQueryLanguage: The QueryLanguage is set to 'JSONPath', but field 'Output' is only supported for the 'JSONata' QueryLanguage",
      "/States/T/Retry/0/BackoffRate InvalidValue: Field 'BackoffRate' must be at least 1, not 0",
      "/States/T/TimeoutSeconds InvalidType: Field 'TimeoutSeconds' must be an integer, not a string",
    ]);
  });

  it('describes JSONata-capable fields in type errors', () => {
    const d = validate({
      QueryLanguage: 'JSONata',
      StartAt: 'W',
      States: { W: { Type: 'Wait', Seconds: true, End: true } },
    });
    expect(d.map((x) => x.message)).toEqual([
      "Field 'Seconds' must be an integer or a JSONata expression '{% … %}', not a boolean",
    ]);
  });

  it('drops format errors on placeholder strings only when placeholders are allowed', () => {
    const def = {
      StartAt: 'M',
      States: {
        M: {
          Type: 'Map',
          ItemProcessor: {
            ProcessorConfig: { Mode: '${Mode}', ExecutionType: 'STANDARD' },
            StartAt: 'I',
            States: { I: { Type: 'Pass', End: true } },
          },
          End: true,
        },
      },
    };
    expect(validate(def).map((d) => d.code)).toContain('InvalidValue');
    expect(
      validate(def, { allowPlaceholders: true }).filter((d) => d.code === 'InvalidValue'),
    ).toEqual([]);
  });

  it('accepts Unicode identifiers as variable names, assigned and read back', () => {
    const names = (assign: Record<string, unknown>, read: string) =>
      validate({
        StartAt: 'A',
        States: {
          A: { Type: 'Pass', Assign: assign, Next: 'B' },
          B: { Type: 'Pass', Parameters: { 'v.$': read }, End: true },
        },
      }).map((d) => d.code);
    expect(names({ 'cafe\u0301': 1 }, '$cafe\u0301')).toEqual([]);
    expect(names({ '\u{1D465}': 1, 'x\u00b2': 2 }, '$\u{1D465}')).toEqual([]);
    expect(names({ '2x': 1 }, '$.x')).toEqual(['InvalidVariableName']);
    expect(names({ 'x-y': 1 }, '$.x')).toEqual(['InvalidVariableName']);
  });

  it('survives prototype-named states, types and keys', () => {
    const def = JSON.parse(
      '{"StartAt":"constructor","States":{"constructor":{"Type":"constructor","End":true},"__proto__":{"Type":"Pass","Next":"toString"},"hasOwnProperty":{"Type":"Pass","Parameters":{"toString":1,"toString.$":"$"},"End":true}}}',
    ) as unknown;
    const codes = validate(def).map((d) => d.code);
    expect(codes).toContain('InvalidValue');
    expect(codes).toContain('MissingTransitionTarget');
    expect(codes).toContain('ConflictingPayloadKeys');
  });

  it('checks the 1 MB quota on the text it was given', () => {
    const big = JSON.stringify({
      StartAt: 'P',
      States: { P: { Type: 'Pass', Result: 'x'.repeat(1024 * 1024), End: true } },
    });
    expect(validateText(big).map((d) => d.code)).toEqual(['DefinitionTooLarge']);
    expect(validate(JSON.parse(big)).map((d) => d.code)).toEqual(['DefinitionTooLarge']);
  });

  it('isValid ignores warnings', () => {
    const warn = validate({
      StartAt: 'P',
      States: { P: { Type: 'Pass', Parameters: { id: '$.id' }, End: true } },
    });
    expect(warn.map((d) => d.severity)).toEqual(['warning']);
    expect(isValid(warn)).toBe(true);
    expect(isValid(validate(PASS_CATCH))).toBe(false);
  });
});

describe('formatDiagnostic', () => {
  it('formats file:pointer: severity Code (state): message and a hint', () => {
    const [d] = validate({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'A' } } });
    expect(d && formatDiagnostic(d, { file: 'f.asl.json' })).toBe(
      'f.asl.json:/States: error MissingEndState: Workflow has no terminal state Hint: end a path with "End": true, a Succeed state or a Fail state',
    );
  });

  it('uses line:column for JSON syntax errors and (root) for the document', () => {
    const [json] = validateText('{"a": }');
    expect(json && formatDiagnostic(json)).toMatch(/^1:7: error InvalidJson: /);
    const [root] = validate(7);
    expect(root && formatDiagnostic(root)).toBe(
      '(root): error InvalidType: The definition must be a JSON object, not an integer',
    );
  });
});

describe('catalogue, rules and README', () => {
  it('every rule reports only catalogued codes, and every code is reported by a rule or the schema', () => {
    const schemaCodes = [
      'InvalidJson',
      'InvalidUtf8',
      'DefinitionTooDeep',
      'UnreadableDefinition',
      'UnsupportedField',
      'ExtraField',
      'FieldNotInQueryLanguage',
      'MissingField',
      'InvalidType',
      'InvalidValue',
      'NextInNestedChoiceRule',
    ];
    const ruleCodes = RULES.flatMap((r) => r.codes);
    for (const c of ruleCodes) expect(Object.hasOwn(DIAGNOSTIC_CODES, c)).toBe(true);
    const reported = new Set([...schemaCodes, ...ruleCodes]);
    expect(Object.keys(DIAGNOSTIC_CODES).filter((c) => !reported.has(c))).toEqual([]);
  });

  it('one rule per file under src/validate/rules', () => {
    for (const rule of RULES) {
      const text = readFileSync(join(root, 'src', 'validate', 'rules', `${rule.name}.ts`), 'utf8');
      expect(text).toContain(`name: '${rule.name}'`);
    }
  });

  it('the README documents every code with its AWS code and severity', () => {
    const readme = readFileSync(join(root, 'src', 'validate', 'README.md'), 'utf8');
    for (const [code, entry] of Object.entries(DIAGNOSTIC_CODES)) {
      const row = readme.split('\n').find((l) => l.startsWith(`| \`${code}\` |`));
      expect(row, code).toBeDefined();
      expect(row).toContain(entry.awsCode ?? '—');
      expect(row).toContain(entry.severity);
    }
  });

  it('the schema is JSON Schema 2020-12 and has the state variants of both query languages', () => {
    const schema = aslSchema();
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    const defs = Object.keys(schema['$defs'] as object);
    for (const type of ['Pass', 'Task', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map']) {
      expect(defs).toContain(`jsonpath${type}`);
      expect(defs).toContain(`jsonata${type}`);
    }
  });
});
