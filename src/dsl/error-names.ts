import { STATES_ERROR_NAMES } from '../asl/names.ts';
import { DslError } from './dsl-error.ts';

const PREDEFINED: ReadonlySet<string> = new Set(STATES_ERROR_NAMES);
const BY_LOWER_CASE: ReadonlyMap<string, string> = new Map(
  STATES_ERROR_NAMES.map((n) => [n.toLowerCase(), n]),
);

/**
 * Checks an error name of `ErrorEquals` or of a Fail state's `Error`. AWS's predefined names
 * (`States.TaskFailed`, …) and names of your own are accepted, `States.`-prefixed ones included
 * (`States.QuorumMet`: AWS accepts them; the validator, and so `compile()`'s diagnostics, warn
 * with `ReservedErrorName`). A name that differs from a predefined one only in case is a typo
 * that would never match: it is refused. @internal
 *
 * @example
 * ```ts
 * checkErrorName('States.QuorumMet', 'Vote', 'Catch ErrorEquals'); // accepted (a warning at compile)
 * checkErrorName('States.Taskfailed', 'Vote', 'Retry ErrorEquals'); // throws ReservedErrorName
 * ```
 */
export function checkErrorName(name: string, state: string, field: string): void {
  if (!name.startsWith('States.') || PREDEFINED.has(name)) return;
  const near = BY_LOWER_CASE.get(name.toLowerCase());
  if (near !== undefined) {
    throw new DslError(
      'ReservedErrorName',
      `'${name}' in ${field} of state '${state}' differs from the predefined error '${near}' only in case`,
      { state, field, hint: `did you mean '${near}'? (error names are case-sensitive)` },
    );
  }
}
