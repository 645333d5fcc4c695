import {
  chain,
  contextPath,
  integration,
  pass,
  path,
  placeholder,
  States,
  task,
  type Chainable,
  type Placeholder,
  type RetryOptions,
  type Template,
} from '../dsl/index.ts';
import { JOB_STATUS_CODES, statusRank, type ReportedStatus } from './job-status.ts';
import type { StatusSink, StringRef } from './plan-types.ts';

/** Default status table. */
export const DEFAULT_STATUS_TABLE = 'aslc-job-status';
/** Default event bus, source and detail type of status events. */
export const DEFAULT_EVENT_BUS = 'default';
/** The `source` of the EventBridge status events (default of the event-bus sink). */
export const DEFAULT_EVENT_SOURCE = 'aslc.plans';
/** The `detail-type` of the EventBridge status events (default of the event-bus sink). */
export const DEFAULT_EVENT_DETAIL_TYPE = 'Job Status Change';

/** The error DynamoDB raises when the condition (never backwards) is not met. */
export const CONDITION_FAILED = 'DynamoDB.ConditionalCheckFailedException';

/** The condition of every status update: a status only replaces a lower-ranked one. */
export const STATUS_CONDITION = 'attribute_not_exists(statusRank) OR statusRank < :rank';

/** Sinks with their defaults applied; `undefined` is a sink that is off. */
export interface ResolvedSink {
  readonly dynamodb: { readonly tableName: Template } | undefined;
  readonly eventBridge:
    | { readonly eventBusName: Template; readonly source: string; readonly detailType: string }
    | undefined;
}

/**
 * A literal or a deploy-time placeholder, as a DSL value.
 *
 * @example
 * ```ts
 * refValue({ placeholder: 'StatusTable' }); // placeholder('StatusTable')
 * ```
 */
export function refValue(ref: StringRef): string | Placeholder {
  return typeof ref === 'string' ? ref : placeholder(ref.placeholder);
}

/**
 * The sinks of a plan with their defaults: a DynamoDB table `aslc-job-status` and events on the
 * default bus; `false` switches one off.
 *
 * @example
 * ```ts
 * resolveSink({ eventBridge: false }).eventBridge; // undefined
 * ```
 */
export function resolveSink(sink: StatusSink | undefined): ResolvedSink {
  const table = sink?.dynamodb;
  const events = sink?.eventBridge;
  return {
    dynamodb:
      table === false
        ? undefined
        : { tableName: refValue(table?.tableName ?? DEFAULT_STATUS_TABLE) },
    eventBridge:
      events === false
        ? undefined
        : {
            eventBusName: refValue(events?.eventBusName ?? DEFAULT_EVENT_BUS),
            source: events?.source ?? DEFAULT_EVENT_SOURCE,
            detailType: events?.detailType ?? DEFAULT_EVENT_DETAIL_TYPE,
          },
  };
}

/** Whose status a report is: a job, a group, or the plan itself. */
export interface StatusSubject {
  readonly plan: string;
  readonly name: string;
  /** JSON pointer of the job in the plan (`/` for the plan). */
  readonly path: string;
  readonly kind: 'JOB' | 'GROUP' | 'PLAN';
  /** State-name key. */
  readonly key: string;
}

/** Where the report reads the run and the failure. */
export interface ReportSite {
  /** Path of `{id, plan}` in the state (`$.run`, or `$.input.run` inside a status hook). */
  readonly run: string;
  /** Path of the caught `{Error, Cause}` for FAILED and CANCELLED. */
  readonly failure?: string;
  /** The subject's first report: it also writes the plan, path and kind. */
  readonly first?: boolean;
}

const SINK_RETRY: RetryOptions = Object.freeze({
  errors: Object.freeze(['States.TaskFailed']),
  intervalSeconds: 1,
  maxAttempts: 4,
  backoffRate: 2,
  jitterStrategy: 'FULL',
});

/**
 * The states that report one status, continuing to `next`: a DynamoDB `updateItem` whose
 * condition keeps a status from moving backwards (when it does not hold, the event is skipped and
 * the report goes on to `next`), then an EventBridge `putEvents`. Without `next` (the end of a
 * branch) a Pass `<key> <STATUS> Unchanged` ends the skipped path. Returns `next` itself when
 * both sinks are off.
 *
 * @example
 * ```ts
 * reportStatus(resolveSink(undefined), subject, 'QUEUED', { run: '$.input.run' });
 * ```
 */
export function reportStatus(
  sink: ResolvedSink,
  subject: StatusSubject,
  status: ReportedStatus,
  site: ReportSite,
  next?: Chainable,
): Chainable | undefined {
  const base = `${subject.key} ${status}`;
  const code = JOB_STATUS_CODES[status];
  const failure = site.failure;
  const runId = path(`${site.run}.id`);
  const states: Chainable[] = [];
  let update;
  if (sink.dynamodb !== undefined) {
    const values: Record<string, Template> = {
      ':status': { S: status },
      ':code': { N: String(code) },
      ':rank': { N: String(statusRank(status)) },
      ':at': { S: contextPath('State.EnteredTime') },
    };
    let expression =
      'SET jobStatus = :status, statusCode = :code, statusRank = :rank, updatedAt = :at';
    // The first report of a subject (and a failure, which may come first) also writes what it is.
    if (site.first === true || failure !== undefined) {
      values[':plan'] = { S: subject.plan };
      values[':path'] = { S: subject.path };
      values[':kind'] = { S: subject.kind };
      expression += ', planName = :plan, jobPath = :path, jobKind = :kind';
    }
    if (failure !== undefined) {
      values[':error'] = { S: States.Format('{}', path(`${failure}.Error`)) };
      values[':cause'] = { S: States.Format('{}', path(`${failure}.Cause`)) };
      expression += ', errorName = :error, errorCause = :cause';
    }
    update = task(base, {
      resource: integration('dynamodb', 'updateItem'),
      parameters: {
        TableName: sink.dynamodb.tableName,
        Key: { runId: { S: runId }, jobName: { S: subject.name } },
        UpdateExpression: expression,
        ConditionExpression: STATUS_CONDITION,
        ExpressionAttributeValues: values,
      },
      resultPath: null,
      retry: [{ errors: [CONDITION_FAILED], maxAttempts: 0 }, SINK_RETRY],
    });
    states.push(update);
  }
  if (sink.eventBridge !== undefined) {
    const detail: Record<string, Template> = {
      plan: subject.plan,
      runId,
      job: subject.name,
      path: subject.path,
      kind: subject.kind,
      status,
      statusCode: code,
    };
    if (failure !== undefined) {
      detail['error'] = path(`${failure}.Error`);
      detail['cause'] = path(`${failure}.Cause`);
    }
    states.push(
      task(`${base} Event`, {
        resource: integration('events', 'putEvents'),
        parameters: {
          Entries: [
            {
              EventBusName: sink.eventBridge.eventBusName,
              Source: sink.eventBridge.source,
              DetailType: sink.eventBridge.detailType,
              Detail: detail,
            },
          ],
        },
        resultPath: null,
        retry: SINK_RETRY,
      }),
    );
  }
  if (states.length === 0) return next;
  if (update !== undefined) {
    const skip = next ?? pass(`${base} Unchanged`);
    states[0] = update.catch(skip, { errors: [CONDITION_FAILED], resultPath: null });
    if (next === undefined) {
      return chain(...(states as [Chainable, ...Chainable[]]));
    }
  }
  if (next !== undefined) states.push(next);
  return chain(...(states as [Chainable, ...Chainable[]]));
}

/**
 * Several reports in order, then `next` (built back to front, so that each skipped report
 * continues to the following one).
 *
 * @example
 * ```ts
 * reportStatuses(sink, subject, ['SUBMITTED', 'RUNNING'], { run: '$.input.run' });
 * ```
 */
export function reportStatuses(
  sink: ResolvedSink,
  subject: StatusSubject,
  statuses: readonly ReportedStatus[],
  site: ReportSite,
  next?: Chainable,
): Chainable | undefined {
  let rest = next;
  for (let i = statuses.length - 1; i >= 0; i--) {
    rest = reportStatus(sink, subject, statuses[i] as ReportedStatus, site, rest);
  }
  return rest;
}
