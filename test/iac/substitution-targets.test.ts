// Every target writes a `sub` string (placeholders inside a longer string) in its own syntax
// (issue 13, point 2), and CDK-style dotted placeholder names where it can.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildArtifacts,
  derivePolicy,
  hclString,
  type Artifact,
  type BuildOutput,
  type TargetOptionsMap,
} from '../../src/iac/index.ts';
import {
  States,
  chain,
  path,
  placeholder,
  stateMachine,
  sub,
  task,
  type StateMachine,
} from '../../src/index.ts';
import { at } from './support/machines.ts';
import { consoleBase64, terraformBinary, terraformSkipReason } from './support/terraform.ts';

/** A batch job whose ARNs are built from placeholders, and a Lambda function ARN with one. */
function machine(): StateMachine {
  return stateMachine({
    definition: chain(
      task('Submit', {
        resource: sub`arn:${placeholder('Partition')}:states:::batch:submitJob.sync`,
        parameters: {
          JobName: 'nightly',
          JobQueue: sub`arn:${placeholder('Partition')}:batch:us-east-1:123456789012:job-queue/${placeholder('Queue')}`,
          JobDefinition: sub`${placeholder('Env')}-job`,
          'Key.$': States.Format('{}/{}', sub`in/${placeholder('Env')}`, path('$.id')),
        },
        resultPath: null,
      }),
      task('Call', {
        resource: sub`arn:aws:lambda:us-east-1:123456789012:function:${placeholder('inventoryBucket.bucketName')}:$LATEST`,
        resultPath: null,
      }),
    ),
  });
}

const values = {
  Partition: 'aws-cn',
  Queue: 'high',
  Env: 'prod-1',
  'inventoryBucket.bucketName': 'fn',
};

function build(targets: TargetOptionsMap, m = machine()): BuildOutput {
  return buildArtifacts([{ name: 'jobs', machine: m.node }], {
    targets,
    environment: { name: 'dev', values },
  });
}

function file(out: BuildOutput, path: string): Artifact {
  const a = out.artifacts.find((x) => x.path === path);
  if (a === undefined) throw new Error(`no ${path}: ${JSON.stringify(out.problems)}`);
  return a;
}

describe('a sub string in every target', () => {
  it('asl: the values are written inside the string, escaped for an intrinsic argument where it sits', () => {
    const out = buildArtifacts([{ name: 'jobs', machine: machine().node }], {
      targets: { asl: {} },
      environment: { name: 'dev', values: { ...values, Env: "prod'1" } },
    });
    expect(out.problems).toEqual([]);
    const asl = JSON.parse(file(out, 'asl/jobs.asl.json').content) as unknown;
    expect(at(asl, 'States', 'Submit', 'Resource')).toBe(
      'arn:aws-cn:states:::batch:submitJob.sync',
    );
    expect(at(asl, 'States', 'Submit', 'Parameters')).toEqual({
      JobName: 'nightly',
      JobQueue: 'arn:aws-cn:batch:us-east-1:123456789012:job-queue/high',
      JobDefinition: "prod'1-job",
      'Key.$': "States.Format('{}/{}', 'in/prod\\'1', $.id)",
    });
    expect(at(asl, 'States', 'Call', 'Resource')).toBe(
      'arn:aws:lambda:us-east-1:123456789012:function:fn:$LATEST',
    );
  });

  it('asl keep: ${Name} inside the string, dotted names included', () => {
    const out = build({ asl: { placeholders: 'keep' } });
    const asl = JSON.parse(file(out, 'asl/jobs.asl.json').content) as unknown;
    expect(at(asl, 'States', 'Submit', 'Resource')).toBe(
      'arn:${Partition}:states:::batch:submitJob.sync',
    );
    expect(at(asl, 'States', 'Call', 'Resource')).toBe(
      'arn:aws:lambda:us-east-1:123456789012:function:${inventoryBucket.bucketName}:$LATEST',
    );
    expect(file(out, 'asl/jobs.asl.json').definition?.allowPlaceholders).toBe(true);
  });

  it('sam and cloudformation: DefinitionSubstitutions, dotted keys as they are', () => {
    const safe = values;
    const out = build({ sam: { definition: 'inline' }, cloudformation: { placeholders: 'keep' } });
    expect(out.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const sam = JSON.parse(file(out, 'sam/jobs.sam.json').content) as unknown;
    const props = at(sam, 'Resources', 'JobsStateMachine', 'Properties');
    expect(at(props, 'DefinitionSubstitutions')).toEqual(safe);
    expect(at(props, 'Definition', 'States', 'Submit', 'Resource')).toBe(
      'arn:${Partition}:states:::batch:submitJob.sync',
    );
    const cfn = JSON.parse(file(out, 'cloudformation/jobs.cfn.json').content) as unknown;
    // Parameter names are letters and digits: the dot is dropped.
    expect(Object.keys(at(cfn, 'Parameters') as object).sort()).toEqual([
      'Env',
      'Partition',
      'Queue',
      'inventoryBucketbucketName',
    ]);
    expect(
      at(cfn, 'Resources', 'JobsStateMachine', 'Properties', 'DefinitionSubstitutions'),
    ).toMatchObject({ 'inventoryBucket.bucketName': { Ref: 'inventoryBucketbucketName' } });
  });

  it('sam: a literal ${ next to sub strings is still refused (DefinitionSubstitutions has no escape)', () => {
    const m = stateMachine({
      definition: task('T', {
        resource: sub`arn:${placeholder('Partition')}:states:::sqs:sendMessage`,
        parameters: { QueueUrl: 'q', MessageBody: 'literal ${x}' },
      }),
    });
    const out = build({ sam: {} }, m);
    expect(out.problems.filter((p) => p.severity === 'error')).toMatchObject([
      { code: 'LiteralDollarBrace', pointer: '/States/T/Parameters/MessageBody' },
    ]);
  });

  it('terraform: templatefile() variables, a dotted name under its variable name', () => {
    const out = build({ terraform: {} });
    expect(out.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const template = file(out, 'terraform/jobs.asl.json').content;
    expect(template).toContain('"Resource": "arn:${Partition}:states:::batch:submitJob.sync"');
    expect(template).toContain('function:${inventory_bucket_bucket_name}:$LATEST');
    const tf = file(out, 'terraform/jobs.tf').content;
    expect(tf).toMatch(/inventory_bucket_bucket_name += var\.inventory_bucket_bucket_name/);
    expect(tf).toMatch(/Partition += var\.partition/);
    expect(file(out, 'terraform/variables.tf').content).toContain(
      'variable "inventory_bucket_bucket_name"',
    );
  });

  it('terraform: a value inside a sub string that is an intrinsic argument is checked as one', () => {
    const out = buildArtifacts([{ name: 'jobs', machine: machine().node }], {
      targets: { terraform: {} },
      environment: { name: 'dev', values: { ...values, Env: "prod'1" } },
    });
    expect(out.problems).toMatchObject([
      {
        code: 'UnsafePlaceholderValue',
        message: expect.stringContaining("'Env'") as unknown,
        target: 'terraform',
      },
    ]);
  });

  it('terraform: an unsafe value inside a sub string is refused like a whole placeholder', () => {
    const out = buildArtifacts([{ name: 'jobs', machine: machine().node }], {
      targets: { terraform: {} },
      environment: { name: 'dev', values: { ...values, Queue: 'say "hi"' } },
    });
    expect(out.problems).toMatchObject([
      {
        code: 'UnsafePlaceholderValue',
        message: expect.stringContaining("'Queue'") as unknown,
        target: 'terraform',
      },
    ]);
  });

  it('serverless: ${param:Name} inside the string; a dotted name is refused unless inline', () => {
    const m = stateMachine({
      definition: task('T', {
        resource: sub`arn:${placeholder('Partition')}:states:::lambda:invoke`,
        parameters: { FunctionName: 'f' },
      }),
    });
    const ok = build({ serverless: {} }, m);
    expect(ok.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(file(ok, 'serverless/step-functions.yml').content).toContain(
      'arn:${param:Partition}:states:::lambda:invoke',
    );
    const dotted = build({ serverless: {} });
    expect(dotted.problems).toMatchObject([
      {
        code: 'UnsupportedPlaceholderName',
        target: 'serverless',
        message: expect.stringContaining("'inventoryBucket.bucketName'") as unknown,
      },
    ]);
    const inline = build({ serverless: { placeholders: 'inline' } });
    expect(inline.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('the IAM policy of a Resource with placeholders inside', () => {
  it('reads the integration around a partition placeholder, and a Lambda function ARN', () => {
    const { document, warnings } = derivePolicy(machine().node);
    expect(warnings).toEqual([]);
    expect(document.Statement).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          Action: ['events:DescribeRule', 'events:PutRule', 'events:PutTargets'],
          Resource: ['arn:${Partition}:events:*:*:rule/StepFunctionsGetEventsForBatchJobsRule'],
        }),
        expect.objectContaining({
          Action: ['lambda:InvokeFunction'],
          Resource: [
            'arn:aws:lambda:us-east-1:123456789012:function:${inventoryBucket.bucketName}:$LATEST',
          ],
        }),
      ]),
    );
  });

  it('with the environment values, exactly as for a literal ARN', () => {
    const out = build({ iam: {} });
    expect(out.problems).toEqual([]);
    const policy = JSON.parse(file(out, 'iam/jobs.iam.json').content) as {
      Statement: { Action: string[]; Resource: string[] }[];
    };
    const batch = policy.Statement.find((s) => s.Action.includes('batch:SubmitJob'));
    expect(batch?.Resource).toEqual([
      'arn:aws-cn:batch:*:*:job-definition/prod-1-job:*',
      'arn:aws-cn:batch:us-east-1:123456789012:job-queue/high',
    ]);
  });

  it('a placeholder standing for the service or action derives nothing, with a warning', () => {
    const m = stateMachine({
      definition: task('T', { resource: sub`arn:aws:states:::${placeholder('Svc')}:invoke` }),
    });
    const { warnings } = derivePolicy(m.node);
    expect(warnings).toEqual([
      {
        state: 'T',
        message: "unknown Resource 'arn:aws:states:::${Svc}:invoke': no permission derived",
      },
    ]);
  });

  it('keep mode renders the tokens in every target: terraform, cloudformation', () => {
    const out = build({
      terraform: { placeholders: 'keep' },
      cloudformation: { placeholders: 'keep' },
    });
    expect(out.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const policy = file(out, 'terraform/jobs.policy.json').content;
    expect(policy).toContain('arn:${Partition}:batch:*:*:job-definition/${Env}-job:*');
    expect(policy).toContain('function:${inventory_bucket_bucket_name}:$LATEST');
    const cfn = JSON.parse(file(out, 'cloudformation/jobs.cfn.json').content) as unknown;
    const statements = at(
      cfn,
      'Resources',
      'JobsStateMachineRole',
      'Properties',
      'Policies',
      0,
      'PolicyDocument',
      'Statement',
    ) as { Resource: unknown[] }[];
    expect(JSON.stringify(statements)).toContain(
      '{"Fn::Sub":"arn:${Partition}:batch:*:*:job-definition/${Env}-job:*"}',
    );
    expect(JSON.stringify(statements)).toContain(
      '{"Fn::Sub":"arn:aws:lambda:us-east-1:123456789012:function:${inventoryBucketbucketName}:$LATEST"}',
    );
  });
});

describe.skipIf(terraformBinary === undefined)(
  `templatefile() gives back the inline definition${terraformSkipReason}`,
  () => {
    it('for sub strings and dotted names', () => {
      const safe = { ...values, Env: 'prod-1' };
      const out = buildArtifacts([{ name: 'jobs', machine: machine().node }], {
        targets: { terraform: {}, asl: {} },
        environment: { name: 'dev', values: safe },
      });
      const dir = mkdtempSync(join(tmpdir(), 'aslc-tf-sub-'));
      writeFileSync(join(dir, 'jobs.asl.json'), file(out, 'terraform/jobs.asl.json').content);
      const vars = `{ ${Object.entries(safe)
        .map(
          ([k, v]) => `${k.includes('.') ? 'inventory_bucket_bucket_name' : k} = ${hclString(v)}`,
        )
        .join(', ')} }`;
      expect(consoleBase64(dir, `templatefile("jobs.asl.json", ${vars})`)).toBe(
        file(out, 'asl/jobs.asl.json').content,
      );
    });
  },
);
