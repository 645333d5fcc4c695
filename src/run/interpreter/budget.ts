/**
 * The wall-clock budget of one execution. A timer cannot interrupt synchronous JavaScript, and
 * the interpreter rarely yields to the event loop on the virtual clock, so the deadline is
 * checked where the interpreter loops: each state entered, each Map iteration and retry, every
 * few hundred JSONata steps, each intrinsic call. What the interpreter awaits from outside (task
 * handlers, item readers, real-time sleeps) is raced against the deadline.
 */
import { ExecutionBudgetExceeded } from './errors.ts';

/** Tracks the deadline and the state being executed, for the message. */
export class Budget {
  readonly #timeoutMs: number;
  readonly #deadline: number;
  /** The state being executed (the innermost one), for messages. */
  state: string | undefined;

  /** `timeoutMs` ≤ 0, `Infinity` or undefined: no limit. */
  constructor(timeoutMs: number | undefined) {
    const limited = timeoutMs !== undefined && Number.isFinite(timeoutMs) && timeoutMs > 0;
    this.#timeoutMs = limited ? timeoutMs : Infinity;
    this.#deadline = limited ? performance.now() + timeoutMs : Infinity;
  }

  /** Milliseconds left (Infinity without a limit). */
  remainingMs(): number {
    return this.#deadline - performance.now();
  }

  /**
   * Throws {@link ExecutionBudgetExceeded} once the deadline has passed.
   *
   * @example
   * ```ts
   * for (const item of items) { budget.check(); work(item); }
   * ```
   */
  check(): void {
    if (this.#deadline !== Infinity && performance.now() > this.#deadline) throw this.exceeded();
  }

  #lastYield = performance.now();

  /**
   * {@link check}, and every 50 ms of work a turn of the event loop: the interpreter otherwise
   * never yields on the virtual clock, which starves timers and V8's garbage-collection tasks
   * (a long run's garbage would pile up).
   *
   * @example
   * ```ts
   * await budget.pause();
   * ```
   */
  async pause(): Promise<void> {
    this.check();
    const now = performance.now();
    if (now - this.#lastYield < 50) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.#lastYield = performance.now();
    this.check();
  }

  /** The error to throw now. */
  exceeded(): ExecutionBudgetExceeded {
    const seconds = this.#timeoutMs / 1000;
    return new ExecutionBudgetExceeded(
      `the execution ran longer than its wall-clock budget of ${seconds} s`,
      this.state,
    );
  }

  /**
   * Awaits `work`, but no longer than the deadline (the work is then abandoned).
   *
   * @example
   * ```ts
   * const outcome = await budget.race(handler(invocation));
   * ```
   */
  async race<T>(work: T | Promise<T>): Promise<T> {
    if (this.#deadline === Infinity || !(work instanceof Promise)) {
      this.check();
      return work;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(this.exceeded()), Math.max(0, this.remainingMs()));
    });
    try {
      return await Promise.race([work, expired]);
    } finally {
      clearTimeout(timer);
    }
  }
}
