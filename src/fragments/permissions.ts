/** AWS access a fragment needs (its IAM requirements, see `fragmentPolicy`). */
export type ServiceAccess = 'batch' | 's3' | 'states' | 'passRole';

/** A child state machine a fragment starts. */
export interface StartedStateMachine {
  readonly stateMachineArn: string;
  /** Started with `.sync` / `.sync:2` (the parent waits and polls). */
  readonly sync: boolean;
}

/** What a fragment needs in IAM: declared service access, child machines, Lambda functions. */
export interface FragmentPermissions {
  readonly access: readonly ServiceAccess[];
  readonly startsExecutions: readonly StartedStateMachine[];
  readonly invokesFunctions: readonly string[];
}

/** No permissions. */
export const NO_PERMISSIONS: FragmentPermissions = Object.freeze({
  access: Object.freeze([]),
  startsExecutions: Object.freeze([]),
  invokesFunctions: Object.freeze([]),
});

/**
 * Merges permission sets, keeping the first occurrence of each entry.
 *
 * @example
 * ```ts
 * mergePermissions({ access: ['batch'] }, { access: ['s3', 'batch'] }).access; // ['batch', 's3']
 * ```
 */
export function mergePermissions(
  ...all: readonly Partial<FragmentPermissions>[]
): FragmentPermissions {
  const access: ServiceAccess[] = [];
  const starts: StartedStateMachine[] = [];
  const functions: string[] = [];
  for (const p of all) {
    for (const a of p.access ?? []) if (!access.includes(a)) access.push(a);
    for (const s of p.startsExecutions ?? []) {
      if (!starts.some((x) => x.stateMachineArn === s.stateMachineArn && x.sync === s.sync)) {
        starts.push(s);
      }
    }
    for (const f of p.invokesFunctions ?? []) if (!functions.includes(f)) functions.push(f);
  }
  return Object.freeze({
    access: Object.freeze(access),
    startsExecutions: Object.freeze(starts),
    invokesFunctions: Object.freeze(functions),
  });
}
