import { childPointer } from '../model/pointer.ts';
import { parseTaskResource } from '../syntax/resource-arn.ts';
import type { Rule } from './rule.ts';

/**
 * EXPRESS workflows support request-response integrations only: no `.sync`, no
 * `.waitForTaskToken`, no activities (§1.9). This applies to the whole machine when validated
 * with `type: 'EXPRESS'`, and to the states of a Distributed Map whose ExecutionType is EXPRESS.
 */
export const expressIntegrationsRule: Rule = {
  name: 'express-integrations',
  codes: ['ExpressIntegrationPattern'],
  description: 'no .sync, .waitForTaskToken or activity in EXPRESS workflows',
  check(ctx) {
    for (const state of ctx.index.states) {
      if (state.type !== 'Task' || typeof state.node['Resource'] !== 'string') continue;
      const type = state.scope.childExecutionType ?? ctx.options.type;
      if (type !== 'EXPRESS') continue;
      const resource = parseTaskResource(state.node['Resource'], ctx.options.allowPlaceholders);
      if (!resource.ok) continue;
      const what =
        resource.kind === 'activity'
          ? 'activities'
          : resource.pattern === 'sync'
            ? "the '.sync' (run a job) integration pattern"
            : resource.pattern === 'waitForTaskToken'
              ? "the '.waitForTaskToken' (callback) integration pattern"
              : undefined;
      if (what === undefined) continue;
      const where =
        state.scope.childExecutionType === 'EXPRESS'
          ? 'an EXPRESS child workflow (Distributed Map ExecutionType EXPRESS)'
          : 'an EXPRESS state machine';
      ctx.report(
        'ExpressIntegrationPattern',
        childPointer(state.pointer, 'Resource'),
        `${what[0]?.toUpperCase()}${what.slice(1)} cannot be used in ${where}`,
        {
          stateInfo: state,
          hint: 'Express workflows support request-response integrations only; use a STANDARD workflow',
        },
      );
    }
  },
};
