/**
 * What the in-process engines refuse before running, with one line naming the limit: a
 * definition, an input or a mocked result nested deeper than the engines handle (their code is
 * recursive), and Parallel/Map states nested too deep. Checked without recursion, whatever the
 * depth. See src/run/README.md, "Limits".
 */
import { graphNesting } from '../asl/walk.ts';
import { AslcError } from '../util/errors.ts';
import { isJsonObject } from '../util/json.ts';
import type { RunRequest } from './engine-contract.ts';
import { exceedsDepth } from './interpreter/json-values.ts';
import { MAX_JSON_DEPTH, MAX_STATE_NESTING } from './interpreter/limits.ts';

/**
 * Throws an `AslcError` when the request is beyond the engines' depth limits:
 * `DefinitionTooDeep`, `InputTooDeep` or `MockTooDeep`.
 *
 * @example
 * ```ts
 * checkRunLimits({ definition, input: {} }); // passes for any ordinary workflow
 * ```
 */
export function checkRunLimits(request: RunRequest): void {
  const limit = `the limit is ${MAX_JSON_DEPTH} levels`;
  if (exceedsDepth(request.definition, MAX_JSON_DEPTH)) {
    throw new AslcError(
      'DefinitionTooDeep',
      `the definition is nested more than ${MAX_JSON_DEPTH} levels deep; ${limit}`,
    );
  }
  const nesting = graphNesting(request.definition);
  if (nesting > MAX_STATE_NESTING) {
    throw new AslcError(
      'DefinitionTooDeep',
      `Parallel and Map states are nested ${nesting} deep; the limit is ${MAX_STATE_NESTING}`,
    );
  }
  if (exceedsDepth(request.input, MAX_JSON_DEPTH)) {
    throw new AslcError(
      'InputTooDeep',
      `the execution input is nested more than ${MAX_JSON_DEPTH} levels deep; ${limit}`,
    );
  }
  const responses = request.mocks?.MockedResponses;
  for (const [name, table] of Object.entries(isJsonObject(responses) ? responses : {})) {
    // MockedResponses → name → invocation key → Return → the result: three levels above it.
    if (exceedsDepth(table, MAX_JSON_DEPTH + 3)) {
      throw new AslcError(
        'MockTooDeep',
        `mocked response '${name}' is nested more than ${MAX_JSON_DEPTH} levels deep; ${limit}`,
      );
    }
  }
}
