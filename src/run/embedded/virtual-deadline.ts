import { JSONPath } from 'jsonpath-plus';
import { isJsonObject } from '../../util/json.ts';
import { statesOf } from '../../asl/walk.ts';

/** The part of an aws-local-stepfunctions event the clock reads. */
export interface ClockEvent {
  readonly type: string;
  readonly state?: { readonly name: string; readonly input?: unknown };
  readonly Error?: string;
}

/** Follows an execution's event log on a virtual clock and says when its deadline passes. */
export interface VirtualDeadline {
  /** Feeds one event; returns true once the virtual time has passed the deadline. */
  observe(event: ClockEvent): boolean;
  /** Virtual seconds elapsed so far. */
  elapsed(): number;
}

const TASK_FAILED_EXCLUDES = new Set(['States.Timeout', 'States.Runtime']);

/**
 * The virtual clock of the embedded engine. Waits and retry intervals do not sleep on that
 * engine, so the machine's `TimeoutSeconds` cannot fire by itself; this clock replays them from
 * the event log instead: a top-level Wait adds its `Seconds`/`Timestamp`/`SecondsPath`/
 * `TimestampPath` when it is entered, and a top-level failure that a retrier will retry adds
 * `IntervalSeconds × BackoffRate^attempt` (capped by `MaxDelaySeconds`; jitter is not drawn)
 * when it fails, replicating the engine's retrier choice. When the sum passes the deadline the
 * caller aborts the run and reports TIMED_OUT. (Waits and Retries inside Parallel/Map are refused
 * by the guard in this mode.)
 *
 * @example
 * ```ts
 * const clock = createVirtualDeadline(definition, 5, { startTime: Date.now(), context: {} });
 * if (clock.observe(event)) execution.abort();
 * ```
 */
export function createVirtualDeadline(
  definition: unknown,
  deadlineSeconds: number,
  options: { readonly startTime: number; readonly context: unknown },
): VirtualDeadline {
  const topLevel = new Map(
    statesOf(definition)
      .filter((s) => s.scope.depth === 0)
      .map((s) => [s.name, s.state] as const),
  );
  const attempts = new Map<string, number[]>();
  let elapsed = 0;

  const advance = (seconds: number): boolean => {
    elapsed += Math.max(0, seconds);
    return elapsed > deadlineSeconds;
  };

  return {
    elapsed: () => elapsed,
    observe(event) {
      const name = event.state?.name;
      const state = name === undefined ? undefined : topLevel.get(name);
      if (name === undefined || state === undefined) return elapsed > deadlineSeconds;
      if (event.type === 'StateEntered') {
        attempts.set(name, []);
        if (state['Type'] === 'Wait') {
          const now = options.startTime + elapsed * 1000;
          return advance(waitSeconds(state, event.state?.input, options.context, now));
        }
      }
      if (event.type === 'StateFailed' && Array.isArray(state['Retry'])) {
        const counts = attempts.get(name) ?? [];
        attempts.set(name, counts);
        const interval = retryInterval(state, event.Error ?? '', counts);
        if (interval !== undefined) return advance(interval);
      }
      return elapsed > deadlineSeconds;
    },
  };
}

/** The seconds a Wait state waits for, given its raw input. */
function waitSeconds(
  state: Record<string, unknown>,
  rawInput: unknown,
  context: unknown,
  nowMs: number,
): number {
  const input =
    typeof state['InputPath'] === 'string'
      ? query(state['InputPath'], rawInput, context)
      : rawInput;
  const seconds =
    typeof state['SecondsPath'] === 'string'
      ? query(state['SecondsPath'], input, context)
      : state['Seconds'];
  if (typeof seconds === 'number') return seconds;
  const stamp =
    typeof state['TimestampPath'] === 'string'
      ? query(state['TimestampPath'], input, context)
      : state['Timestamp'];
  if (typeof stamp === 'string' && !Number.isNaN(Date.parse(stamp))) {
    return (Date.parse(stamp) - nowMs) / 1000;
  }
  return 0;
}

/** The interval before the next attempt, or undefined when the engine will not retry. */
function retryInterval(
  state: Record<string, unknown>,
  error: string,
  counts: number[],
): number | undefined {
  if (error === 'States.Runtime') return undefined;
  const retriers = state['Retry'] as unknown[];
  for (let i = 0; i < retriers.length; i++) {
    const r = retriers[i];
    if (!isJsonObject(r) || !Array.isArray(r['ErrorEquals'])) continue;
    const matches = r['ErrorEquals'].some(
      (e) =>
        e === error ||
        e === 'States.ALL' ||
        (e === 'States.TaskFailed' && state['Type'] === 'Task' && !TASK_FAILED_EXCLUDES.has(error)),
    );
    if (!matches) continue;
    const done = counts[i] ?? 0;
    if (done >= num(r['MaxAttempts'], 3)) return undefined;
    counts[i] = done + 1;
    const interval = num(r['IntervalSeconds'], 1) * Math.pow(num(r['BackoffRate'], 2), done);
    const cap = r['MaxDelaySeconds'];
    return typeof cap === 'number' ? Math.min(interval, cap) : interval;
  }
  return undefined;
}

function num(value: unknown, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}

function query(path: string, input: unknown, context: unknown): unknown {
  const [json, p] = path.startsWith('$$') ? [context, path.slice(1)] : [input, path];
  try {
    return JSONPath({ path: p, json: json as object, wrap: false });
  } catch {
    return undefined;
  }
}
