import { readTextFile } from '../util/read-text.ts';
import { parsePlanText } from './parse-plan.ts';
import { planFileName } from './plan-identity.ts';
import {
  planToStateMachines,
  type PlanCompileOptions,
  type PlanMachine,
} from './plan-to-state-machines.ts';

/**
 * Reads a plan file (`*.plan.json`, `*.plan.yaml`, `*.plan.yml`), checks it and compiles it into
 * its state machines: the root named after the file (`nightly.plan.yaml` → `nightly`), then the
 * child machines of groups too large to stay inline (`nightly-<group>`). Every problem is one
 * `AslcError` (a {@link PlanError} naming the job by its path in the plan; `FileNotFound`,
 * `UnreadableFile`); the caller adds the file name.
 *
 * @example
 * ```ts
 * const machines = await loadPlanFile('plans/nightly.plan.yaml');
 * machines.map((m) => m.name); // ['nightly']
 * ```
 */
export async function loadPlanFile(
  path: string,
  options: PlanCompileOptions = {},
): Promise<readonly PlanMachine[]> {
  const text = readTextFile(path, path);
  const format = /\.json$/i.test(path) ? 'json' : 'yaml';
  return planToStateMachines(parsePlanText(text, format), {
    name: planFileName(path),
    ...options,
  });
}
