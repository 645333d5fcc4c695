import { escapeSegment } from '../../util/json-pointer.ts';
import type { RequestIssue } from '../errors.ts';
import { sanitizeS3Path } from '../paths/s3-path.ts';
import { isPlainObject, plainNumber } from '../python/raw-number.ts';

/**
 * The generic half of request normalisation (pydantic's input rules, scaffolding.md §1.0):
 * snake_case or camelCase keys (camelCase wins), unknown keys dropped, `null` for an optional
 * field treated as absent, lax coercions. Values of the wrong type are passed through so that
 * the JSON Schema reports them at their path.
 */

/** Where a value is: its pointer in the normalised document and in the caller's document. */
export interface Location {
  readonly ptr: string;
  readonly orig: string;
}

/** Collects what normalisation learns: pointer aliases and problems found on the way. */
export interface NormalizeContext {
  /** Normalised pointer → pointer as the caller wrote it (camelCase keys, unwrapped lists). */
  readonly aliases: Map<string, string>;
  readonly issues: RequestIssue[];
}

export type Normalizer = (value: unknown, at: Location, ctx: NormalizeContext) => unknown;

/** One field of a model. */
export interface FieldSpec {
  readonly name: string;
  /** `null` means absent (the field is `Optional` with a `None` default). */
  readonly optional?: boolean;
  readonly normalize?: Normalizer;
}

/** The child location of a key. */
export function child(
  at: Location,
  key: string | number,
  origKey: string | number = key,
): Location {
  return {
    ptr: `${at.ptr}/${escapeSegment(String(key))}`,
    orig: `${at.orig}/${escapeSegment(String(origKey))}`,
  };
}

/** Records where a normalised location came from (when it differs). */
export function record(ctx: NormalizeContext, at: Location): void {
  if (at.ptr !== at.orig) ctx.aliases.set(at.ptr, at.orig);
}

/**
 * pydantic's `to_camel` for a snake_case field name.
 *
 * @example
 * ```ts
 * toCamel('output_s3_prefix'); // 'outputS3Prefix'
 * ```
 */
function toCamel(snake: string): string {
  const [head = '', ...rest] = snake.split('_');
  return head + rest.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

/**
 * Normalises an object against its field list: fields in declaration order, camelCase alias
 * preferred, unknown keys dropped. A non-object is returned as is for the schema to reject.
 *
 * @example
 * ```ts
 * const ctx = { aliases: new Map(), issues: [] };
 * normalizeObject({ jobQueueName: 'q', x: 1 }, { ptr: '', orig: '' }, ctx, [{ name: 'job_queue_name' }]);
 * // { job_queue_name: 'q' }
 * ```
 */
export function normalizeObject(
  raw: unknown,
  at: Location,
  ctx: NormalizeContext,
  fields: readonly FieldSpec[],
): unknown {
  if (!isPlainObject(raw)) return plainNumber(raw);
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const camel = toCamel(field.name);
    const key = Object.hasOwn(raw, camel)
      ? camel
      : Object.hasOwn(raw, field.name)
        ? field.name
        : undefined;
    if (key === undefined) continue;
    const value = raw[key];
    if (value === null && field.optional === true) continue;
    const loc = child(at, field.name, key);
    record(ctx, loc);
    out[field.name] =
      field.normalize === undefined ? plainNumber(value) : field.normalize(value, loc, ctx);
  }
  return out;
}

/** A model field normaliser from a field list. */
export function model(fields: readonly FieldSpec[]): Normalizer {
  return (value, at, ctx) => normalizeObject(value, at, ctx, fields);
}

/** A list whose items are normalised by `item`. */
export function listOf(item: Normalizer = (v) => plainNumber(v)): Normalizer {
  return (value, at, ctx) =>
    Array.isArray(value) ? value.map((v, i) => item(v, child(at, i), ctx)) : plainNumber(value);
}

/** A map whose values are normalised by `item` (keys kept as written). */
export function mapOf(item: Normalizer = (v) => plainNumber(v)): Normalizer {
  return (value, at, ctx) => {
    if (!isPlainObject(value)) return plainNumber(value);
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, item(v, child(at, k), ctx)]),
    );
  };
}

/**
 * pydantic's lax `bool`: `0`/`1` and the strings `0 off f false n no 1 on t true y yes`
 * (any case) are accepted.
 *
 * @example
 * ```ts
 * laxBool('Yes', { ptr: '', orig: '' }, { aliases: new Map(), issues: [] }); // true
 * ```
 */
export const laxBool: Normalizer = (raw) => {
  const value = plainNumber(raw);
  if (value === 0 || value === 1) return value === 1;
  if (typeof value === 'string') {
    const s = value.toLowerCase();
    if (['1', 'on', 't', 'true', 'y', 'yes'].includes(s)) return true;
    if (['0', 'off', 'f', 'false', 'n', 'no'].includes(s)) return false;
  }
  return value;
};

/**
 * pydantic's lax `int`: integral numbers, booleans and decimal-digit strings are accepted.
 *
 * @example
 * ```ts
 * laxInt('8192', { ptr: '', orig: '' }, { aliases: new Map(), issues: [] }); // 8192
 * ```
 */
export const laxInt: Normalizer = (raw) => {
  const value = plainNumber(raw);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value)) return Number(value.trim());
  return value;
};

/** An S3 URI: sanitized (repeated slashes collapsed) before validation. */
export const s3Uri: Normalizer = (raw) => {
  const value = plainNumber(raw);
  return typeof value === 'string' ? sanitizeS3Path(value) : value;
};

/** A value kept exactly as written (free-form JSON, raw numbers included). */
export const asIs: Normalizer = (value) => value;
