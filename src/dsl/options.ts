import { DslError } from './dsl-error.ts';

/**
 * The option names a builder accepts, derived from its options type: a record with exactly the
 * keys of `T` (a missing or an extra key is a compile error where the record is written), so the
 * list checked at run time cannot drift from the type. @internal
 */
export type OptionKeys<T> = { readonly [K in keyof Required<T>]: true };

/**
 * Rejects option keys a builder does not know, naming the state and, where a near key exists,
 * suggesting it. Catches misuse the types cannot (plain JavaScript, casts, JSON input).
 * @internal
 */
export function checkOptionKeys(
  kind: string,
  name: string,
  options: object | undefined,
  keys: Readonly<Record<string, true>>,
): void {
  if (options === undefined || options === null) return;
  if (typeof options !== 'object') {
    throw new DslError(
      'InvalidFieldValue',
      `the options of ${kind} state '${name}' must be an object`,
      { hint: "pass an options object, e.g. { comment: '…' }, or nothing", state: name },
    );
  }
  for (const key in options) {
    if (!Object.hasOwn(options, key) || (options as Record<string, unknown>)[key] === undefined) {
      continue;
    }
    if (!Object.hasOwn(keys, key)) {
      const allowed = Object.keys(keys);
      const near = allowed.find((a) => a.toLowerCase() === key.toLowerCase());
      const hint =
        near !== undefined
          ? `did you mean '${near}'?`
          : key === 'catch' || key === 'retry'
            ? `only Task, Parallel and Map states handle errors; ${kind} supports: ${allowed.join(', ')}`
            : `${kind} supports: ${allowed.join(', ')}`;
      throw new DslError(
        'FieldNotSupported',
        `field '${key}' is not supported on ${kind} state '${name}'`,
        {
          state: name,
          field: key,
          hint,
        },
      );
    }
  }
}

/** Throws when two mutually exclusive options are both set. @internal */
export function exclusive(
  name: string,
  options: Record<string, unknown> | undefined,
  a: string,
  b: string,
): void {
  if (options !== undefined && options[a] !== undefined && options[b] !== undefined) {
    throw new DslError('ConflictingFields', `state '${name}' sets both '${a}' and '${b}'`, {
      state: name,
      field: b,
      hint: `set only one of '${a}' and '${b}'`,
    });
  }
}
