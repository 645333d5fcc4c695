/**
 * The value of a `key.$` entry of a JSONPath payload template: a path or an intrinsic call
 * ("The value for the field 'x.$' must be a valid JSONPath or a valid intrinsic function call",
 * AWS's SCHEMA_VALIDATION_FAILED message quoted in spec/asl.md §3).
 */
import { checkIntrinsic } from './intrinsic/check.ts';
import { looksLikeIntrinsic, parseIntrinsic } from './intrinsic/parse.ts';
import { parseJsonPath } from './jsonpath/parse.ts';

/**
 * Why `text` cannot be the value of a `key.$` entry, or undefined when it can: a JSONPath the
 * grammar accepts, or an intrinsic call that parses and passes the shared checks.
 *
 * @example
 * ```ts
 * dollarValueProblem('$.a'); // undefined
 * dollarValueProblem('States.Array(01)'); // "'01' is not a number (…) at position 13"
 * dollarValueProblem('a.b'); // 'not a JSONPath or an intrinsic function call'
 * ```
 */
export function dollarValueProblem(text: string): string | undefined {
  if (looksLikeIntrinsic(text)) {
    const parsed = parseIntrinsic(text);
    if (!parsed.ok) return parsed.message;
    return checkIntrinsic(parsed.call).find((p) => p.severity === 'error')?.message;
  }
  if (!text.startsWith('$')) return 'not a JSONPath or an intrinsic function call';
  const path = parseJsonPath(text);
  return path.ok ? undefined : path.message;
}
