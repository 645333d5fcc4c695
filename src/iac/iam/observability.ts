import type { Grant } from './policy-document.ts';

/**
 * CloudWatch Logs delivery, needed when the state machine logs (`LoggingConfiguration` with a
 * level other than `OFF`). These actions have no resource-level permissions, hence `*`.
 *
 * @example
 * ```ts
 * loggingGrants(); // [{ actions: ['logs:CreateLogDelivery', …], resources: ['*'] }]
 * ```
 */
export function loggingGrants(): Grant[] {
  return [
    {
      actions: [
        'logs:CreateLogDelivery',
        'logs:DeleteLogDelivery',
        'logs:DescribeLogGroups',
        'logs:DescribeResourcePolicies',
        'logs:GetLogDelivery',
        'logs:ListLogDeliveries',
        'logs:PutResourcePolicy',
        'logs:UpdateLogDelivery',
      ],
      resources: ['*'],
    },
  ];
}

/**
 * AWS X-Ray, needed when tracing is enabled.
 *
 * @example
 * ```ts
 * tracingGrants(); // [{ actions: ['xray:GetSamplingRules', …], resources: ['*'] }]
 * ```
 */
export function tracingGrants(): Grant[] {
  return [
    {
      actions: [
        'xray:GetSamplingRules',
        'xray:GetSamplingTargets',
        'xray:PutTelemetryRecords',
        'xray:PutTraceSegments',
      ],
      resources: ['*'],
    },
  ];
}
