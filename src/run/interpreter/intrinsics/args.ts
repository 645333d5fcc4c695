/**
 * Shared pieces of the intrinsic functions: evaluated arguments, the failure they raise, and
 * argument checks with AWS-style messages.
 */
import { StatesError } from '../errors.ts';
import type { Rng } from '../random.ts';

/** An evaluated argument: its value and, for a string literal, its text with escapes intact. */
export interface IntrinsicValue {
  readonly value: unknown;
  readonly raw?: string;
}

/** What an intrinsic function may use besides its arguments. */
export interface IntrinsicContext {
  readonly rng: Rng;
}

/** One intrinsic function. */
export type IntrinsicImpl = (args: readonly IntrinsicValue[], ctx: IntrinsicContext) => unknown;

/**
 * The error an intrinsic function raises when its arguments are wrong.
 *
 * @example
 * ```ts
 * throw intrinsicFailure('States.ArrayLength', 'the argument must be an array');
 * ```
 */
export function intrinsicFailure(fn: string, message: string): StatesError {
  return new StatesError('States.IntrinsicFailure', `${fn}: ${message}`, true);
}

/**
 * Checks the number of arguments.
 *
 * @example
 * ```ts
 * arity('States.ArrayLength', args, 1); // throws unless exactly one argument
 * ```
 */
export function arity(fn: string, args: readonly IntrinsicValue[], min: number, max = min): void {
  if (args.length < min || args.length > max) {
    const expected =
      min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    throw intrinsicFailure(fn, `expected ${expected} argument(s) but received ${args.length}`);
  }
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/**
 * The n-th argument as a string.
 *
 * @example
 * ```ts
 * const text = str('States.Base64Encode', args, 0);
 * ```
 */
export function str(fn: string, args: readonly IntrinsicValue[], i: number): string {
  const v = args[i]?.value;
  if (typeof v !== 'string')
    throw intrinsicFailure(fn, `argument ${i + 1} must be a string, got ${typeName(v)}`);
  return v;
}

/**
 * The n-th argument as a number.
 *
 * @example
 * ```ts
 * const n = num('States.MathAdd', args, 0);
 * ```
 */
export function num(fn: string, args: readonly IntrinsicValue[], i: number): number {
  const v = args[i]?.value;
  if (typeof v !== 'number')
    throw intrinsicFailure(fn, `argument ${i + 1} must be a number, got ${typeName(v)}`);
  return v;
}

/**
 * The n-th argument as an integer (no rounding).
 *
 * @example
 * ```ts
 * const index = int('States.ArrayGetItem', args, 1);
 * ```
 */
export function int(fn: string, args: readonly IntrinsicValue[], i: number): number {
  const v = num(fn, args, i);
  if (!Number.isInteger(v))
    throw intrinsicFailure(fn, `argument ${i + 1} must be an integer, got ${v}`);
  return v;
}

/**
 * The n-th argument as an array.
 *
 * @example
 * ```ts
 * const items = arr('States.ArrayLength', args, 0);
 * ```
 */
export function arr(fn: string, args: readonly IntrinsicValue[], i: number): unknown[] {
  const v = args[i]?.value;
  if (!Array.isArray(v))
    throw intrinsicFailure(fn, `argument ${i + 1} must be an array, got ${typeName(v)}`);
  return v;
}

/**
 * The n-th argument as a JSON object.
 *
 * @example
 * ```ts
 * const a = obj('States.JsonMerge', args, 0);
 * ```
 */
export function obj(
  fn: string,
  args: readonly IntrinsicValue[],
  i: number,
): Record<string, unknown> {
  const v = args[i]?.value;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    throw intrinsicFailure(fn, `argument ${i + 1} must be a JSON object, got ${typeName(v)}`);
  }
  return v as Record<string, unknown>;
}

/**
 * Java's `Math.round` (half up, toward positive infinity), which AWS applies to non-integers.
 *
 * @example
 * ```ts
 * javaRound(2.5); // 3
 * javaRound(-2.5); // -2
 * ```
 */
export function javaRound(n: number): number {
  return Math.floor(n + 0.5);
}
