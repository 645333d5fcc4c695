/**
 * What the in-process engines refuse before running, with one line naming the limit: a
 * definition, an input or a mocked result nested deeper than the engines handle (their code is
 * recursive), and Parallel/Map states nested too deep. Checked without recursion, whatever the
 * depth. See src/run/README.md, "Limits".
 */
import { graphNesting } from '../asl/walk.ts';
import { AslcError } from '../util/errors.ts';
import { isJsonObject } from '../util/json.ts';
import { describeShapeProblem, MAX_JSON_VALUES, shapeProblem } from '../util/json-depth.ts';
import type { RunRequest } from './engine-contract.ts';
import { MAX_JSON_DEPTH, MAX_STATE_NESTING } from './interpreter/limits.ts';

/**
 * Throws when a value cannot be walked by the engines' recursive code: `<what>TooDeep` when it
 * nests deeper than `maxDepth` levels or contains itself, `<what>TooLarge` when it holds more
 * than {@link MAX_JSON_VALUES} values once shared objects are expanded. Linear, whatever the value.
 */
function checkShape(value: unknown, what: string, code: string, maxDepth: number): void {
  const problem = shapeProblem(value, { maxDepth, maxNodes: MAX_JSON_VALUES });
  if (problem === undefined) return;
  const message =
    problem.reason === 'depth'
      ? `${what} is nested more than ${MAX_JSON_DEPTH} levels deep; the limit is ${MAX_JSON_DEPTH} levels`
      : `${what} is ${describeShapeProblem(problem, { maxNodes: MAX_JSON_VALUES })}`;
  throw new AslcError(`${code}${problem.reason === 'size' ? 'TooLarge' : 'TooDeep'}`, message);
}

/**
 * Throws an `AslcError` when the request is beyond the engines' limits: `DefinitionTooDeep`,
 * `InputTooDeep` or `MockTooDeep` (nested too deep, or cyclic), `DefinitionTooLarge`,
 * `InputTooLarge` or `MockTooLarge` (too many values once shared objects are expanded).
 *
 * @example
 * ```ts
 * checkRunLimits({ definition, input: {} }); // passes for any ordinary workflow
 * ```
 */
export function checkRunLimits(request: RunRequest): void {
  checkShape(request.definition, 'the definition', 'Definition', MAX_JSON_DEPTH);
  const nesting = graphNesting(request.definition);
  if (nesting > MAX_STATE_NESTING) {
    throw new AslcError(
      'DefinitionTooDeep',
      `Parallel and Map states are nested ${nesting} deep; the limit is ${MAX_STATE_NESTING}`,
    );
  }
  checkShape(request.input, 'the execution input', 'Input', MAX_JSON_DEPTH);
  const responses = request.mocks?.MockedResponses;
  for (const [name, table] of Object.entries(isJsonObject(responses) ? responses : {})) {
    // MockedResponses → name → invocation key → Return → the result: three levels above it.
    checkShape(table, `mocked response '${name}'`, 'Mock', MAX_JSON_DEPTH + 3);
  }
}
