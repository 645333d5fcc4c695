import { isJsonObject } from '../util/json.ts';
import { STATUS_CONDITION } from './status-sink.ts';

/** The part of an execution's result the status readers need (a `RunResult` of `aslc/run`). */
export interface StatusRun {
  /** The execution's history; `TaskScheduled` events carry the Task's resolved `parameters`. */
  readonly events: readonly { readonly type: string; readonly details?: unknown }[];
}

/** The resolved parameters of every Task the run scheduled, in order. */
function scheduledParameters(run: StatusRun): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const e of run.events) {
    if (e.type !== 'TaskScheduled' || !isJsonObject(e.details)) continue;
    const parameters = e.details['parameters'];
    if (isJsonObject(parameters)) out.push(parameters);
  }
  return out;
}

/** `<job> <STATUS>` of one DynamoDB status update, or undefined for any other call. */
function updateOf(p: Record<string, unknown>): string | undefined {
  if (p['ConditionExpression'] !== STATUS_CONDITION) return undefined;
  const key = p['Key'];
  const values = p['ExpressionAttributeValues'];
  const job = isJsonObject(key) && isJsonObject(key['jobName']) ? key['jobName']['S'] : undefined;
  const status =
    isJsonObject(values) && isJsonObject(values[':status']) ? values[':status']['S'] : undefined;
  return typeof job === 'string' && typeof status === 'string' ? `${job} ${status}` : undefined;
}

/** `<job> <STATUS>` of one EventBridge status event, or undefined for any other call. */
function eventOf(p: Record<string, unknown>): string | undefined {
  const entries = p['Entries'];
  const entry = Array.isArray(entries) && entries.length === 1 ? entries[0] : undefined;
  const detail = isJsonObject(entry) ? entry['Detail'] : undefined;
  if (!isJsonObject(detail) || detail['runId'] === undefined) return undefined;
  const { job, status } = detail;
  return typeof job === 'string' && typeof status === 'string' ? `${job} ${status}` : undefined;
}

/**
 * The status events a plan's run sent to EventBridge, in order, each as `<job> <STATUS>` (one
 * per transition, the same sequence as the updates when both sinks are on).
 *
 * @example
 * ```ts
 * declare const result: StatusRun; // a RunResult of createEngine('native').run(…) (aslc/run)
 * statusEvents(result); // ['nightly RUNNING', 'import-model QUEUED', …]
 * ```
 */
export function statusEvents(run: StatusRun): string[] {
  return scheduledParameters(run).flatMap((p) => eventOf(p) ?? []);
}

/**
 * The status updates a plan's run sent to its sink, in order, each as `<job> <STATUS>` (the plan,
 * groups and jobs by name): the DynamoDB updates, or, when the plan's DynamoDB sink is off, its
 * EventBridge events. Calls of the jobs themselves are not status updates, even to DynamoDB.
 * This is what `expected.json`'s `statuses` and `aslc run --statuses` show.
 *
 * @example
 * ```ts
 * declare const result: StatusRun; // a RunResult of createEngine('native').run(…) (aslc/run)
 * statusUpdates(result); // ['nightly RUNNING', 'import-model QUEUED', 'import-model SUBMITTED', …]
 * ```
 */
export function statusUpdates(run: StatusRun): string[] {
  const parameters = scheduledParameters(run);
  const updates = parameters.flatMap((p) => updateOf(p) ?? []);
  return updates.length > 0 ? updates : parameters.flatMap((p) => eventOf(p) ?? []);
}
