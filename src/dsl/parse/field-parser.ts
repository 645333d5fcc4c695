import type { AslQueryLanguage } from '../../asl/query-language.ts';
import type { NumberField } from '../../ir/state-base.ts';
import type { ObjectNode, ValueNode } from '../../ir/value-node.ts';
import { DslError } from '../dsl-error.ts';
import { isExpression, type Jsonata, type JsonPath } from '../expr/expression.ts';
import { isVariableName } from '../../asl/variable-name.ts';
import { jsonPathProblem } from '../expr/jsonpath.ts';
import { parseObject, parseValue, type Template } from './value-parser.ts';

/** A path field: a JSONPath string or `path()`; `null` where ASL allows discarding. */
export type PathInput = string | JsonPath;

/** A number field: a literal, `path()` (emitted as the `…Path` twin) or `jsonata()`. */
export type NumberInput = number | JsonPath | Jsonata;

/** Parses a path field (`InputPath`, `OutputPath`, `ResultPath`, `ItemsPath`). @internal */
export function parsePath(
  value: PathInput | null | undefined,
  state: string,
  field: string,
  allowNull: boolean,
): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) {
    if (allowNull) return null;
    throw new DslError('InvalidFieldValue', `${field} of state '${state}' cannot be null`, {
      hint: 'omit the option instead of passing null',
      state,
      field,
    });
  }
  const text = isExpression(value) && value.kind === 'JsonPath' ? value.path : value;
  if (typeof text !== 'string') {
    throw new DslError('InvalidJsonPath', `${field} of state '${state}' must be a JSONPath`, {
      state,
      field,
    });
  }
  const problem = jsonPathProblem(text);
  if (problem !== undefined) {
    throw new DslError(
      'InvalidJsonPath',
      `${field} of state '${state}' is not a valid JSONPath ('${text}'): ${problem}`,
      {
        state,
        field,
        hint: "write a path such as '$', '$.result' or '$.items[0]'",
      },
    );
  }
  return text;
}

/** Options for {@link parseNumber}. @internal */
export interface NumberRule {
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
}

/** Parses a number field. @internal */
export function parseNumber(
  value: NumberInput | undefined,
  state: string,
  field: string,
  rule: NumberRule = {},
): NumberField | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') {
    const bad =
      !Number.isFinite(value) ||
      (rule.integer !== false && !Number.isInteger(value)) ||
      (rule.min !== undefined && value < rule.min) ||
      (rule.max !== undefined && value > rule.max);
    if (bad) {
      const range = [
        rule.integer !== false ? 'an integer' : 'a number',
        rule.min !== undefined ? `≥ ${rule.min}` : '',
        rule.max !== undefined ? `≤ ${rule.max}` : '',
      ]
        .filter((s) => s !== '')
        .join(' ');
      throw new DslError(
        'InvalidFieldValue',
        `${field} of state '${state}' is ${value}; it must be ${range}`,
        {
          hint: 'write a whole number in the range, or path()/jsonata() for a value known at run time',
          state,
          field,
        },
      );
    }
    return value;
  }
  if (isExpression(value) && (value.kind === 'JsonPath' || value.kind === 'Jsonata')) return value;
  throw new DslError(
    'InvalidFieldValue',
    `${field} of state '${state}' must be a number, path() or jsonata()`,
    { hint: "write a number, path('$.…') or jsonata('…')", state, field },
  );
}

/** Parses `Assign`: an object whose keys are variable names. @internal */
export function parseAssign(
  value: Record<string, Template> | undefined,
  state: string,
  field = 'Assign',
): ObjectNode | undefined {
  if (value === undefined) return undefined;
  const node = parseObject(value, { state, field });
  for (const entry of node.entries) {
    const name = entry.rawDollarKey === true ? entry.key.slice(0, -2) : entry.key;
    if (!isVariableName(name)) {
      throw new DslError(
        'InvalidVariableName',
        `'${name}' in ${field} of state '${state}' is not a valid variable name`,
        {
          state,
          field,
          hint: "use a letter or _, then letters, digits or _ (Unicode allowed), at most 80 characters, not 'states'",
        },
      );
    }
  }
  return node;
}

/** Parses a JSONata `Output`. @internal */
export function parseOutput(value: Template | undefined, state: string): ValueNode | undefined {
  return value === undefined ? undefined : parseValue(value, { state, field: 'Output' });
}

/** Parses `QueryLanguage`. @internal */
export function parseQueryLanguage(value: unknown, state: string): AslQueryLanguage | undefined {
  if (value === undefined) return undefined;
  if (value === 'JSONPath' || value === 'JSONata') return value;
  throw new DslError(
    'InvalidFieldValue',
    `queryLanguage of '${state}' must be 'JSONPath' or 'JSONata'`,
    { hint: "write queryLanguage: 'JSONata' or 'JSONPath'", state, field: 'QueryLanguage' },
  );
}

/** Parses a `Comment`. @internal */
export function parseComment(value: unknown, state: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    throw new DslError('InvalidFieldValue', `comment of '${state}' must be a string`, {
      hint: 'a Comment is plain text: write a string',
      state,
      field: 'Comment',
    });
  }
  return value;
}
