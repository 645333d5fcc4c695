import { describe, expect, it } from 'vitest';
import {
  chain,
  distributedMap,
  integration,
  pass,
  placeholder,
  stateMachine,
} from '../../../src/index.ts';
import { derivePolicy } from '../../../src/iac/index.ts';
import { allow, statementsFor } from './support.ts';

const child = 'arn:aws:states:us-west-2:123456789012:stateMachine:child';

describe('IAM: AWS Step Functions', () => {
  it('request-response and .waitForTaskToken: StartExecution on the child', () => {
    for (const pattern of [undefined, 'waitForTaskToken'] as const) {
      const r = statementsFor({
        resource: integration('states', 'startExecution', pattern),
        parameters: { StateMachineArn: child },
      });
      expect(r.statements).toEqual([allow(['states:StartExecution'], [child])]);
    }
  });

  it('.sync and .sync:2: DescribeExecution/StopExecution on its executions and the events rule', () => {
    for (const pattern of ['sync', 'sync:2'] as const) {
      const r = statementsFor({
        resource: integration('states', 'startExecution', pattern),
        parameters: { StateMachineArn: child },
      });
      expect(r.statements).toEqual([
        allow(
          ['events:DescribeRule', 'events:PutRule', 'events:PutTargets'],
          ['arn:aws:events:*:*:rule/StepFunctionsGetEventsForStepFunctionsExecutionRule'],
        ),
        allow(
          ['states:DescribeExecution', 'states:StopExecution'],
          ['arn:aws:states:us-west-2:123456789012:execution:child:*'],
        ),
        allow(['states:StartExecution'], [child]),
      ]);
    }
  });

  it('a placeholder child: StartExecution on it, its executions on *', () => {
    const r = statementsFor({
      resource: integration('states', 'startExecution', 'sync:2'),
      parameters: { StateMachineArn: placeholder('Child') },
    });
    expect(r.statements.map((s) => s.Resource)).toEqual([
      ['arn:aws:events:*:*:rule/StepFunctionsGetEventsForStepFunctionsExecutionRule'],
      ['${Child}'],
      ['*'],
    ]);
  });

  it('a Distributed Map starts child executions of the machine itself', () => {
    const machine = stateMachine({
      definition: chain(distributedMap('M', { processor: pass('P') })),
    });
    expect(derivePolicy(machine.node, { stateMachineName: 'orders' }).document.Statement).toEqual([
      {
        Sid: 'States',
        Effect: 'Allow',
        Action: ['states:DescribeExecution', 'states:StopExecution'],
        Resource: ['arn:aws:states:*:*:execution:orders/*'],
      },
      {
        Sid: 'StatesGroup2',
        Effect: 'Allow',
        Action: ['states:StartExecution'],
        Resource: ['arn:aws:states:*:*:stateMachine:orders'],
      },
    ]);
    expect(derivePolicy(machine.node).document.Statement.map((s) => s.Resource)).toEqual([['*']]);
  });
});
