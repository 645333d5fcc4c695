import type { WorkflowLoader } from '../run/case/load-case.ts';
import type { CliContext } from './context.ts';
import { loadDefinition } from './load-definition.ts';

/**
 * The workflow loader of `aslc test`: ASL JSON files and workflow modules through the CLI's
 * loader, each file loaded and compiled once however many cases share it; a job plan comes with
 * its status reader, so that a case's `expected.json` may check the `statuses` it reported.
 *
 * @example
 * ```ts
 * const c = await loadCase('cases/nightly/success', { loadWorkflow: caseWorkflowLoader(ctx) });
 * ```
 */
export function caseWorkflowLoader(ctx: CliContext): WorkflowLoader {
  const loaded = new Map<string, ReturnType<WorkflowLoader>>();
  return (path) => {
    let workflow = loaded.get(path);
    if (workflow === undefined) {
      workflow = loadDefinition(path, ctx).then(async ({ definition, sources, plan }) => ({
        definition,
        ...(sources === undefined ? {} : { sources }),
        ...(plan === true
          ? { statuses: (await import('../plans/status-updates.ts')).statusUpdates }
          : {}),
      }));
      loaded.set(path, workflow);
    }
    return workflow;
  };
}
