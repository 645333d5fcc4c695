/**
 * Math intrinsics: `States.MathRandom(start, end[, seed])` and `States.MathAdd(a, b)`.
 * Non-integer arguments are rounded the way AWS's Java runtime does (`Math.round`).
 */
import { javaRandomInt } from '../random.ts';
import type { IntrinsicImpl } from './args.ts';
import { arity, intrinsicFailure, javaRound, num } from './args.ts';

/**
 * `States.MathRandom`: an integer in [start, end). With a seed, the value `java.util.Random(seed)`
 * gives; without, the execution's seeded generator.
 */
export const mathRandom: IntrinsicImpl = (args, ctx) => {
  const FN = 'States.MathRandom';
  arity(FN, args, 2, 3);
  const start = javaRound(num(FN, args, 0));
  const end = javaRound(num(FN, args, 1));
  if (end <= start)
    throw intrinsicFailure(FN, `the end (${end}) must be greater than the start (${start})`);
  if (args.length === 3) return start + javaRandomInt(javaRound(num(FN, args, 2)), end - start);
  return ctx.rng.int(start, end);
};

/** `States.MathAdd(a, b)`. */
export const mathAdd: IntrinsicImpl = (args) => {
  const FN = 'States.MathAdd';
  arity(FN, args, 2);
  return javaRound(num(FN, args, 0)) + javaRound(num(FN, args, 1));
};
