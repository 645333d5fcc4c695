import { describe, expect, it } from 'vitest';
import {
  aslArtifacts,
  createWorkflowContext,
  iamArtifacts,
  type BuildProblem,
} from '../../src/iac/index.ts';
import { compile } from '../../src/compile.ts';
import { at, hostileMachine, hostileValues } from './support/machines.ts';

const ctx = () =>
  createWorkflowContext('orders', hostileMachine().node, { name: 'dev', values: hostileValues });

describe('asl target', () => {
  it('writes the values in by default, exactly', () => {
    const problems: BuildProblem[] = [];
    const [file] = aslArtifacts(ctx(), {}, problems);
    expect(file?.path).toBe('asl/orders.asl.json');
    const asl = JSON.parse(file?.content ?? '') as unknown;
    expect(at(asl, 'States', 'Audit', 'Resource')).toBe(hostileValues.AuditFnArn);
    expect(at(asl, 'Comment')).toBe(at(compile(hostileMachine()).asl, 'Comment'));
    expect(file?.definition).toMatchObject({ allowPlaceholders: false, type: 'STANDARD' });
    expect(problems).toEqual([]);
  });

  it('keeps ${Name} on request, and warns that literal ${ reads like a placeholder there', () => {
    const problems: BuildProblem[] = [];
    const [file] = aslArtifacts(
      ctx(),
      { placeholders: 'keep', dir: 'definitions', type: 'EXPRESS' },
      problems,
    );
    expect(file?.path).toBe('definitions/orders.asl.json');
    expect(file?.content).toBe(compile(hostileMachine()).json);
    expect(file?.definition).toMatchObject({ allowPlaceholders: true, type: 'EXPRESS' });
    expect(problems.map((p) => [p.code, p.pointer])).toEqual([
      ['AmbiguousDollarBrace', '/Comment'],
      ['AmbiguousDollarBrace', '/States/Charge/Parameters/Command'],
      ['AmbiguousDollarBrace', '/States/J/Output'],
      ['AmbiguousDollarBrace', '/States/Queue/Parameters/MessageBody'],
    ]);
  });
});

describe('iam target', () => {
  it('uses the values (the queue URL becomes an ARN) or keeps ${Name}', () => {
    const [inline] = iamArtifacts(ctx(), { stateMachineName: '{workflow}-{env}' }, []);
    expect(inline?.path).toBe('iam/orders.iam.json');
    expect(inline?.content).toContain('"arn:aws:sqs:us-east-1:123456789012:q"');
    expect(inline?.content).toContain(`"${hostileValues.ChargeFnArn}:*"`);
    const [keep] = iamArtifacts(ctx(), { placeholders: 'keep' }, []);
    expect(JSON.parse(keep?.content ?? '')).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Lambda',
          Effect: 'Allow',
          Action: ['lambda:InvokeFunction'],
          Resource: ['${AuditFnArn}', '${ChargeFnArn}', '${ChargeFnArn}:*'],
        },
        { Sid: 'Sqs', Effect: 'Allow', Action: ['sqs:SendMessage'], Resource: ['*'] },
      ],
    });
  });

  it('adds logging and tracing permissions, and reports imprecise ones as warnings', () => {
    const problems: BuildProblem[] = [];
    const [file] = iamArtifacts(ctx(), { logging: true, tracing: true }, problems);
    expect(file?.content).toContain('"logs:CreateLogDelivery"');
    expect(file?.content).toContain('"xray:PutTraceSegments"');
    expect(problems).toEqual([]);
  });
});
