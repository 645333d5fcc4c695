/**
 * Differential test of the one ASL language layer (issue 12): for generated strings and for every
 * path, intrinsic call and variable name found in the project's fixtures, goldens and corpora,
 * the DSL (`path()`, `variable()`, `assign`, `.$` keys, the intrinsic helpers), the validator and
 * the interpreter accept exactly the same set, and the interpreter evaluates what the validator
 * accepts.
 *
 * "Accepts" is the grammar's verdict: a path or call the interpreter cannot read fails with
 * `Invalid path '<text>': …` or `… is not a valid intrinsic function call: …`; anything else it
 * evaluates (a path that matches nothing, a variable never assigned, a function that fails are
 * evaluations). One documented asymmetry: an intrinsic literal AWS's function refuses when it
 * runs (`States.Hash(…, 'SHA1')`, `States.ArrayRange` of 1,001 items, `States.JsonMerge(…, true)`)
 * is refused by the validator and the DSL when the definition is written, and raised by the
 * interpreter as AWS does when it runs: `States.IntrinsicFailure`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkIntrinsic } from '../../src/asl/intrinsic/check.ts';
import { looksLikeIntrinsic, parseIntrinsic } from '../../src/asl/intrinsic/parse.ts';
import {
  compile,
  intrinsic,
  pass,
  path,
  stateMachine,
  variable,
  type IntrinsicArgument,
} from '../../src/index.ts';
import { interpret } from '../../src/run/interpreter/index.ts';
import { isJsonObject } from '../../src/util/json.ts';
import { validate } from '../../src/validate/index.ts';

const root = join(import.meta.dirname, '..', '..');

// ---- the three consumers ---------------------------------------------------------------------

/** A `.$` value (path or intrinsic) in a Pass state's Parameters. */
const payloadDefinition = (value: string) => ({
  StartAt: 'P',
  States: { P: { Type: 'Pass', Parameters: { 'x.$': value }, End: true } },
});

function validatorAccepts(value: string): boolean {
  return validate(payloadDefinition(value)).every((d) => d.severity !== 'error');
}

/** The DSL: `path()` for paths, a raw `.$` key for either, and `compile()` at the end. */
function dslAccepts(value: string): boolean {
  try {
    if (!looksLikeIntrinsic(value)) path(value);
    compile(stateMachine({ definition: pass('P', { parameters: { 'x.$': value } }) }), {
      validate: false,
    });
    return true;
  } catch {
    return false;
  }
}

const SYNTAX_FAILURE = /^Invalid path '[\s\S]*': |is not a valid intrinsic function call: /;

/** What the interpreter does with the value: reads it, or fails to parse it. */
async function interpreterVerdict(value: string): Promise<'accepts' | 'rejects'> {
  const r = await interpret(payloadDefinition(value), {
    input: { a: { b: [1, 2], 'x y': 3 }, s: 'text', n: 2 },
  });
  if (r.status === 'FAILED' && r.cause !== null) {
    const cause = r.cause.replace(
      /^An error occurred while executing the state 'P' \(entered at the event id #\d+\)\. /,
      '',
    );
    if (SYNTAX_FAILURE.test(cause)) return 'rejects';
  }
  return 'accepts';
}

/** An intrinsic call whose only problems are literal arguments AWS's function refuses at run time. */
function onlyLiteralProblems(value: string): boolean {
  if (!looksLikeIntrinsic(value)) return false;
  const r = parseIntrinsic(value);
  if (!r.ok) return false;
  const errors = checkIntrinsic(r.call).filter((p) => p.severity === 'error');
  return errors.length > 0 && errors.every((p) => p.kind === 'literal');
}

async function verdicts(value: string) {
  return {
    dsl: dslAccepts(value),
    validator: validatorAccepts(value),
    interpreter: (await interpreterVerdict(value)) === 'accepts',
  };
}

/** All three agree; the interpreter may also evaluate calls with literal-only problems. */
async function expectAgreement(value: string): Promise<void> {
  const v = await verdicts(value);
  expect(v.dsl, `DSL vs validator on ${JSON.stringify(value)}`).toBe(v.validator);
  const interpreterExpected = v.validator || onlyLiteralProblems(value);
  expect(v.interpreter, `interpreter vs validator on ${JSON.stringify(value)}`).toBe(
    interpreterExpected,
  );
}

// Variables: `variable(name)` and `assign` in the DSL; Assign + `$name` in the validator; assign
// then read back in the interpreter.
const variableDefinition = (name: string) => ({
  StartAt: 'A',
  States: {
    A: { Type: 'Pass', Assign: { [name]: 7 }, Next: 'B' },
    B: { Type: 'Pass', Parameters: { 'v.$': `$${name}` }, End: true },
  },
});

async function variableVerdicts(name: string) {
  let dsl = true;
  try {
    variable(name);
    pass('A', { assign: { [name]: 7 } });
  } catch {
    dsl = false;
  }
  const validator = validate(variableDefinition(name)).every((d) => d.severity !== 'error');
  const r = await interpret(variableDefinition(name), { input: {} });
  const interpreter = r.status === 'SUCCEEDED' && isJsonObject(r.output) && r.output['v'] === 7;
  return { dsl, validator, interpreter };
}

// ---- what the project holds ------------------------------------------------------------------

const PATH_FIELD = /^(InputPath|OutputPath|ResultPath|ItemsPath|Variable|.+Path)$/;

/** Every path, intrinsic call and variable name in the JSON files under `dirs`. */
function harvest(dirs: readonly string[]): { values: Set<string>; variables: Set<string> } {
  const values = new Set<string>();
  const variables = new Set<string>();
  const visit = (value: unknown, key: string | undefined, depth: number): void => {
    if (depth > 200) return;
    if (typeof value === 'string') {
      if (value.includes('${')) return; // a deploy-time placeholder, not ASL
      if (key !== undefined && (key.endsWith('.$') || PATH_FIELD.test(key))) {
        if (value.startsWith('$') || looksLikeIntrinsic(value)) values.add(value);
      }
      const root = /^\$([^.[$\s]+)/.exec(value);
      if (
        root?.[1] !== undefined &&
        key !== undefined &&
        (key.endsWith('.$') || PATH_FIELD.test(key))
      ) {
        variables.add(root[1]);
      }
      return;
    }
    if (Array.isArray(value)) {
      for (const item of value) visit(item, key, depth + 1);
      return;
    }
    if (!isJsonObject(value)) return;
    for (const [k, v] of Object.entries(value)) {
      if (k === 'Assign' && isJsonObject(v)) {
        for (const name of Object.keys(v))
          variables.add(name.endsWith('.$') ? name.slice(0, -2) : name);
      }
      visit(v, k, depth + 1);
    }
  };
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      const file = join(dir, entry);
      if (statSync(file).isDirectory()) walk(file);
      else if (entry.endsWith('.json')) {
        let doc: unknown;
        try {
          doc = JSON.parse(readFileSync(file, 'utf8'));
        } catch {
          continue; // invalid JSON on purpose
        }
        visit(doc, undefined, 0);
      }
    }
  };
  for (const d of dirs) walk(join(root, d));
  return { values, variables };
}

const project = harvest(['fixtures/validation', 'golden', 'fixtures/run']);

describe('the project: every path, intrinsic and variable of fixtures, goldens and corpora', () => {
  it('found enough of them to mean something', () => {
    expect(project.values.size).toBeGreaterThan(300);
    expect(project.variables.size).toBeGreaterThan(20);
    // The invalid fixtures hold malformed ones too: both verdicts are exercised.
    expect([...project.values].filter((v) => !validatorAccepts(v)).length).toBeGreaterThan(5);
  });

  it('paths and intrinsic calls: DSL, validator and interpreter agree', async () => {
    for (const value of project.values) await expectAgreement(value);
  });

  it('variable names: DSL, validator and interpreter agree', async () => {
    for (const name of project.variables) {
      const v = await variableVerdicts(name);
      expect(v, name).toEqual({
        dsl: v.validator,
        validator: v.validator,
        interpreter: v.validator,
      });
    }
  });
});

// ---- the disagreements of issue 12, with AWS's behaviour --------------------------------------

describe('the disagreements issue 12 found, settled on AWS behaviour', () => {
  // AWS reads paths with Jayway JsonPath; its PathCompiler refuses a blank in a dot-notation name
  // ("Use bracket notion ['my prop'] if your property contains blank characters"), and AWS
  // refuses such a definition: "SCHEMA_VALIDATION_FAILED: Value must be a valid JSONPath"
  // (aws-cloudformation/cfn-lint#4078, spec/asl.md §3).
  it("'$.a b' is refused everywhere (validation passed it, the interpreter failed)", async () => {
    expect(await verdicts('$.a b')).toEqual({ dsl: false, validator: false, interpreter: false });
    expect(await verdicts("$['a b']")).toEqual({ dsl: true, validator: true, interpreter: true });
  });

  // Jayway knows a fixed set of functions (length, min, max, avg, stddev, sum, keys, first,
  // last, …); `b()` would fail with "Function with name: b does not exist". AWS documents
  // functions as unsupported even in Reference Paths
  // (https://docs.aws.amazon.com/step-functions/latest/dg/amazon-states-language-paths.html), and
  // an execution on AWS quoted in awsdocs/aws-step-functions-developer-guide#5 failed on
  // "Invalid path '$.list.length()'". aslc refuses unknown functions when the path is written.
  it("'$.a.b()' is refused everywhere", async () => {
    expect(await verdicts('$.a.b()')).toEqual({ dsl: false, validator: false, interpreter: false });
  });

  // Script expressions are not Jayway syntax (its PathCompiler: "Could not parse token starting
  // at position …"), so AWS refuses the definition.
  it("'$.a[(@.length-1)]' is refused everywhere", async () => {
    expect(await verdicts('$.a[(@.length-1)]')).toEqual({
      dsl: false,
      validator: false,
      interpreter: false,
    });
    expect(await verdicts('$.a[-1]')).toEqual({ dsl: true, validator: true, interpreter: true });
  });

  // Empty brackets are not Jayway syntax either; path() now refuses them at the call that wrote
  // them, with the grammar's message, instead of compile() failing later.
  it("'$.a[]' is refused by path() itself", async () => {
    expect(() => path('$.a[]')).toThrow(/empty brackets/);
    expect(await verdicts('$.a[]')).toEqual({ dsl: false, validator: false, interpreter: false });
  });

  // Intrinsic numbers are JSON numbers: AWS's grammar reads `01` as `0` then `1`, a syntax error
  // ("The value for the field 'x.$' must be a valid JSONPath or a valid intrinsic function call",
  // SCHEMA_VALIDATION_FAILED, spec/asl.md §3).
  it("'States.Array(01)' is refused everywhere (validation passed it, the interpreter failed)", async () => {
    expect(await verdicts('States.Array(01)')).toEqual({
      dsl: false,
      validator: false,
      interpreter: false,
    });
    expect(await verdicts('States.Array(0, 1)')).toEqual({
      dsl: true,
      validator: true,
      interpreter: true,
    });
  });

  // "Variable names must follow the rules for Unicode identifiers as described in Unicode
  // Standard Annex #31. The first character … ID_Start … subsequent characters … ID_Continue …
  // maximum length of a variable name is 80"
  // (https://docs.aws.amazon.com/step-functions/latest/dg/workflow-variables.html).
  it("'$café' is a variable everywhere (variable('café') threw, the engine failed)", async () => {
    expect(variable('café').path).toBe('$café');
    expect(await variableVerdicts('café')).toEqual({
      dsl: true,
      validator: true,
      interpreter: true,
    });
    expect(await verdicts('$café.total')).toEqual({
      dsl: true,
      validator: true,
      interpreter: true,
    });
    const jsonata = {
      QueryLanguage: 'JSONata',
      StartAt: 'A',
      States: {
        A: { Type: 'Pass', Assign: { café: 2 }, Next: 'B' },
        B: { Type: 'Pass', Output: '{% $café * 3 %}', End: true },
      },
    };
    expect(validate(jsonata).filter((d) => d.severity === 'error')).toEqual([]);
    expect(await interpret(jsonata, { input: {} })).toMatchObject({
      status: 'SUCCEEDED',
      output: 6,
    });
  });

  // AWS's reserved characters in intrinsic strings are ' { } \ and only they are escaped
  // (https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html, "Reserved
  // characters in intrinsic functions").
  it('an intrinsic string with an illegal escape is refused everywhere', async () => {
    expect(await verdicts("States.Format('a\\nb')")).toEqual({
      dsl: false,
      validator: false,
      interpreter: false,
    });
    expect(await verdicts("States.Format('a\\{b\\}')")).toEqual({
      dsl: true,
      validator: true,
      interpreter: true,
    });
  });

  it('the intrinsic helpers refuse what the validator refuses', () => {
    expect(() => intrinsic('States.Hash', path('$.a'), 'SHA1')).toThrow(/algorithm/);
    expect(() => intrinsic('States.ArrayRange', 1, 5000, 1)).toThrow(/1,000/);
    let deep: IntrinsicArgument = path('$.a');
    for (let i = 0; i < 10; i++) deep = intrinsic('States.JsonToString', deep);
    expect(() => intrinsic('States.JsonToString', deep)).toThrow();
  });
});

// ---- generated strings ------------------------------------------------------------------------

const pathAlphabet = fc.constantFrom(
  '$',
  '.',
  '..',
  '[',
  ']',
  "'",
  '"',
  'a',
  'b',
  'é',
  '0',
  '1',
  '-',
  '*',
  '?',
  '(',
  ')',
  '@',
  ' ',
  ':',
  ',',
  '\\',
  '=',
  '>',
  '&',
  '|',
  'length()',
  'x()',
  '$$',
  '[0]',
  "['a']",
  '[?(@.b)]',
  '_',
);

/** A path-like string: `$` and then pieces that are often, but not always, valid. */
const pathLike = fc.array(pathAlphabet, { maxLength: 8 }).map((pieces) => '$' + pieces.join(''));

const literal = fc.oneof(
  fc.constantFrom(
    '1',
    '-2.5',
    '0',
    '01',
    '1e3',
    '1.',
    'true',
    'null',
    'x',
    "'s'",
    "'{}'",
    "'\\''",
    "'\\n'",
    "'a",
  ),
  pathLike,
);

/** An intrinsic-like string: a known or unknown name and arguments, often malformed. */
const intrinsicLike = fc
  .tuple(
    fc.constantFrom(
      'States.Array',
      'States.Format',
      'States.UUID',
      'States.MathAdd',
      'States.Bogus',
      'States.JsonToString',
    ),
    fc.array(literal, { maxLength: 3 }),
    fc.constantFrom(')', ')', ')', '', ' )', ',)'),
  )
  .map(([name, args, close]) => `${name}(${args.join(', ')}${close}`);

describe('generated strings: the three agree', () => {
  it('on path-like strings', async () => {
    await fc.assert(fc.asyncProperty(pathLike, expectAgreement), { numRuns: 300 });
  });

  it('on intrinsic-like strings', async () => {
    await fc.assert(fc.asyncProperty(intrinsicLike, expectAgreement), { numRuns: 300 });
  });

  it('on variable names', async () => {
    const name = fc.string({
      unit: fc.constantFrom('a', 'é', 'ℵ', '_', '1', '²', '-', ' ', '.', '$', '\u0301', 'x'),
      minLength: 1,
      maxLength: 6,
    });
    await fc.assert(
      fc.asyncProperty(name, async (n) => {
        const v = await variableVerdicts(n);
        expect(v, n).toEqual({
          dsl: v.validator,
          validator: v.validator,
          interpreter: v.validator,
        });
      }),
      { numRuns: 200 },
    );
  });
});
