import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { appendPointer } from '../../util/json-pointer.ts';
import { packageFile } from '../../util/package-root.ts';
import type { RequestIssue } from '../errors.ts';

const ID_BASE = 'https://aslc.dev/schemas/scaffolding/';

/** The scaffolding schemas by file name, e.g. `demand-execution.schema.json`. */
export type ScaffoldingSchemaName =
  | 'prepare-demand-scaffolding-request.schema.json'
  | 'prepare-demand-scaffolding-response.schema.json'
  | 'scaffold-environment.schema.json'
  | (string & {});

let ajv: Ajv2020 | undefined;

function instance(): Ajv2020 {
  if (ajv === undefined) {
    const a = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
    a.addKeyword({ keyword: 'x-expected', schemaType: 'string' });
    const dir = packageFile('schemas/scaffolding');
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.schema.json'))
      .sort()) {
      a.addSchema(JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as object);
    }
    ajv = a;
  }
  return ajv;
}

/**
 * Validates a value against one of the scaffolding JSON Schemas (`schemas/scaffolding/`) and
 * returns the problems, each at a JSON pointer and saying what was expected. `aliases` maps a
 * normalised pointer to the pointer as the caller wrote it (camelCase keys and the like).
 *
 * @example
 * ```ts
 * validateAgainstSchema('remove-data-paths-request.schema.json', { paths: 'x' });
 * // [{ path: '/paths', code: 'InvalidType', message: 'expected array, got string' }]
 * ```
 */
export function validateAgainstSchema(
  schema: ScaffoldingSchemaName,
  value: unknown,
  aliases: ReadonlyMap<string, string> = new Map(),
): RequestIssue[] {
  // Ajv compiles a schema on its first `getSchema` and keeps the compiled function.
  const validate = instance().getSchema(ID_BASE + schema);
  if (validate === undefined) throw new Error(`unknown scaffolding schema ${schema}`);
  if (validate(value)) return [];
  return toIssues(validate.errors ?? [], aliases);
}

/** Rewrites a normalised pointer to the caller's spelling, using the longest aliased prefix. */
export function originalPointer(pointer: string, aliases: ReadonlyMap<string, string>): string {
  let cut = pointer.length;
  for (;;) {
    const prefix = pointer.slice(0, cut);
    const orig = aliases.get(prefix);
    if (orig !== undefined) return orig + pointer.slice(cut);
    if (cut === 0) return pointer;
    cut = prefix.lastIndexOf('/');
    if (cut < 0) return pointer;
  }
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function expectedOf(e: ErrorObject): string | undefined {
  const schema = e.parentSchema as { 'x-expected'?: unknown } | undefined;
  return typeof schema?.['x-expected'] === 'string' ? schema['x-expected'] : undefined;
}

function toIssues(
  errors: readonly ErrorObject[],
  aliases: ReadonlyMap<string, string>,
): RequestIssue[] {
  // A failed anyOf is reported once, at its instance, instead of one error per branch.
  const anyOf = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath);
  const covered = (e: ErrorObject) =>
    e.keyword !== 'anyOf' &&
    anyOf.some((p) => e.instancePath === p || e.instancePath.startsWith(p + '/'));
  const issues: RequestIssue[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    if (e.keyword === 'if' || covered(e)) continue;
    const issue = toIssue(e, aliases);
    const key = `${issue.path}\u0000${issue.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      issues.push(issue);
    }
  }
  return issues;
}

function toIssue(e: ErrorObject, aliases: ReadonlyMap<string, string>): RequestIssue {
  const params = e.params as Record<string, unknown>;
  const expected = expectedOf(e);
  switch (e.keyword) {
    case 'required': {
      const path = appendPointer(e.instancePath, String(params['missingProperty']));
      return {
        path: originalPointer(path, aliases),
        code: 'MissingField',
        message: 'required field is missing',
      };
    }
    case 'type':
      return {
        path: originalPointer(e.instancePath, aliases),
        code: 'InvalidType',
        message: `expected ${String(params['type']).replace(/,/g, ' or ')}, got ${typeOf(e.data)}`,
      };
    case 'enum':
      return {
        path: originalPointer(e.instancePath, aliases),
        code: 'InvalidValue',
        message: `expected one of ${(params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}, got ${JSON.stringify(e.data)}`,
      };
    case 'propertyNames':
      return {
        path: originalPointer(
          appendPointer(e.instancePath, String(params['propertyName'])),
          aliases,
        ),
        code: 'InvalidKey',
        message: `key ${JSON.stringify(params['propertyName'])} is not allowed`,
      };
    default:
      return {
        path: originalPointer(e.instancePath, aliases),
        code: e.keyword === 'pattern' ? 'InvalidFormat' : 'InvalidValue',
        message:
          expected === undefined
            ? `${e.message ?? 'is invalid'}`
            : `expected ${expected}, got ${JSON.stringify(e.data)}`,
      };
  }
}
