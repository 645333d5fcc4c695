import { appendPointer } from '../../util/json-pointer.ts';

/**
 * Keys CloudFormation evaluates (issue 11, point 7: what deploys is what we validated). In a
 * template, an object whose key is `Ref`, `Fn::…` (every intrinsic, condition and rule function,
 * and the `Fn::ForEach::<name>` loop keys) is a function call, and `{"Condition": "Name"}` is a
 * condition reference; SAM does the same with an inline `Definition` (it moves every intrinsic
 * function into `DefinitionSubstitutions`). So a state machine written as a `Definition` object
 * must hold none of them, or CloudFormation deploys something else than the definition aslc
 * validated. The list of names is data: schemas/external/cloudformation-intrinsic-functions.json.
 */

/** Where a key CloudFormation would evaluate sits in a definition. */
export interface IntrinsicKey {
  readonly key: string;
  /** JSON pointer of the object holding the key. */
  readonly pointer: string;
  /** The innermost state, when there is one. */
  readonly state: string | undefined;
}

/**
 * True when CloudFormation would read `key` of an object with `size` keys as a function call:
 * `Ref`, any `Fn::` key (with more keys too: the object is then a malformed call, an error at
 * best), or `Condition` alone (a condition reference; a JSONata Choice rule's `Condition` always
 * has a `Next` beside it).
 *
 * @example
 * ```ts
 * isIntrinsicKey('Fn::GetAtt', 1); // true
 * isIntrinsicKey('Condition', 2); // false
 * ```
 */
export function isIntrinsicKey(key: string, size: number): boolean {
  return key === 'Ref' || key.startsWith('Fn::') || (key === 'Condition' && size === 1);
}

/**
 * Every key of a JSON document that CloudFormation would evaluate, in document order.
 *
 * @example
 * ```ts
 * findIntrinsicKeys({ StartAt: 'A', States: { A: { Type: 'Pass', Result: { Ref: 'x' }, End: true } } });
 * // [{ key: 'Ref', pointer: '/States/A/Result', state: 'A' }]
 * ```
 */
export function findIntrinsicKeys(document: unknown): IntrinsicKey[] {
  const out: IntrinsicKey[] = [];
  const stack: { value: unknown; pointer: string; state: string | undefined; inStates: boolean }[] =
    [{ value: document, pointer: '', state: undefined, inStates: false }];
  while (stack.length > 0) {
    const { value, pointer, state, inStates } = stack.pop() as (typeof stack)[number];
    if (typeof value !== 'object' || value === null) continue;
    const entries = Array.isArray(value)
      ? value.map((v, i) => [String(i), v] as const)
      : Object.entries(value);
    if (!Array.isArray(value)) {
      for (const [k] of entries) {
        if (isIntrinsicKey(k, entries.length)) out.push({ key: k, pointer, state });
      }
    }
    for (let i = entries.length - 1; i >= 0; i--) {
      const [k, v] = entries[i] as readonly [string, unknown];
      stack.push({
        value: v,
        pointer: appendPointer(pointer, k),
        state: inStates && !Array.isArray(value) ? k : state,
        inStates: !Array.isArray(value) && k === 'States',
      });
    }
  }
  return out;
}
