/**
 * JSONPath payload templates (`Parameters`, `ResultSelector`, `ItemSelector`, `BatchInput`,
 * JSONPath `Assign`): keys ending in `.$` take the value of a path (`$.x`, `$$.x`, `$var`) or of
 * an intrinsic call, everywhere in nested objects and arrays; other values are kept as they are.
 */
import { runtimeError } from './errors.ts';
import { evaluateIntrinsic } from './intrinsics/evaluate.ts';
import { setOwn } from './json-values.ts';
import type { Rng } from './random.ts';
import type { PathEnv } from './reference.ts';
import { fieldNotFoundCause, isPathString, readReference } from './reference.ts';

/**
 * Evaluates a payload template against a path environment.
 *
 * @example
 * ```ts
 * evaluatePayloadTemplate({ 'id.$': '$.a', fixed: 1 }, env, rng); // { id: env.input.a, fixed: 1 }
 * ```
 */
export function evaluatePayloadTemplate(template: unknown, env: PathEnv, rng: Rng): unknown {
  if (Array.isArray(template)) return template.map((v) => evaluatePayloadTemplate(v, env, rng));
  if (typeof template !== 'object' || template === null) return template;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(template)) {
    if (key.endsWith('.$')) {
      setOwn(out, key.slice(0, -2), evaluateDynamic(key, value, env, rng));
    } else {
      setOwn(out, key, evaluatePayloadTemplate(value, env, rng));
    }
  }
  return out;
}

/**
 * The value of one `key.$` entry: a path or an intrinsic call.
 *
 * @example
 * ```ts
 * evaluateDynamic('x.$', 'States.UUID()', env, rng); // a UUID
 * ```
 */
export function evaluateDynamic(key: string, value: unknown, env: PathEnv, rng: Rng): unknown {
  if (typeof value !== 'string') {
    throw runtimeError(
      `The value for the field '${key}' must be a valid JSONPath or a valid intrinsic function call`,
    );
  }
  if (isPathString(value)) {
    const r = readReference(value, env);
    if (!r.found) throw runtimeError(fieldNotFoundCause(value, key, env));
    return r.value;
  }
  return evaluateIntrinsic(value, env, rng, key);
}
