/**
 * The execution history. Events that have an AWS equivalent carry the id AWS would give them
 * (ExecutionStarted is #1, then one per AWS history event), which is also the id AWS quotes in
 * causes ("entered at the event id #2"). Interpreter-only events (`StateRetried`, `StateCaught`)
 * carry no id.
 */
import type { ExecutionEvent } from './types.ts';

/** Collects events in the order they happen. */
export class EventLog {
  readonly #events: ExecutionEvent[] = [];
  #lastId = 0;

  /**
   * Records an event; `aws: true` gives it the next AWS history id, which is returned.
   */
  add(
    type: string,
    timestamp: string,
    options: { name?: string; details?: Record<string, unknown>; aws?: boolean } = {},
  ): number {
    const aws = options.aws ?? true;
    const id = aws ? ++this.#lastId : this.#lastId;
    const event: ExecutionEvent = {
      type,
      timestamp,
      ...(aws ? { id } : {}),
      ...(options.name === undefined ? {} : { name: options.name }),
      ...(options.details === undefined ? {} : { details: options.details }),
    };
    this.#events.push(event);
    return id;
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
