import { readFileSync } from 'node:fs';
import type * as AjvModule from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { AslcError } from '../../util/errors.ts';
import { appendPointer, resolvePointer } from '../../util/json-pointer.ts';
import { isJsonObject } from '../../util/json.ts';
import { lazyRequire } from '../../util/lazy-require.ts';
import { packageFile } from '../../util/package-root.ts';

/** ajv, loaded with the first mock file (runs without mocks never pay for it). */
const ajv = lazyRequire<typeof AjvModule>('ajv');
import { parseInvocationKey, type MockConfigFile } from './mock-config.ts';

/** One problem of a mock file, at a JSON pointer into it. */
export interface MockConfigProblem {
  /** JSON pointer (RFC 6901) into the mock file; `''` is the whole file. */
  readonly pointer: string;
  readonly message: string;
}

let compiled: ValidateFunction | undefined;

/** The ajv validator for schemas/mock-config.schema.json, compiled once. */
function schemaValidator(): ValidateFunction {
  if (compiled === undefined) {
    const schema = JSON.parse(
      readFileSync(packageFile('schemas/mock-config.schema.json'), 'utf8'),
    ) as object;
    compiled = new (ajv().Ajv)({ allErrors: true, strict: false }).compile(schema);
  }
  return compiled;
}

/**
 * Validates a parsed mock file against schemas/mock-config.schema.json (ajv), then checks what a
 * schema cannot say: ranges whose start exceeds their end, overlapping invocation keys, and test
 * cases naming a mocked response that does not exist. Problems carry JSON pointers.
 *
 * @example
 * ```ts
 * const problems = validateMockConfig({ StateMachines: {}, MockedResponses: { R: { x: {} } } });
 * // [{ pointer: '/MockedResponses/R', message: "invocation key 'x' must be ..." }, ...]
 * ```
 */
export function validateMockConfig(value: unknown): MockConfigProblem[] {
  const validate = schemaValidator();
  if (!validate(value)) return schemaProblems(value, validate.errors ?? []);
  return semanticProblems(value as MockConfigFile);
}

/**
 * Narrows a value to a {@link MockConfigFile} when it has no problem.
 *
 * @example
 * ```ts
 * declare const json: unknown; // a parsed mock file
 * if (isValidMockConfig(json)) console.log(Object.keys(json.MockedResponses));
 * ```
 */
export function isValidMockConfig(value: unknown): value is MockConfigFile {
  return validateMockConfig(value).length === 0;
}

/** Mock files {@link assertValidMockConfig} accepted (read-only from then on). */
const accepted = new WeakSet<object>();

/**
 * Returns a mock file typed when it has no problem; throws an `AslcError` (`InvalidMockFile`)
 * listing them otherwise, naming `file` when given. A file it accepted once is not validated
 * again, so that the runs of a case do not repeat what loading the case did.
 *
 * @example
 * ```ts
 * const mocks = assertValidMockConfig(readJson('mocks.json'), 'mocks.json');
 * ```
 */
export function assertValidMockConfig(value: unknown, file?: string): MockConfigFile {
  if (typeof value === 'object' && value !== null && accepted.has(value)) {
    return value as MockConfigFile;
  }
  const problems = validateMockConfig(value);
  if (problems.length > 0) {
    const text = problems.map((p) => `${p.pointer || '/'}: ${p.message}`).join('; ');
    throw new AslcError(
      'InvalidMockFile',
      `invalid mock file: ${text}`,
      file === undefined ? {} : { file },
    );
  }
  accepted.add(value as object);
  return value as MockConfigFile;
}

function semanticProblems(config: MockConfigFile): MockConfigProblem[] {
  const problems: MockConfigProblem[] = [];
  for (const [name, table] of Object.entries(config.MockedResponses)) {
    const seen: { key: string; first: number; last: number }[] = [];
    for (const key of Object.keys(table)) {
      const pointer = appendPointer('', 'MockedResponses', name, key);
      const range = parseInvocationKey(key);
      if (range === undefined) {
        problems.push({ pointer, message: `invocation range '${key}' ends before it starts` });
        continue;
      }
      const clash = seen.find((s) => range.first <= s.last && s.first <= range.last);
      if (clash !== undefined) {
        problems.push({
          pointer,
          message: `invocation key '${key}' overlaps '${clash.key}': each invocation needs exactly one response`,
        });
      }
      seen.push({ key, ...range });
    }
  }
  for (const [machine, { TestCases }] of Object.entries(config.StateMachines)) {
    for (const [testCase, mapping] of Object.entries(TestCases)) {
      for (const [state, response] of Object.entries(mapping)) {
        if (!Object.hasOwn(config.MockedResponses, response)) {
          problems.push({
            pointer: appendPointer('', 'StateMachines', machine, 'TestCases', testCase, state),
            message: `test case '${testCase}' maps state '${state}' to '${response}', which is not in MockedResponses`,
          });
        }
      }
    }
  }
  return problems;
}

/** Turns ajv errors into problems, collapsing the noise of the Return/Throw `oneOf`. */
function schemaProblems(value: unknown, errors: readonly ErrorObject[]): MockConfigProblem[] {
  const branch = /#\/definitions\/response\/oneOf\/([01])\//;
  const kept = errors.filter((e) => {
    const m = branch.exec(e.schemaPath);
    if (!m) return true;
    // Keep only the errors of the branch the entry was meant for (it has that one key).
    const entry = resolvePointer(value, e.instancePath.split('/').slice(0, 4).join('/'));
    const wants = isJsonObject(entry) ? oneKind(entry) : undefined;
    return wants !== undefined && wants === (m[1] === '0' ? 'Return' : 'Throw');
  });
  const problems: MockConfigProblem[] = [];
  for (const e of kept) {
    if (e.keyword === 'oneOf') {
      const deeper = kept.some(
        (o) =>
          o !== e &&
          (o.instancePath === e.instancePath || o.instancePath.startsWith(e.instancePath + '/')),
      );
      if (!deeper) {
        problems.push({
          pointer: e.instancePath,
          message: 'must have exactly one field, Return or Throw',
        });
      }
      continue;
    }
    problems.push({ pointer: pointerOf(e), message: messageOf(e) });
  }
  return dedupe(problems);
}

function oneKind(entry: Record<string, unknown>): 'Return' | 'Throw' | undefined {
  const hasReturn = Object.hasOwn(entry, 'Return');
  const hasThrow = Object.hasOwn(entry, 'Throw');
  if (hasReturn === hasThrow) return undefined;
  return hasReturn ? 'Return' : 'Throw';
}

function pointerOf(e: ErrorObject): string {
  if (e.keyword === 'additionalProperties') {
    const extra = (e.params as { additionalProperty: string }).additionalProperty;
    return appendPointer(e.instancePath, extra);
  }
  return e.instancePath;
}

function messageOf(e: ErrorObject): string {
  switch (e.keyword) {
    case 'additionalProperties':
      return `unknown field '${(e.params as { additionalProperty: string }).additionalProperty}'`;
    case 'required':
      return `missing field '${(e.params as { missingProperty: string }).missingProperty}'`;
    case 'propertyNames':
      return `invocation key '${(e.params as { propertyName: string }).propertyName}' must be a 0-based number ("0") or an inclusive range ("1-2")`;
    case 'pattern':
      return 'must be a 0-based number ("0") or an inclusive range ("1-2")';
    default:
      return e.message ?? e.keyword;
  }
}

function dedupe(problems: MockConfigProblem[]): MockConfigProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = `${p.pointer}\u0000${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
