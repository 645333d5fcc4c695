import { DslError } from './dsl-error.ts';

import { MAX_STATE_NAME_LENGTH } from '../asl/quotas.ts';

export { MAX_STATE_NAME_LENGTH };

// Control characters are never valid in a state name (spec/asl.md §1.11).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\ufffe\uffff]/;

/** The length of a name in characters (code points), as AWS counts it. */
export function nameLength(name: string): number {
  let n = 0;
  for (const _ of name) n++;
  return n;
}

/**
 * Checks a state name: 1 to 80 characters, no control characters. Throws a coded error.
 *
 * @example
 * ```ts
 * checkStateName('Validate input'); // ok
 * checkStateName('x'.repeat(81)); // throws StateNameTooLong
 * ```
 */
export function checkStateName(name: unknown, context = ''): string {
  if (typeof name !== 'string' || name.length === 0) {
    throw new DslError('InvalidStateName', `a state name must be a non-empty string${context}`, {
      hint: "give every state a name, e.g. pass('Prepare input')",
    });
  }
  // A name of at most 80 UTF-16 units has at most 80 code points: count only longer ones.
  if (name.length > MAX_STATE_NAME_LENGTH && nameLength(name) > MAX_STATE_NAME_LENGTH) {
    throw new DslError(
      'StateNameTooLong',
      `state name '${name}' has ${nameLength(name)} characters; ASL allows at most ${MAX_STATE_NAME_LENGTH}${context}`,
      { state: name, hint: 'use a shorter name or a shorter prefix' },
    );
  }
  if (CONTROL.test(name)) {
    throw new DslError(
      'InvalidStateName',
      `state name ${JSON.stringify(name)} contains a control character${context}`,
      {
        state: name,
        hint: 'remove line breaks, tabs and other control characters from the name',
      },
    );
  }
  return name;
}
