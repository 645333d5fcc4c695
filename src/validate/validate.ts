import { parseJson } from '../util/json.ts';
import { describeShapeProblem, MAX_JSON_VALUES, shapeProblem } from '../util/json-depth.ts';
import { lineAndColumn } from '../util/json-error.ts';
import { invalidUtf8Offset } from '../util/read-text.ts';
import { createDiagnostic, sortDiagnostics, type Diagnostic } from './diagnostic.ts';
import { indexMachine } from './model/machine-index.ts';
import { resolveOptions, type ValidateOptions } from './options.ts';
import { RULES } from './rules/index.ts';
import type { RuleContext } from './rules/rule.ts';
import { translateSchemaErrors } from './schema/schema-errors.ts';
import { runSchema } from './schema/schema-validator.ts';

/**
 * Validates a parsed Amazon States Language definition and returns its diagnostics (errors and
 * warnings), sorted by location. Layer 1 checks the structure against schemas/asl.schema.json
 * (the per-state field matrix of both query languages); layer 2 runs the semantic rules of
 * src/validate/rules/. Never throws, whatever it is given: a value nested deeper than 1000 levels,
 * containing itself or sharing objects so often that it stands for more than 2,000,000 values
 * is one `DefinitionTooDeep` diagnostic, a value that cannot be read (a
 * getter or Proxy that throws) one `UnreadableDefinition`. The definition is not modified.
 *
 * @example
 * ```ts
 * const diagnostics = validate(
 *   { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' } } },
 *   { type: 'STANDARD' },
 * );
 * diagnostics.map((d) => d.code); // ['MissingTransitionTarget', 'MissingEndState']
 * ```
 */
export function validate(definition: unknown, options: ValidateOptions = {}): Diagnostic[] {
  try {
    const limits = { maxNodes: MAX_JSON_VALUES };
    const problem = shapeProblem(definition, limits);
    if (problem !== undefined) {
      return [
        createDiagnostic(
          'DefinitionTooDeep',
          problem.pointer,
          `The definition is ${describeShapeProblem(problem, limits)}`,
        ),
      ];
    }
    return validateShaped(definition, options);
  } catch (e) {
    let reason: string;
    try {
      reason = e instanceof Error ? e.message : String(e);
    } catch {
      reason = 'an error that cannot be printed';
    }
    return [
      createDiagnostic('UnreadableDefinition', '', `The definition cannot be read: ${reason}`, {
        hint: 'pass plain JSON data (what JSON.parse returns)',
      }),
    ];
  }
}

/** {@link validate} on a value known to be safe to walk. */
function validateShaped(definition: unknown, options: ValidateOptions): Diagnostic[] {
  const resolved = resolveOptions(options);
  const index = indexMachine(definition);
  const out: Diagnostic[] = translateSchemaErrors(runSchema(definition), index, resolved);
  if (index.root !== undefined) {
    const ctx: RuleContext = {
      definition,
      options: resolved,
      index,
      reported: out,
      report(code, path, message, extras = {}) {
        out.push(
          createDiagnostic(code, path, message, {
            ...extras,
            state: extras.state ?? extras.stateInfo?.name,
          }),
        );
      },
    };
    for (const rule of RULES) rule.check(ctx);
  }
  return sortDiagnostics(out);
}

/**
 * Parses JSON text and validates it. Text that is not JSON gives one `InvalidJson` diagnostic
 * with the line and column of the syntax error. The 1 MB quota is checked against the text's
 * UTF-8 size.
 *
 * @example
 * ```ts
 * validateText('{"StartAt": "A",'); // [{ code: 'InvalidJson', line: 1, column: 17, … }]
 * ```
 */
export function validateText(text: string, options: ValidateOptions = {}): Diagnostic[] {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const { line, column } = parsed;
    if (parsed.tooLarge === true) {
      // Never built: far over the 1 MB quota, which is what the user can act on.
      return [
        createDiagnostic(
          'DefinitionTooLarge',
          '',
          `The definition is ${Buffer.byteLength(text, 'utf8')} bytes and holds more than ${MAX_JSON_VALUES} values (not read further); the maximum is 1 MB`,
          { line, column },
        ),
      ];
    }
    if (parsed.pointer !== undefined) {
      return [
        createDiagnostic(
          'DefinitionTooDeep',
          parsed.pointer,
          `The definition is ${parsed.message}`,
          {
            line,
            column,
          },
        ),
      ];
    }
    const reason = parsed.message
      .replace(/\s*(?:in|after) JSON at position \d+.*$/, '')
      .replace(/, ".*" is not valid JSON$/s, '');
    return [
      createDiagnostic(
        'InvalidJson',
        '',
        `Invalid JSON at line ${line}, column ${column}: ${reason}`,
        { line, column },
      ),
    ];
  }
  return validate(parsed.value, {
    ...options,
    definitionBytes: options.definitionBytes ?? Buffer.byteLength(text, 'utf8'),
  });
}

/**
 * Validates a definition file's bytes: text that is not valid UTF-8 gives one `InvalidUtf8`
 * diagnostic with the line and column of the first bad byte (instead of being silently
 * replaced), a byte-order mark is ignored, and the rest is {@link validateText}.
 *
 * @example
 * ```ts
 * validateBytes(Buffer.from([0x7b, 0xff, 0x7d])); // [{ code: 'InvalidUtf8', line: 1, column: 2, … }]
 * ```
 */
export function validateBytes(bytes: Uint8Array, options: ValidateOptions = {}): Diagnostic[] {
  const bad = invalidUtf8Offset(bytes);
  if (bad >= 0) {
    const before = new TextDecoder().decode(bytes.subarray(0, bad));
    const { line, column } = lineAndColumn(before, before.length);
    return [
      createDiagnostic(
        'InvalidUtf8',
        '',
        `Invalid UTF-8 at line ${line}, column ${column} (byte ${bad})`,
        {
          line,
          column,
          hint: 'save the file as UTF-8',
        },
      ),
    ];
  }
  return validateText(new TextDecoder().decode(bytes), options);
}

/**
 * True when no diagnostic is an error (warnings never make a definition invalid).
 *
 * @example
 * ```ts
 * declare const def: AslStateMachine;
 * isValid(validate(def));
 * ```
 */
export function isValid(diagnostics: readonly Diagnostic[]): boolean {
  return !diagnostics.some((d) => d.severity === 'error');
}
