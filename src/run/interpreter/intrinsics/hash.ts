/**
 * `States.Hash(data, algorithm)`: the hex digest of the data's UTF-8 bytes with MD5, SHA-1,
 * SHA-256, SHA-384 or SHA-512 (input up to 10,000 characters).
 */
import { createHash } from 'node:crypto';
import type { IntrinsicImpl } from './args.ts';
import { arity, intrinsicFailure, str } from './args.ts';

const ALGORITHMS: Readonly<Record<string, string>> = {
  MD5: 'md5',
  'SHA-1': 'sha1',
  'SHA-256': 'sha256',
  'SHA-384': 'sha384',
  'SHA-512': 'sha512',
};

/**
 * The hex digest of a string (shared with JSONata's `$hash`).
 *
 * @example
 * ```ts
 * hashHex('input data', 'SHA-1'); // 'aaff4a450a104cd177d28d18d74485e8cae074b7'
 * ```
 */
export function hashHex(data: string, algorithm: string): string | undefined {
  const node = ALGORITHMS[algorithm];
  return node === undefined ? undefined : createHash(node).update(data, 'utf8').digest('hex');
}

/** `States.Hash`. */
export const hash: IntrinsicImpl = (args) => {
  const FN = 'States.Hash';
  arity(FN, args, 2);
  const raw = args[0]?.value;
  const data = typeof raw === 'string' ? raw : (JSON.stringify(raw) ?? 'null');
  const algorithm = str(FN, args, 1);
  if (data.length > 10_000) throw intrinsicFailure(FN, 'the input cannot exceed 10000 characters');
  const digest = hashHex(data, algorithm);
  if (digest === undefined) {
    throw intrinsicFailure(
      FN,
      `unsupported algorithm '${algorithm}'; use one of ${Object.keys(ALGORITHMS).join(', ')}`,
    );
  }
  return digest;
};
