import { createHash } from 'node:crypto';
import { pyJsonDumps } from './py-json.ts';

/**
 * Lower-case hex SHA-256 of the UTF-8 bytes of `text`.
 *
 * @example
 * ```ts
 * sha256Hex('s3://bucket/key').slice(0, 8); // '558ca153'
 * ```
 */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Core's `sha256_hexdigest(x)`: a string is hashed as is, any other JSON value as its
 * Python `json.dumps(x, sort_keys=True)` text.
 *
 * @example
 * ```ts
 * sha256HexDigest(['custom', 'image', ['cmd']]); // hash of '["custom", "image", ["cmd"]]'
 * ```
 */
export function sha256HexDigest(content: unknown): string {
  return sha256Hex(typeof content === 'string' ? content : pyJsonDumps(content));
}
