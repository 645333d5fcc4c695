import { describe, expect, it } from 'vitest';
import { integration } from '../../../src/index.ts';
import { allow, statementsFor } from './support.ts';

describe('IAM: Amazon ECS', () => {
  it('.sync: RunTask on the task definition, PassRole, Stop/DescribeTasks and the events rule', () => {
    const r = statementsFor({
      resource: integration('ecs', 'runTask', 'sync'),
      parameters: { Cluster: 'c', TaskDefinition: 'report:7', LaunchType: 'FARGATE' },
    });
    expect(r.statements).toEqual([
      allow(['ecs:DescribeTasks', 'ecs:StopTask'], ['*']),
      allow(['ecs:RunTask'], ['arn:aws:ecs:*:*:task-definition/report:7']),
      allow(
        ['events:DescribeRule', 'events:PutRule', 'events:PutTargets'],
        ['arn:aws:events:*:*:rule/StepFunctionsGetEventsForECSTaskRule'],
      ),
      allow(['iam:PassRole'], ['*']),
    ]);
    expect(r.warnings).toEqual([
      'T: ecs:runTask needs iam:PassRole for the task roles: granted on *',
    ]);
  });

  it('request-response: a family without revision gets every revision', () => {
    const arn = 'arn:aws:ecs:us-east-1:123456789012:task-definition/report';
    const r = statementsFor({
      resource: integration('ecs', 'runTask'),
      parameters: { TaskDefinition: arn },
    });
    expect(r.statements).toEqual([
      allow(['ecs:RunTask'], [`${arn}:*`]),
      allow(['iam:PassRole'], ['*']),
    ]);
  });
});
