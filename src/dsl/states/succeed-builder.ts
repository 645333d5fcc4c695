import type { StateFields } from '../../ir/state-node.ts';
import { checkOptionKeys, type OptionKeys } from '../options.ts';
import { parseValue, type Template } from '../parse/value-parser.ts';
import { parseComment, parseQueryLanguage, parsePath } from '../parse/field-parser.ts';
import { parseExtra } from '../extra-fields.ts';
import { checkStateName } from '../state-name.ts';
import {
  PATH_IO_KEYS,
  STATE_OPTION_KEYS,
  StateBuilder,
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

const SUCCEED_KEYS: OptionKeys<SucceedOptions> = {
  ...STATE_OPTION_KEYS,
  ...PATH_IO_KEYS,
  output: true,
};

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
  checkOptionKeys('Succeed', name, options, SUCCEED_KEYS);
  const fields: StateFields<'Succeed'> = {
    comment: parseComment(options.comment, name),
    extra: parseExtra(options.extra, name),
    queryLanguage: parseQueryLanguage(options.queryLanguage, name),
    inputPath: parsePath(options.inputPath, name, 'InputPath', true),
    outputPath: parsePath(options.outputPath, name, 'OutputPath', true),
    output:
      options.output === undefined
        ? undefined
        : parseValue(options.output, { state: name, field: 'Output' }),
  };
  return new SucceedBuilder(withOrigin({ kind: 'Succeed' as const, name, terminal: true, fields }));
}
