/**
 * S3 URIs as core's `S3Path` / `S3PathPlaceholder` validate them (scaffolding.md §1.9). The
 * checks are written without backtracking regular expressions (the reference's nested
 * `(?:[…]+/?)*` pattern is exponential on long invalid keys).
 */

const KEY_CHAR = /^[a-zA-Z0-9!_.*'()\-&$@=;:+,? /]*$/;
const BUCKET = /^[A-Za-z0-9][A-Za-z0-9\-.]{1,61}[A-Za-z0-9]$/;
const BUCKET_MIXED = /^[A-Za-z0-9][A-Za-z0-9.-]*[A-Za-z0-9]$/;
const PLACEHOLDER = /\$\{[A-Za-z0-9._\-[\]]+\}/g;
const ONLY_PLACEHOLDER = /^\$\{[A-Za-z0-9._\-[\]]+\}$/;

/**
 * `S3Path._sanitize`: every run of two or more slashes after the scheme (preceded by a
 * non-colon character) collapses to one slash.
 *
 * @example
 * ```ts
 * sanitizeS3Path('s3://bucket/outs//c'); // 's3://bucket/outs/c'
 * ```
 */
export function sanitizeS3Path(value: string): string {
  return value.slice(0, 3) + value.slice(3).replace(/([^:]\/)\/+/g, '$1');
}

/** Splits `s3://bucket[/key]` into bucket and key, or undefined without the scheme. */
function split(value: string): { bucket: string; key: string } | undefined {
  if (!value.startsWith('s3://')) return undefined;
  const rest = value.slice(5);
  const slash = rest.indexOf('/');
  return slash < 0
    ? { bucket: rest, key: '' }
    : { bucket: rest.slice(0, slash), key: rest.slice(slash + 1) };
}

/** A key of `(?:[chars]+/?)*`: allowed characters, no leading slash, no empty segment. */
function isPlainKey(key: string): boolean {
  return KEY_CHAR.test(key) && !key.startsWith('/') && !key.includes('//');
}

/**
 * True when `value` (already sanitized) is a valid `S3Path`: `s3://<bucket>[/<key>]`, bucket
 * of 3–63 `[A-Za-z0-9.-]` with alphanumeric ends, key of the allowed characters.
 *
 * @example
 * ```ts
 * isValidS3Path('s3://bucket/key'); // true
 * isValidS3Path('/local/file'); // false
 * ```
 */
export function isValidS3Path(value: string): boolean {
  const parts = split(value);
  return parts !== undefined && BUCKET.test(parts.bucket) && isPlainKey(parts.key);
}

/**
 * True when `value` (already sanitized) is a valid `S3PathPlaceholder` with placeholders
 * allowed: like {@link isValidS3Path}, but `${NAME}` placeholders may appear in bucket and key,
 * a placeholder bucket has no length limit, and the key may start with a slash.
 *
 * @example
 * ```ts
 * isValidS3PathPlaceholder('s3://bucket/${SAMPLE}/out'); // true
 * ```
 */
export function isValidS3PathPlaceholder(value: string): boolean {
  const parts = split(value);
  if (parts === undefined) return false;
  const bucketOk =
    ONLY_PLACEHOLDER.test(parts.bucket) ||
    BUCKET.test(parts.bucket) ||
    BUCKET_MIXED.test(parts.bucket.replace(PLACEHOLDER, 'x'));
  if (!bucketOk) return false;
  let key = parts.key.replace(PLACEHOLDER, 'x');
  if (key === '' || key === '/') return true;
  if (key.startsWith('/')) key = key.slice(1);
  return key !== '' && isPlainKey(key);
}

/**
 * `S3Path(f"{base}/{suffix}")`: string concatenation with a slash, then sanitized.
 *
 * @example
 * ```ts
 * joinS3Path('s3://bucket/tmp-payloads/', 'input_0/'); // 's3://bucket/tmp-payloads/input_0/'
 * ```
 */
export function joinS3Path(base: string, suffix: string): string {
  return sanitizeS3Path(`${base}/${suffix}`);
}
