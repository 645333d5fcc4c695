/**
 * Stateful mock services: in-process stand-ins for AWS services whose answers depend on earlier
 * calls (an S3 bucket that returns what was put into it). They serve the Task states that the
 * selected MockConfigFile test case does not mock, on the `native` and `embedded` engines only;
 * they are an option of the harness (`RunRequest.services`, or `services` in a case's
 * `case.json`), not part of the MockConfigFile, so the mock file stays pure.
 */
import type { TaskOutcome } from '../interpreter/types.ts';
import type { ItemReadRequest } from './s3-item-reader.ts';

/** One Task invocation as a service sees it. */
export interface ServiceCall {
  readonly stateName: string;
  readonly resource: string;
  /** The effective request: the Task's evaluated `Parameters` / `Arguments`, or its input. */
  readonly input: unknown;
}

/** A stateful mock service. */
export interface MockService {
  /** Short name used in reports and in `case.json` (`s3`). */
  readonly name: string;
  /** True when this service serves Task states with this `Resource`. */
  handles(resource: string): boolean;
  /**
   * Serves one call: a result or an error outcome (never `hang`). Throwing means the call is not
   * one this service can serve (a misconfigured case): the run is then refused, not failed.
   */
  invoke(call: ServiceCall): TaskOutcome | Promise<TaskOutcome>;
  /** True when this service serves Distributed Map `ItemReader`s with this `Resource`. */
  readsItems?(resource: string): boolean;
  /** Reads the items of an `ItemReader` (throwing fails the Map with `States.ItemReaderFailed`). */
  readItems?(request: ItemReadRequest): unknown[] | Promise<unknown[]>;
}

/**
 * The first service that serves `resource`, or `undefined`.
 *
 * @example
 * ```ts
 * const s3 = createInMemoryS3();
 * serviceFor([s3], 'arn:aws:states:::aws-sdk:s3:getObject'); // s3
 * ```
 */
export function serviceFor(
  services: readonly MockService[] | undefined,
  resource: string,
): MockService | undefined {
  return services?.find((s) => s.handles(resource));
}
