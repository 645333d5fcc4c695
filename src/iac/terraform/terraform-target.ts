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
import {
  moduleFile,
  optionExpr,
  terraformNaming,
  terraformTemplateKey,
  terraformTemplateRef,
  type TerraformNaming,
} from './terraform-names.ts';

/** `{ "key" = "value", … }` on one line (HCL strings, escaped), or `{}`. */
function inlineObject(tags: Readonly<Record<string, string>>): string {
  const keys = Object.keys(tags).sort();
  if (keys.length === 0) return '{}';
  return `{ ${keys.map((k) => `${hclString(k)} = ${hclString(tags[k] as string)}`).join(', ')} }`;
}

/**
 * The value of a placeholder in a template's `locals` map: the module variable, or for the ARN
 * of a machine of the same module its resource's `arn`.
 */
function templateValue(ctx: WorkflowContext, placeholder: string, n: TerraformNaming): string {
  const bound = ctx.machineArns?.get(placeholder);
  return bound?.kind === 'expression' ? bound.text : `var.${n.variable(placeholder)}`;
}

/**
 * The `terraform` target, per workflow: `<dir>/<workflow>.tf` and `<dir>/<workflow>.asl.json`,
 * its definition (the module's shared files come from `terraformModuleArtifacts`). With
 * placeholders (modes `substitutions`, the default, and `keep`) the definition is a
 * `templatefile()` template: literal `${` and `%{` are escaped (`$${`, `%%{`) and each
 * placeholder is `${Name}` (a dotted name: `${its_variable_name}`), bound in a `locals` map to the
 * module's shared variables (the ARN of a machine of the same module: its resource's `arn`). Without
 * placeholders, or in `inline` mode, the definition is loaded with `file()` and holds the
 * values. The `.tf` holds the `aws_sfn_state_machine` (tags, `publish`), its role with the
 * derived policy (`<workflow>.policy.json`, and the permissions boundary) unless `roleArn` names
 * one, a log group when logging names none, an `aws_sfn_alias` when asked, and outputs (state
 * machine, role, version, alias and log group ARNs). It is laid out as `terraform fmt` does.
 *
 * @example
 * ```ts
 * declare const ctx: WorkflowContext, problems: BuildProblem[];
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
  const n = terraformNaming(ctx, options);
  const r = n.resource;
  const dir = options.dir ?? 'terraform';
  const templated = definitionPlaceholders.length > 0;
  const publish = options.publish === true || options.alias !== undefined;
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
    templated ? sentinels.replace(escapeTerraformTemplate(text), terraformTemplateRef) : concrete,
    { definition: definitionCheck(concrete, s.type, templated, ctx.extraFields) },
  );

  const load = (f: string, useVars: boolean) =>
    useVars ? `templatefile(${moduleFile(f)}, local.${n.locals})` : `file(${moduleFile(f)})`;
  const hasTags = Object.keys(s.tags).length > 0;
  const tags = hasTags ? `local.${r}_tags` : 'var.tags';
  const blocks: HclItem[] = [];
  const roleArnExpr =
    s.role === undefined ? `aws_iam_role.${r}.arn` : optionExpr(ctx, s.role, s, n);
  const locals: HclItem[] = [];
  if (templated) {
    locals.push(
      attribute(
        n.locals,
        objectExpr(
          definitionPlaceholders.map((p) => [terraformTemplateKey(p), templateValue(ctx, p, n)]),
        ),
      ),
    );
  }
  if (hasTags) locals.push(attribute(`${r}_tags`, `merge(var.tags, ${inlineObject(s.tags)})`));
  locals.push(attribute(`${r}_role_arn`, roleArnExpr));
  blocks.push(block('locals', [], locals));

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
      policyTemplated
        ? sentinels.replace(escapeTerraformTemplate(json), terraformTemplateRef)
        : json,
    );
    const role: HclItem[] = [
      attribute('assume_role_policy', `data.aws_iam_policy_document.${r}_assume_role.json`),
    ];
    if (s.permissionsBoundary !== undefined) {
      role.push(attribute('permissions_boundary', optionExpr(ctx, s.permissionsBoundary, s, n)));
    }
    role.push(attribute('tags', tags));
    blocks.push(
      block(
        'data',
        ['aws_iam_policy_document', `${r}_assume_role`],
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
      block('resource', ['aws_iam_role', r], role),
      block(
        'resource',
        ['aws_iam_role_policy', r],
        [
          attribute('name', '"aslc-derived-policy"'),
          attribute('role', `aws_iam_role.${r}.id`),
          attribute('policy', load(policyFile, policyTemplated)),
        ],
      ),
    );
  }

  let logDestination: string | undefined;
  if (s.logging !== undefined) {
    const group = s.logging.logGroup;
    if (group === undefined) {
      const logGroup: HclItem[] = [
        attribute('name', hclString(`/aws/vendedlogs/states/${s.stateMachineName}`)),
      ];
      if (s.logging.retentionInDays !== undefined) {
        logGroup.push(attribute('retention_in_days', String(s.logging.retentionInDays)));
      }
      logGroup.push(attribute('tags', tags));
      blocks.push(block('resource', ['aws_cloudwatch_log_group', r], logGroup));
      logDestination = `"\${aws_cloudwatch_log_group.${r}.arn}:*"`;
    } else {
      if (group.kind === 'literal' || s.mode !== 'keep') {
        checkLogGroupArn(optionValue(ctx, group), ctx.name);
      }
      logDestination = optionExpr(ctx, group, s, n);
    }
  }

  const machine: HclItem[] = [
    attribute('name', hclString(s.stateMachineName)),
    attribute('role_arn', `local.${r}_role_arn`),
    attribute('type', hclString(s.type)),
    attribute('definition', load(definitionFile, templated)),
  ];
  if (publish) machine.push(attribute('publish', 'true'));
  machine.push(attribute('tags', tags));
  if (s.logging !== undefined) {
    machine.push(
      blank,
      block(
        'logging_configuration',
        [],
        [
          attribute('log_destination', logDestination as string),
          attribute('include_execution_data', String(s.logging.includeExecutionData)),
          attribute('level', hclString(s.logging.level)),
        ],
      ),
    );
  }
  if (s.tracing)
    machine.push(blank, block('tracing_configuration', [], [attribute('enabled', 'true')]));
  if (s.role === undefined)
    machine.push(blank, attribute('depends_on', listExpr([`aws_iam_role_policy.${r}`])));
  blocks.push(block('resource', ['aws_sfn_state_machine', r], machine));
  if (options.alias !== undefined) {
    blocks.push(
      block(
        'resource',
        ['aws_sfn_alias', r],
        [
          attribute('name', hclString(options.alias)),
          blank,
          block(
            'routing_configuration',
            [],
            [
              attribute(
                'state_machine_version_arn',
                `aws_sfn_state_machine.${r}.state_machine_version_arn`,
              ),
              attribute('weight', '100'),
            ],
          ),
        ],
      ),
    );
  }

  const output = (name: string, description: string, value: string) =>
    block(
      'output',
      [`${r}_${name}`],
      [attribute('description', hclString(description)), attribute('value', value)],
    );
  blocks.push(
    output(
      'arn',
      `ARN of the state machine of workflow ${ctx.name}.`,
      `aws_sfn_state_machine.${r}.arn`,
    ),
    output('role_arn', `ARN of the execution role of workflow ${ctx.name}.`, `local.${r}_role_arn`),
  );
  if (publish) {
    blocks.push(
      output(
        'version_arn',
        `ARN of the published version of workflow ${ctx.name}.`,
        `aws_sfn_state_machine.${r}.state_machine_version_arn`,
      ),
    );
  }
  if (options.alias !== undefined) {
    blocks.push(
      output('alias_arn', `ARN of the alias of workflow ${ctx.name}.`, `aws_sfn_alias.${r}.arn`),
    );
  }
  if (s.logging !== undefined && s.logging.logGroup === undefined) {
    blocks.push(
      output(
        'log_group_arn',
        `ARN of the log group of workflow ${ctx.name}.`,
        `aws_cloudwatch_log_group.${r}.arn`,
      ),
    );
  }

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
