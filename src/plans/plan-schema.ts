import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { appendPointer } from '../util/json-pointer.ts';
import { packageFile } from '../util/package-root.ts';
import { problem, type PlanProblem } from './plan-error.ts';

/** Where the plan JSON Schema lives in the package (also published as `aslc/schemas/plan.schema.json`). */
export const PLAN_SCHEMA_FILE = 'schemas/plan.schema.json';

let compiled: ValidateFunction | undefined;

/** The ajv validator of schemas/plan.schema.json, compiled once. */
function validator(): ValidateFunction {
  if (compiled === undefined) {
    const schema = JSON.parse(readFileSync(packageFile(PLAN_SCHEMA_FILE), 'utf8')) as object;
    const ajv = new Ajv2020({
      allErrors: false,
      // Errors carry the value they are about (`e.data`), which the messages quote.
      verbose: true,
      strict: true,
      strictRequired: false,
      discriminator: true,
      allowUnionTypes: true,
    });
    compiled = ajv.compile(schema);
  }
  return compiled;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

const SCHEMA_HINT = 'see schemas/plan.schema.json for what this field takes';

/** One ajv error as a plan problem, with a hint (ajv's raw objects never leave this file). */
function toProblem(e: ErrorObject): PlanProblem {
  const p = rawProblem(e);
  return p.hint === undefined ? problem(p.code, p.path, p.message, SCHEMA_HINT) : p;
}

/** One ajv error as a plan problem. */
function rawProblem(e: ErrorObject): PlanProblem {
  const params = e.params as Record<string, unknown>;
  const at = e.instancePath;
  if (e.propertyName !== undefined) {
    return problem(
      'ReservedKey',
      appendPointer(at, e.propertyName),
      `key ${JSON.stringify(e.propertyName)} is not allowed here`,
      "keys ending in '.$' would be read as references by Step Functions; rename the key",
    );
  }
  switch (e.keyword) {
    case 'required':
      return problem(
        'InvalidPlan',
        at,
        `missing field '${String(params['missingProperty'])}'`,
        'see schemas/plan.schema.json',
      );
    case 'additionalProperties':
      return problem(
        'InvalidPlan',
        appendPointer(at, String(params['additionalProperty'])),
        `unknown field '${String(params['additionalProperty'])}'`,
        'check the spelling; see schemas/plan.schema.json for the fields allowed here',
      );
    case 'false schema':
      return problem(
        'InvalidPlan',
        at,
        'this field is not allowed here (a group has no executor, retry or timeout)',
        'set them on the jobs of the group',
      );
    case 'enum':
      return problem(
        'InvalidPlan',
        at,
        `${describe(e.data)} is not one of ${(params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
      );
    case 'const':
      return problem('InvalidPlan', at, `must be ${JSON.stringify(params['allowedValue'])}`);
    case 'type':
      return problem('InvalidPlan', at, `${describe(e.data)} is not ${String(params['type'])}`);
    case 'oneOf':
      return problem(
        'InvalidPlan',
        at,
        'must have exactly one of the alternative fields',
        'a job group has exactly one of sequential and parallel',
      );
    case 'discriminator':
      return problem(
        'InvalidPlan',
        at,
        'an executor needs a kind: batch, demandExecution, lambda, stateMachine or task',
      );
    case 'pattern':
      return problem(
        'InvalidPlan',
        at,
        /\\u0000-\\u001f/.test(String(params['pattern']))
          ? `${describe(e.data)} holds a control character`
          : `${describe(e.data)} does not match ${JSON.stringify(params['pattern'])}`,
      );
    default:
      return problem('InvalidPlan', at, `${e.message ?? 'is invalid'} (${describe(e.data)})`);
  }
}

/**
 * Validates plan data against schemas/plan.schema.json (ajv, 2020-12) and returns the first
 * problem at its JSON pointer, or an empty list. Call it on data {@link copyPlanData} accepted.
 *
 * @example
 * ```ts
 * schemaProblems({ name: 'p', jobs: [] }); // [{ code: 'InvalidPlan', path: '/jobs', … }]
 * ```
 */
export function schemaProblems(data: unknown): PlanProblem[] {
  const validate = validator();
  if (validate(data)) return [];
  const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'if');
  const first = errors[0];
  return first === undefined ? [problem('InvalidPlan', '', 'invalid plan')] : [toProblem(first)];
}
