// aslc/cdk (issue 16.3): a stack with the construct, synthesised with the real aws-cdk-lib from
// bench/node_modules (kept out of the main install); skipped, with the reason, without it. The
// construct's sources are also type-checked against aws-cdk-lib's own declarations.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chain,
  lambdaInvoke,
  pass,
  placeholder,
  stateMachine,
  States,
  path,
  task,
} from '../../src/index.ts';
import { repoRoot } from '../support/cli.ts';

const installed = existsSync(join(repoRoot, 'bench/node_modules/aws-cdk-lib/package.json'));
const reason = installed
  ? ''
  : ' (skipped: bench/node_modules/aws-cdk-lib is missing; npm ci --prefix bench installs it)';

const orders = stateMachine({
  comment: 'quote " backslash \\ newline \n unicode ✓',
  definition: chain(
    task('Charge', {
      resource: lambdaInvoke(),
      parameters: {
        FunctionName: placeholder('ChargeFunctionArn'),
        'Key.$': States.Format('{}/{}', placeholder('Stage'), path('$.id')),
      },
    }),
    task('Record', {
      resource: 'arn:aws:states:::dynamodb:putItem',
      parameters: { TableName: placeholder('OrdersTableArn'), Item: { id: { 'S.$': '$.id' } } },
    }),
  ),
});

interface Template {
  Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
}

describe.skipIf(!installed)(`aslc/cdk AslcStateMachine${reason}`, () => {
  it('synthesises: definition string, substitutions from tokens, the derived policy, grants', async () => {
    const cdk = await import('aws-cdk-lib');
    const iam = await import('aws-cdk-lib/aws-iam');
    const { AslcStateMachine } = await import('aslc/cdk');
    const app = new cdk.App({ outdir: mkdtempSync(join(tmpdir(), 'aslc-cdk-')) });
    const stack = new cdk.Stack(app, 'Orders', {
      env: { account: '123456789012', region: 'eu-west-1' },
    });
    const charge = cdk.Fn.getAtt('ChargeFunction', 'Arn').toString();
    const flow = new AslcStateMachine(stack, 'Flow', {
      workflow: orders,
      placeholders: {
        ChargeFunctionArn: charge,
        OrdersTableArn: cdk.Fn.importValue('orders-table-arn'),
        Stage: 'dev',
      },
    });
    const api = new iam.Role(stack, 'Api', {
      assumedBy: new iam.ServicePrincipal('apigateway.amazonaws.com'),
    });
    flow.grantStartExecution(api);
    const template = app.synth().getStackByName('Orders').template as Template;
    const resources = Object.values(template.Resources);
    const machine = resources.find((r) => r.Type === 'AWS::StepFunctions::StateMachine');
    // The definition goes in unchanged, placeholders as ${Name}.
    expect(JSON.parse(machine?.Properties['DefinitionString'] as string)).toEqual(
      JSON.parse(orders.node ? (await import('../../src/index.ts')).compile(orders).json : ''),
    );
    expect(machine?.Properties['DefinitionSubstitutions']).toEqual({
      ChargeFunctionArn: { 'Fn::GetAtt': ['ChargeFunction', 'Arn'] },
      OrdersTableArn: { 'Fn::ImportValue': 'orders-table-arn' },
      Stage: 'dev',
    });
    const policies = resources.filter((r) => r.Type === 'AWS::IAM::Policy');
    const statements = policies.flatMap(
      (p) => (p.Properties['PolicyDocument'] as { Statement: Record<string, unknown>[] }).Statement,
    );
    expect(statements).toContainEqual(
      expect.objectContaining({
        Action: 'lambda:InvokeFunction',
        Resource: [
          { 'Fn::GetAtt': ['ChargeFunction', 'Arn'] },
          { 'Fn::Join': ['', [{ 'Fn::GetAtt': ['ChargeFunction', 'Arn'] }, ':*']] },
        ],
      }),
    );
    expect(statements).toContainEqual(
      expect.objectContaining({
        Action: 'dynamodb:PutItem',
        Resource: { 'Fn::ImportValue': 'orders-table-arn' },
      }),
    );
    // grantStartExecution, as on any StateMachine.
    expect(statements).toContainEqual(
      expect.objectContaining({
        Action: 'states:StartExecution',
        Resource: { Ref: expect.stringMatching(/^Flow/) },
      }),
    );
  });

  it('takes compiled ASL with a policy, and refuses missing or unsafe values and literal ${', async () => {
    const cdk = await import('aws-cdk-lib');
    const { AslcStateMachine } = await import('aslc/cdk');
    const stack = () => new cdk.Stack(new cdk.App(), 'S');
    const asl = '{"StartAt":"P","States":{"P":{"Type":"Pass","Result":"${Arn}","End":true}}}';
    const s = stack();
    new AslcStateMachine(s, 'Flow', {
      workflow: asl,
      placeholders: { Arn: 'arn:aws:sns:eu-west-1:123456789012:t' },
      policy: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: ['sns:Publish'], Resource: ['${Arn}'] }],
      },
    });
    expect(() => new AslcStateMachine(stack(), 'F', { workflow: asl })).toThrow(
      /placeholder 'Arn' of F has no value/,
    );
    expect(
      () =>
        new AslcStateMachine(stack(), 'F', { workflow: asl, placeholders: { Arn: 'say "hi"' } }),
    ).toThrow(/double quote/);
    const literal = stateMachine({
      comment: '${HOME}',
      definition: chain(pass('P', { parameters: { a: placeholder('A') } })),
    });
    expect(
      () => new AslcStateMachine(stack(), 'F', { workflow: literal, placeholders: { A: 'a' } }),
    ).toThrow(/literal "\$\{"/);
  });

  it('writes the value of a dotted placeholder into a policy given with compiled ASL', async () => {
    const cdk = await import('aws-cdk-lib');
    const { AslcStateMachine } = await import('aslc/cdk');
    const app = new cdk.App();
    const s = new cdk.Stack(app, 'Dotted');
    const arn = 'arn:aws:sns:eu-west-1:123456789012:t';
    new AslcStateMachine(s, 'Flow', {
      workflow: '{"StartAt":"P","States":{"P":{"Type":"Pass","Result":"${topic.arn}","End":true}}}',
      placeholders: { 'topic.arn': arn },
      policy: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: ['sns:Publish'], Resource: ['${topic.arn}'] }],
      },
    });
    const template = app.synth().getStackByName('Dotted').template as Template;
    const policy = Object.values(template.Resources).find((r) => r.Type === 'AWS::IAM::Policy');
    const statements = (
      policy?.Properties['PolicyDocument'] as { Statement: { Resource: unknown }[] }
    ).Statement;
    expect(statements.map((st) => st.Resource)).toContain(arn);
  });

  it("AslcStateMachines: a plan split into child machines, each parent given its children's ARNs", async () => {
    const cdk = await import('aws-cdk-lib');
    const { AslcStateMachines } = await import('aslc/cdk');
    const { splitPlanMachines } = await import('./support/split-plan.ts');
    const machines = splitPlanMachines();
    const app = new cdk.App({ outdir: mkdtempSync(join(tmpdir(), 'aslc-cdk-')) });
    const stack = new cdk.Stack(app, 'Plan');
    const group = new AslcStateMachines(stack, 'Nightly', {
      machines,
      stateMachineName: (name) => `${name}-dev`,
    });
    expect([...group.stateMachines.keys()].sort()).toStrictEqual([
      'nightly',
      'nightly-risk',
      'nightly-scenarios',
    ]);
    expect(group.root).toBe(group.stateMachines.get('nightly'));
    const template = app.synth().getStackByName('Plan').template as Template;
    const byName = (name: string) =>
      Object.entries(template.Resources).find(
        ([, r]) =>
          r.Type === 'AWS::StepFunctions::StateMachine' &&
          r.Properties['StateMachineName'] === `${name}-dev`,
      ) as [string, Template['Resources'][string]];
    const [childId] = byName('nightly-risk');
    const [, parent] = byName('nightly');
    expect(parent.Properties['DefinitionSubstitutions']).toEqual({
      NightlyRiskStateMachineArn: { Ref: childId },
    });
    const statements = Object.values(template.Resources)
      .filter((r) => r.Type === 'AWS::IAM::Policy')
      .flatMap(
        (p) =>
          (p.Properties['PolicyDocument'] as { Statement: Record<string, unknown>[] }).Statement,
      );
    expect(statements).toContainEqual(
      expect.objectContaining({ Action: 'states:StartExecution', Resource: { Ref: childId } }),
    );
    expect(
      () =>
        new AslcStateMachines(new cdk.Stack(new cdk.App(), 'S'), 'N', {
          machines: machines.slice(0, 1),
        }),
    ).toThrow(/machine 'nightly' starts 'nightly-risk', which is not in the group/);
  });

  it('the wiring example of src/iac/cdk/README.md (fixtures/projects/wiring/cdk) synthesises', async () => {
    const cdk = await import('aws-cdk-lib');
    // Imported by path: the app is type-checked against aws-cdk-lib by tsconfig.cdk.json (below),
    // not by the main type check, which has only the construct's declarations of aws-cdk-lib.
    const example = join(repoRoot, 'fixtures/projects/wiring/cdk');
    // The app's entry point runs as `cdk synth` runs it (it creates the app and the stack).
    await import(join(example, 'bin/app.ts'));
    const { ShopStack } = (await import(join(example, 'lib/shop-stack.ts'))) as {
      ShopStack: new (scope: InstanceType<typeof cdk.App>, id: string) => unknown;
    };
    const app = new cdk.App({ outdir: mkdtempSync(join(tmpdir(), 'aslc-cdk-')) });
    new ShopStack(app, 'Shop');
    const template = app.synth().getStackByName('Shop').template as Template;
    const ids = (type: string) =>
      Object.entries(template.Resources)
        .filter(([, r]) => r.Type === type)
        .map(([id]) => id);
    const [charge, start] = ['Charge', 'StartOrder'].map((name) =>
      ids('AWS::Lambda::Function').find((id) => id.startsWith(name)),
    );
    const [table] = ids('AWS::DynamoDB::Table');
    const [machineId] = ids('AWS::StepFunctions::StateMachine');
    expect([charge, start, table, machineId]).not.toContain(undefined);
    const machine = template.Resources[machineId as string];
    expect(machine?.Properties['DefinitionSubstitutions']).toEqual({
      ChargeFunctionArn: { 'Fn::GetAtt': [charge, 'Arn'] },
      OrdersTableArn: { 'Fn::GetAtt': [table, 'Arn'] },
    });
    expect(machine?.Properties['LoggingConfiguration']).toMatchObject({ Level: 'ERROR' });
    const policies = Object.values(template.Resources).filter((r) => r.Type === 'AWS::IAM::Policy');
    const statements = (policy: (typeof policies)[number]) =>
      (policy.Properties['PolicyDocument'] as { Statement: Record<string, unknown>[] }).Statement;
    const all = policies.flatMap(statements);
    // The derived policy: the function (and its versions) and the table.
    expect(all).toContainEqual(
      expect.objectContaining({
        Action: 'lambda:InvokeFunction',
        Resource: [
          { 'Fn::GetAtt': [charge, 'Arn'] },
          { 'Fn::Join': ['', [{ 'Fn::GetAtt': [charge, 'Arn'] }, ':*']] },
        ],
      }),
    );
    expect(all).toContainEqual(
      expect.objectContaining({
        Action: 'dynamodb:PutItem',
        Resource: { 'Fn::GetAtt': [table, 'Arn'] },
      }),
    );
    // The grant: StartOrder's role may start the state machine.
    const startRole = (
      template.Resources[start as string]?.Properties['Role'] as {
        'Fn::GetAtt': [string, string];
      }
    )['Fn::GetAtt'][0];
    const grant = policies.find((p) =>
      (p.Properties['Roles'] as unknown[]).some(
        (r) => JSON.stringify(r) === JSON.stringify({ Ref: startRole }),
      ),
    );
    expect(grant && statements(grant)).toContainEqual(
      expect.objectContaining({ Action: 'states:StartExecution', Resource: { Ref: machineId } }),
    );
  });

  it(
    'the construct type-checks against aws-cdk-lib itself (tsconfig.cdk.json)',
    { timeout: 120_000 },
    () => {
      const r = spawnSync(
        process.execPath,
        [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.cdk.json'],
        { cwd: repoRoot, encoding: 'utf8' },
      );
      expect(r.stdout + r.stderr).toBe('');
      expect(r.status).toBe(0);
    },
  );
});

describe('aslc/cdk packaging', () => {
  it('is an entry of its own; aws-cdk-lib and constructs are optional peers imported by it only', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    expect(pkg.exports['./cdk']).toEqual({
      'aslc-source': './src/iac/cdk/index.ts',
      types: './dist/iac/cdk/index.d.ts',
      default: './dist/iac/cdk/index.js',
    });
    for (const p of ['aws-cdk-lib', 'constructs']) {
      expect(pkg.peerDependencies[p]).toBeDefined();
      expect(pkg.peerDependenciesMeta[p]).toEqual({ optional: true });
      expect(pkg.dependencies[p]).toBeUndefined();
      expect(pkg.devDependencies[p]).toBeUndefined();
    }
  });
});
