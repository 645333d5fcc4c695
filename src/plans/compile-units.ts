import {
  Condition,
  chain,
  choice,
  contextPath,
  fail,
  integration,
  parallel,
  pass,
  path,
  States,
  task,
  type Chainable,
  type ParallelBuilder,
  type Placeholder,
  type TaskBuilder,
} from '../dsl/index.ts';
import { taskWithPrePostStatus } from '../fragments/index.ts';
import { jobRun, type JobRunContext } from './job-runner.ts';
import type { GroupNode, JobNode, PlanNode } from './plan-tree.ts';
import {
  reportStatus,
  reportStatuses,
  type ResolvedSink,
  type StatusSubject,
} from './status-sink.ts';

/**
 * How a unit ends when its job or group fails: `raise` fails the enclosing branch with the same
 * error (sequential groups, fail-fast parallel groups, the plan); `record` ends it successfully
 * with an outcome `{ok: false, job, path, error, cause}` (members of parallel groups, child
 * machines), and `{ok: true, job, path}` on success.
 */
export type UnitMode = 'raise' | 'record';

/** A group compiled as a child state machine. */
export interface OutlinedGroup {
  readonly machineName: string;
  readonly arn: string | Placeholder;
}

/** Everything units are built from. */
export interface CompileContext extends JobRunContext {
  readonly sink: ResolvedSink;
  readonly keys: ReadonlyMap<PlanNode, string>;
  /** Groups that are child machines. */
  readonly outlined: ReadonlyMap<GroupNode, OutlinedGroup>;
  /** The members of a group (its parts, when it was cut into parts). */
  readonly membersOf: (group: GroupNode) => readonly PlanNode[];
}

/** Errors a job reports CANCELLED when no list is given. */
export const DEFAULT_CANCELLED_ON: readonly string[] = Object.freeze([
  'States.Timeout',
  'States.HeartbeatTimeout',
]);

const FAILURE = '$.failure';

/**
 * The state-name key of a node.
 *
 * @example
 * ```ts
 * keyOf(ctx, job); // 'load-prices'
 * ```
 */
export function keyOf(ctx: CompileContext, node: PlanNode): string {
  const key = ctx.keys.get(node);
  if (key === undefined) throw new Error(`no state key for ${node.path}`);
  return key;
}

/** Whose statuses a node's reports carry; undefined for a synthetic part (no status of its own). */
function subjectOf(ctx: CompileContext, node: PlanNode): StatusSubject | undefined {
  if (node.kind === 'group' && node.synthetic === true) return undefined;
  return {
    plan: ctx.plan,
    name: node.name,
    path: node.path === '' ? '/' : node.path,
    kind: node.kind === 'job' ? 'JOB' : node.root ? 'PLAN' : 'GROUP',
    key: keyOf(ctx, node),
  };
}

/** Options of a unit's main state for its mode. */
function resultOptions(node: PlanNode, mode: UnitMode): Record<string, unknown> {
  return mode === 'raise'
    ? { resultPath: null }
    : { resultSelector: { ok: true, job: node.name, path: node.path === '' ? '/' : node.path } };
}

/**
 * A unit's main state with its catchers: cancellations (jobs) report CANCELLED, every other error
 * FAILED, both at `$.failure`; then the unit raises (a Fail with the same error and cause) or
 * records the outcome.
 */
function withFailure<T extends ParallelBuilder | TaskBuilder>(
  ctx: CompileContext,
  node: PlanNode,
  state: T,
  mode: UnitMode,
  cancelledOn: readonly string[],
): T {
  const key = keyOf(ctx, node);
  const subject = subjectOf(ctx, node);
  const end: Chainable =
    mode === 'raise'
      ? fail(`${key} Fail`, { error: path(`${FAILURE}.Error`), cause: path(`${FAILURE}.Cause`) })
      : pass(`${key} Failure`, {
          parameters: {
            ok: false,
            job: node.name,
            path: node.path === '' ? '/' : node.path,
            error: path(`${FAILURE}.Error`),
            cause: path(`${FAILURE}.Cause`),
          },
        });
  const site = { run: '$.run', failure: FAILURE };
  const report = (status: 'FAILED' | 'CANCELLED'): Chainable =>
    (subject === undefined ? undefined : reportStatus(ctx.sink, subject, status, site, end)) ?? end;
  let out = state;
  if (cancelledOn.length > 0) {
    out = out.catch(report('CANCELLED'), { errors: cancelledOn, resultPath: FAILURE }) as T;
  }
  return out.catch(report('FAILED'), { errors: ['States.ALL'], resultPath: FAILURE }) as T;
}

/**
 * A job as one unit: a Parallel `<key>` around the status fragment (`taskWithPrePostStatus`:
 * QUEUED, SUBMITTED, RUNNING where the integration can tell, the run, FINISHING, SUCCEEDED), whose
 * catchers report CANCELLED (timeouts) or FAILED.
 *
 * @example
 * ```ts
 * jobUnit(ctx, job, 'raise'); // Parallel 'price' › 'price Start' … 'price End'
 * ```
 */
export function jobUnit(ctx: CompileContext, job: JobNode, mode: UnitMode): Chainable {
  const key = keyOf(ctx, job);
  const run = jobRun(ctx, job, key);
  const subject = subjectOf(ctx, job) as StatusSubject;
  const hook = { run: '$.input.run' };
  const queued = reportStatus(ctx.sink, subject, 'QUEUED', { ...hook, first: true });
  const pre = reportStatuses(
    ctx.sink,
    subject,
    run.reportsRunning ? ['SUBMITTED', 'RUNNING'] : ['SUBMITTED'],
    hook,
  );
  const finishing = reportStatus(ctx.sink, subject, 'FINISHING', hook);
  const succeeded = reportStatus(ctx.sink, subject, 'SUCCEEDED', hook);
  const body = taskWithPrePostStatus({
    id: key,
    envBase: ctx.envBase,
    task: run.chain,
    ...(queued === undefined ? {} : { statusStarted: queued }),
    ...(pre === undefined ? {} : { preRun: pre }),
    ...(finishing === undefined ? {} : { postRun: finishing }),
    ...(succeeded === undefined ? {} : { statusCompleted: succeeded }),
  });
  const state = parallel(key, { branches: [body], ...resultOptions(job, mode) });
  return withFailure(ctx, job, state, mode, job.definition.cancelledOn ?? DEFAULT_CANCELLED_ON);
}

/** The input of a child machine: the run and the plan's input. */
function childInput() {
  return {
    run: path('$.run'),
    input: path('$.input'),
    AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID: contextPath('Execution.Id'),
  };
}

/**
 * A group that is a child machine, as its parent runs it: `states:startExecution.sync:2` of the
 * child, whose output is the group's outcome; in `raise` mode a Choice `<key> Verdict` fails
 * with the group's error when the outcome says so.
 *
 * @example
 * ```ts
 * outlinedUnit(ctx, group, 'raise');
 * ```
 */
export function outlinedUnit(ctx: CompileContext, group: GroupNode, mode: UnitMode): Chainable {
  const key = keyOf(ctx, group);
  const child = ctx.outlined.get(group) as OutlinedGroup;
  const start = {
    resource: integration('states', 'startExecution', { sync: 2 }),
    parameters: { StateMachineArn: child.arn, Input: childInput() },
  };
  if (mode === 'record') {
    return withFailure(ctx, group, task(key, { ...start, outputPath: '$.Output' }), mode, []);
  }
  const state = withFailure(
    ctx,
    group,
    task(key, { ...start, resultSelector: { outcome: path('$.Output') }, resultPath: '$.child' }),
    mode,
    [],
  );
  const verdict = choice(`${key} Verdict`)
    .when(
      Condition.booleanEquals('$.child.outcome.ok', false),
      fail(`${key} Child Failed`, {
        error: path('$.child.outcome.error'),
        cause: path('$.child.outcome.cause'),
      }),
    )
    .otherwise(pass(`${key} Done`, { parameters: { run: path('$.run'), input: path('$.input') } }))
    .afterwards();
  return chain(state, verdict);
}

/** The verdict of a parallel group whose members record their outcomes (TRAC semantics). */
function verdictOf(key: string, success: Chainable): Chainable {
  const failed = '$.members.outcomes[?(@.ok == false)]';
  const count = choice(`${key} Count`)
    .when(
      Condition.numericEquals('$.failures.count', 1),
      fail(`${key} Job Failed`, {
        error: path('$.failures.list[0].error'),
        cause: path('$.failures.list[0].cause'),
      }),
    )
    .otherwise(
      fail(`${key} Jobs Failed`, { error: 'JobGroupFailed', cause: path('$.failures.cause') }),
    );
  return chain(
    pass(`${key} Check`, {
      parameters: { failed: States.ArrayContains(path('$.members.oks'), false) },
      resultPath: '$.verdict',
    }),
    choice(`${key} Verdict`)
      .when(
        Condition.booleanEquals('$.verdict.failed', true),
        chain(
          pass(`${key} Failures`, {
            parameters: {
              list: path(failed),
              count: States.ArrayLength(path(failed)),
              cause: States.JsonToString(path(failed)),
            },
            resultPath: '$.failures',
          }),
          count,
        ),
      )
      .otherwise(success),
  );
}

/**
 * The body of a group: RUNNING, then its members, then SUCCEEDED. Sequential: the members in
 * order, the first failure ends the group. Parallel: a Parallel `<key> Jobs` whose branches
 * record their outcomes (every job runs to its end), then a verdict failing with the failed
 * job's error, or `JobGroupFailed` listing them all; with `failFast`, a plain Parallel.
 *
 * @example
 * ```ts
 * groupBody(ctx, group, (m) => unitOf(m));
 * ```
 */
export function groupBody(
  ctx: CompileContext,
  group: GroupNode,
  unit: (member: PlanNode, mode: UnitMode) => Chainable,
): Chainable {
  const key = keyOf(ctx, group);
  const subject = subjectOf(ctx, group);
  const site = { run: '$.run' };
  const report = (status: 'RUNNING' | 'SUCCEEDED', next?: Chainable): Chainable | undefined =>
    subject === undefined
      ? next
      : reportStatus(ctx.sink, subject, status, { ...site, first: status === 'RUNNING' }, next);
  const members = ctx.membersOf(group);
  if (group.mode === 'sequential') {
    let rest = report('SUCCEEDED');
    for (let i = members.length - 1; i >= 0; i--) {
      const u = unit(members[i] as PlanNode, 'raise');
      rest = rest === undefined ? u : chain(u, rest);
    }
    return report('RUNNING', rest) ?? (rest as Chainable);
  }
  if (group.failFast) {
    const jobs = parallel(`${key} Jobs`, {
      branches: members.map((m) => unit(m, 'raise')),
      resultPath: null,
    });
    const done = report('SUCCEEDED');
    const rest = done === undefined ? jobs : chain(jobs, done);
    return report('RUNNING', rest) ?? rest;
  }
  const jobs = parallel(`${key} Jobs`, {
    branches: members.map((m) => unit(m, 'record')),
    resultSelector: { oks: path('$[*].ok'), outcomes: path('$') },
    resultPath: '$.members',
  });
  const success = report('SUCCEEDED') ?? pass(`${key} Succeeded`);
  const rest = chain(jobs, verdictOf(key, success));
  return report('RUNNING', rest) ?? rest;
}

/**
 * A group inline, as one unit: a Parallel `<key>` around its body, with the catchers that report
 * FAILED.
 *
 * @example
 * ```ts
 * inlineGroupUnit(ctx, group, 'record', unit);
 * ```
 */
export function inlineGroupUnit(
  ctx: CompileContext,
  group: GroupNode,
  mode: UnitMode,
  unit: (member: PlanNode, mode: UnitMode) => Chainable,
): Chainable {
  const key = keyOf(ctx, group);
  const state = parallel(key, {
    branches: [groupBody(ctx, group, unit)],
    ...resultOptions(group, mode),
  });
  return withFailure(ctx, group, state, mode, []);
}
