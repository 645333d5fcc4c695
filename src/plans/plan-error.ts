import { AslcError } from '../util/errors.ts';

/** Stable codes of the problems a plan can have. */
export type PlanProblemCode =
  | 'InvalidJson'
  | 'InvalidYaml'
  | 'NotAPlan'
  | 'PlanTooDeep'
  | 'PlanTooLarge'
  | 'CyclicPlan'
  | 'GroupTooDeep'
  | 'InvalidPlan'
  | 'JobKind'
  | 'JobTypeMismatch'
  | 'GroupTypeMismatch'
  | 'DuplicateJobName'
  | 'MissingExecutor'
  | 'ReservedKey'
  | 'AutoRefString'
  | 'UnsupportedOption'
  | 'HeartbeatNotLessThanTimeout'
  | 'UnknownJob'
  | 'NotAProducer'
  | 'UnknownOutput'
  | 'OutputNotAvailable';

/** One problem of a plan: a stable code, the JSON pointer of the value at fault, and what to do. */
export interface PlanProblem {
  readonly code: PlanProblemCode;
  readonly message: string;
  /** JSON pointer into the plan, starting with the job's path (`/jobs/2/jobGroup/parallel/jobs/0/…`); `''` is the whole plan. */
  readonly path: string;
  readonly hint?: string;
}

/**
 * A plan aslc refuses: the first problem as a one-line {@link AslcError} (`field` is its JSON
 * pointer), every problem in `problems`.
 *
 * @example
 * ```ts
 * declare const raw: unknown; // a plan read from a file
 * try { planToStateMachines(raw); } catch (e) { if (e instanceof PlanError) console.log(e.format()); }
 * ```
 */
export class PlanError extends AslcError {
  /** Every problem found (at least one). */
  readonly problems: readonly PlanProblem[];

  constructor(problems: readonly PlanProblem[]) {
    const first = problems[0] ?? { code: 'InvalidPlan', message: 'invalid plan', path: '' };
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    super(first.code, `${first.message}${more}`, {
      field: first.path === '' ? '/' : first.path,
      ...(first.hint === undefined ? {} : { hint: first.hint }),
    });
    this.problems = Object.freeze([...problems]);
  }
}

/**
 * Shorthand for a problem.
 *
 * @example
 * ```ts
 * problem('UnknownJob', '/jobs/1/runModel/inputs/x', "no job named 'load'", 'check the name');
 * ```
 */
export function problem(
  code: PlanProblemCode,
  path: string,
  message: string,
  hint?: string,
): PlanProblem {
  return Object.freeze({ code, path, message, ...(hint === undefined ? {} : { hint }) });
}
