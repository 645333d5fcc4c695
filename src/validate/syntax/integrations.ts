/** The integration patterns an optimized integration offers, and its actions when they are known. */
export interface OptimizedIntegration {
  /** `.sync` / `.sync:2` (run a job). */
  readonly sync: boolean;
  /** `.waitForTaskToken` (wait for a callback). */
  readonly callback: boolean;
  /**
   * The only actions the optimized integration has, when the Developer Guide says so; other
   * services are not checked (their lists are long and grow).
   */
  readonly actions?: readonly string[];
}

/**
 * Step Functions' optimized integrations, by the service name of their
 * `arn:aws:states:::<service>:<action>` ARN, with the patterns each supports — the table "Optimized
 * integrations in Step Functions" of the Developer Guide (integrate-optimized, connect-to-resource).
 * AWS refuses a pattern the service does not offer: "The resource provided
 * arn:aws:states:::dynamodb:putItem.waitForTaskToken is not recognized". DynamoDB's optimized
 * integration has only GetItem, PutItem, UpdateItem and DeleteItem (connect-ddb);
 * `dynamodb:query` is refused by CreateStateMachine (LocalStack's AWS-validated
 * `test_invalid_integration`). Services missing here (newer integrations) are not checked.
 */
export const OPTIMIZED_INTEGRATIONS: Readonly<Record<string, OptimizedIntegration>> = {
  apigateway: { sync: false, callback: true },
  athena: { sync: true, callback: false },
  batch: { sync: true, callback: false },
  bedrock: { sync: true, callback: true },
  codebuild: { sync: true, callback: false },
  databrew: { sync: true, callback: false },
  dynamodb: {
    sync: false,
    callback: false,
    actions: ['getItem', 'putItem', 'updateItem', 'deleteItem'],
  },
  ecs: { sync: true, callback: true },
  eks: { sync: true, callback: true },
  elasticmapreduce: { sync: true, callback: false },
  'emr-containers': { sync: true, callback: false },
  'emr-serverless': { sync: true, callback: false },
  events: { sync: false, callback: true },
  glue: { sync: true, callback: false },
  http: { sync: false, callback: false },
  lambda: { sync: false, callback: true },
  mediaconvert: { sync: true, callback: false },
  sagemaker: { sync: true, callback: false },
  sns: { sync: false, callback: true },
  sqs: { sync: false, callback: true },
  states: { sync: true, callback: true },
};

/**
 * Why AWS would not recognize an optimized integration (`service`, `action`, pattern), or
 * undefined when it is fine or not known to aslc.
 *
 * @example
 * ```ts
 * optimizedIntegrationProblem('dynamodb', 'query', 'request-response');
 * // 'the optimized dynamodb integration has only getItem, putItem, updateItem, deleteItem; call …'
 * optimizedIntegrationProblem('sns', 'publish', 'waitForTaskToken'); // undefined
 * ```
 */
export function optimizedIntegrationProblem(
  service: string,
  action: string,
  pattern: 'request-response' | 'sync' | 'waitForTaskToken',
): string | undefined {
  if (!Object.hasOwn(OPTIMIZED_INTEGRATIONS, service)) return undefined;
  const integration = OPTIMIZED_INTEGRATIONS[service] as OptimizedIntegration;
  if (integration.actions !== undefined && !integration.actions.includes(action)) {
    return (
      `the optimized ${service} integration has only ${integration.actions.join(', ')}; ` +
      `call other actions through arn:aws:states:::aws-sdk:${service}:${action}`
    );
  }
  if (pattern === 'sync' && !integration.sync) {
    return `the ${service} integration does not support .sync (run a job)`;
  }
  if (pattern === 'waitForTaskToken' && !integration.callback) {
    return `the ${service} integration does not support .waitForTaskToken (wait for a callback)`;
  }
  return undefined;
}
