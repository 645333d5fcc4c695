import { AslcError } from '../../util/errors.ts';
import type { TerraformTargetOptions } from '../config/project-config.ts';
import { optionValue, type DeploySettings, type OptionRef } from '../deploy-settings.ts';
import { hclString } from '../escape.ts';
import type { WorkflowContext } from '../iac-target.ts';
import { checkName, expandName, snakeCase } from '../names.ts';
import { safeValuePattern } from '../placeholder-values.ts';
import { attribute, blank, block, type HclItem } from './hcl.ts';

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
  /** The variable of a placeholder: `<resource>_<snake_case placeholder>`. */
  readonly variable: (placeholder: string) => string;
  /** The `locals` map of the template variables. */
  readonly locals: string;
}

/**
 * Names a workflow's Terraform: the resource (the `resourceName` pattern, default `{workflow}` in
 * snake_case), the variables of its placeholders (prefixed by the resource, so several workflows
 * share a module without clashes) and the locals map. Two placeholders whose variables would
 * clash are an error.
 *
 * @example
 * ```ts
 * terraformNaming(ctx, {}, ['ProcessFunctionArn']).variable('ProcessFunctionArn');
 * // 'orders_process_function_arn'
 * ```
 */
export function terraformNaming(
  ctx: WorkflowContext,
  options: TerraformTargetOptions,
  placeholders: readonly string[],
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
  const variable = (p: string) => `${resource}_${snakeCase(p)}`;
  const seen = new Map<string, string>();
  for (const p of placeholders) {
    const other = seen.get(variable(p));
    if (other !== undefined) {
      throw new AslcError(
        'TerraformNameCollision',
        `placeholders '${other}' and '${p}' of workflow '${ctx.name}' both become variable '${variable(p)}'`,
        { hint: 'rename one of the placeholders' },
      );
    }
    seen.set(variable(p), p);
  }
  return { resource, variable, locals: `${resource}_template_vars` };
}

/**
 * The expression of an option (role, log group): its variable when it names a placeholder
 * (except in `inline` mode), else its value as a string literal.
 *
 * @example
 * ```ts
 * optionExpr(ctx, { kind: 'placeholder', name: 'RoleArn' }, settings, naming); // 'var.orders_role_arn'
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

/**
 * The `variable` block of a placeholder: a string, with the environment's value as default in
 * `substitutions` mode; when `templatefile()` inserts it into the definition, a `validation`
 * keeps it JSON-safe (and intrinsic-safe for intrinsic arguments), since Terraform does not
 * escape it.
 *
 * @example
 * ```ts
 * variableBlock(ctx, 'ProcessFunctionArn', settings, naming, true);
 * ```
 */
export function variableBlock(
  ctx: WorkflowContext,
  placeholder: string,
  s: DeploySettings,
  n: TerraformNaming,
  inDefinition: boolean,
): HclItem {
  const name = n.variable(placeholder);
  const body: HclItem[] = [
    attribute(
      'description',
      hclString(`Value of the deploy-time placeholder ${placeholder} of workflow ${ctx.name}.`),
    ),
    attribute('type', 'string'),
  ];
  if (s.mode === 'substitutions') {
    body.push(
      attribute('default', hclString(optionValue(ctx, { kind: 'placeholder', name: placeholder }))),
    );
  }
  if (inDefinition) {
    const intrinsic = ctx.intrinsicPlaceholders.has(placeholder);
    const pattern = safeValuePattern({ intrinsic, repeated: false });
    const forbidden = intrinsic
      ? "a double quote, a backslash, a control character, ' { or }"
      : 'a double quote, a backslash or a control character';
    body.push(
      blank,
      block(
        'validation',
        [],
        [
          attribute('condition', `can(regex(${hclString(pattern)}, var.${name}))`),
          attribute(
            'error_message',
            hclString(
              `The value of ${placeholder} is inserted into the definition as it is, so it must not contain ${forbidden}.`,
            ),
          ),
        ],
      ),
    );
  }
  return block('variable', [name], body);
}
