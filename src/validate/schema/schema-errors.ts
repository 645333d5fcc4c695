import type { ErrorObject } from 'ajv';
import { parseJsonPointer } from '../../util/json-pointer.ts';
import { createDiagnostic, type Diagnostic } from '../diagnostic.ts';
import { stateAtPointer, type MachineIndex } from '../model/machine-index.ts';
import { childPointer } from '../model/pointer.ts';
import type { ResolvedOptions } from '../options.ts';
import { hasPlaceholder } from '../syntax/placeholders.ts';
import { aslSchema } from './schema-validator.ts';

const JSONATA_PATTERN = '^\\{%[\\s\\S]*%\\}$';

let defNames: Map<string, string> | undefined;
const named = new WeakMap<object, string | undefined>();

/**
 * Schema object → its name under $defs ('root' for the document schema). Matched by content,
 * because the precompiled validator's error objects point at its own copies of the schema.
 */
function defName(schema: unknown): string | undefined {
  if (typeof schema !== 'object' || schema === null) return undefined;
  if (defNames === undefined) {
    const root = aslSchema();
    defNames = new Map<string, string>([[JSON.stringify(root), 'root']]);
    for (const [k, v] of Object.entries((root['$defs'] ?? {}) as Record<string, unknown>)) {
      const key = JSON.stringify(v);
      if (!defNames.has(key)) defNames.set(key, k);
    }
  }
  if (!named.has(schema)) named.set(schema, defNames.get(JSON.stringify(schema)));
  return named.get(schema);
}

const STATE_DEF = /^(?:jsonpath|jsonata)(Pass|Task|Choice|Wait|Succeed|Fail|Parallel|Map)$/;

/** Where an object sits, for messages: "on a Pass state", "in a Retrier", … */
function objectLabel(def: string | undefined, pointer: string): string {
  if (def === undefined) return '';
  const state = STATE_DEF.exec(def);
  if (state) return ` on a ${state[1]} state`;
  if (def === 'root') return ' at the top level of the state machine';
  if (def === 'retrier') return ' in a Retrier';
  if (def.endsWith('Catcher')) return ' in a Catcher';
  if (def.endsWith('Credentials')) return ' in Credentials';
  if (def === 'jsonpathNestedChoiceRule') return ' in a nested Choice rule';
  if (def.endsWith('ChoiceRule')) return ' in a Choice rule';
  if (def.endsWith('MachineBranch')) return ' in a Parallel branch';
  if (def.endsWith('MachineProcessor'))
    return pointer.endsWith('/Iterator') ? ' in Iterator' : ' in ItemProcessor';
  const named: Record<string, string> = {
    processorConfig: 'ProcessorConfig',
    jsonpathReaderConfig: 'ReaderConfig',
    jsonataReaderConfig: 'ReaderConfig',
    jsonpathItemReader: 'ItemReader',
    jsonataItemReader: 'ItemReader',
    jsonpathItemBatcher: 'ItemBatcher',
    jsonataItemBatcher: 'ItemBatcher',
    writerConfig: 'WriterConfig',
    jsonpathResultWriter: 'ResultWriter',
    jsonataResultWriter: 'ResultWriter',
  };
  return named[def] === undefined ? '' : ` in ${named[def]}`;
}

/** `Retry[0]`, `TimeoutSeconds`, … for the value a pointer designates. */
function fieldLabel(pointer: string): string {
  const segs = parseJsonPointer(pointer);
  const last = segs[segs.length - 1];
  if (last === undefined) return 'the definition';
  if (/^\d+$/.test(last) && segs.length >= 2) return `${segs[segs.length - 2]}[${last}]`;
  return last;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a number';
  return typeof value === 'string' ? 'a string' : `a ${typeof value}`;
}

const TYPE_NAMES: Record<string, string> = {
  integer: 'an integer',
  number: 'a number',
  string: 'a string',
  object: 'an object',
  array: 'an array',
  boolean: 'a boolean',
  null: 'null',
};

function expectedTypes(schema: Record<string, unknown>): string {
  const raw = schema['type'];
  const types = Array.isArray(raw) ? (raw as string[]) : [String(raw)];
  const jsonata = schema['pattern'] === JSONATA_PATTERN;
  return types
    .map((t) =>
      t === 'string' && jsonata ? "a JSONata expression '{% … %}'" : (TYPE_NAMES[t] ?? t),
    )
    .join(' or ');
}

function quote(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
}

/**
 * Turns ajv's errors into diagnostics: one per real problem, in words ("Field 'Catch' is not
 * supported on a Pass state"), with the state involved. `if` bookkeeping errors are dropped;
 * with `allowPlaceholders`, format errors on strings holding `${Name}` are dropped too.
 *
 * @example
 * ```ts
 * const diagnostics = translateSchemaErrors(runSchema(def), indexMachine(def), resolveOptions());
 * ```
 */
export function translateSchemaErrors(
  errors: readonly ErrorObject[],
  index: MachineIndex,
  options: ResolvedOptions,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const e of errors) {
    const d = translate(e, index, options);
    if (d !== undefined) out.push(d);
  }
  return out;
}

function stateName(index: MachineIndex, pointer: string): string | undefined {
  const found = stateAtPointer(index, pointer)?.name;
  if (found !== undefined) return found;
  const segs = parseJsonPointer(pointer);
  return segs.length >= 2 && segs[segs.length - 2] === 'States' ? segs[segs.length - 1] : undefined;
}

function translate(
  e: ErrorObject,
  index: MachineIndex,
  options: ResolvedOptions,
): Diagnostic | undefined {
  if (e.keyword === 'if') return undefined;
  const data: unknown = e.data;
  if (
    options.allowPlaceholders &&
    (e.keyword === 'pattern' || e.keyword === 'enum' || e.keyword === 'const') &&
    typeof data === 'string' &&
    hasPlaceholder(data)
  ) {
    return undefined;
  }
  const parent = (e.parentSchema ?? {}) as Record<string, unknown>;
  const def = defName(e.parentSchema);
  const ptr = e.instancePath;
  const state = stateName(index, ptr);
  const at = (p: string): { state: string | undefined } => ({
    state: p === ptr ? state : stateName(index, p),
  });
  const field = fieldLabel(ptr);

  switch (e.keyword) {
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const prop = String(
        (e.params as { additionalProperty?: string; unevaluatedProperty?: string })
          .additionalProperty ?? (e.params as { unevaluatedProperty?: string }).unevaluatedProperty,
      );
      const p = childPointer(ptr, prop);
      if (def === 'jsonpathNestedChoiceRule' && prop === 'Next') {
        return createDiagnostic(
          'NextInNestedChoiceRule',
          p,
          "Field 'Next' is not supported in a nested Choice rule (inside And, Or or Not)",
          { ...at(p), hint: 'only the top-level rule of Choices carries Next' },
        );
      }
      if (options.extraFields.has(p)) {
        return createDiagnostic(
          'ExtraField',
          p,
          `Field '${prop}' is not one aslc knows${objectLabel(def, ptr)}; it was added on purpose (extra)`,
          {
            ...at(p),
            hint: 'AWS refuses a field it does not support: keep it only for a field AWS has added and aslc does not model yet',
          },
        );
      }
      const nestedRoot =
        def !== undefined && (def.endsWith('MachineBranch') || def.endsWith('MachineProcessor'));
      const hint =
        prop === 'QueryLanguage' && nestedRoot
          ? "nested states inherit the machine's QueryLanguage; set QueryLanguage on each state instead"
          : undefined;
      return createDiagnostic(
        'UnsupportedField',
        p,
        `Field '${prop}' is not supported${objectLabel(def, ptr)}`,
        { ...at(p), hint },
      );
    }
    case 'not':
      if (def === 'onlyJsonata' || def === 'onlyJsonPath') {
        const [is, needs] =
          def === 'onlyJsonata' ? ['JSONPath', 'JSONata'] : ['JSONata', 'JSONPath'];
        return createDiagnostic(
          'FieldNotInQueryLanguage',
          ptr,
          `The QueryLanguage is set to '${is}', but field '${field}' is only supported for the '${needs}' QueryLanguage`,
          at(ptr),
        );
      }
      break;
    case 'required': {
      const prop = (e.params as { missingProperty: string }).missingProperty;
      return createDiagnostic(
        'MissingField',
        ptr,
        `Field '${prop}' is required${objectLabel(def, ptr)}`,
        at(ptr),
      );
    }
    case 'type': {
      if (ptr === '') {
        return createDiagnostic(
          'InvalidType',
          ptr,
          `The definition must be a JSON object, not ${jsonType(data)}`,
        );
      }
      const segs = parseJsonPointer(ptr);
      const isState = segs.length >= 2 && segs[segs.length - 2] === 'States' && def === undefined;
      const what = isState ? `State '${segs[segs.length - 1]}'` : `Field '${field}'`;
      return createDiagnostic(
        'InvalidType',
        ptr,
        `${what} must be ${expectedTypes(parent)}, not ${jsonType(data)}`,
        at(ptr),
      );
    }
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues;
      if (field === 'Type' && def === 'stateType') {
        return createDiagnostic(
          'InvalidValue',
          ptr,
          `Unknown state Type ${quote(data)}; use one of ${allowed.join(', ')}`,
          at(ptr),
        );
      }
      return createDiagnostic(
        'InvalidValue',
        ptr,
        `Field '${field}' must be one of ${allowed.map((a) => String(a)).join(', ')}, not ${quote(data)}`,
        at(ptr),
      );
    }
    case 'pattern': {
      const pattern = String(e.schema);
      const expected =
        pattern === JSONATA_PATTERN
          ? "a JSONata expression '{% … %}' (no text outside the delimiters)"
          : pattern.includes('%')
            ? "an RFC 3339 timestamp (e.g. 2026-01-31T12:00:00Z) or a JSONata expression '{% … %}'"
            : 'an RFC 3339 timestamp with an uppercase T and Z, e.g. 2026-01-31T12:00:00Z';
      return createDiagnostic(
        'InvalidValue',
        ptr,
        `Field '${field}' must be ${expected}, not ${quote(data)}`,
        at(ptr),
      );
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const { comparison, limit } = e.params as { comparison: string; limit: number };
      const words: Record<string, string> = {
        '>=': 'at least',
        '<=': 'at most',
        '>': 'greater than',
        '<': 'less than',
      };
      return createDiagnostic(
        'InvalidValue',
        ptr,
        `Field '${field}' must be ${words[comparison] ?? comparison} ${limit}, not ${String(data)}`,
        at(ptr),
      );
    }
    case 'minItems':
    case 'minLength':
    case 'minProperties': {
      const limit = (e.params as { limit: number }).limit;
      const what =
        field === 'Branches'
          ? 'branch'
          : e.keyword === 'minLength'
            ? 'character'
            : e.keyword === 'minItems'
              ? 'item'
              : 'field';
      return createDiagnostic(
        'InvalidValue',
        ptr,
        limit === 1
          ? `Field '${field}' must not be empty${field === 'Branches' ? ' (a Parallel state needs at least one branch)' : ''}`
          : `Field '${field}' must have at least ${limit} ${what}s`,
        at(ptr),
      );
    }
    default:
      break;
  }
  return createDiagnostic(
    'InvalidValue',
    ptr,
    `Field '${field}' ${e.message ?? 'is invalid'}`,
    at(ptr),
  );
}
