import { expect } from 'vitest';
import { DslError } from '../../src/index.ts';

/** Runs `build`, expects it to throw a DslError, and returns that error. */
export function dslError(build: () => unknown): DslError {
  try {
    build();
  } catch (e) {
    expect(e).toBeInstanceOf(DslError);
    return e as DslError;
  }
  throw new Error('expected a DslError');
}
