/**
 * The 18 intrinsic functions of JSONPath states, their argument counts and the subsets some
 * fields accept (spec/asl.md §1.6;
 * https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html).
 */

/** The 18 intrinsic functions. */
export const INTRINSIC_FUNCTIONS = [
  'States.Format',
  'States.StringToJson',
  'States.JsonToString',
  'States.Array',
  'States.ArrayPartition',
  'States.ArrayContains',
  'States.ArrayRange',
  'States.ArrayGetItem',
  'States.ArrayLength',
  'States.ArrayUnique',
  'States.Base64Encode',
  'States.Base64Decode',
  'States.Hash',
  'States.JsonMerge',
  'States.MathRandom',
  'States.MathAdd',
  'States.StringSplit',
  'States.UUID',
] as const;

/** The name of an intrinsic function. */
export type IntrinsicName = (typeof INTRINSIC_FUNCTIONS)[number];

const NAMES: ReadonlySet<string> = new Set(INTRINSIC_FUNCTIONS);

/**
 * True for the name of one of the 18 intrinsic functions (case-sensitive, as AWS reads them).
 *
 * @example
 * ```ts
 * isIntrinsicName('States.Format'); // true
 * isIntrinsicName('States.format'); // false
 * ```
 */
export function isIntrinsicName(name: string): name is IntrinsicName {
  return NAMES.has(name);
}

/** Allowed argument counts of each intrinsic: [min, max]. */
export const INTRINSIC_ARITY: Readonly<Record<IntrinsicName, readonly [number, number]>> = {
  'States.Format': [1, Infinity],
  'States.StringToJson': [1, 1],
  'States.JsonToString': [1, 1],
  'States.Array': [0, Infinity],
  'States.ArrayPartition': [2, 2],
  'States.ArrayContains': [2, 2],
  'States.ArrayRange': [3, 3],
  'States.ArrayGetItem': [2, 2],
  'States.ArrayLength': [1, 1],
  'States.ArrayUnique': [1, 1],
  'States.Base64Encode': [1, 1],
  'States.Base64Decode': [1, 1],
  'States.Hash': [2, 2],
  'States.JsonMerge': [3, 3],
  'States.MathRandom': [2, 3],
  'States.MathAdd': [2, 2],
  'States.StringSplit': [2, 2],
  'States.UUID': [0, 0],
};

/** The intrinsics a Fail state's ErrorPath / CausePath accept (spec/asl.md §1.6). */
export const FAIL_PATH_INTRINSICS: readonly IntrinsicName[] = [
  'States.Format',
  'States.JsonToString',
  'States.ArrayGetItem',
  'States.Base64Encode',
  'States.Base64Decode',
  'States.Hash',
  'States.UUID',
];

/** Hash algorithms of `States.Hash`. */
export const HASH_ALGORITHMS = ['MD5', 'SHA-1', 'SHA-256', 'SHA-384', 'SHA-512'] as const;
