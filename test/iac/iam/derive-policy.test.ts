import { describe, expect, it } from 'vitest';
import { chain, integration, path, placeholder, stateMachine, task } from '../../../src/index.ts';
import { derivePolicy } from '../../../src/iac/index.ts';
import { allow, statementsFor } from './support.ts';

describe('IAM: activities, credentials, unknown resources, observability', () => {
  it('an activity needs no permission on the role (workers poll with their own)', () => {
    const r = statementsFor({ resource: 'arn:aws:states:us-west-2:123456789012:activity:review' });
    expect(r).toEqual({ statements: [], warnings: [] });
  });

  it('a Task with Credentials assumes that role (its service permissions belong there)', () => {
    const role = 'arn:aws:iam::123456789012:role/cross-account';
    const r = statementsFor({
      resource: integration('sqs', 'sendMessage'),
      parameters: {
        QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/q',
        MessageBody: 'm',
      },
      credentials: { RoleArn: role },
    });
    expect(r.statements).toEqual([allow(['sts:AssumeRole'], [role])]);
    expect(r.warnings).toEqual([
      'T: the Task runs with Credentials: grant its service permissions to that role',
    ]);
    const dynamic = statementsFor({
      resource: integration('sqs', 'sendMessage'),
      parameters: { QueueUrl: 'u', MessageBody: 'm' },
      credentials: { RoleArn: path('$.role') },
    });
    expect(dynamic.statements).toEqual([allow(['sts:AssumeRole'], ['*'])]);
  });

  it('reports a Resource it does not know, and derives unknown optimized integrations generically', () => {
    expect(
      statementsFor({ resource: 'arn:aws:foo:us-east-1:123456789012:thing' }).warnings,
    ).toEqual([
      "T: unknown Resource 'arn:aws:foo:us-east-1:123456789012:thing': no permission derived",
    ]);
    const r = statementsFor({
      resource: integration('athena', 'startQueryExecution', 'sync'),
      parameters: {},
    });
    expect(r.statements).toEqual([allow(['athena:StartQueryExecution'], ['*'])]);
    expect(r.warnings[0]).toMatch(/athena:startQueryExecution has no derivation in aslc/);
  });

  it('adds logging and tracing permissions on request', () => {
    const machine = stateMachine({
      definition: chain(
        task('T', { resource: 'arn:aws:states:us-east-1:123456789012:activity:a' }),
      ),
    });
    const doc = derivePolicy(machine.node, { logging: true, tracing: true }).document;
    expect(doc.Statement.map((s) => [s.Sid, s.Resource])).toEqual([
      ['Logs', ['*']],
      ['Xray', ['*']],
    ]);
    expect(doc.Statement[0]?.Action).toContain('logs:CreateLogDelivery');
    expect(doc.Statement[1]?.Action).toContain('xray:PutTraceSegments');
  });

  it('derives nested states (Parallel branches, Map processors) and is deterministic', () => {
    const machine = stateMachine({
      definition: chain(
        task('A', { resource: integration('lambda', 'invoke'), parameters: { FunctionName: 'b' } }),
        task('B', { resource: integration('lambda', 'invoke'), parameters: { FunctionName: 'a' } }),
        task('C', { resource: placeholder('Fn') }),
      ),
    });
    const first = JSON.stringify(derivePolicy(machine.node));
    expect(JSON.stringify(derivePolicy(machine.node))).toBe(first);
    expect(derivePolicy(machine.node).document.Statement).toEqual([
      {
        Sid: 'Lambda',
        Effect: 'Allow',
        Action: ['lambda:InvokeFunction'],
        Resource: [
          '${Fn}',
          'arn:aws:lambda:*:*:function:a',
          'arn:aws:lambda:*:*:function:a:*',
          'arn:aws:lambda:*:*:function:b',
          'arn:aws:lambda:*:*:function:b:*',
        ],
      },
    ]);
  });
});
