/**
 * Evaluation of intrinsic calls: arguments first (paths read from the input, the context object
 * or variables; nested calls evaluated inside out), then the function.
 */
import { runtimeError } from '../errors.ts';
import type { Rng } from '../random.ts';
import type { PathEnv } from '../reference.ts';
import { parseReference, readReference } from '../reference.ts';
import type { IntrinsicImpl, IntrinsicValue } from './args.ts';
import {
  array,
  arrayContains,
  arrayGetItem,
  arrayLength,
  arrayPartition,
  arrayRange,
  arrayUnique,
} from './array.ts';
import { base64Decode, base64Encode } from './encoding.ts';
import { format } from './format.ts';
import { hash } from './hash.ts';
import { jsonMerge, jsonToString, stringToJson } from './json.ts';
import { mathAdd, mathRandom } from './math.ts';
import type { IntrinsicArg, IntrinsicCall } from '../../../asl/intrinsic/ast.ts';
import { checkIntrinsic } from '../../../asl/intrinsic/check.ts';
import { parseIntrinsic } from '../../../asl/intrinsic/parse.ts';
import { stringSplit } from './string.ts';
import { uuid } from './uuid.ts';

const FUNCTIONS: Readonly<Record<string, IntrinsicImpl>> = {
  'States.Format': format,
  'States.StringToJson': stringToJson,
  'States.JsonToString': jsonToString,
  'States.Array': array,
  'States.ArrayPartition': arrayPartition,
  'States.ArrayContains': arrayContains,
  'States.ArrayRange': arrayRange,
  'States.ArrayGetItem': arrayGetItem,
  'States.ArrayLength': arrayLength,
  'States.ArrayUnique': arrayUnique,
  'States.Base64Encode': base64Encode,
  'States.Base64Decode': base64Decode,
  'States.Hash': hash,
  'States.JsonMerge': jsonMerge,
  'States.MathRandom': mathRandom,
  'States.MathAdd': mathAdd,
  'States.StringSplit': stringSplit,
  'States.UUID': uuid,
};

/**
 * Evaluates an intrinsic call string such as `States.Format('Hi {}', $.name)`. `field` names
 * the field being evaluated (for causes).
 *
 * @example
 * ```ts
 * evaluateIntrinsic("States.MathAdd($.a, 1)", env, rng, 'b.$'); // env.input.a + 1
 * ```
 */
export function evaluateIntrinsic(text: string, env: PathEnv, rng: Rng, field: string): unknown {
  const parsed = parseIntrinsic(text);
  const problem = parsed.ok ? callProblem(parsed.call) : parsed.message;
  if (!parsed.ok || problem !== undefined) {
    throw runtimeError(
      `The value '${text}' of the field '${field}' is not a valid intrinsic function call: ${problem ?? ''}`,
    );
  }
  const call = parsed.call;
  try {
    return run(call, env, rng, field);
  } catch (e) {
    if (e instanceof ArgumentNotFound) {
      // AWS names the whole expression as written (captured from real AWS in floci's
      // AslExecutorIntrinsicMissingArgumentTest; quoted in aws-cdk-lib constructs' READMEs).
      throw runtimeError(`The function '${text}' had the following error: ${e.message}`);
    }
    throw e;
  }
}

const checked = new WeakMap<IntrinsicCall, string | null>();

/** The first structural error the shared checks find (names, arity, nesting ≤ 10); literal
 * arguments AWS refuses fail when the function runs (States.IntrinsicFailure). */
function callProblem(call: IntrinsicCall): string | undefined {
  let problem = checked.get(call);
  if (problem === undefined) {
    problem =
      checkIntrinsic(call).find((p) => p.severity === 'error' && p.kind === 'structure')?.message ??
      null;
    checked.set(call, problem);
  }
  return problem ?? undefined;
}

/** A path argument that matches nothing: AWS fails the state with States.Runtime. */
class ArgumentNotFound extends Error {}

/**
 * AWS's sentence for a path argument that matches nothing: the path as written (a `$$.` path
 * rewritten to `$.`) and the state's input.
 */
function argumentNotFound(path: string, env: PathEnv): ArgumentNotFound {
  const ref = parseReference(path);
  const shown = ref.source === 'context' ? path.slice(1) : path;
  return new ArgumentNotFound(
    `The JsonPath argument for the field '${shown}' could not be found in the input '${JSON.stringify(env.input) ?? 'null'}'`,
  );
}

function run(call: IntrinsicCall, env: PathEnv, rng: Rng, field: string): unknown {
  env.budget?.check();
  const args = call.args.map((a) => evalArg(a, env, rng, field));
  const impl = FUNCTIONS[call.name];
  if (impl === undefined) throw runtimeError(`Unknown intrinsic function '${call.name}'`);
  return impl(args, { rng });
}

function evalArg(arg: IntrinsicArg, env: PathEnv, rng: Rng, field: string): IntrinsicValue {
  switch (arg.kind) {
    case 'string':
      return { value: arg.value, raw: arg.raw };
    case 'number':
    case 'boolean':
      return { value: arg.value };
    case 'null':
      return { value: null };
    case 'call':
      return { value: run(arg.call, env, rng, field) };
    case 'path': {
      // An index past the end of an array is a miss here, where a plain `"x.$"` reference
      // reads null (both measured on AWS, floci AslExecutorIntrinsicMissingArgumentTest).
      const r = readReference(arg.text, env, { strictIndex: true });
      if (!r.found) throw argumentNotFound(arg.text, env);
      return { value: r.value };
    }
  }
}
