import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { validateArtifacts } from '../../src/cli/build/validate-artifacts.ts';
import { buildArtifacts, type Artifact, type BuildOptions } from '../../src/iac/index.ts';
import { splitPlanWorkflows } from './support/split-plan.ts';

/**
 * A job plan split into child machines, built in one build: the placeholders that stand for the
 * children's ARNs are bound to the children in every target that can say so, so that no
 * environment needs values for them (before, every target stopped with
 * MissingPlaceholderValue), and the parent's derived policy may start them.
 */
const workflows = splitPlanWorkflows();
const ALL = {
  asl: {},
  terraform: {},
  sam: { formats: ['json'] },
  cloudformation: { formats: ['json'] },
  serverless: {},
  iam: {},
} as const satisfies BuildOptions['targets'];
const dev = { name: 'dev', values: {} };
const CHILD = 'NightlyRiskStateMachineArn';

function build(options: Partial<BuildOptions> = {}, list = workflows) {
  return buildArtifacts(list, { targets: ALL, environment: dev, ...options });
}

function file(artifacts: readonly Artifact[], path: string): string {
  const found = artifacts.find((a) => a.path === path);
  if (found === undefined) throw new Error(`no ${path} in ${artifacts.map((a) => a.path)}`);
  return found.content;
}

/** The resources of the derived policy's states:StartExecution statement. */
function startExecution(policy: { Statement: { Action: string[]; Resource: unknown[] }[] }) {
  return policy.Statement.filter((s) => s.Action.includes('states:StartExecution')).flatMap(
    (s) => s.Resource,
  );
}

describe('aslc build of a plan split into child machines', () => {
  it('the layout gives the parent machines the placeholders of their children', () => {
    expect(workflows.map((w) => [w.name, w.machineArns])).toStrictEqual([
      ['nightly', { [CHILD]: 'nightly-risk' }],
      ['nightly-risk', { NightlyScenariosStateMachineArn: 'nightly-scenarios' }],
      ['nightly-scenarios', undefined],
    ]);
  });

  it('builds every target without values for the child ARNs, each wired to the child', () => {
    const { artifacts, problems } = build();
    expect(problems.filter((p) => p.severity === 'error')).toStrictEqual([]);
    expect(validateArtifacts(artifacts).errors).toStrictEqual([]);

    // terraform: the template's locals read the child's resource, no variable is declared
    const tf = file(artifacts, 'terraform/nightly.tf');
    expect(tf).toContain(`${CHILD} = aws_sfn_state_machine.nightly_risk.arn`);
    expect(file(artifacts, 'terraform/variables.tf')).not.toMatch(/state_machine_arn/);
    expect(file(artifacts, 'terraform/nightly.asl.json')).toContain(`"\${${CHILD}}"`);
    const tfPolicy = JSON.parse(file(artifacts, 'terraform/nightly.policy.json'));
    expect(startExecution(tfPolicy)).toContain(`\${${CHILD}}`);

    // sam and cloudformation: the child's ARN from its name, in the substitutions and the policy
    const arn = {
      'Fn::Sub':
        'arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:stateMachine:nightly-risk',
    };
    for (const path of ['sam/nightly.sam.json', 'cloudformation/nightly.cfn.json']) {
      const template = JSON.parse(file(artifacts, path));
      const [machine] = Object.values(template.Resources).filter((r) =>
        /StateMachine$/.test((r as { Type: string }).Type),
      ) as { Properties: Record<string, unknown> }[];
      expect(machine?.Properties['DefinitionSubstitutions'], path).toStrictEqual({ [CHILD]: arn });
      const policy = (
        path.startsWith('sam')
          ? (machine?.Properties['Policies'] as unknown[])[0]
          : template.Resources.NightlyStateMachineRole.Properties.Policies[0].PolicyDocument
      ) as Parameters<typeof startExecution>[0];
      expect(startExecution(policy), path).toContainEqual(arn);
    }

    // serverless: the ARN written with the Framework's own variables, no stage parameter
    const sls = parseYaml(file(artifacts, 'serverless/step-functions.yml'));
    const child = 'arn:aws:states:${aws:region}:${aws:accountId}:stateMachine:nightly-risk';
    expect(JSON.stringify(sls.stateMachines.Nightly.definition)).toContain(`"${child}"`);
    expect(startExecution({ Statement: sls.stateMachines.Nightly.iamRoleStatements })).toContain(
      child,
    );
    expect(artifacts.some((a) => a.path === 'serverless/params.yml')).toBe(false);

    // asl and iam: ${Name} stays, and one warning per target says so
    expect(file(artifacts, 'asl/nightly.asl.json')).toContain(`"\${${CHILD}}"`);
    expect(startExecution(JSON.parse(file(artifacts, 'iam/nightly.iam.json')))).toContain(
      `\${${CHILD}}`,
    );
    const kept = problems.filter((p) => p.code === 'MachineArnKept');
    expect(kept.map((p) => [p.severity, p.target])).toStrictEqual([
      ['warning', 'asl'],
      ['warning', 'iam'],
    ]);
    expect(kept[0]?.message).toBe(
      `the asl target writes \${${CHILD}} of workflow 'nightly' (and 1 more in 2 workflows) as it is: it stands for the ARN of a state machine this build also builds, known only once it is deployed`,
    );
    // deterministic
    expect(JSON.stringify(build())).toBe(JSON.stringify({ artifacts, problems }));
  });

  it("follows each target's naming of the child (stateMachineName, resourceName)", () => {
    const { artifacts, problems } = build({
      targets: {
        terraform: { resourceName: 'sfn_{workflow}' },
        sam: { formats: ['json'], stateMachineName: '{workflow}-{env}' },
        serverless: { stateMachineName: 'flows-{workflow}', partition: 'aws-cn' },
      },
    });
    expect(problems).toStrictEqual([]);
    expect(file(artifacts, 'terraform/nightly.tf')).toContain(
      `${CHILD} = aws_sfn_state_machine.sfn_nightly_risk.arn`,
    );
    expect(file(artifacts, 'sam/nightly.sam.json')).toContain(':stateMachine:nightly-risk-dev"');
    expect(file(artifacts, 'serverless/step-functions.yml')).toContain(
      'arn:aws-cn:states:${aws:region}:${aws:accountId}:stateMachine:flows-nightly-risk',
    );
  });

  it("an environment's value wins; keep leaves a variable; inline needs a value; a child not built needs one", () => {
    const value = 'arn:aws:states:us-east-1:123456789012:stateMachine:elsewhere';
    const given = build({
      environment: {
        name: 'dev',
        values: { [CHILD]: value, NightlyScenariosStateMachineArn: value },
      },
    });
    expect(given.problems).toStrictEqual([]);
    expect(file(given.artifacts, 'asl/nightly.asl.json')).toContain(`"${value}"`);
    expect(file(given.artifacts, 'terraform/nightly.tf')).toContain(
      `${CHILD} = var.nightly_risk_state_machine_arn`,
    );

    const keep = build({
      targets: { terraform: { placeholders: 'keep' }, asl: { placeholders: 'keep' } },
    });
    expect(keep.problems).toStrictEqual([]);
    expect(file(keep.artifacts, 'terraform/variables.tf')).toContain(
      'variable "nightly_risk_state_machine_arn"',
    );

    const inline = build({ targets: { sam: { placeholders: 'inline' } } });
    expect(inline.problems.map((p) => [p.code, p.workflow])).toStrictEqual([
      ['MissingPlaceholderValue', 'nightly'],
      ['MissingPlaceholderValue', 'nightly-risk'],
    ]);

    const parentOnly = build({}, workflows.slice(0, 1));
    expect(parentOnly.problems.map((p) => p.code)).toStrictEqual(['MissingPlaceholderValue']);
  });
});
