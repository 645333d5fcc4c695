import { childPointer } from '../model/pointer.ts';
import type { Rule } from './rule.ts';

/** Task default TimeoutSeconds on AWS (§1.2). */
const DEFAULT_TIMEOUT = 99999999;

/**
 * A Task's HeartbeatSeconds must be smaller than its TimeoutSeconds (checked when both are
 * literal numbers; an absent TimeoutSeconds is AWS's default 99999999). Equal values are a
 * warning: AWS's behaviour there is unconfirmed (§1.13), and the heartbeat could never fire.
 */
export const heartbeatTimeoutRule: Rule = {
  name: 'heartbeat-timeout',
  codes: ['HeartbeatNotLessThanTimeout', 'HeartbeatEqualsTimeout'],
  description: 'HeartbeatSeconds is smaller than TimeoutSeconds',
  check(ctx) {
    for (const state of ctx.index.states) {
      if (state.type !== 'Task') continue;
      const heartbeat = state.node['HeartbeatSeconds'];
      const given = state.node['TimeoutSeconds'];
      if (typeof heartbeat !== 'number') continue;
      if (given !== undefined && typeof given !== 'number') continue;
      if (given === undefined && state.node['TimeoutSecondsPath'] !== undefined) continue;
      const timeout = typeof given === 'number' ? given : DEFAULT_TIMEOUT;
      const pointer = childPointer(state.pointer, 'HeartbeatSeconds');
      if (heartbeat > timeout) {
        ctx.report(
          'HeartbeatNotLessThanTimeout',
          pointer,
          `HeartbeatSeconds (${heartbeat}) must be smaller than TimeoutSeconds (${timeout})`,
          { stateInfo: state },
        );
      } else if (heartbeat === timeout) {
        ctx.report(
          'HeartbeatEqualsTimeout',
          pointer,
          `HeartbeatSeconds equals TimeoutSeconds (${timeout}); it should be smaller`,
          { stateInfo: state },
        );
      }
    }
  },
};
