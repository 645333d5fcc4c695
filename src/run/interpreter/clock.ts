/**
 * Time. Every thread of an execution (the main flow, each Parallel branch, each Map iteration)
 * has its own clock, forked from its parent's, so that concurrent work overlaps in virtual time
 * while the interpreter runs it one piece after the other. Waits, retry intervals and task
 * durations advance the clock; in `virtual` mode nothing sleeps, in `real` mode the interpreter
 * also sleeps for the same duration. Crossing the execution's deadline (TimeoutSeconds, or the
 * EXPRESS 5-minute limit) throws {@link ExecutionTimedOut}.
 */
import type { Budget } from './budget.ts';
import { ExecutionTimedOut } from './errors.ts';

/** One thread's clock, in epoch milliseconds. */
export class Clock {
  #now: number;
  readonly #deadline: number;
  readonly #real: boolean;
  readonly #budget: Budget | undefined;

  /** `budget`: the wall-clock budget that real-time sleeps must not outlast. */
  constructor(startMs: number, deadlineMs: number, real: boolean, budget?: Budget) {
    this.#now = startMs;
    this.#deadline = deadlineMs;
    this.#real = real;
    this.#budget = budget;
  }

  /** The current instant, in epoch milliseconds. */
  get now(): number {
    return this.#now;
  }

  /** The current instant as an ISO-8601 string (`2024-01-01T00:00:00.000Z`). */
  iso(): string {
    return new Date(this.#now).toISOString();
  }

  /** A clock for a child thread, starting at `startMs` (default: now). */
  fork(startMs: number = this.#now): Clock {
    return new Clock(startMs, this.#deadline, this.#real, this.#budget);
  }

  /** Moves this clock to `ms` if that is later (joining child threads). */
  joinAt(ms: number): void {
    if (ms > this.#now) this.#now = Math.min(ms, this.#deadline);
    if (ms > this.#deadline) throw new ExecutionTimedOut();
  }

  /** Lets `seconds` pass; throws ExecutionTimedOut at the deadline. */
  async advance(seconds: number): Promise<void> {
    const ms = Math.max(0, seconds * 1000);
    const target = this.#now + ms;
    const stop = Math.min(target, this.#deadline);
    if (this.#real && stop > this.#now) {
      // Never sleep past the wall-clock budget: wake up at it and let it end the run. A timer
      // may fire a little early: sleep again until the time has passed or the budget is spent.
      const budget = this.#budget;
      const end = performance.now() + (stop - this.#now);
      for (;;) {
        const left = Math.min(
          end - performance.now(),
          budget ? budget.remainingMs() + 1 : Infinity,
        );
        if (left <= 0) break;
        await sleep(left);
        budget?.check();
      }
    }
    this.#now = stop;
    if (target > this.#deadline) throw new ExecutionTimedOut();
  }

  /** Throws ExecutionTimedOut when the deadline has passed. */
  check(): void {
    if (this.#now >= this.#deadline) throw new ExecutionTimedOut();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.min(ms, 2_147_483_647)));
}

/**
 * Parses an ISO-8601 instant into epoch milliseconds, or returns undefined.
 *
 * @example
 * ```ts
 * parseInstant('2024-01-01T00:00:00.000Z'); // 1704067200000
 * ```
 */
export function parseInstant(text: string): number | undefined {
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : undefined;
}
