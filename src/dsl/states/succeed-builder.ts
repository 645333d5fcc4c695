import { checkOptionKeys } from '../options.ts';
import { parseValue, type Template } from '../parse/value-parser.ts';
import { checkStateName } from '../state-name.ts';
import {
  COMMON_KEYS,
  StateBuilder,
  commonFields,
  compact,
  type PathIoOptions,
  type StateOptions,
} from '../state-builder.ts';
import { withOrigin } from '../source-site.ts';

/** Options of a Succeed state. */
export interface SucceedOptions extends StateOptions, PathIoOptions {
  /** JSONata: the execution's output. */
  readonly output?: Template;
}

/** A Succeed state builder. */
export class SucceedBuilder extends StateBuilder {}

/**
 * A Succeed state: ends the execution (or branch) successfully. Nothing can follow it.
 *
 * @example
 * ```ts
 * chain(pass('Work'), succeed('Done'));
 * ```
 */
export function succeed(name: string, options: SucceedOptions = {}): SucceedBuilder {
  checkStateName(name);
  checkOptionKeys('Succeed', name, options, [...COMMON_KEYS, 'inputPath', 'outputPath', 'output']);
  const f = commonFields(name, options, { paths: true, assign: false, output: false });
  if (options.output !== undefined)
    f['output'] = parseValue(options.output, { state: name, field: 'Output' });
  return new SucceedBuilder(
    Object.freeze(withOrigin({ kind: 'Succeed', name, terminal: true, fields: compact(f) })),
  );
}
