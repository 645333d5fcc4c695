import { checkOptionKeys } from '../options.ts';
import { parsePath, type PathInput } from '../parse/field-parser.ts';
import { parseValue, type Template } from '../parse/value-parser.ts';
import { checkStateName } from '../state-name.ts';
import {
  COMMON_KEYS,
  IO_KEYS,
  StateBuilder,
  commonFields,
  compact,
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
  checkOptionKeys('Pass', name, options, [
    ...COMMON_KEYS,
    ...IO_KEYS,
    'parameters',
    'result',
    'resultPath',
  ]);
  const f = commonFields(name, options, { paths: true, assign: true, output: true });
  if (options.parameters !== undefined) {
    f['parameters'] = parseValue(options.parameters, { state: name, field: 'Parameters' });
  }
  if (options.result !== undefined)
    f['result'] = parseValue(options.result, { state: name, field: 'Result', literal: true });
  f['resultPath'] = parsePath(options.resultPath, name, 'ResultPath', true);
  return new PassBuilder(
    Object.freeze(withOrigin({ kind: 'Pass', name, terminal: false, fields: compact(f) })),
  );
}
