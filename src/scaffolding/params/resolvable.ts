import { scaffoldingError } from '../errors.ts';
import { parametersPointer } from './param-issue.ts';

/** Python's `\s` (`str.isspace`) as a character class body. */
const PY_SPACE = String.raw`\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000`;
const STRINGIFIED = new RegExp(
  `^(?:([^${PY_SPACE}]+) @ ([^${PY_SPACE}]+)|([^${PY_SPACE}]+))$`,
  'u',
);

/** `LOCALIZE` = input (download), `DELOCALIZE` = output (upload). */
export type ResolvableAction = 'LOCALIZE' | 'DELOCALIZE';

/** Include/exclude filters of a resolvable (regex text or list of regexes). */
export type FilterPatterns = string | string[];

/**
 * Parses core's stringified resolvable: `"<source>"` or `"<source> @ <destination>"`, each
 * part free of (Python) whitespace, exactly one space around `@`. `undefined` when invalid.
 *
 * @example
 * ```ts
 * parseStringified('s3://b/k @ local'); // { source: 's3://b/k', destination: 'local' }
 * parseStringified('a b'); // undefined
 * ```
 */
export function parseStringified(
  value: string,
): { source: string; destination?: string } | undefined {
  const m = STRINGIFIED.exec(value);
  if (m === null) return undefined;
  if (m[3] !== undefined) return { source: m[3] };
  return { source: m[1] ?? '', destination: m[2] ?? '' };
}

/**
 * A param value rewritten by the scaffolding (core's `Resolvable` / `Uploadable`): a local
 * container path paired with a remote, plus the param's include/exclude filters.
 */
export class Resolvable {
  readonly action: ResolvableAction;
  readonly local: string;
  readonly remote: string;
  readonly include: FilterPatterns | undefined;
  readonly exclude: FilterPatterns | undefined;

  constructor(init: {
    action: ResolvableAction;
    local: string;
    remote: string;
    include?: FilterPatterns | undefined;
    exclude?: FilterPatterns | undefined;
  }) {
    this.action = init.action;
    this.local = init.local;
    this.remote = init.remote;
    this.include = init.include;
    this.exclude = init.exclude;
  }

  /** True when an include or exclude filter is set and non-empty. */
  hasFilters(): boolean {
    return isNonEmptyFilter(this.include) || isNonEmptyFilter(this.exclude);
  }

  /**
   * How the param serializes in the response and in the strict hash (core 1.1
   * `sanitize_serialized_params`): `"<remote> @ <local>"` (input) or `"<local> @ <remote>"`
   * (output); a filtered resolvable keeps its filters in object form. Throws
   * `UnserializableResolvable` (H6) when the string form would not parse back.
   */
  serialize(paramName: string): unknown {
    if (this.hasFilters()) {
      return {
        local: this.local,
        remote: this.remote,
        ...presentFilters(this),
        action: this.action,
      };
    }
    const [source, destination] =
      this.action === 'LOCALIZE' ? [this.remote, this.local] : [this.local, this.remote];
    const text = destination === '' ? source : `${source} @ ${destination}`;
    if (parseStringified(text) === undefined) {
      throw scaffoldingError(
        'UnserializableResolvable',
        `param '${paramName}' cannot be written as a stringified resolvable: '${text}' has whitespace in a path or is empty`,
        { field: parametersPointer(['params', paramName]) },
      );
    }
    return text;
  }
}

/** True for a non-empty pattern or pattern list. */
export function isNonEmptyFilter(value: FilterPatterns | undefined): boolean {
  return value !== undefined && value.length > 0;
}

/**
 * The include/exclude filters that are set, absent ones omitted (not `undefined`).
 *
 * @example
 * ```ts
 * presentFilters({ include: 'x/.*', exclude: undefined }); // { include: 'x/.*' }
 * ```
 */
export function presentFilters(filters: {
  readonly include?: FilterPatterns | undefined;
  readonly exclude?: FilterPatterns | undefined;
}): { include?: FilterPatterns; exclude?: FilterPatterns } {
  return {
    ...(filters.include === undefined ? {} : { include: filters.include }),
    ...(filters.exclude === undefined ? {} : { exclude: filters.exclude }),
  };
}
