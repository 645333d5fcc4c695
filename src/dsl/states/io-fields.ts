import type { AssignOutputOptions, PathIoOptions, StateOptions } from '../state-builder.ts';
import { parseExtra } from '../extra-fields.ts';
import {
  parseAssign,
  parseComment,
  parseOutput,
  parsePath,
  parseQueryLanguage,
} from '../parse/field-parser.ts';

/**
 * The fields of a state that has path I/O, Assign and Output (Pass, Task, Choice, Wait, Parallel,
 * Map), parsed from its options in one place: each builder spreads them first.
 *
 * @example
 * ```ts
 * const fields = { ...ioFields('Wait', { inputPath: '$.a' }), seconds: 1 };
 * ```
 */
export function ioFields(
  name: string,
  options: StateOptions & PathIoOptions & AssignOutputOptions,
): {
  comment: ReturnType<typeof parseComment>;
  extra: ReturnType<typeof parseExtra>;
  queryLanguage: ReturnType<typeof parseQueryLanguage>;
  inputPath: ReturnType<typeof parsePath>;
  outputPath: ReturnType<typeof parsePath>;
  assign: ReturnType<typeof parseAssign>;
  output: ReturnType<typeof parseOutput>;
} {
  return {
    comment: parseComment(options.comment, name),
    extra: parseExtra(options.extra, name),
    queryLanguage: parseQueryLanguage(options.queryLanguage, name),
    inputPath: parsePath(options.inputPath, name, 'InputPath', true),
    outputPath: parsePath(options.outputPath, name, 'OutputPath', true),
    assign: parseAssign(options.assign, name),
    output: parseOutput(options.output, name),
  };
}
