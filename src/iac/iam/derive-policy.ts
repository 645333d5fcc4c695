import type { DeployString } from '../../ir/expression-node.ts';
import type { MapNode } from '../../ir/map-node.ts';
import type { StateMachineNode } from '../../ir/state-machine-node.ts';
import type { TaskNode } from '../../ir/task-node.ts';
import { allStates } from '../../ir/traverse.ts';
import type { ValueNode } from '../../ir/value-node.ts';
import { arnText, parseArn } from './arn.ts';
import {
  integrationParts,
  isTemplatedActivity,
  isTemplatedLambdaFunction,
  resourceView,
} from './resource-view.ts';
import { awsSdkGrants } from './aws-sdk.ts';
import { batchGrants } from './batch.ts';
import { dynamodbGrants } from './dynamodb.ts';
import { ecsGrants } from './ecs.ts';
import { eventBridgeGrants } from './eventbridge.ts';
import { glueGrants } from './glue.ts';
import { httpInvokeGrants } from './http.ts';
import { lambdaFunctionGrants, lambdaInvokeGrants } from './lambda.ts';
import { loggingGrants, tracingGrants } from './observability.ts';
import { policyFromGrants, type Grant, type PolicyDocument } from './policy-document.ts';
import { itemReaderGrants, resultWriterGrants } from './s3.ts';
import { snsGrants } from './sns.ts';
import { sqsGrants } from './sqs.ts';
import { distributedMapGrants, stepFunctionsGrants } from './step-functions.ts';
import {
  classifyValue,
  iamAction,
  payloadField,
  type GrantDeriver,
  type ResolvedPlaceholder,
  type TaskContext,
} from './task-context.ts';

/** The optimized integrations aslc derives permissions for, by service. */
const OPTIMIZED: Readonly<Record<string, GrantDeriver>> = {
  lambda: lambdaInvokeGrants,
  batch: batchGrants,
  ecs: ecsGrants,
  glue: glueGrants,
  states: stepFunctionsGrants,
  sqs: sqsGrants,
  sns: snsGrants,
  dynamodb: dynamodbGrants,
  events: eventBridgeGrants,
  'aws-sdk': awsSdkGrants,
  http: httpInvokeGrants,
};

/** Options of {@link derivePolicy}. */
export interface DerivePolicyOptions {
  /** How placeholders read: default, an opaque `${Name}` token. */
  readonly resolve?: (name: string) => ResolvedPlaceholder;
  /** The state machine's name, for permissions on itself (Distributed Map, HTTP Task). */
  readonly stateMachineName?: string;
  /** Partition of ARNs aslc builds when no Resource says (default `aws`). */
  readonly partition?: string;
  /** The machine logs to CloudWatch Logs. */
  readonly logging?: boolean;
  /** X-Ray tracing is enabled. */
  readonly tracing?: boolean;
}

/** A permission that could not be derived precisely. */
export interface PolicyWarning {
  readonly state: string;
  readonly message: string;
}

/** What {@link derivePolicy} returns. */
export interface DerivedPolicy {
  readonly document: PolicyDocument;
  readonly warnings: readonly PolicyWarning[];
}

/**
 * Derives the IAM policy a state machine's role needs from its graph: every Task Resource
 * (optimized integrations, AWS SDK calls, HTTP Tasks, Lambda function ARNs, activities), Task
 * `Credentials` (`sts:AssumeRole`), Distributed Map item readers, result writers and child
 * executions, and optionally logging and tracing. Resources are narrowed from literal ARNs and
 * names in `Parameters`/`Arguments`; values known only at run time give `*` (reported in
 * `warnings`). Statements are grouped by service in a fixed order (src/iac/iam/README.md).
 *
 * @example
 * ```ts
 * const { document, warnings } = derivePolicy(machine.node, { stateMachineName: 'orders' });
 * document.Statement[0]; // { Sid: 'Lambda', Effect: 'Allow', Action: ['lambda:InvokeFunction'], Resource: [...] }
 * ```
 */
export function derivePolicy(
  machine: StateMachineNode,
  options: DerivePolicyOptions = {},
): DerivedPolicy {
  const resolve =
    options.resolve ?? ((name: string) => ({ kind: 'token', text: '${' + name + '}' }) as const);
  const partition = options.partition ?? 'aws';
  const selfArn =
    options.stateMachineName === undefined
      ? '*'
      : `arn:${partition}:states:*:*:stateMachine:${options.stateMachineName}`;
  const grants: Grant[] = [];
  const warnings: PolicyWarning[] = [];

  const derive = (
    state: string,
    resource: DeployString,
    parameters: ValueNode | undefined,
    args: ValueNode | undefined,
    which: 'task' | 'reader' | 'writer',
  ): void => {
    const warn = (message: string) => warnings.push({ state, message });
    const view = resourceView(resource, resolve);
    const { text } = view;
    if (view.opaque) {
      if (which === 'task') grants.push(...lambdaFunctionGrants(text));
      else
        warn(
          `the ${which === 'reader' ? 'ItemReader' : 'ResultWriter'} Resource is a placeholder: no permission derived`,
        );
      return;
    }
    const integration = integrationParts(view);
    if (integration === undefined) {
      const arn = parseArn(text);
      const lambda =
        view.tokens.length === 0
          ? arn?.service === 'lambda' && arn.resource.startsWith('function:')
          : isTemplatedLambdaFunction(view);
      const activity =
        view.tokens.length === 0
          ? arn?.service === 'states' && arn.resource.startsWith('activity:')
          : isTemplatedActivity(view);
      if (which === 'task' && lambda) {
        grants.push(...lambdaFunctionGrants(text));
      } else if (!(which === 'task' && activity)) {
        warn(`unknown Resource '${view.display}': no permission derived`);
      }
      return;
    }
    const payload = parameters ?? args;
    const ctx: TaskContext = {
      state,
      partition: integration.partition,
      service: integration.service,
      action: integration.action,
      pattern: integration.pattern,
      field: (key) => payloadField(payload, key, resolve),
      classify: (value) => classifyValue(value, resolve),
      selfArn,
      warn,
    };
    if (which === 'reader') grants.push(...itemReaderGrants(ctx));
    else if (which === 'writer') grants.push(...resultWriterGrants(ctx));
    else {
      const deriver = OPTIMIZED[integration.service];
      if (deriver !== undefined) grants.push(...deriver(ctx));
      else {
        const action = iamAction(integration.service, integration.action);
        warn(
          `${integration.service}:${integration.action} has no derivation in aslc: ${action} granted on *`,
        );
        grants.push({ actions: [action], resources: ['*'] });
      }
    }
  };

  for (const { state } of allStates(machine)) {
    if (state.kind === 'Task') {
      const task = state as TaskNode;
      if (task.credentials !== undefined) {
        const roleArn = arnText(payloadField(task.credentials, 'RoleArn', resolve));
        grants.push({ actions: ['sts:AssumeRole'], resources: [roleArn] });
        warnings.push({
          state: task.name,
          message: 'the Task runs with Credentials: grant its service permissions to that role',
        });
        continue;
      }
      derive(task.name, task.resource, task.parameters, task.arguments, 'task');
    } else if (state.kind === 'Map') {
      const map = state as MapNode;
      if (map.itemReader !== undefined) {
        derive(
          map.name,
          map.itemReader.resource,
          map.itemReader.parameters,
          map.itemReader.arguments,
          'reader',
        );
      }
      if (map.resultWriter?.resource !== undefined) {
        derive(
          map.name,
          map.resultWriter.resource,
          map.resultWriter.parameters,
          map.resultWriter.arguments,
          'writer',
        );
      }
      if (map.processorConfig?.mode === 'DISTRIBUTED')
        grants.push(...distributedMapGrants(selfArn));
    }
  }
  if (options.logging === true) grants.push(...loggingGrants());
  if (options.tracing === true) grants.push(...tracingGrants());
  return { document: policyFromGrants(grants), warnings };
}
