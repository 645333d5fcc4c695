import { DslError } from '../dsl-error.ts';
import { isExpression, type Intrinsic, type Jsonata, type JsonPath } from '../expr/expression.ts';
import type { StateFields } from '../../ir/state-node.ts';
import { checkOptionKeys, type OptionKeys } from '../options.ts';
import { parseComment, parseQueryLanguage } from '../parse/field-parser.ts';
import { parseExtra } from '../extra-fields.ts';
import { checkStateName } from '../state-name.ts';
import { STATE_OPTION_KEYS, StateBuilder, type StateOptions } from '../state-builder.ts';
import { FAIL_PATH_INTRINSICS } from '../../asl/intrinsic/functions.ts';
import { checkErrorName } from '../error-names.ts';
import { withOrigin } from '../source-site.ts';
import { describeValue } from '../describe-value.ts';

/** The Error or Cause of a Fail state: literal, `path()` / intrinsic (`…Path`) or `jsonata()`. */
export type FailValue = string | JsonPath | Intrinsic | Jsonata;

/** Options of a Fail state. */
export interface FailOptions extends StateOptions {
  /**
   * The error name: `Errors.*`, a name of your own (`MyApp.InvalidInput`; a `States.`-prefixed
   * one such as `States.RanOutOfTime` is accepted with a `ReservedErrorName` warning), `path()`,
   * an intrinsic or `jsonata()`.
   */
  readonly error?: FailValue;
  readonly cause?: FailValue;
}

/** A Fail state builder. */
export class FailBuilder extends StateBuilder {}

const FAIL_KEYS: OptionKeys<FailOptions> = { ...STATE_OPTION_KEYS, error: true, cause: true };

const FAIL_INTRINSICS: readonly string[] = FAIL_PATH_INTRINSICS;

function failValue(
  value: FailValue | undefined,
  name: string,
  field: 'Error' | 'Cause',
): FailValue | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') {
    if (field === 'Error') checkErrorName(value, name, field);
    return value;
  }
  if (isExpression(value) && value.kind === 'Intrinsic' && !FAIL_INTRINSICS.includes(value.name)) {
    throw new DslError(
      'InvalidFieldValue',
      `${value.name} is not allowed in ${field}Path of Fail state '${name}'`,
      {
        state: name,
        field: `${field}Path`,
        hint: `use one of ${FAIL_INTRINSICS.join(', ')}`,
      },
    );
  }
  const kind = isExpression(value) ? (value as { kind: string }).kind : undefined;
  if (kind === 'JsonPath' || kind === 'Intrinsic' || kind === 'Jsonata') return value;
  throw new DslError(
    'InvalidFieldValue',
    `${field} of Fail state '${name}' must be a string, path(), intrinsic or jsonata(), not ${describeValue(value)}`,
    {
      state: name,
      field,
      hint:
        kind === 'Placeholder' || kind === 'Substitution'
          ? `a Fail ${field} is not a deploy-time value: write the text, or compute it at run time with path(), States.Format or jsonata()`
          : `write a string, path('$.…'), an intrinsic or jsonata('…')`,
    },
  );
}

/**
 * A Fail state: ends the execution with an error and a cause.
 *
 * @example
 * ```ts
 * fail('Invalid', { error: 'MyApp.InvalidInput', cause: path('$.message') });
 * // { "Type": "Fail", "Error": "MyApp.InvalidInput", "CausePath": "$.message" }
 * ```
 */
export function fail(name: string, options: FailOptions = {}): FailBuilder {
  checkStateName(name);
  checkOptionKeys('Fail', name, options, FAIL_KEYS);
  const fields: StateFields<'Fail'> = {
    comment: parseComment(options.comment, name),
    extra: parseExtra(options.extra, name),
    queryLanguage: parseQueryLanguage(options.queryLanguage, name),
    error: failValue(options.error, name, 'Error'),
    cause: failValue(options.cause, name, 'Cause'),
  };
  return new FailBuilder(withOrigin({ kind: 'Fail' as const, name, terminal: true, fields }));
}
