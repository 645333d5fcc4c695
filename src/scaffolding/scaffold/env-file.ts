import { scaffoldingError } from '../errors.ts';

/** The env-file variable the job's command sources. */
export const ENVIRONMENT_FILE_VAR = '_ENVIRONMENT_FILE';
/** `IF_REQUIRED` writes the file above 90% of 8192. */
export const ENV_SIZE_THRESHOLD = 8192 * 0.9;

const COMMAND_REFERENCE = /\$\{?([\p{L}\p{N}_]+)\}?/gu;
const VALUE_REFERENCE = /\$\{([^}]+)\}|\$([\p{L}\p{N}_]+)/gu;
const POSIX_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * **Port** (decision (b)): the size of an environment for the `IF_REQUIRED` threshold is the
 * number of UTF-8 bytes of its `NAME=VALUE\n` lines (the reference sums CPython
 * `sys.getsizeof` of names and values).
 *
 * @example
 * ```ts
 * environmentSize(new Map([['A', 'é']])); // 5 ("A=" + 2 bytes + "\n")
 * ```
 */
export function environmentSize(environment: ReadonlyMap<string, string>): number {
  let size = 0;
  for (const [k, v] of environment) size += Buffer.byteLength(`${k}=${v}\n`, 'utf8');
  return size;
}

/**
 * Splits the environment (scaffolding.md §2.9 step 6): every `$NAME` / `${NAME}` mentioned by a
 * command token (the command first, then the pre-commands) that is still a variable moves to
 * the *required* (inline) environment, in discovery order; the rest goes to the file.
 *
 * @example
 * ```ts
 * splitEnvironment(new Map([['A', 'a'], ['C', 'c']]), ['cmd', '${A}']).required; // Map { 'A' => 'a' }
 * ```
 */
export function splitEnvironment(
  environment: ReadonlyMap<string, string>,
  tokens: readonly string[],
): { required: Map<string, string>; file: Map<string, string> } {
  const file = new Map(environment);
  const required = new Map<string, string>();
  for (const token of tokens) {
    for (const m of token.matchAll(COMMAND_REFERENCE)) {
      const name = m[1] ?? '';
      const value = file.get(name);
      if (value !== undefined) {
        required.set(name, value);
        file.delete(name);
      }
    }
  }
  return { required, file };
}

/**
 * core `order_env_vars`: a variable depends on every variable of the file it mentions as
 * `${X}` or `$X` (itself included); names are stably sorted by dependency count, then the
 * first one without pending dependencies is emitted, repeatedly. Throws
 * `CircularEnvDependency` (H9) when none is left to emit.
 *
 * @example
 * ```ts
 * orderEnvVars(new Map([['X', '${Y}/a'], ['Y', 'b']])); // [['Y', 'b'], ['X', '${Y}/a']]
 * ```
 */
export function orderEnvVars(vars: ReadonlyMap<string, string>): [string, string][] {
  const deps = new Map<string, Set<string>>();
  for (const [k, v] of vars) {
    const d = new Set<string>();
    for (const m of v.matchAll(VALUE_REFERENCE)) {
      const name = m[1] ?? m[2] ?? '';
      if (vars.has(name)) d.add(name);
    }
    deps.set(k, d);
  }
  const pending = [...vars.keys()].sort(
    (a, b) => (deps.get(a)?.size ?? 0) - (deps.get(b)?.size ?? 0),
  );
  const ordered: [string, string][] = [];
  while (pending.length > 0) {
    const i = pending.findIndex((k) => (deps.get(k)?.size ?? 0) === 0);
    const key = pending[i];
    if (key === undefined) {
      throw scaffoldingError(
        'CircularEnvDependency',
        'circular dependency detected in environment variables',
        {
          hint: `the env-file variables ${pending.join(', ')} reference each other`,
        },
      );
    }
    ordered.push([key, vars.get(key) ?? '']);
    pending.splice(i, 1);
    for (const d of deps.values()) d.delete(key);
  }
  return ordered;
}

/**
 * **Port** (decision (c)): a shell-safe rendering of a value. Literal text is single-quoted
 * (`'` as `'\''`); only `${NAME}` and `$NAME` with a POSIX name are kept as expansions, written
 * `"${NAME}"`, so sourcing the file can expand another variable but never run anything.
 *
 * @example
 * ```ts
 * shellQuote('${A}/x $(rm -rf /)'); // `"${A}"'/x $(rm -rf /)'`
 * ```
 */
export function shellQuote(value: string): string {
  let out = '';
  let literal = '';
  const flush = () => {
    if (literal !== '') out += `'${literal.replace(/'/g, `'\\''`)}'`;
    literal = '';
  };
  let i = 0;
  while (i < value.length) {
    const rest = value.slice(i);
    const braced = /^\$\{([^}]*)\}/.exec(rest);
    const bare = /^\$([\p{L}\p{N}_]+)/u.exec(rest);
    const m = braced ?? bare;
    if (m !== null && POSIX_NAME.test(m[1] ?? '')) {
      flush();
      out += `"\${${m[1] ?? ''}}"`;
      i += m[0].length;
    } else {
      // Like the dependency scan, a `${…}` that is not a plain name is one literal unit.
      const unit = braced?.[0] ?? value[i] ?? '';
      literal += unit;
      i += unit.length;
    }
  }
  flush();
  return out === '' ? "''" : out;
}

/**
 * The env file: one `export NAME=<value>` line per variable in dependency order, joined by
 * `\n` without a trailing newline (as the reference), values quoted by {@link shellQuote}.
 *
 * @example
 * ```ts
 * renderEnvFile(new Map([['EXECUTION_ID', 'exec-1'], ['C', 'c']]));
 * // "export EXECUTION_ID='exec-1'\nexport C='c'"
 * ```
 */
export function renderEnvFile(vars: ReadonlyMap<string, string>): string {
  return orderEnvVars(vars)
    .map(([k, v]) => `export ${k}=${shellQuote(v)}`)
    .join('\n');
}
