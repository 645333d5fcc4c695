/**
 * Payload size quota: 256 KiB (262,144 bytes of UTF-8 JSON) for state inputs, outputs, task
 * results and variables. Crossing it raises `States.DataLimitExceeded`.
 */
import { StatesError } from './errors.ts';

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
  const text = JSON.stringify(value);
  return text === undefined ? 0 : Buffer.byteLength(text, 'utf8');
}

/**
 * Throws `States.DataLimitExceeded` when `value` is over the payload quota.
 *
 * @example
 * ```ts
 * checkPayloadSize({ a: 1 }, "the state/task 'X' returned a result"); // passes
 * ```
 */
export function checkPayloadSize(value: unknown, what: string): void {
  const size = jsonByteLength(value);
  if (size > PAYLOAD_LIMIT_BYTES) {
    throw new StatesError(
      'States.DataLimitExceeded',
      `${what} with a size exceeding the maximum number of bytes service limit (${size} > ${PAYLOAD_LIMIT_BYTES} bytes).`,
    );
  }
}
