import { AslcError } from '../../util/errors.ts';
import { isJsonObject } from '../../util/json.ts';
import type { RunStatus } from '../engine-contract.ts';
import { NORMALIZE_KINDS, type NormalizeKind } from './normalize.ts';

/** A case's `expected.json`. Only the fields present are compared (`status` is required). */
export interface Expected {
  readonly status: RunStatus;
  /** The execution's output (SUCCEEDED), compared deep-equal. */
  readonly output?: unknown;
  /** The error name, or null (compared when the field is present). */
  readonly error?: string | null;
  /** The cause, or null (compared when the field is present). */
  readonly cause?: string | null;
  /** The exact sequence of states entered, nested states included. */
  readonly states?: readonly string[];
  /**
   * The exact sequence of status updates a job plan sent to its status sink, each
   * `<job> <STATUS>` (only for workflows that report statuses: job plans loaded by the CLI).
   */
  readonly statuses?: readonly string[];
  /** Placeholders applied to both sides before comparing outputs and causes. */
  readonly normalize?: readonly NormalizeKind[];
}

const FIELDS = new Set([
  'status',
  'output',
  'error',
  'cause',
  'states',
  'statuses',
  'normalize',
  'comment',
]);
const STATUSES = new Set(['SUCCEEDED', 'FAILED', 'TIMED_OUT']);

/**
 * Checks a parsed `expected.json` and returns it typed; throws an `AslcError` (`InvalidCase`)
 * naming the field that is wrong.
 *
 * @example
 * ```ts
 * parseExpected({ status: 'FAILED', error: 'Boom', cause: null });
 * ```
 */
export function parseExpected(value: unknown): Expected {
  const bad = (field: string, message: string): never => {
    throw new AslcError('InvalidCase', `expected.json: ${message}`, { field });
  };
  if (!isJsonObject(value)) return bad('/', 'must be an object');
  for (const key of Object.keys(value)) {
    if (!FIELDS.has(key))
      bad(`/${key}`, `unknown field '${key}' (fields: ${[...FIELDS].join(', ')})`);
  }
  if (typeof value['status'] !== 'string' || !STATUSES.has(value['status'])) {
    bad('/status', 'status must be SUCCEEDED, FAILED or TIMED_OUT');
  }
  for (const field of ['error', 'cause']) {
    const v = value[field];
    if (v !== undefined && v !== null && typeof v !== 'string')
      bad(`/${field}`, `${field} must be a string or null`);
  }
  const states = value['states'];
  if (
    states !== undefined &&
    !(Array.isArray(states) && states.every((s) => typeof s === 'string'))
  ) {
    bad('/states', 'states must be an array of state names');
  }
  const statuses = value['statuses'];
  if (
    statuses !== undefined &&
    !(Array.isArray(statuses) && statuses.every((s) => typeof s === 'string'))
  ) {
    bad('/statuses', 'statuses must be an array of "<job> <STATUS>" strings');
  }
  const normalize = value['normalize'];
  if (
    normalize !== undefined &&
    !(
      Array.isArray(normalize) &&
      normalize.every((k) => (NORMALIZE_KINDS as readonly unknown[]).includes(k))
    )
  ) {
    bad('/normalize', `normalize must be an array of ${NORMALIZE_KINDS.join(', ')}`);
  }
  return value as unknown as Expected;
}
