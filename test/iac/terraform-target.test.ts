import { describe, expect, it } from 'vitest';
import {
  createWorkflowContext,
  terraformArtifacts,
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
    expect(tf).toContain('  default     = "arn:aws:lambda:us-east-1:123456789012:function:charge"');
    expect(tf).toContain('    ChargeFnArn = var.orders_charge_fn_arn');
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

  it('validates intrinsic-argument values more strictly', () => {
    const tf = build({}).files['terraform/orders.tf']?.content ?? '';
    expect(tf).toContain(`can(regex("^[^\\"\\\\\\\\\\\\x00-\\\\x1f'{}]*$", var.orders_stage))`);
  });

  it('keep mode: variables without defaults; inline mode: file() with the values written in', () => {
    const keep = build({ placeholders: 'keep' }).files['terraform/orders.tf']?.content ?? '';
    expect(keep).not.toContain('default');
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
    expect(tf).toContain('  role_arn   = var.flow_orders_role_arn');
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
      'role_arn   = "arn:aws:iam::123456789012:role/r"',
    );
  });
});
