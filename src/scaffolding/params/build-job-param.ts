import { isValidS3PathPlaceholder, sanitizeS3Path } from '../paths/s3-path.ts';
import { sha256Hex } from '../python/hashing.ts';
import { pyRepr, pyStr } from '../python/py-repr.ts';
import { isPlainObject } from '../python/raw-number.ts';
import type { JobParam } from './job-param.ts';
import { ParamIssue } from './param-issue.ts';
import { parseStringified, presentFilters, Resolvable, type FilterPatterns } from './resolvable.ts';

/**
 * Reads the object form of a resolvable (`{remote, local, include?, exclude?, action?}`) the way
 * pydantic validates core's `Resolvable`: `local` and `remote` required strings, filters a
 * string or list of strings, `action` (when present) equal to the expected one.
 */
function fromObject(
  name: string,
  value: Record<string, unknown>,
  action: 'LOCALIZE' | 'DELOCALIZE',
  code: string,
): { local: string; remote: string; include?: FilterPatterns; exclude?: FilterPatterns } {
  const at = ['params', name];
  const problems: string[] = [];
  for (const field of ['local', 'remote'] as const) {
    if (!(field in value)) problems.push(`'${field}' is required`);
    else if (typeof value[field] !== 'string') problems.push(`'${field}' must be a string`);
  }
  // core's `from_any` replaces a falsy remote by the (absent) default, so an empty remote
  // fails while the request is parsed (a TypeError in reference resolution).
  if (value['remote'] === '') problems.push(`'remote' must not be empty`);
  const filters: { include?: FilterPatterns; exclude?: FilterPatterns } = {};
  for (const field of ['include', 'exclude'] as const) {
    const f = value[field];
    if (f === undefined || f === null) continue;
    if (typeof f === 'string' || (Array.isArray(f) && f.every((x) => typeof x === 'string'))) {
      filters[field] = f as FilterPatterns;
    } else problems.push(`'${field}' must be a string or a list of strings`);
  }
  if ('action' in value && value['action'] !== action) {
    problems.push(`'action' must be '${action}'`);
  }
  if (problems.length > 0) {
    const kind = action === 'LOCALIZE' ? 'input' : 'output';
    throw new ParamIssue(
      code,
      at,
      `invalid ${kind} object ${pyRepr(value)}: ${problems.join('; ')}`,
    );
  }
  return { local: value['local'] as string, remote: value['remote'] as string, ...filters };
}

/**
 * Core's `_param_to_job_params__build_input`: a rewritten {@link Resolvable}; a string
 * `"<remote>"` (local defaults to `tmp` + 8 hex of SHA-256 of the remote as written) or
 * `"<remote> @ <local>"`; or an object. Anything else is P14; an unparseable form is P15.
 *
 * @example
 * ```ts
 * buildInputParam('A', 's3://bucket/key').value; // 'tmp558ca153'
 * ```
 */
export function buildInputParam(name: string, value: unknown): JobParam {
  const base = { name, kind: 'input' as const };
  if (value instanceof Resolvable) {
    return { ...base, value: value.local, remoteValue: value.remote, ...presentFilters(value) };
  }
  if (typeof value === 'string') {
    const parsed = parseStringified(value);
    if (parsed === undefined) {
      throw new ParamIssue(
        'InvalidInputValue',
        ['params', name],
        `could not create an input from '${value}': expected "<remote>" or "<remote> @ <local>" ` +
          '(one space around @, no whitespace in either part)',
      );
    }
    const local = parsed.destination ?? `tmp${sha256Hex(parsed.source).slice(0, 8)}`;
    return { ...base, value: local, remoteValue: parsed.source };
  }
  if (isPlainObject(value)) {
    const r = fromObject(name, value, 'LOCALIZE', 'InvalidInputValue');
    return { ...base, value: r.local, remoteValue: r.remote, ...presentFilters(r) };
  }
  throw new ParamIssue(
    'InvalidInputType',
    ['params', name],
    `value ${pyRepr(value)} is not a dict or str: an input must be "<remote>", "<remote> @ <local>" or {"remote": …, "local": …}`,
  );
}

/**
 * Core's `_param_to_job_params__build_output`: a rewritten {@link Resolvable}; a value whose
 * Python `str()` is `"<local>"` or `"<local> @ <remote>"` (numbers are accepted this way), the
 * remote defaulting to `<output_s3_prefix>/<value>` (P16 without a prefix); or an object with
 * both `local` and `remote` (P17).
 *
 * @example
 * ```ts
 * buildOutputParam('C', 'c', 's3://bucket/outs/').remoteValue; // 's3://bucket/outs/c'
 * ```
 */
export function buildOutputParam(name: string, value: unknown, outputPrefix?: string): JobParam {
  const base = { name, kind: 'output' as const };
  if (value instanceof Resolvable) {
    return { ...base, value: value.local, remoteValue: value.remote, ...presentFilters(value) };
  }
  const text = pyStr(value);
  const parsed = parseStringified(text);
  if (parsed !== undefined) {
    if (parsed.destination === undefined && outputPrefix === undefined) {
      throw new ParamIssue(
        'MissingOutputDestination',
        ['params', name],
        `${text} has no destination specified and no output prefix provided`,
      );
    }
    const remote = parsed.destination ?? defaultRemote(name, outputPrefix ?? '', text);
    return { ...base, value: parsed.source, remoteValue: remote };
  }
  if (typeof value === 'string' && outputPrefix !== undefined)
    defaultRemote(name, outputPrefix, text);
  if (isPlainObject(value)) {
    const r = fromObject(name, value, 'DELOCALIZE', 'InvalidOutputValue');
    return { ...base, value: r.local, remoteValue: r.remote, ...presentFilters(r) };
  }
  if (typeof value === 'string') {
    throw new ParamIssue(
      'InvalidOutputValue',
      ['params', name],
      `could not create an output from '${value}': expected "<local>" or "<local> @ <remote>" ` +
        '(one space around @, no whitespace in either part)',
    );
  }
  throw new ParamIssue(
    'InvalidOutputType',
    ['params', name],
    `value ${pyRepr(value)} is not a dict or str: an output must be "<local>", "<local> @ <remote>" or {"local": …, "remote": …}`,
  );
}

/** `S3PathPlaceholder(f"{prefix}/{value}", allow_placeholders=True)`. */
function defaultRemote(name: string, prefix: string, text: string): string {
  const remote = sanitizeS3Path(`${prefix}/${text}`);
  if (!isValidS3PathPlaceholder(remote)) {
    throw new ParamIssue(
      'InvalidOutputRemote',
      ['params', name],
      `default output destination ${remote} is not a valid S3 URI`,
    );
  }
  return remote;
}
