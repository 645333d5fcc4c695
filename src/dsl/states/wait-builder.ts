import { DslError } from '../dsl-error.ts';
import { isExpression, type Jsonata, type JsonPath } from '../expr/expression.ts';
import type { StateFields } from '../../ir/state-node.ts';
import { checkOptionKeys, type OptionKeys } from '../options.ts';
import { parseNumber, type NumberInput } from '../parse/field-parser.ts';
import { checkStateName } from '../state-name.ts';
import { ioFields } from './io-fields.ts';
import {
  ASSIGN_OUTPUT_KEYS,
  PATH_IO_KEYS,
  STATE_OPTION_KEYS,
  StateBuilder,
  type AssignOutputOptions,
  type PathIoOptions,
  type StateOptions,
} from '../state-builder.ts';
import { withOrigin } from '../source-site.ts';

/** Options of a Wait state: exactly one of `seconds` and `timestamp`. */
export interface WaitOptions extends StateOptions, PathIoOptions, AssignOutputOptions {
  /** Seconds to wait: a number, `path()` (SecondsPath) or `jsonata()`. */
  readonly seconds?: NumberInput;
  /** When to resume: an RFC 3339 timestamp, `path()` (TimestampPath) or `jsonata()`. */
  readonly timestamp?: string | JsonPath | Jsonata;
}

/** A Wait state builder. */
export class WaitBuilder extends StateBuilder {}

const WAIT_KEYS: OptionKeys<WaitOptions> = {
  ...STATE_OPTION_KEYS,
  ...PATH_IO_KEYS,
  ...ASSIGN_OUTPUT_KEYS,
  seconds: true,
  timestamp: true,
};

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A Wait state.
 *
 * @example
 * ```ts
 * wait('Back off', { seconds: 30 });
 * wait('Until', { timestamp: path('$.resumeAt') }); // "TimestampPath": "$.resumeAt"
 * ```
 */
export function wait(name: string, options: WaitOptions): WaitBuilder {
  checkStateName(name);
  checkOptionKeys('Wait', name, options, WAIT_KEYS);
  const given = [options?.seconds, options?.timestamp].filter((v) => v !== undefined).length;
  if (given !== 1) {
    throw new DslError(
      'MissingField',
      `Wait state '${name}' needs exactly one of seconds and timestamp (got ${given})`,
      {
        state: name,
        hint: "wait('W', { seconds: 10 }) or wait('W', { timestamp: path('$.at') })",
      },
    );
  }
  const ts = options.timestamp;
  if (ts !== undefined) {
    if (typeof ts === 'string') {
      if (!RFC3339.test(ts)) {
        throw new DslError(
          'InvalidFieldValue',
          `Timestamp '${ts}' of Wait state '${name}' is not an RFC 3339 timestamp`,
          {
            state: name,
            field: 'Timestamp',
            hint: "write e.g. '2026-01-31T12:00:00Z'",
          },
        );
      }
    } else if (!isExpression(ts) || (ts.kind !== 'JsonPath' && ts.kind !== 'Jsonata')) {
      throw new DslError(
        'InvalidFieldValue',
        `timestamp of Wait state '${name}' must be a string, path() or jsonata()`,
        {
          hint: "write an ISO-8601 timestamp string, path('$.when') or jsonata('…')",
          state: name,
          field: 'Timestamp',
        },
      );
    }
  }
  const fields: StateFields<'Wait'> = {
    ...ioFields(name, options),
    seconds: parseNumber(options.seconds, name, 'Seconds', { min: 0, max: 99_999_999 }),
    timestamp: ts,
  };
  return new WaitBuilder(withOrigin({ kind: 'Wait' as const, name, terminal: false, fields }));
}
