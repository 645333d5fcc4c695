/**
 * `States.UUID()`: a version-4 UUID from the execution's seeded generator.
 */
import type { IntrinsicImpl } from './args.ts';
import { arity } from './args.ts';

/** `States.UUID`. */
export const uuid: IntrinsicImpl = (args, ctx) => {
  arity('States.UUID', args, 0);
  return ctx.rng.uuid();
};
