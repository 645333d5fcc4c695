import { toCanonicalJson } from '../../util/json.ts';
import type { TerraformTargetOptions } from '../config/project-config.ts';
import {
  checkLogGroupArn,
  optionValue,
  resolveDeploySettings,
  rolePolicy,
  rolePolicySettings,
} from '../deploy-settings.ts';
import { escapeTerraformTemplate, hclString } from '../escape.ts';
import {
  definitionCheck,
  type Artifact,
  type BuildProblem,
  type WorkflowContext,
} from '../iac-target.ts';
import { dollarBrace, jsonValues } from '../placeholder-values.ts';
import { attribute, blank, block, listExpr, objectExpr, writeHcl, type HclItem } from './hcl.ts';
import { moduleFile, optionExpr, terraformNaming, variableBlock } from './terraform-names.ts';

/**
 * The `terraform` target: `<dir>/<workflow>.tf` with an `aws_sfn_state_machine`, and
 * `<dir>/<workflow>.asl.json`, its definition. With placeholders (modes `substitutions`, the
 * default, and `keep`) the definition is a `templatefile()` template: literal `${` and `%{` are
 * escaped (`$${`, `%%{`) and each placeholder is `${Name}`; each placeholder is a `variable`
 * (default: the environment's value in `substitutions` mode, none in `keep` mode, with a
 * `validation` that keeps the value JSON-safe), collected in a `locals` map passed to
 * `templatefile()`. Without placeholders, or in `inline` mode, the definition is loaded with
 * `file()` and holds the values. Without a `roleArn`, a role with the derived policy
 * (`<workflow>.policy.json`) is created. The `.tf` is laid out as `terraform fmt` does.
 *
 * @example
 * ```ts
 * const files = terraformArtifacts(ctx, { stateMachineName: '{workflow}-{env}' }, problems);
 * files.map((f) => f.path); // ['terraform/orders.asl.json', 'terraform/orders.policy.json', 'terraform/orders.tf']
 * ```
 */
export function terraformArtifacts(
  ctx: WorkflowContext,
  options: TerraformTargetOptions,
  problems: BuildProblem[],
): Artifact[] {
  const s = resolveDeploySettings(ctx, options);
  const { sentinels, text } = ctx.rendered;
  const values = ctx.environment?.values ?? {};
  const definitionPlaceholders = s.mode === 'inline' ? [] : sentinels.names;
  const optionPlaceholders = s.mode === 'inline' ? [] : s.optionPlaceholders;
  const variables = [...new Set([...definitionPlaceholders, ...optionPlaceholders])].sort();
  const n = terraformNaming(ctx, options, variables);
  const dir = options.dir ?? 'terraform';
  const templated = definitionPlaceholders.length > 0;
  const files: Artifact[] = [];
  const file = (path: string, content: string, extra: Partial<Artifact> = {}) =>
    files.push({
      workflow: ctx.name,
      target: 'terraform',
      path: `${dir}/${path}`,
      content,
      states: ctx.states,
      ...extra,
    });

  const definitionFile = `${ctx.name}.asl.json`;
  const concrete = sentinels.replace(text, templated ? dollarBrace : jsonValues(values));
  file(
    definitionFile,
    templated ? sentinels.replace(escapeTerraformTemplate(text), dollarBrace) : concrete,
    { definition: definitionCheck(concrete, s.type, templated) },
  );

  const load = (f: string, useVars: boolean) =>
    useVars ? `templatefile(${moduleFile(f)}, local.${n.locals})` : `file(${moduleFile(f)})`;
  const blocks: HclItem[] = [...variables]
    .sort((a, b) => (n.variable(a) < n.variable(b) ? -1 : n.variable(a) > n.variable(b) ? 1 : 0))
    .map((p) => variableBlock(ctx, p, s, n, definitionPlaceholders.includes(p)));
  if (templated) {
    blocks.push(
      block(
        'locals',
        [],
        [
          attribute(
            n.locals,
            objectExpr(definitionPlaceholders.map((p) => [p, `var.${n.variable(p)}`])),
          ),
        ],
      ),
    );
  }

  let roleExpr: string;
  if (s.role === undefined) {
    const policy = rolePolicy(
      ctx,
      rolePolicySettings(s),
      s.mode === 'inline' ? 'values' : 'tokens',
      'terraform',
      problems,
    );
    const json = toCanonicalJson(policy);
    const policyTemplated = s.mode !== 'inline' && sentinels.test(json);
    const policyFile = `${ctx.name}.policy.json`;
    file(
      policyFile,
      policyTemplated ? sentinels.replace(escapeTerraformTemplate(json), dollarBrace) : json,
    );
    blocks.push(
      block(
        'data',
        ['aws_iam_policy_document', `${n.resource}_assume_role`],
        [
          block(
            'statement',
            [],
            [
              attribute('actions', listExpr(['"sts:AssumeRole"'])),
              blank,
              block(
                'principals',
                [],
                [
                  attribute('type', '"Service"'),
                  attribute('identifiers', listExpr(['"states.amazonaws.com"'])),
                ],
              ),
            ],
          ),
        ],
      ),
      block(
        'resource',
        ['aws_iam_role', n.resource],
        [
          attribute(
            'assume_role_policy',
            `data.aws_iam_policy_document.${n.resource}_assume_role.json`,
          ),
        ],
      ),
      block(
        'resource',
        ['aws_iam_role_policy', n.resource],
        [
          attribute('name', '"aslc-derived-policy"'),
          attribute('role', `aws_iam_role.${n.resource}.id`),
          attribute('policy', load(policyFile, policyTemplated)),
        ],
      ),
    );
    roleExpr = `aws_iam_role.${n.resource}.arn`;
  } else {
    roleExpr = optionExpr(ctx, s.role, s, n);
  }

  const machine: HclItem[] = [
    attribute('name', hclString(s.stateMachineName)),
    attribute('role_arn', roleExpr),
    attribute('type', hclString(s.type)),
    attribute('definition', load(definitionFile, templated)),
  ];
  if (s.logging !== undefined) {
    if (s.logging.logGroup.kind === 'literal' || s.mode !== 'keep') {
      checkLogGroupArn(optionValue(ctx, s.logging.logGroup), ctx.name);
    }
    machine.push(
      blank,
      block(
        'logging_configuration',
        [],
        [
          attribute('log_destination', optionExpr(ctx, s.logging.logGroup, s, n)),
          attribute('include_execution_data', String(s.logging.includeExecutionData)),
          attribute('level', hclString(s.logging.level)),
        ],
      ),
    );
  }
  if (s.tracing)
    machine.push(blank, block('tracing_configuration', [], [attribute('enabled', 'true')]));
  if (s.role === undefined)
    machine.push(blank, attribute('depends_on', listExpr([`aws_iam_role_policy.${n.resource}`])));
  blocks.push(
    block('resource', ['aws_sfn_state_machine', n.resource], machine),
    block(
      'output',
      [`${n.resource}_arn`],
      [attribute('value', `aws_sfn_state_machine.${n.resource}.arn`)],
    ),
  );

  const env = ctx.environment === undefined ? '' : ` for environment "${ctx.environment.name}"`;
  const comments = [
    `Generated by aslc from workflow "${ctx.name}"${env}. Do not edit: run aslc build.`,
    templated
      ? `${definitionFile} is a templatefile() template: a literal "\${" is written "$\${", "%{" is written "%%{".`
      : `${definitionFile} is loaded with file(), byte for byte.`,
  ];
  file(`${ctx.name}.tf`, writeHcl(comments, blocks));
  return files;
}
