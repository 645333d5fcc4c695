/**
 * Errors that aslc raises for a user's mistake. They carry a stable PascalCase `code`, the
 * place involved (a state, a field, a file) and a hint saying what to do instead. The CLI prints
 * them as one line each, never with a stack trace; anything else is an internal error.
 *
 * @example
 * ```ts
 * throw new AslcError('UnknownIntrinsic', "unknown intrinsic 'States.Bogus'", {
 *   hint: 'use one of the 18 States.* functions',
 * });
 * ```
 */
export class AslcError extends Error {
  /** Stable PascalCase code, e.g. `DuplicateStateName`. */
  readonly code: string;
  /** What to do instead. */
  readonly hint: string | undefined;
  /** The state involved, when there is one. */
  readonly state: string | undefined;
  /** The field involved (an ASL field name or a JSON pointer), when there is one. */
  readonly field: string | undefined;
  /** The file involved, when there is one (filled in by the CLI). */
  readonly file: string | undefined;

  constructor(
    code: string,
    message: string,
    options: { hint?: string; state?: string; field?: string; file?: string; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AslcError';
    this.code = code;
    this.hint = options.hint;
    this.state = options.state;
    this.field = options.field;
    this.file = options.file;
  }

  /** One line for people: `<file>: <Code>: <message> (state '<s>', field '<f>'). <hint>` */
  format(): string {
    const where: string[] = [];
    if (this.state !== undefined) where.push(`state '${this.state}'`);
    if (this.field !== undefined) where.push(`field '${this.field}'`);
    const file = this.file === undefined ? '' : `${this.file}: `;
    const loc = where.length > 0 ? ` (${where.join(', ')})` : '';
    const hint = this.hint === undefined ? '' : ` Hint: ${this.hint}`;
    return `${file}${this.code}: ${this.message}${loc}.${hint}`.replace(/\.\.( |$)/g, '.$1');
  }

  /** A copy of this error that names the file it came from. */
  withFile(file: string): AslcError {
    const copy = new AslcError(this.code, this.message, {
      hint: this.hint,
      state: this.state,
      field: this.field,
      file,
      cause: this.cause,
    });
    copy.stack = this.stack;
    return copy;
  }
}

/** True when `e` is an {@link AslcError} (also across module copies). */
export function isAslcError(e: unknown): e is AslcError {
  return (
    e instanceof AslcError ||
    (typeof e === 'object' &&
      e !== null &&
      (e as { name?: unknown }).name === 'AslcError' &&
      typeof (e as { code?: unknown }).code === 'string')
  );
}

/** A wrong use of the command line: exit code 2. */
export class UsageError extends AslcError {
  constructor(message: string, hint?: string) {
    super('UsageError', message, hint === undefined ? {} : { hint });
    this.name = 'AslcError';
  }
}

/**
 * A thrown value in words, safely: an Error's first message line, a string, a number, `null`…;
 * never throws itself (a Proxy, a throwing getter or a throwing `toString` gives a fixed text).
 * For values thrown by code aslc does not control, such as workflow modules.
 *
 * @example
 * ```ts
 * describeThrown(new TypeError('x is not a function')); // 'TypeError: x is not a function'
 * describeThrown(null); // 'null'
 * ```
 */
export function describeThrown(e: unknown): string {
  try {
    if (e instanceof Error) {
      const first = String(e.message).split('\n')[0] ?? '';
      return e.name === 'Error' ? first : `${String(e.name)}: ${first}`;
    }
    if (typeof e === 'string') return e.split('\n')[0] ?? '';
    if (typeof e === 'object' && e !== null) return `a thrown ${Object.prototype.toString.call(e)}`;
    return String(e);
  } catch {
    return 'a value that cannot be printed';
  }
}
