import { describe, expect, it } from 'vitest';
import { buildArtifacts, type BuildWorkflow } from '../../src/iac/index.ts';
import { chain, pass, stateMachine } from '../../src/index.ts';
import { at, hostileMachine, hostileValues } from './support/machines.ts';

const hostile: BuildWorkflow = { name: 'orders', machine: hostileMachine().node };
const plain: BuildWorkflow = {
  name: 'plain',
  machine: stateMachine({ definition: chain(pass('P')) }).node,
};
const allTargets = {
  asl: {},
  terraform: {},
  sam: { placeholders: 'inline' },
  cloudformation: { placeholders: 'inline' },
  iam: {},
} as const;

describe('buildArtifacts', () => {
  it('builds every target of every workflow, ordered by workflow, target and path, deterministically', () => {
    const run = () =>
      buildArtifacts([plain, hostile], {
        targets: allTargets,
        environment: { name: 'dev', values: hostileValues },
      });
    const first = run();
    expect(first.problems).toEqual([]);
    expect(first.artifacts.map((a) => `${a.workflow} ${a.target} ${a.path}`)).toEqual([
      'orders asl asl/orders.asl.json',
      'orders terraform terraform/orders.asl.json',
      'orders terraform terraform/orders.policy.json',
      'orders terraform terraform/orders.tf',
      'orders sam sam/orders.asl.json',
      'orders sam sam/orders.sam.json',
      'orders sam sam/orders.sam.yaml',
      'orders cloudformation cloudformation/orders.asl.json',
      'orders cloudformation cloudformation/orders.cfn.json',
      'orders cloudformation cloudformation/orders.cfn.yaml',
      'orders iam iam/orders.iam.json',
      'plain asl asl/plain.asl.json',
      'plain terraform terraform/plain.asl.json',
      'plain terraform terraform/plain.policy.json',
      'plain terraform terraform/plain.tf',
      'plain sam sam/plain.asl.json',
      'plain sam sam/plain.sam.json',
      'plain sam sam/plain.sam.yaml',
      'plain cloudformation cloudformation/plain.asl.json',
      'plain cloudformation cloudformation/plain.cfn.json',
      'plain cloudformation cloudformation/plain.cfn.yaml',
      'plain iam iam/plain.iam.json',
      // Shared by every workflow: the Terraform module's files.
      'undefined terraform terraform/dev.auto.tfvars',
      'undefined terraform terraform/outputs.tf',
      'undefined terraform terraform/variables.tf',
      'undefined terraform terraform/versions.tf',
    ]);
    expect(JSON.stringify(run())).toBe(JSON.stringify(first));
    expect(first.artifacts.find((a) => a.path === 'asl/orders.asl.json')?.definition).toMatchObject(
      {
        type: 'STANDARD',
        allowPlaceholders: false,
      },
    );
  });

  it('reports missing values naming the placeholders, the workflow and the environment, and returns no file', () => {
    const { Stage: _s, QueueUrl: _q, ...partial } = hostileValues;
    const r = buildArtifacts([plain, hostile], {
      targets: allTargets,
      environment: { name: 'dev', values: partial },
    });
    expect(r.artifacts).toEqual([]);
    expect(r.problems).toEqual([
      {
        severity: 'error',
        code: 'MissingPlaceholderValue',
        message:
          "placeholders 'QueueUrl', 'Stage' have no value in environment 'dev' (needed by asl, terraform, sam, cloudformation, iam)",
        workflow: 'orders',
        hint: "add them to the placeholders of environment 'dev' (environments/dev.json or aslc.config.json)",
      },
    ]);
    const none = buildArtifacts([hostile], { targets: { asl: {} } });
    expect(none.problems[0]?.message).toBe(
      "placeholders 'AuditFnArn', 'ChargeFnArn', 'QueueUrl', 'Stage' have no value: no environment was chosen (needed by asl)",
    );
  });

  it('needs no environment when every target keeps the placeholders', () => {
    const r = buildArtifacts([hostile], {
      targets: {
        asl: { placeholders: 'keep' },
        terraform: { placeholders: 'keep' },
        iam: { placeholders: 'keep' },
      },
    });
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.artifacts.find((a) => a.path === 'asl/orders.asl.json')?.content).toContain(
      '"${ChargeFnArn}"',
    );
  });

  it('refuses values a deploy tool would insert unescaped, but writes them escaped inline', () => {
    const values = { ...hostileValues, ChargeFnArn: 'arn:"x"', Stage: "it's" };
    const r = buildArtifacts([hostile], {
      targets: { terraform: {} },
      environment: { name: 'dev', values },
    });
    expect(r.problems.map((p) => [p.code, p.target, p.message])).toEqual([
      [
        'UnsafePlaceholderValue',
        'terraform',
        `the value of placeholder 'ChargeFnArn' in environment 'dev' contains " (a double quote), which would end the JSON string`,
      ],
      [
        'UnsafePlaceholderValue',
        'terraform',
        "the value of placeholder 'Stage' in environment 'dev' is an intrinsic function argument and contains ' { or }, which would break the call",
      ],
    ]);
    const inline = buildArtifacts([hostile], {
      targets: { asl: {}, terraform: { placeholders: 'inline' } },
      environment: { name: 'dev', values },
    });
    expect(inline.problems).toEqual([]);
    const asl = JSON.parse(inline.artifacts[0]?.content ?? '') as unknown;
    expect(at(asl, 'States', 'Charge', 'Parameters', 'FunctionName')).toBe('arn:"x"');
    expect(at(asl, 'States', 'Charge', 'Parameters', 'Key.$')).toBe(
      "States.Format('{}/{}', 'it\\'s', $.id)",
    );
  });

  it('reports duplicate workflow names, colliding outputs and unused values', () => {
    const dup = buildArtifacts([plain, plain], { targets: { asl: {} } });
    expect(dup.problems.map((p) => p.code)).toEqual(['DuplicateWorkflowName']);
    const collide = buildArtifacts([plain], {
      targets: {
        asl: { dir: 'out' },
        terraform: { dir: 'out', roleArn: 'arn:aws:iam::123456789012:role/r' },
      },
    });
    expect(collide.problems.map((p) => [p.code, p.message])).toEqual([
      ['OutputCollision', 'plain (asl) and plain (terraform) both write out/plain.asl.json'],
    ]);
    expect(collide.artifacts).toEqual([]);
    const unused = buildArtifacts([plain], {
      targets: { asl: {} },
      environment: { name: 'dev', values: { Typo: 'x' } },
    });
    expect(unused.problems).toEqual([
      {
        severity: 'warning',
        code: 'UnusedPlaceholderValue',
        message: "environment 'dev' gives a value to 'Typo', which no workflow uses",
      },
    ]);
    expect(unused.artifacts.length).toBe(1);
  });

  it('uses the workflow entry type and per-target options', () => {
    const r = buildArtifacts(
      [{ ...plain, entry: { path: 'x', type: 'EXPRESS', targets: { asl: { dir: 'express' } } } }],
      {
        targets: { asl: {} },
      },
    );
    expect(r.artifacts.map((a) => [a.path, a.definition?.type])).toEqual([
      ['express/plain.asl.json', 'EXPRESS'],
    ]);
  });

  it('turns naming errors into problems', () => {
    const r = buildArtifacts([plain], {
      targets: { terraform: { stateMachineName: '{workflow}-{env}' } },
    });
    expect(r.problems.map((p) => [p.code, p.target])).toEqual([
      ['EnvironmentRequired', 'terraform'],
    ]);
  });
});

describe('buildArtifacts input checks', () => {
  it('refuses names and folders that would escape the output folder or break generated text', () => {
    const r = buildArtifacts([{ ...plain, name: '../evil\n' }], {
      targets: { asl: { dir: '../x' }, iam: { dir: 'ok/..' } },
      environment: { name: 'dev"\n#', values: {} },
    });
    expect(r.artifacts).toEqual([]);
    expect(r.problems.map((p) => p.code)).toEqual([
      'InvalidEnvironmentName',
      'InvalidWorkflowName',
      'InvalidDir',
      'InvalidDir',
    ]);
  });
});
