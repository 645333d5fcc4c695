/**
 * JSONPath input and output processing, in AWS's order: InputPath → Parameters → [work] →
 * ResultSelector → ResultPath → OutputPath. `InputPath: null` and `OutputPath: null` give `{}`;
 * `ResultPath: null` discards the result and keeps the input.
 */
import { runtimeError } from './errors.ts';
import { writePath } from './jsonpath/write.ts';
import { evaluatePayloadTemplate } from './payload-template.ts';
import { parseReference, requireReference } from './reference.ts';
import type { AslJsonPathIo, AslPayload } from '../../asl/types.ts';
import type { RunOf, StateRun } from './runtime.ts';
import { pathEnv } from './runtime.ts';

/**
 * Applies a path field (`InputPath`, `OutputPath`) to a value.
 *
 * @example
 * ```ts
 * selectPath(run, '$.a', { a: 1 }); // 1
 * ```
 */
export function selectPath(run: StateRun, path: unknown, value: unknown): unknown {
  if (path === undefined) return value;
  if (path === null) return {};
  if (typeof path !== 'string')
    throw runtimeError(`Invalid path ${JSON.stringify(path)}: a path must be a string`);
  if (path === '$') return value;
  return requireReference(path, pathEnv(run, value));
}

/**
 * The effective input: the raw input through `InputPath`.
 *
 * @example
 * ```ts
 * effectiveInput(run); // run.input, or what InputPath selects
 * ```
 */
export function effectiveInput(run: RunOf<AslJsonPathIo>): unknown {
  return selectPath(run, run.def.InputPath, run.input);
}

/**
 * Evaluates a payload-template field (`Parameters`, `ResultSelector`, …) against `input`.
 *
 * @example
 * ```ts
 * applyTemplate(run, { 'id.$': '$.id' }, { id: 7 }); // { id: 7 }
 * ```
 */
export function applyTemplate(run: StateRun, template: unknown, input: unknown): unknown {
  return evaluatePayloadTemplate(template, pathEnv(run, input), run.fiber.rt.rng);
}

/**
 * `ResultSelector`: reshapes a result (Task, Parallel, Map) when present.
 *
 * @example
 * ```ts
 * applyResultSelector(run, { Payload: 1 }); // { 'x.$': '$.Payload' } → { x: 1 }
 * ```
 */
export function applyResultSelector(
  run: RunOf<{ ResultSelector: AslPayload }>,
  result: unknown,
): unknown {
  const selector = run.def.ResultSelector;
  return selector === undefined ? result : applyTemplate(run, selector, result);
}

/**
 * `ResultPath`: where the result goes in the raw input.
 *
 * @example
 * ```ts
 * applyResultPath('$.r', { a: 1 }, 2); // { a: 1, r: 2 }
 * ```
 */
export function applyResultPath(path: unknown, rawInput: unknown, result: unknown): unknown {
  if (path === undefined || path === '$') return result;
  if (path === null) return rawInput;
  if (typeof path !== 'string') {
    throw runtimeError(`Invalid ResultPath ${JSON.stringify(path)}: a path must be a string`);
  }
  const ref = parseReference(path);
  if (ref.source !== 'input') {
    throw runtimeError(
      `Invalid ResultPath '${path}': ResultPath must be a reference path starting with '$.'`,
    );
  }
  return writePath(ref.ast, rawInput, result, path);
}

/**
 * The last steps: ResultPath then OutputPath.
 *
 * @example
 * ```ts
 * finishJsonPath(run, result); // the state output
 * ```
 */
export function finishJsonPath(
  run: RunOf<AslJsonPathIo & { ResultPath: string | null }>,
  result: unknown,
): unknown {
  const merged = applyResultPath(run.def.ResultPath, run.input, result);
  return selectPath(run, run.def.OutputPath, merged);
}
