import { basename } from 'node:path';
import type { Plan } from './plan-types.ts';

// What tells a plan apart, without loading the plan compiler: the CLI asks these of every
// workflow file and module it loads.

/** The brand of plans built with `definePlan`, shared by every copy of aslc in a process. */
export const PLAN = Symbol.for('aslc.Plan');

/**
 * True for a plan built with `definePlan`.
 *
 * @example
 * ```ts
 * declare const jobs: readonly JobDefinition[];
 * isPlan(definePlan({ name: 'p', jobs })); // true
 * ```
 */
export function isPlan(value: unknown): value is Plan {
  return (
    typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[PLAN] === true
  );
}

/** File names of plans as data: `*.plan.json`, `*.plan.yaml`, `*.plan.yml`. */
export const PLAN_FILE = /\.plan\.(json|ya?ml)$/i;

/**
 * True for the file name of a plan as data (`nightly.plan.yaml`).
 *
 * @example
 * ```ts
 * isPlanFile('flows/nightly.plan.yml'); // true
 * isPlanFile('flows/nightly.json'); // false
 * ```
 */
export function isPlanFile(path: string): boolean {
  return PLAN_FILE.test(path);
}

/**
 * The machine name of a plan file: its base name without `.plan.<ext>`.
 *
 * @example
 * ```ts
 * planFileName('flows/nightly.plan.yaml'); // 'nightly'
 * ```
 */
export function planFileName(path: string): string {
  return basename(path).replace(PLAN_FILE, '');
}
