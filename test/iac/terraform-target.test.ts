import { describe, expect, it } from 'vitest';
import {
  createWorkflowContext,
  terraformArtifacts,
  terraformModuleArtifacts,
  type BuildProblem,
  type TerraformTargetOptions,
} from '../../src/iac/index.ts';
import { chain, pass, stateMachine } from '../../src/index.ts';
import { hostileMachine, hostileValues } from './support/machines.ts';

function build(
  options: TerraformTargetOptions,
  machine = hostileMachine().node,
  values: Record<string, string> = hostileValues,
) {
  const ctx = createWorkflowContext('orders', machine, { name: 'dev', values });
  const problems: BuildProblem[] = [];
  const files = terraformArtifacts(ctx, options, problems);
  return { files: Object.fromEntries(files.map((f) => [f.path, f])), problems };
}

describe('terraform target', () => {
  it('writes the template, the derived policy and the .tf', () => {
    const { files } = build({});
    expect(Object.keys(files)).toEqual([
      'terraform/orders.asl.json',
      'terraform/orders.policy.json',
      'terraform/orders.tf',
    ]);
    const tf = files['terraform/orders.tf']?.content ?? '';
    expect(tf).toContain(
      'definition = templatefile("${path.module}/orders.asl.json", local.orders_template_vars)',
    );
    expect(tf).toContain(
      'policy = templatefile("${path.module}/orders.policy.json", local.orders_template_vars)',
    );
    expect(tf).not.toContain('variable "');
    expect(tf).not.toContain('arn:aws:lambda:us-east-1:123456789012:function:charge');
    expect(tf).toContain('    ChargeFnArn = var.charge_fn_arn');
    expect(tf).toContain('resource "aws_iam_role_policy" "orders"');
    expect(tf).toContain('  depends_on = [aws_iam_role_policy.orders]');
  });

  it('escapes every literal ${ and %{ of the template and writes placeholders as ${Name}', () => {
    const template = build({}).files['terraform/orders.asl.json']?.content ?? '';
    expect(template).toContain('"Comment": "cmd $${HOME} and %%{if} in a literal; $$${x} %%%{y};');
    expect(template).toContain('"FunctionName": "${ChargeFnArn}"');
    expect(template).toContain("States.Format('{}/{}', '${Stage}', $.id)");
    expect(template.match(/(?<![$%])[$%]\{/g)?.length).toBe(4);
  });

  it('keep mode: variables without values; inline mode: file() with the values written in', () => {
    const keep = module([{ name: 'orders', options: { placeholders: 'keep' } }]);
    expect(Object.keys(keep)).toEqual([
      'terraform/outputs.tf',
      'terraform/variables.tf',
      'terraform/versions.tf',
    ]);
    expect(keep['terraform/variables.tf']).not.toContain('  default     = "');
    const inline = build({ placeholders: 'inline' }).files;
    expect(inline['terraform/orders.tf']?.content).toContain(
      'definition = file("${path.module}/orders.asl.json")',
    );
    expect(inline['terraform/orders.tf']?.content).not.toContain('variable "');
    expect(inline['terraform/orders.asl.json']?.content).toContain(
      '"FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:charge"',
    );
    expect(inline['terraform/orders.asl.json']?.content).toContain('"Comment": "cmd ${HOME}');
  });

  it('uses a given role (literal or placeholder variable), logging and tracing', () => {
    const tf =
      build(
        {
          roleArn: '${RoleArn}',
          logging: {
            level: 'ALL',
            includeExecutionData: true,
            logGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:flows:*',
          },
          tracing: true,
          stateMachineName: '{workflow}-{env}',
          type: 'EXPRESS',
          resourceName: 'flow_{workflow}',
        },
        hostileMachine().node,
        { ...hostileValues, RoleArn: 'arn:aws:iam::123456789012:role/r' },
      ).files['terraform/orders.tf']?.content ?? '';
    expect(tf).toContain('resource "aws_sfn_state_machine" "flow_orders" {');
    expect(tf).toContain('  name       = "orders-dev"');
    expect(tf).toContain('  flow_orders_role_arn = var.role_arn');
    expect(tf).toContain('  role_arn   = local.flow_orders_role_arn');
    expect(tf).toContain('  type       = "EXPRESS"');
    expect(tf).toContain(
      '    log_destination        = "arn:aws:logs:us-east-1:123456789012:log-group:flows:*"',
    );
    expect(tf).toContain('tracing_configuration {');
    expect(tf).not.toContain('aws_iam_role');
  });

  it('refuses a log group ARN without :*', () => {
    expect(() =>
      build({ logging: { logGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:flows' } }),
    ).toThrow(/InvalidLogGroupArn|log group ARN/);
  });

  it('loads a definition without placeholders with file(), unescaped', () => {
    const machine = stateMachine({ comment: '${x}', definition: chain(pass('P')) }).node;
    const { files } = build({ roleArn: 'arn:aws:iam::123456789012:role/r' }, machine, {});
    expect(files['terraform/orders.asl.json']?.content).toContain('"Comment": "${x}"');
    expect(files['terraform/orders.tf']?.content).toContain(
      'file("${path.module}/orders.asl.json")',
    );
    expect(files['terraform/orders.tf']?.content).toContain(
      'orders_role_arn = "arn:aws:iam::123456789012:role/r"',
    );
  });

  it('creates a log group, tags every resource, sets the permissions boundary, publishes and aliases', () => {
    const { files } = build({
      logging: { level: 'ERROR', retentionInDays: 30 },
      tags: { team: 'data', 'a "b" ${c} %{d}\n': 'x\ny' },
      permissionsBoundary: 'arn:aws:iam::123456789012:policy/boundary',
      alias: 'live',
    });
    const tf = files['terraform/orders.tf']?.content ?? '';
    expect(tf).toContain('resource "aws_cloudwatch_log_group" "orders" {');
    expect(tf).toContain('  name              = "/aws/vendedlogs/states/orders"');
    expect(tf).toContain('  retention_in_days = 30');
    expect(tf).toContain('    log_destination        = "${aws_cloudwatch_log_group.orders.arn}:*"');
    expect(tf).toContain(
      'orders_tags     = merge(var.tags, { "a \\"b\\" $${c} %%{d}\\n" = "x\\ny", "team" = "data" })',
    );
    expect(tf.match(/tags += local\.orders_tags/g)?.length).toBe(3);
    expect(tf).toContain('  permissions_boundary = "arn:aws:iam::123456789012:policy/boundary"');
    expect(tf).toContain('  publish    = true');
    expect(tf).toContain('resource "aws_sfn_alias" "orders" {');
    for (const o of ['arn', 'role_arn', 'version_arn', 'alias_arn', 'log_group_arn']) {
      expect(tf).toContain(`output "orders_${o}" {`);
    }
  });

  it('refuses retention with an existing log group, and a boundary with an existing role', () => {
    expect(() =>
      build({
        logging: {
          logGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:f:*',
          retentionInDays: 7,
        },
      }),
    ).toThrow(/retentionInDays/);
    expect(() =>
      build({
        roleArn: 'arn:aws:iam::123456789012:role/r',
        permissionsBoundary: 'arn:aws:iam::123456789012:policy/b',
      }),
    ).toThrow(/permissionsBoundary/);
  });
});

/** The shared files of a module of workflows (hostile machine, hostile values), by path. */
function module(
  workflows: { name: string; options: TerraformTargetOptions }[],
  values: Record<string, string> = hostileValues,
): Record<string, string> {
  const items = workflows.map((w) => ({
    ctx: createWorkflowContext(w.name, hostileMachine().node, { name: 'dev', values }),
    options: w.options,
  }));
  const files = terraformModuleArtifacts(items, { name: 'dev', values });
  return Object.fromEntries(
    files.map((f) => [f.path, f.content] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1)),
  );
}

describe('terraform module', () => {
  it('declares one variable per placeholder, shared by the workflows, with values in <env>.auto.tfvars', () => {
    const files = module([
      { name: 'orders', options: {} },
      { name: 'refunds', options: {} },
    ]);
    expect(Object.keys(files)).toEqual([
      'terraform/dev.auto.tfvars',
      'terraform/outputs.tf',
      'terraform/variables.tf',
      'terraform/versions.tf',
    ]);
    const variables = files['terraform/variables.tf'] ?? '';
    expect(variables.match(/variable "charge_fn_arn"/g)?.length).toBe(1);
    expect(variables).toContain('(workflows orders, refunds)');
    expect(variables).not.toContain('default     = "arn:');
    expect(variables).toContain('variable "tags" {');
    // An intrinsic argument gets the stricter check.
    expect(variables).toContain(`can(regex("^[^\\"\\\\\\\\\\\\x00-\\\\x1f'{}]*$", var.stage))`);
    expect(files['terraform/dev.auto.tfvars']).toContain(
      'charge_fn_arn = "arn:aws:lambda:us-east-1:123456789012:function:charge"',
    );
    expect(files['terraform/versions.tf']).toContain('      source  = "hashicorp/aws"');
    expect(files['terraform/versions.tf']).toContain('      version = ">= 5.67"');
    expect(files['terraform/outputs.tf']).toContain('"orders"  = aws_sfn_state_machine.orders.arn');
    expect(files['terraform/outputs.tf']).toContain('"refunds" = local.refunds_role_arn');
  });

  it('writes the values as defaults when asked, and no tfvars then', () => {
    const files = module([{ name: 'orders', options: { environmentValues: 'defaults' } }]);
    expect(files['terraform/variables.tf']).toContain(
      '  default     = "arn:aws:lambda:us-east-1:123456789012:function:charge"',
    );
    expect(files['terraform/dev.auto.tfvars']).toBeUndefined();
  });

  it('refuses placeholders whose variables clash, and two workflows with one resource name', () => {
    expect(() =>
      module([{ name: 'orders', options: { roleArn: '${Tags}' } }], {
        ...hostileValues,
        Tags: 'arn:aws:iam::123456789012:role/r',
      }),
    ).toThrow(/module itself declares/);
    expect(() =>
      module([
        { name: 'orders', options: { resourceName: 'flow' } },
        { name: 'refunds', options: { resourceName: 'flow' } },
      ]),
    ).toThrow(/both become Terraform resource 'flow'/);
  });
});
