/**
 * The Step Functions Local mock configuration file (spec/testing.md §3.4): `StateMachines` →
 * `TestCases` → Task state name → mocked response name, and `MockedResponses` → invocation key
 * (`"0"`, `"1-2"`) → `Return` or `Throw`. aslc uses the format as is, with no extension, so one
 * file drives every engine.
 */
import { ownValue } from '../../util/json.ts';

/** A successful mocked result. */
export interface MockReturn {
  readonly Return: unknown;
}

/** A mocked error. */
export interface MockThrow {
  readonly Throw: { readonly Error: string; readonly Cause: string };
}

/** One invocation's response. */
export type MockResponse = MockReturn | MockThrow;

/** The whole file. */
export interface MockConfigFile {
  readonly StateMachines: {
    readonly [machine: string]: {
      readonly TestCases: {
        readonly [testCase: string]: { readonly [taskState: string]: string };
      };
    };
  };
  readonly MockedResponses: {
    readonly [response: string]: { readonly [invocationKey: string]: MockResponse };
  };
}

/** An invocation key: `"3"` covers 3 only, `"1-2"` covers 1 and 2. */
export interface InvocationRange {
  readonly first: number;
  readonly last: number;
}

/**
 * Parses an invocation key, or returns `undefined` when it is not `"n"` or `"a-b"` with
 * `a ≤ b` (0-based, no leading zeros).
 *
 * @example
 * ```ts
 * parseInvocationKey('1-2'); // { first: 1, last: 2 }
 * parseInvocationKey('0'); // { first: 0, last: 0 }
 * parseInvocationKey('2-1'); // undefined
 * ```
 */
export function parseInvocationKey(key: string): InvocationRange | undefined {
  const m = /^(0|[1-9][0-9]*)(?:-(0|[1-9][0-9]*))?$/.exec(key);
  if (!m) return undefined;
  const first = Number(m[1]);
  const last = m[2] === undefined ? first : Number(m[2]);
  return last >= first ? { first, last } : undefined;
}

/**
 * The response of a mocked response table for the 0-based invocation `n`, or `undefined`
 * when no key covers it.
 *
 * @example
 * ```ts
 * const table = { '0': { Throw: { Error: 'E', Cause: 'c' } }, '1-2': { Return: 1 } };
 * responseFor(table, 2); // { Return: 1 }
 * ```
 */
export function responseFor(
  table: { readonly [invocationKey: string]: MockResponse },
  n: number,
): MockResponse | undefined {
  for (const [key, response] of Object.entries(table)) {
    const range = parseInvocationKey(key);
    if (range !== undefined && n >= range.first && n <= range.last) return response;
  }
  return undefined;
}

/**
 * True when the response is a `Throw`.
 *
 * @example
 * ```ts
 * isMockThrow({ Throw: { Error: 'E', Cause: 'c' } }); // true
 * ```
 */
export function isMockThrow(response: MockResponse): response is MockThrow {
  return Object.hasOwn(response, 'Throw');
}

/**
 * The mapping Task state → mocked response name of one test case, or a message saying why
 * there is none (unknown machine or test case).
 *
 * @example
 * ```ts
 * declare const config: MockConfigFile;
 * const r = testCaseMocks(config, 'LambdaSQSIntegration', 'HappyPath');
 * if (typeof r !== 'string') console.log(r['LambdaState']);
 * ```
 */
export function testCaseMocks(
  config: MockConfigFile,
  stateMachineName: string,
  testCase: string,
): { readonly [taskState: string]: string } | string {
  const machine = ownValue(config.StateMachines, stateMachineName);
  if (machine === undefined) {
    const known = Object.keys(config.StateMachines);
    return `the mock file has no state machine '${stateMachineName}' (it has ${quoteNames(known)})`;
  }
  const mapping = ownValue(machine.TestCases, testCase);
  if (mapping === undefined) {
    const known = Object.keys(machine.TestCases);
    return `state machine '${stateMachineName}' has no test case '${testCase}' in the mock file (it has ${quoteNames(known)})`;
  }
  return mapping;
}

/**
 * Names quoted for a message: `'A', 'B'`, or `none`.
 *
 * @example
 * ```ts
 * quoteNames(['HappyPath', 'Retry']); // "'HappyPath', 'Retry'"
 * ```
 */
export function quoteNames(names: readonly string[]): string {
  return names.length === 0 ? 'none' : names.map((n) => `'${n}'`).join(', ');
}
