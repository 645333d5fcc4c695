import type { StateFields } from '../../ir/state-node.ts';
import { checkOptionKeys, type OptionKeys } from '../options.ts';
import { parsePath, type PathInput } from '../parse/field-parser.ts';
import { parseValue, type Template } from '../parse/value-parser.ts';
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

/** Options of a Pass state. */
export interface PassOptions extends StateOptions, PathIoOptions, AssignOutputOptions {
  /** JSONPath: a new input built from a template. */
  readonly parameters?: Template;
  /** JSONPath: a fixed result. */
  readonly result?: Template;
  /** JSONPath: where the result goes in the input (`null` discards it). */
  readonly resultPath?: PathInput | null;
}

/** A Pass state builder. */
export class PassBuilder extends StateBuilder {}

const PASS_KEYS: OptionKeys<PassOptions> = {
  ...STATE_OPTION_KEYS,
  ...PATH_IO_KEYS,
  ...ASSIGN_OUTPUT_KEYS,
  parameters: true,
  result: true,
  resultPath: true,
};

/**
 * A Pass state: passes its input on, optionally reshaped.
 *
 * @example
 * ```ts
 * pass('Defaults', { result: { retries: 3 }, resultPath: '$.config' });
 * // { "Type": "Pass", "Result": { "retries": 3 }, "ResultPath": "$.config", "End": true }
 * ```
 */
export function pass(name: string, options: PassOptions = {}): PassBuilder {
  checkStateName(name);
  checkOptionKeys('Pass', name, options, PASS_KEYS);
  const fields: StateFields<'Pass'> = {
    ...ioFields(name, options),
    parameters:
      options.parameters === undefined
        ? undefined
        : parseValue(options.parameters, { state: name, field: 'Parameters' }),
    result:
      options.result === undefined
        ? undefined
        : parseValue(options.result, { state: name, field: 'Result', literal: true }),
    resultPath: parsePath(options.resultPath, name, 'ResultPath', true),
  };
  return new PassBuilder(withOrigin({ kind: 'Pass' as const, name, terminal: false, fields }));
}
