/**
 * The execution history. Events that have an AWS equivalent carry the id AWS would give them
 * (ExecutionStarted is #1, then one per AWS history event), which is also the id AWS quotes in
 * causes ("entered at the event id #2"). Interpreter-only events (`StateRetried`, `StateCaught`)
 * carry no id.
 *
 * Bounds (limits.ts): each {@link History} (the execution's, and each Distributed Map child
 * execution's) holds at most 25,000 AWS events, as on AWS: the event that would be number 25,000
 * ends the execution unless it is `ExecutionSucceeded`. Payloads (inputs, outputs, task
 * parameters, variables, long causes) are kept in full up to a byte budget, and past it as their
 * size only (`<field>Details: {truncated: true, bytes}`; long strings keep their first 1,024
 * characters), so a long run does not hold every
 * state's data. A run records at most {@link MAX_RECORDED_EVENTS} events in all.
 */
import { ExecutionBudgetExceeded, FatalError } from './errors.ts';
import {
  HISTORY_EVENTS_QUOTA,
  HISTORY_LIMIT_CAUSE,
  HISTORY_LIMIT_ERROR,
  HISTORY_PAYLOAD_BUDGET_BYTES,
  MAX_RECORDED_EVENTS,
} from './limits.ts';
import { payloadBytes } from './size.ts';
import type { ExecutionEvent } from './types.ts';

/** The events that end an execution: they are always recorded. */
const TERMINAL = new Set(['ExecutionSucceeded', 'ExecutionFailed', 'ExecutionTimedOut']);

/** Strings shorter than this are not counted against the payload budget. */
const SHORT_STRING = 1024;

/** One execution history's counters: the execution's own, or a Distributed Map child's. */
export class History {
  /** AWS events in this history so far (a child counts its ExecutionStarted). */
  events: number;
  /** State transitions in this history so far. */
  transitions = 0;
  /** The AWS quota on events, or undefined (EXPRESS executions have no history quota). */
  readonly quota: number | undefined;

  constructor(type: 'STANDARD' | 'EXPRESS', child = false) {
    this.quota = type === 'EXPRESS' ? undefined : HISTORY_EVENTS_QUOTA;
    this.events = child ? 1 : 0;
  }
}

/** An execution ended by AWS's history quota (`States.Runtime`, never caught). */
export class HistoryLimitReached extends FatalError {
  constructor() {
    super(HISTORY_LIMIT_ERROR, HISTORY_LIMIT_CAUSE);
    this.name = 'HistoryLimitReached';
  }
}

/** Collects events in the order they happen. */
export class EventLog {
  readonly #events: ExecutionEvent[] = [];
  #lastId = 0;
  #retainedBytes = 0;
  readonly #retained = new WeakSet<object>();
  readonly #payloadBudget: number;
  /** The execution's own history. */
  readonly main: History;

  constructor(
    type: 'STANDARD' | 'EXPRESS' = 'STANDARD',
    payloadBudget = HISTORY_PAYLOAD_BUDGET_BYTES,
  ) {
    this.main = new History(type);
    this.#payloadBudget = payloadBudget;
  }

  /**
   * Records an event; `aws: true` gives it the next AWS history id, which is returned, and counts
   * it in `history` (default: the execution's). Throws {@link HistoryLimitReached} when the event
   * would be the history's 25,000th and is not `ExecutionSucceeded`.
   */
  add(
    type: string,
    timestamp: string,
    options: {
      name?: string;
      details?: Record<string, unknown>;
      aws?: boolean;
      history?: History;
      /** The event ends its history (a Distributed Map child's last event): always recorded. */
      terminal?: boolean;
    } = {},
  ): number {
    const aws = options.aws ?? true;
    const terminal = options.terminal === true || TERMINAL.has(type);
    if (!terminal && this.#events.length >= MAX_RECORDED_EVENTS) {
      throw new ExecutionBudgetExceeded(
        `the execution recorded more than ${MAX_RECORDED_EVENTS} events (its own and its Distributed Map children's)`,
        options.name,
      );
    }
    if (aws) {
      const history = options.history ?? this.main;
      if (history.quota !== undefined && history.events + 1 >= history.quota && !terminal) {
        throw new HistoryLimitReached();
      }
      history.events += 1;
    }
    const id = aws ? ++this.#lastId : this.#lastId;
    const event: ExecutionEvent = {
      type,
      timestamp,
      ...(aws ? { id } : {}),
      ...(options.name === undefined ? {} : { name: options.name }),
      ...(options.details === undefined ? {} : { details: this.#keep(options.details) }),
    };
    this.#events.push(event);
    return id;
  }

  /** The details as kept: payloads in full while the budget lasts, then their sizes. */
  #keep(details: Record<string, unknown>): Record<string, unknown> {
    let out: Record<string, unknown> | undefined;
    for (const [key, value] of Object.entries(details)) {
      const counted =
        (typeof value === 'object' && value !== null) ||
        (typeof value === 'string' && value.length >= SHORT_STRING);
      if (!counted) continue;
      if (typeof value === 'object' && this.#retained.has(value)) continue;
      const bytes = payloadBytes(value);
      if (this.#retainedBytes + bytes <= this.#payloadBudget) {
        this.#retainedBytes += bytes;
        if (typeof value === 'object') this.#retained.add(value);
        continue;
      }
      out ??= { ...details };
      if (typeof value === 'string') out[key] = `${value.slice(0, SHORT_STRING)}…`;
      else delete out[key];
      out[`${key}Details`] = { truncated: true, bytes };
    }
    return out ?? details;
  }

  /** The events, ordered by timestamp (stable: same-time events keep their order). */
  list(): ExecutionEvent[] {
    return this.#events
      .map((e, i) => ({ e, i }))
      .sort((x, y) =>
        x.e.timestamp < y.e.timestamp ? -1 : x.e.timestamp > y.e.timestamp ? 1 : x.i - y.i,
      )
      .map((x) => x.e);
  }
}
