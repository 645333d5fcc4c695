import { jsonPointer } from '../../util/json-pointer.ts';

/** Where the execution parameters are in a request (a JSON pointer). */
export const EXECUTION_PARAMETERS = '/demand_execution/execution_parameters';

/**
 * The JSON pointer of a place inside the execution parameters.
 *
 * @example
 * ```ts
 * parametersPointer(['params', 'input-bam']); // '/demand_execution/execution_parameters/params/input-bam'
 * ```
 */
export function parametersPointer(segments: readonly (string | number)[]): string {
  return EXECUTION_PARAMETERS + jsonPointer(segments);
}

/**
 * A problem of the parameter model (scaffolding.md §5.1 P9–P20), located by JSON-pointer
 * segments relative to `demand_execution.execution_parameters`. The request parser turns it
 * into a {@link RequestIssue}; after parsing (when params are re-derived) it becomes an error.
 */
export class ParamIssue extends Error {
  readonly code: string;
  readonly segments: readonly (string | number)[];

  constructor(code: string, segments: readonly (string | number)[], message: string) {
    super(message);
    this.name = 'ParamIssue';
    this.code = code;
    this.segments = segments;
  }
}
