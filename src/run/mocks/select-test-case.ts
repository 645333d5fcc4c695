import { ownValue } from '../../util/json.ts';
import { quoteNames, type MockConfigFile } from './mock-config.ts';

/** The state machine and test case a run uses, or why they cannot be chosen. */
export type TestCaseSelection =
  | { readonly ok: true; readonly stateMachineName: string; readonly testCase: string }
  | { readonly ok: false; readonly message: string };

/**
 * Chooses the state machine and test case of a mock file: an explicit name wins; otherwise the
 * only one there is; otherwise the caller must name it (the message lists the choices).
 *
 * @example
 * ```ts
 * declare const config: MockConfigFile;
 * const s = selectTestCase(config, undefined, 'HappyPath');
 * if (s.ok) console.log(s.stateMachineName); // 'LambdaSQSIntegration' when it is the only one
 * ```
 */
export function selectTestCase(
  mocks: MockConfigFile,
  stateMachineName: string | undefined,
  testCase: string | undefined,
): TestCaseSelection {
  const machines = Object.keys(mocks.StateMachines);
  const machine = stateMachineName ?? (machines.length === 1 ? machines[0] : undefined);
  if (machine === undefined) {
    return {
      ok: false,
      message: `the mock file has ${machines.length === 0 ? 'no state machine' : `several state machines (${quoteNames(machines)})`}: name the one to use (stateMachineName)`,
    };
  }
  const entry = ownValue(mocks.StateMachines, machine);
  if (entry === undefined) {
    return {
      ok: false,
      message: `the mock file has no state machine '${machine}' (it has ${quoteNames(machines)})`,
    };
  }
  const cases = Object.keys(entry.TestCases);
  const chosen = testCase ?? (cases.length === 1 ? cases[0] : undefined);
  if (chosen === undefined) {
    return {
      ok: false,
      message: `state machine '${machine}' has ${cases.length === 0 ? 'no test case' : `several test cases (${quoteNames(cases)})`}: name the one to use (--test-case or testCase)`,
    };
  }
  if (!Object.hasOwn(entry.TestCases, chosen)) {
    return {
      ok: false,
      message: `state machine '${machine}' has no test case '${chosen}' (it has ${quoteNames(cases)})`,
    };
  }
  return { ok: true, stateMachineName: machine, testCase: chosen };
}
