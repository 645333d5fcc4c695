import type { TerraformTargetOptions } from '../config/project-config.ts';
import { optionValue, type DeploySettings, type OptionRef } from '../deploy-settings.ts';
import { hclString } from '../escape.ts';
import type { WorkflowContext } from '../iac-target.ts';
import { checkName, expandName, snakeCase } from '../names.ts';

/** Terraform identifiers: a letter or underscore, then letters, digits, underscores, dashes. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * `"${path.module}/<file>"`: a file next to the `.tf`.
 *
 * @example
 * ```ts
 * moduleFile('orders.asl.json'); // '"${path.module}/orders.asl.json"'
 * ```
 */
export function moduleFile(file: string): string {
  return `"\${path.module}/${hclString(file).slice(1, -1)}"`;
}

/** The names one workflow's Terraform uses. */
export interface TerraformNaming {
  /** The resource name (`aws_sfn_state_machine.<resource>`, also the prefix of the rest). */
  readonly resource: string;
  /** The module variable of a placeholder: its name in snake_case, shared by every workflow. */
  readonly variable: (placeholder: string) => string;
  /** The `locals` map of the template variables. */
  readonly locals: string;
}

/**
 * The module variable of a placeholder: its name in snake_case. Every workflow of a module that
 * uses the placeholder shares it.
 *
 * @example
 * ```ts
 * terraformVariableName('EfsFileSystemId'); // 'efs_file_system_id'
 * ```
 */
export function terraformVariableName(placeholder: string): string {
  return snakeCase(placeholder);
}

/**
 * The name of a placeholder inside a `templatefile()` template: the placeholder's own name, or
 * for a CDK-style dotted name (`inventoryBucket.bucketName`, which a template would read as an
 * attribute of `inventoryBucket`) its module variable name ({@link terraformVariableName}).
 * Module variable names are unique in a module, so the mapped keys never collide.
 *
 * @example
 * ```ts
 * terraformTemplateKey('ProcessFunctionArn'); // 'ProcessFunctionArn'
 * terraformTemplateKey('inventoryBucket.bucketName'); // 'inventory_bucket_bucket_name'
 * ```
 */
export function terraformTemplateKey(placeholder: string): string {
  return placeholder.includes('.') ? terraformVariableName(placeholder) : placeholder;
}

/**
 * A placeholder as a `templatefile()` template writes it: `${key}` ({@link terraformTemplateKey}).
 *
 * @example
 * ```ts
 * terraformTemplateRef('inventoryBucket.bucketName'); // '${inventory_bucket_bucket_name}'
 * ```
 */
export function terraformTemplateRef(placeholder: string): string {
  return '${' + terraformTemplateKey(placeholder) + '}';
}

/**
 * Names a workflow's Terraform: the resource (the `resourceName` pattern, default `{workflow}` in
 * snake_case; it prefixes the workflow's other names) and the locals map; placeholders are the
 * module's shared variables ({@link terraformVariableName}).
 *
 * @example
 * ```ts
 * terraformNaming(ctx, {}).variable('ProcessFunctionArn'); // 'process_function_arn'
 * ```
 */
export function terraformNaming(
  ctx: WorkflowContext,
  options: TerraformTargetOptions,
): TerraformNaming {
  const resource = checkName(
    expandName(
      options.resourceName ?? '{workflow}',
      { workflow: ctx.name, env: ctx.environment?.name },
      snakeCase,
      'resourceName',
    ),
    IDENTIFIER,
    'resourceName',
    ctx.name,
  );
  return { resource, variable: terraformVariableName, locals: `${resource}_template_vars` };
}

/**
 * The expression of an option (role, log group): its variable when it names a placeholder
 * (except in `inline` mode), else its value as a string literal.
 *
 * @example
 * ```ts
 * optionExpr(ctx, { kind: 'placeholder', name: 'RoleArn' }, settings, naming); // 'var.role_arn'
 * ```
 */
export function optionExpr(
  ctx: WorkflowContext,
  ref: OptionRef,
  s: DeploySettings,
  n: TerraformNaming,
): string {
  if (ref.kind === 'placeholder' && s.mode !== 'inline') return `var.${n.variable(ref.name)}`;
  return hclString(optionValue(ctx, ref));
}
