/**
 * Payload size quota: 256 KiB (262,144 bytes of UTF-8 JSON) for state inputs, outputs, task
 * results and variables. Crossing it raises `States.DataLimitExceeded`.
 */
import { parseIntegrationArn } from '../../asl/resource-arn.ts';
import { runtimeError, StatesError } from './errors.ts';
import { exceedsDepth } from './json-values.ts';
import { MAX_PAYLOAD_DEPTH } from './limits.ts';

/** The payload quota, in bytes. */
export const PAYLOAD_LIMIT_BYTES = 262_144;

/**
 * The UTF-8 size of a value's JSON text.
 *
 * @example
 * ```ts
 * jsonByteLength({ a: 'é' }); // 10
 * ```
 */
export function jsonByteLength(value: unknown): number {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (e) {
    // Too long to be a string at all (V8's limit is about 2^29 characters): over any quota.
    if (e instanceof RangeError && /string length/i.test(e.message)) return Infinity;
    throw e;
  }
  return text === undefined ? 0 : Buffer.byteLength(text, 'utf8');
}

const sizes = new WeakMap<object, number>();

/**
 * {@link jsonByteLength} of a payload, remembered per object: the interpreter never changes a
 * value once a state has produced it (ResultPath writes into a copy), and the same object is
 * measured several times (a state's output, the next state's input, their history events).
 *
 * @example
 * ```ts
 * payloadBytes(output) === jsonByteLength(output); // true, and cheap the second time
 * ```
 */
export function payloadBytes(value: unknown): number {
  if (typeof value !== 'object' || value === null) return jsonByteLength(value);
  const known = sizes.get(value);
  if (known !== undefined) return known;
  const size = jsonByteLength(value);
  sizes.set(value, size);
  return size;
}

/**
 * Throws `States.DataLimitExceeded` when `value` is over the payload quota (after
 * {@link checkPayloadDepth}), with AWS's wording
 * ("The state/task 'X' returned a result with a size exceeding the maximum number of bytes
 * service limit.", localstack `test_states_errors.snapshot.json`). `taskFailure` marks a task
 * result over the quota, which AWS reports as a TaskFailed that `States.ALL` catches.
 *
 * @example
 * ```ts
 * checkPayloadSize({ a: 1 }, "The state/task 'X' returned a result"); // passes
 * ```
 */
export function checkPayloadSize(value: unknown, what: string, taskFailure = false): void {
  checkPayloadDepth(value, what);
  const size = payloadBytes(value);
  if (size > PAYLOAD_LIMIT_BYTES) {
    throw new StatesError(
      'States.DataLimitExceeded',
      `${what} with a size exceeding the maximum number of bytes service limit.`,
      false,
      taskFailure,
    );
  }
}

const shallow = new WeakSet<object>();

/**
 * Throws `States.Runtime` when a payload nests more than {@link MAX_PAYLOAD_DEPTH} levels: a
 * template that wraps its input (`Parameters: { a: { 'x.$': '$' } }` in a loop) deepens it at
 * every turn, long before the size quota, and every later step would walk it recursively.
 * Checked before the size (measuring such a value overflows the stack); remembered per object.
 *
 * @example
 * ```ts
 * checkPayloadDepth({ a: [1] }, "The state/task 'X' returned a result"); // passes
 * ```
 */
function checkPayloadDepth(value: unknown, what: string): void {
  if (typeof value !== 'object' || value === null || shallow.has(value)) return;
  if (exceedsDepth(value, MAX_PAYLOAD_DEPTH)) {
    throw runtimeError(`${what} nested more than ${MAX_PAYLOAD_DEPTH} levels deep.`);
  }
  shallow.add(value);
}

/**
 * How AWS names a Task's resource in a DataLimitExceeded cause: the integration's resource type
 * for `arn:aws:states:::…` resources (`lambda` for `lambda:invoke`, `aws-sdk:s3` for
 * `aws-sdk:s3:getObject`), the whole ARN otherwise (a Lambda function or activity ARN).
 *
 * @example
 * ```ts
 * taskResourceLabel('arn:aws:states:::lambda:invoke'); // 'lambda'
 * ```
 */
export function taskResourceLabel(resource: string): string {
  const arn = parseIntegrationArn(resource);
  if (arn === undefined) return resource;
  return arn.service === 'aws-sdk' ? `aws-sdk:${arn.action.split(':')[0] ?? ''}` : arn.service;
}
