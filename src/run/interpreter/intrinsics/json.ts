/**
 * JSON intrinsics: `States.StringToJson`, `States.JsonToString`, `States.JsonMerge` (shallow).
 */
import { exceedsDepth } from '../json-values.ts';
import { MAX_JSON_DEPTH } from '../limits.ts';
import type { IntrinsicImpl } from './args.ts';
import { arity, intrinsicFailure, obj, str } from './args.ts';

/**
 * `States.StringToJson(text)`: parses escaped JSON text. An empty or blank text is `null` on
 * AWS (Jackson reads no value from it; AWS's result measured for issue 12), not an error.
 */
export const stringToJson: IntrinsicImpl = (args) => {
  const FN = 'States.StringToJson';
  arity(FN, args, 1);
  const text = str(FN, args, 0);
  if (/^[ \t\n\r]*$/.test(text)) return null;
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (e) {
    throw intrinsicFailure(FN, `the argument is not valid JSON: ${(e as Error).message}`);
  }
  if (exceedsDepth(value, MAX_JSON_DEPTH)) {
    throw intrinsicFailure(FN, `the JSON is nested more than ${MAX_JSON_DEPTH} levels deep`);
  }
  return value;
};

/** `States.JsonToString(value)`: the compact JSON text of a value. */
export const jsonToString: IntrinsicImpl = (args) => {
  arity('States.JsonToString', args, 1);
  return JSON.stringify(args[0]?.value ?? null);
};

/** `States.JsonMerge(a, b, false)`: b's keys over a's; deep merge (true) is not supported. */
export const jsonMerge: IntrinsicImpl = (args) => {
  const FN = 'States.JsonMerge';
  arity(FN, args, 3);
  const a = obj(FN, args, 0);
  const b = obj(FN, args, 1);
  const deep = args[2]?.value;
  if (typeof deep !== 'boolean') throw intrinsicFailure(FN, 'argument 3 must be a boolean');
  if (deep)
    throw intrinsicFailure(FN, 'deep merge is not supported; the third argument must be false');
  return { ...a, ...b };
};
