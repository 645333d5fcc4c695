import { subObject } from '../model/fields.ts';
import { childPointer } from '../model/pointer.ts';
import { checkS3Resource, parseTaskResource } from '../syntax/resource-arn.ts';
import { isJsonataString } from '../syntax/jsonata.ts';
import type { Rule } from './rule.ts';

/**
 * Task resources are integration ARNs (`arn:<partition>:states:::<service>:<action>` with
 * `.sync`, `.sync:2` or `.waitForTaskToken` when the optimized integration offers that pattern
 * (syntax/integrations.ts); `aws-sdk:<service>:<camelCaseAction>` without `.sync`;
 * `http:invoke`), Lambda function ARNs or activity ARNs, in any partition; ItemReader reads
 * `s3:getObject` or `s3:listObjectsV2`; ResultWriter writes `s3:putObject`. With
 * `allowPlaceholders`, `${Name}` may stand for any part.
 */
export const resourceArnRule: Rule = {
  name: 'resource-arn',
  codes: ['InvalidResource'],
  description: 'Task, ItemReader and ResultWriter resources are valid ARNs',
  check(ctx) {
    const placeholders = ctx.options.allowPlaceholders;
    const hintFor = (value: string): string | undefined =>
      isJsonataString(value)
        ? 'Resource must be a constant; put the dynamic part in Arguments'
        : /\$\{[^}]+\}/.test(value) && !placeholders
          ? 'to validate a template with ${…} placeholders, use --allow-placeholders'
          : undefined;
    for (const state of ctx.index.states) {
      if (state.type === 'Task' && typeof state.node['Resource'] === 'string') {
        const value = state.node['Resource'];
        const r = parseTaskResource(value, placeholders);
        if (!r.ok) {
          ctx.report('InvalidResource', childPointer(state.pointer, 'Resource'), r.message, {
            stateInfo: state,
            hint: hintFor(value),
          });
        }
      }
      if (state.type !== 'Map') continue;
      for (const [key, actions] of [
        ['ItemReader', ['getObject', 'listObjectsV2']],
        ['ResultWriter', ['putObject']],
      ] as const) {
        const sub = subObject(state.node, state.pointer, key);
        const value = sub?.node['Resource'];
        if (sub === undefined || typeof value !== 'string') continue;
        const message = checkS3Resource(value, actions, placeholders);
        if (message !== undefined) {
          ctx.report(
            'InvalidResource',
            childPointer(sub.pointer, 'Resource'),
            `${key} Resource ${message}`,
            {
              stateInfo: state,
              hint: hintFor(value),
            },
          );
        }
      }
    }
  },
};
