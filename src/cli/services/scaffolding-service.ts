/**
 * The `scaffolding` stateful mock service: serves a workflow's scaffolding step with aslc's own
 * port of the "prepare demand scaffolding" handler (src/scaffolding), so that a demand-execution
 * case runs the real algorithm instead of a canned response. It lives in the CLI layer because
 * src/run must not depend on src/scaffolding; `aslc test` and the tests register it by name.
 */
import type { MockService, ServiceCall, TaskOutcome } from '../../run/index.ts';
import {
  prepareDemandScaffolding,
  type EnvFile,
  type ScaffoldingContext,
} from '../../scaffolding/index.ts';
import { isAslcError } from '../../util/errors.ts';
import { isJsonObject } from '../../util/json.ts';

/** The handler the demand-execution workflow gives the batch-invoked Lambda machine. */
export const SCAFFOLDING_HANDLER =
  'aibs_informatics_aws_lambda.handlers.demand.scaffolding.handler';

/** Options of {@link createScaffoldingService}. */
export interface ScaffoldingServiceOptions {
  /** Env base, region, mount resolver and env-file writability (see `scaffoldingContextOf`). */
  readonly context: ScaffoldingContext;
  /** The `Input.handler` of the child executions it serves (default {@link SCAFFOLDING_HANDLER}). */
  readonly handler?: string;
  /** The Lambda function it serves for `lambda:invoke` and function-ARN Tasks (default: none). */
  readonly functionName?: string;
}

/** One call the service served. */
export interface ScaffoldingCall {
  readonly stateName: string;
  /** The scaffolding request (the child execution's `Input.payload`, or the Lambda payload). */
  readonly request: unknown;
  readonly response?: unknown;
  /** The env file the handler would have written to EFS, when the response needs one. */
  readonly envFile?: EnvFile;
  /** The error code, when the request was refused. */
  readonly error?: string;
}

/** The scaffolding service, with the calls it served. */
export interface ScaffoldingService extends MockService {
  calls(): readonly ScaffoldingCall[];
}

const START_EXECUTION = /^arn:aws[a-z-]*:states:::states:startExecution\.sync(:2)?$/;
const LAMBDA_INVOKE = /^arn:aws[a-z-]*:states:::lambda:invoke$/;
const FUNCTION_ARN = /^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:([^:]+)(:[^:]+)?$/;

/**
 * Creates the scaffolding service. It serves three kinds of Task state:
 * - `states:startExecution.sync:2` (or `.sync`) of a batch-invoked Lambda machine whose
 *   `Input.handler` is the scaffolding handler — the demand-execution workflow's `SM: Prepare
 *   Demand Scaffolding` — with a DescribeExecution-shaped result whose `Output` is the response
 *   (JSON text for `.sync`); a refused request fails the Task with `States.TaskFailed`;
 * - `lambda:invoke` of `functionName` (`{ExecutedVersion, Payload, StatusCode}`), and
 * - a Task whose Resource is that function's ARN (the response itself); a refused request fails
 *   them with the scaffolding error code, as the Lambda's `errorType`.
 *
 * A call it cannot serve (another handler, another function) throws, so the run is refused:
 * mock that state in the test case instead.
 *
 * @example
 * ```ts
 * const env = parseScaffoldEnvironment(readJson('fixtures/scaffolding/ex2-inputs-outputs/environment.json'));
 * const scaffolding = createScaffoldingService({ context: scaffoldingContextOf(env) });
 * await createEngine('native').run({ definition, input, mocks, testCase, services: [scaffolding] });
 * scaffolding.calls()[0]?.envFile;
 * ```
 */
export function createScaffoldingService(options: ScaffoldingServiceOptions): ScaffoldingService {
  const handler = options.handler ?? SCAFFOLDING_HANDLER;
  const functionName = options.functionName;
  const calls: ScaffoldingCall[] = [];

  async function scaffold(stateName: string, request: unknown): Promise<Scaffolded> {
    try {
      const { response, envFile } = await prepareDemandScaffolding(request, options.context);
      calls.push({ stateName, request, response, ...(envFile ? { envFile } : {}) });
      return { ok: true, response };
    } catch (e) {
      if (!isAslcError(e)) throw e;
      calls.push({ stateName, request, error: e.code });
      return { ok: false, code: e.code, message: e.format() };
    }
  }

  return {
    name: 'scaffolding',
    calls: () => calls,
    handles: (resource) =>
      START_EXECUTION.test(resource) ||
      (functionName !== undefined &&
        (LAMBDA_INVOKE.test(resource) || FUNCTION_ARN.exec(resource)?.[1] === functionName)),
    async invoke(call: ServiceCall): Promise<TaskOutcome> {
      if (START_EXECUTION.test(call.resource)) {
        const { input, machine } = childExecution(call, handler);
        const result = await scaffold(call.stateName, input['payload']);
        return startExecutionOutcome(result, machine, call, calls.length);
      }
      const request = LAMBDA_INVOKE.test(call.resource)
        ? lambdaPayload(call, functionName as string)
        : call.input;
      const result = await scaffold(call.stateName, request);
      if (!result.ok) return lambdaError(result);
      const value = LAMBDA_INVOKE.test(call.resource)
        ? { ExecutedVersion: '$LATEST', Payload: result.response, StatusCode: 200 }
        : result.response;
      return { kind: 'return', value };
    },
  };
}

type Scaffolded =
  | { readonly ok: true; readonly response: unknown }
  | { readonly ok: false; readonly code: string; readonly message: string };

/** The child execution's input, checked to run the scaffolding handler. */
function childExecution(
  call: ServiceCall,
  handler: string,
): { input: Record<string, unknown>; machine: string } {
  const params = isJsonObject(call.input) ? call.input : {};
  const input = params['Input'];
  const given = isJsonObject(input) ? input['handler'] : undefined;
  if (!isJsonObject(input) || given !== handler) {
    throw new Error(
      `it starts an execution whose Input.handler is ${JSON.stringify(given) ?? 'absent'}, not the scaffolding handler '${handler}' (mock this state in the test case)`,
    );
  }
  return { input, machine: String(params['StateMachineArn'] ?? '') };
}

function startExecutionOutcome(
  result: Scaffolded,
  machine: string,
  call: ServiceCall,
  n: number,
): TaskOutcome {
  const name = `aslc-scaffolding-${n}`;
  const params = isJsonObject(call.input) ? call.input : {};
  const execution = {
    ExecutionArn: `${machine.replace(':stateMachine:', ':execution:')}:${name}`,
    StateMachineArn: machine,
    Name: name,
    Input: JSON.stringify(params['Input']),
    InputDetails: { Included: true },
  };
  if (!result.ok) {
    const failed = { ...execution, Status: 'FAILED', Error: result.code, Cause: result.message };
    return { kind: 'throw', error: 'States.TaskFailed', cause: JSON.stringify(failed) };
  }
  const v2 = call.resource.endsWith(':2');
  const output = v2 ? result.response : JSON.stringify(result.response);
  const value = {
    ...execution,
    Status: 'SUCCEEDED',
    Output: output,
    OutputDetails: { Included: true },
  };
  return { kind: 'return', value };
}

/** The payload of a `lambda:invoke` of the scaffolding function. */
function lambdaPayload(call: ServiceCall, functionName: string): unknown {
  const params = isJsonObject(call.input) ? call.input : {};
  const target = String(params['FunctionName'] ?? '');
  const name = FUNCTION_ARN.exec(target)?.[1] ?? target.split(':')[0];
  if (name !== functionName) {
    throw new Error(
      `it invokes '${target}', not the scaffolding function '${functionName}' (mock this state in the test case)`,
    );
  }
  return params['Payload'];
}

function lambdaError(result: { code: string; message: string }): TaskOutcome {
  const cause = JSON.stringify({ errorMessage: result.message, errorType: result.code });
  return { kind: 'throw', error: result.code, cause };
}
