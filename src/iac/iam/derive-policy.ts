import type { PlaceholderNode } from '../../ir/expression-node.ts';
import { parseIntegrationArn } from '../../asl/resource-arn.ts';
import type { MapNode } from '../../ir/map-node.ts';
import type { StateMachineNode } from '../../ir/state-machine-node.ts';
import type { TaskNode } from '../../ir/task-node.ts';
import { allStates } from '../../ir/traverse.ts';
import type { ValueNode } from '../../ir/value-node.ts';
import { arnText, parseArn } from './arn.ts';
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

/** The parts of an integration Resource (src/asl/resource-arn.ts). */
function parseIntegration(
  resource: string,
):
  | { partition: string; service: string; action: string; pattern: TaskContext['pattern'] }
  | undefined {
  const arn = parseIntegrationArn(resource);
  if (arn === undefined) return undefined;
  if (!/^(sync:2|sync|waitForTaskToken|)$/.test(arn.pattern)) return undefined;
  if (
    arn.service === 'aws-sdk'
      ? !/^[a-z0-9-]+:[A-Za-z0-9]+$/.test(arn.action)
      : !/^[A-Za-z0-9]+$/.test(arn.action)
  ) {
    return undefined;
  }
  return {
    partition: arn.partition,
    service: arn.service,
    action: arn.action,
    pattern: arn.pattern as TaskContext['pattern'],
  };
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
 * declare const machine: StateMachine;
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

  const resourceText = (r: string | PlaceholderNode): { text: string; opaque: boolean } => {
    if (typeof r === 'string') return { text: r, opaque: false };
    const v = resolve(r.name);
    return v.kind === 'value' ? { text: v.value, opaque: false } : { text: v.text, opaque: true };
  };

  const derive = (
    state: string,
    resource: string | PlaceholderNode,
    parameters: ValueNode | undefined,
    args: ValueNode | undefined,
    which: 'task' | 'reader' | 'writer',
  ): void => {
    const warn = (message: string) => warnings.push({ state, message });
    const { text, opaque } = resourceText(resource);
    if (opaque) {
      if (which === 'task') grants.push(...lambdaFunctionGrants(text));
      else
        warn(
          `the ${which === 'reader' ? 'ItemReader' : 'ResultWriter'} Resource is a placeholder: no permission derived`,
        );
      return;
    }
    const integration = parseIntegration(text);
    if (integration === undefined) {
      const arn = parseArn(text);
      if (which === 'task' && arn?.service === 'lambda' && arn.resource.startsWith('function:')) {
        grants.push(...lambdaFunctionGrants(text));
      } else if (!(
        which === 'task' &&
        arn?.service === 'states' &&
        arn.resource.startsWith('activity:')
      )) {
        warn(`unknown Resource '${text}': no permission derived`);
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
