import type { SamEvent } from '../config/project-config.ts';

/**
 * SAM `Events` of a state machine from the target's `events` option: a schedule becomes a
 * `ScheduleV2` event (EventBridge Scheduler), a pattern an `EventBridgeRule` event. The input is
 * written as JSON text (SAM's `Input` is a string), so nothing in it is evaluated by
 * CloudFormation.
 *
 * @example
 * ```ts
 * samEvents({ Nightly: { schedule: 'cron(0 2 * * ? *)' } });
 * // { Nightly: { Type: 'ScheduleV2', Properties: { ScheduleExpression: 'cron(0 2 * * ? *)' } } }
 * ```
 */
export function samEvents(events: Readonly<Record<string, SamEvent>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(events).sort()) {
    const e = events[name] as SamEvent;
    const props: Record<string, unknown> = {};
    if ('schedule' in e) {
      props['ScheduleExpression'] = e.schedule;
      if (e.timezone !== undefined) props['ScheduleExpressionTimezone'] = e.timezone;
      if (e.description !== undefined) props['Description'] = e.description;
      if (e.enabled === false) props['State'] = 'DISABLED';
      if (e.input !== undefined) props['Input'] = JSON.stringify(e.input);
      out[name] = { Type: 'ScheduleV2', Properties: props };
    } else {
      props['Pattern'] = e.pattern;
      if (e.eventBusName !== undefined) props['EventBusName'] = e.eventBusName;
      if (e.input !== undefined) props['Input'] = JSON.stringify(e.input);
      out[name] = { Type: 'EventBridgeRule', Properties: props };
    }
  }
  return out;
}
