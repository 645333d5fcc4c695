/**
 * Keeps one JSONata evaluation in time and memory. jsonata calls a hook before and after every
 * evaluation step: before, the guard counts steps (a step budget stops runaway expressions) and
 * checks the execution's wall-clock budget every few hundred steps; after, it refuses a string
 * or an array longer than aslc's caps and, when a step produced a large value (or every
 * thousand steps), checks that the JavaScript heap has not grown past its allowance. Size
 * failures carry AWS's own message for an expression that uses too much memory (measured on AWS
 * for `$range`, floci-io/floci#2783), so they are `States.QueryEvaluationError`s as on AWS.
 */
import { getHeapStatistics } from 'node:v8';
import type { Budget } from './budget.ts';
import {
  JSONATA_HEAP_GROWTH_BYTES,
  JSONATA_MAX_ARRAY_LENGTH,
  JSONATA_MAX_STRING_LENGTH,
  JSONATA_STEP_BUDGET,
} from './limits.ts';

/** AWS's message when an expression needs too much memory. */
export const MEMORY_LIMIT_MESSAGE =
  'Expression evaluation memory limit exceeded: Check for excessive memory usage';

/**
 * The error an AWS function or a guard throws when a value would be too large.
 *
 * @example
 * ```ts
 * if (width > JSONATA_MAX_STRING_LENGTH) throw memoryLimitError();
 * ```
 */
export function memoryLimitError(): Error {
  return new Error(MEMORY_LIMIT_MESSAGE);
}

/** Results at least this long trigger a heap check. */
const LARGE_STRING = 64 * 1024;
const LARGE_ARRAY = 8 * 1024;

function heapUsed(): number {
  return getHeapStatistics().used_heap_size;
}

/** The state of one evaluation: steps taken, and the heap it may grow to. */
export class EvaluationGuard {
  #steps = 0;
  #exits = 0;
  readonly #heapLimit: number;
  readonly #budget: Budget | undefined;

  constructor(budget: Budget | undefined) {
    this.#budget = budget;
    this.#heapLimit = heapUsed() + JSONATA_HEAP_GROWTH_BYTES;
  }

  /** Before a step: the step budget, and now and then the wall clock. */
  enter(): void {
    this.#steps += 1;
    if (this.#steps > JSONATA_STEP_BUDGET) {
      throw new Error('the expression exceeded the evaluation step budget');
    }
    if ((this.#steps & 255) === 0) this.#budget?.check();
  }

  /** After a step: the size caps, and the heap after large results or every 1,024 steps. */
  exit(result: unknown): void {
    let large = false;
    if (typeof result === 'string') {
      if (result.length > JSONATA_MAX_STRING_LENGTH) throw memoryLimitError();
      large = result.length >= LARGE_STRING;
    } else if (Array.isArray(result)) {
      if (result.length > JSONATA_MAX_ARRAY_LENGTH) throw memoryLimitError();
      large = result.length >= LARGE_ARRAY;
    }
    this.#exits += 1;
    if ((large || (this.#exits & 1023) === 0) && heapUsed() > this.#heapLimit) {
      throw memoryLimitError();
    }
  }
}
