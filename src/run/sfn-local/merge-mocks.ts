import { createHash } from 'node:crypto';
import { DEFAULT_STATE_MACHINE_NAME, type RunRequest } from '../engine-contract.ts';
import type { MockConfigFile, MockResponse } from '../mocks/mock-config.ts';
import { setOwn } from '../../util/json.ts';

/**
 * The name a request's state machine gets inside a shared Step Functions Local: its name
 * prefixed by a hash of its mock file, so that several cases (each with its own mock file, maybe
 * with clashing response names) share one container started with one merged file.
 *
 * @example
 * ```ts
 * containerMachineName({ definition, input: {}, stateMachineName: 'Orders', mocks });
 * // 'm1a2b3c4d-Orders'
 * ```
 */
export function containerMachineName(request: RunRequest): string {
  const machine = request.stateMachineName ?? DEFAULT_STATE_MACHINE_NAME;
  return `${namespace(request.mocks)}-${machine}`.slice(0, 80);
}

/**
 * Merges the mock files of several requests into one MockConfigFile, renaming each file's state
 * machines and mocked responses with its namespace (see {@link containerMachineName}).
 *
 * @example
 * ```ts
 * const text = JSON.stringify(mergeMockConfigs([requestA, requestB]));
 * ```
 */
export function mergeMockConfigs(requests: readonly RunRequest[]): MockConfigFile {
  const StateMachines: Record<string, { TestCases: Record<string, Record<string, string>> }> = {};
  const MockedResponses: Record<string, Record<string, MockResponse>> = {};
  const done = new Set<string>();
  for (const { mocks } of requests) {
    if (mocks === undefined) continue;
    const ns = namespace(mocks);
    if (done.has(ns)) continue;
    done.add(ns);
    for (const [machine, { TestCases }] of Object.entries(mocks.StateMachines)) {
      const cases: Record<string, Record<string, string>> = {};
      for (const [testCase, mapping] of Object.entries(TestCases)) {
        setOwn(
          cases,
          testCase,
          Object.fromEntries(
            Object.entries(mapping).map(([state, response]) => [state, `${ns}-${response}`]),
          ),
        );
      }
      StateMachines[`${ns}-${machine}`.slice(0, 80)] = { TestCases: cases };
    }
    for (const [name, table] of Object.entries(mocks.MockedResponses)) {
      MockedResponses[`${ns}-${name}`] = { ...table };
    }
  }
  return { StateMachines, MockedResponses };
}

/**
 * `m` + 8 hex digits of the mock file's hash (`plain` without mocks).
 *
 * @example
 * ```ts
 * namespace(undefined); // 'plain'
 * ```
 */
export function namespace(mocks: MockConfigFile | undefined): string {
  if (mocks === undefined) return 'plain';
  return 'm' + createHash('sha256').update(JSON.stringify(mocks)).digest('hex').slice(0, 8);
}
