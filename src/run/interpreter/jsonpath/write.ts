/**
 * Writing a result into a state's input (`ResultPath`). Missing intermediate objects are
 * created; a step that meets something other than an object (or an array for an index) fails
 * with `States.ResultPathMatchFailure`, as on AWS.
 */
import { StatesError } from '../errors.ts';
import { cloneJson, setOwn } from '../json-values.ts';
import type { JsonPathAst } from '../../../asl/jsonpath/ast.ts';

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Returns a copy of `input` with `value` placed where the reference path `ast` points.
 *
 * @example
 * ```ts
 * writePath(parseJsonPath('$.a.b'), { x: 1 }, 2); // { x: 1, a: { b: 2 } }
 * ```
 */
export function writePath(ast: JsonPathAst, input: unknown, value: unknown, text: string): unknown {
  if (ast.segments.length === 0) return value;
  // AWS's wording, quoted from an execution in aws/aws-cdk#29473: the whole path and the whole
  // state input as JSON ("Unable to apply ReferencePath $.partitioned to input \"{…}\"").
  const failure = (): StatesError =>
    new StatesError(
      'States.ResultPathMatchFailure',
      `Unable to apply ReferencePath ${text} to input ${JSON.stringify(input) ?? 'null'}`,
      true,
    );
  if (!ast.definite || ast.fn !== undefined || ast.root !== '$') {
    throw new StatesError(
      'States.ResultPathMatchFailure',
      `The ResultPath '${text}' is not a reference path`,
      true,
    );
  }
  const root = cloneJson(input);
  let cur: unknown = root;
  ast.segments.forEach((seg, i) => {
    const last = i === ast.segments.length - 1;
    const sel = seg.selector;
    if (sel.kind === 'name') {
      if (!isObject(cur)) throw failure();
      if (last) {
        setOwn(cur, sel.name, value);
        return;
      }
      if (!Object.hasOwn(cur, sel.name)) setOwn(cur, sel.name, {});
      cur = cur[sel.name];
    } else if (sel.kind === 'index') {
      if (!Array.isArray(cur)) throw failure();
      const idx = sel.index < 0 ? cur.length + sel.index : sel.index;
      if (idx < 0 || idx >= cur.length) throw failure();
      if (last) {
        cur[idx] = value;
        return;
      }
      cur = cur[idx];
    } else {
      throw failure();
    }
  });
  return root;
}
