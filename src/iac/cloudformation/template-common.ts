import { parse as parseYaml } from 'yaml';
import { toCanonicalJson } from '../../util/json.ts';
import type { TemplateTargetOptions } from '../config/project-config.ts';
import {
  checkLogGroupArn,
  optionValue,
  resolveDeploySettings,
  rolePolicy,
  rolePolicySettings,
  type DeploySettings,
  type OptionRef,
} from '../deploy-settings.ts';
import { escapeFnSub, findLiteral } from '../escape.ts';
import {
  definitionCheck,
  type Artifact,
  type BuildProblem,
  type DefinitionCheck,
  type WorkflowContext,
} from '../iac-target.ts';
import type { PolicyDocument } from '../iam/policy-document.ts';
import { checkName, expandName, pascalCase } from '../names.ts';
import { dollarBrace, jsonValues, safeValuePattern } from '../placeholder-values.ts';
import { toYaml } from './yaml-text.ts';

/** The two template flavours. */
export type TemplateTarget = 'sam' | 'cloudformation';

/** CloudFormation logical IDs and parameter names: letters and digits. */
const LOGICAL_ID = /^[A-Za-z0-9]{1,255}$/;

/** What both template targets compute for one workflow before writing their resource. */
export interface PreparedTemplate {
  readonly settings: DeploySettings;
  readonly logicalId: string;
  /** `DefinitionUri`/`DefinitionS3Location` (a file name next to the template), or `Definition`. */
  readonly definition: { readonly uri: string } | { readonly inline: unknown };
  readonly substitutions: Readonly<Record<string, unknown>> | undefined;
  readonly parameters: Readonly<Record<string, unknown>> | undefined;
  /** The role ARN value, or the policy of the role to create. */
  readonly role: { readonly arn: unknown } | { readonly policy: unknown };
  readonly logging: Readonly<Record<string, unknown>> | undefined;
  /** Files besides the template (the definition file in `uri` mode). */
  readonly files: readonly Artifact[];
  readonly check: DefinitionCheck;
}

/** Parameter name of a placeholder (CloudFormation allows letters and digits only). */
function parameterName(placeholder: string): string {
  return placeholder.replace(/_/g, '');
}

/**
 * Prepares the parts of a SAM or CloudFormation template: names, the definition (a file or an
 * inline object), `DefinitionSubstitutions`, template parameters (mode `keep`), the role and the
 * logging configuration. Returns `undefined` after reporting errors when the definition holds a
 * literal `${` that `DefinitionSubstitutions` would substitute (it has no escape, iac.md §4.2).
 *
 * @example
 * ```ts
 * const parts = prepareTemplate(ctx, {}, 'sam', problems);
 * ```
 */
export function prepareTemplate(
  ctx: WorkflowContext,
  options: TemplateTargetOptions,
  target: TemplateTarget,
  problems: BuildProblem[],
): PreparedTemplate | undefined {
  const s = resolveDeploySettings(ctx, options);
  const { sentinels, text, asl } = ctx.rendered;
  const values = ctx.environment?.values ?? {};
  const logicalId = checkName(
    expandName(
      options.logicalId ?? '{workflow}StateMachine',
      { workflow: ctx.name, env: ctx.environment?.name },
      pascalCase,
      'logicalId',
    ),
    LOGICAL_ID,
    'logicalId',
    ctx.name,
  );
  const substituted = s.mode !== 'inline' && sentinels.names.length > 0;
  if (substituted) {
    const literals = findLiteral(asl, '${');
    for (const o of literals) {
      problems.push({
        severity: 'error',
        code: 'LiteralDollarBrace',
        message:
          'the definition holds a literal "${", which DefinitionSubstitutions would substitute (it has no escape)',
        workflow: ctx.name,
        target,
        pointer: o.pointer,
        ...(o.state === undefined ? {} : { state: o.state }),
        hint: `set "placeholders": "inline" on the ${target} target to write the environment's values into the definition instead, or remove the "\${"`,
      });
    }
    if (literals.length > 0) return undefined;
  }
  const inline = options.definition === 'inline';
  if (target === 'sam' && inline && substituted) {
    const bad = sentinels.names.filter((n) => n.startsWith('definition_substitution_'));
    if (bad.length > 0) {
      problems.push({
        severity: 'error',
        code: 'ReservedPlaceholderName',
        message: `placeholder '${bad[0]}' collides with the keys SAM generates for an inline Definition`,
        workflow: ctx.name,
        target,
        hint: 'rename it (SAM reserves definition_substitution_*)',
      });
      return undefined;
    }
  }
  const paramNames = new Map<string, string>();
  for (const p of [...sentinels.names, ...s.optionPlaceholders]) {
    const other = paramNames.get(parameterName(p));
    if (s.mode === 'keep' && other !== undefined && other !== p) {
      problems.push({
        severity: 'error',
        code: 'ParameterNameCollision',
        message: `placeholders '${other}' and '${p}' both become template parameter '${parameterName(p)}'`,
        workflow: ctx.name,
        target,
        hint: 'rename one of them',
      });
      return undefined;
    }
    paramNames.set(parameterName(p), p);
  }

  const definitionText = sentinels.replace(text, substituted ? dollarBrace : jsonValues(values));
  const definitionFile = `${ctx.name}.asl.json`;
  const check = definitionCheck(definitionText, s.type, substituted);
  const files: Artifact[] = inline
    ? []
    : [
        {
          workflow: ctx.name,
          target,
          path: `${options.dir ?? target}/${definitionFile}`,
          content: definitionText,
          states: ctx.states,
          definition: check,
        },
      ];
  const keep = s.mode === 'keep';
  const value = (ref: OptionRef): unknown =>
    ref.kind === 'placeholder' && keep ? { Ref: parameterName(ref.name) } : optionValue(ctx, ref);

  let parameters: Record<string, unknown> | undefined;
  if (keep) {
    const all = [...new Set([...sentinels.names, ...s.optionPlaceholders])].sort();
    if (all.length > 0) {
      parameters = {};
      for (const p of all) {
        const param: Record<string, unknown> = {
          Type: 'String',
          Description: `Value of the deploy-time placeholder ${p} of workflow ${ctx.name}.`,
        };
        if (sentinels.names.includes(p)) {
          param['AllowedPattern'] = safeValuePattern({
            intrinsic: ctx.intrinsicPlaceholders.has(p),
            repeated: true,
          });
          param['ConstraintDescription'] =
            'must not contain a double quote, a backslash, a control character or ${ (the value is inserted into the definition as it is)';
        }
        parameters[parameterName(p)] = param;
      }
    }
  }

  let substitutions: Record<string, unknown> | undefined;
  if (substituted) {
    substitutions = {};
    for (const p of sentinels.names) substitutions[p] = value({ kind: 'placeholder', name: p });
  }

  let role: PreparedTemplate['role'];
  if (s.role !== undefined) role = { arn: value(s.role) };
  else {
    const policy = rolePolicy(
      ctx,
      rolePolicySettings(s),
      keep ? 'tokens' : 'values',
      target,
      problems,
    );
    role = { policy: cloudFormationPolicy(policy, ctx, parameterName) };
  }

  let logging: Record<string, unknown> | undefined;
  if (s.logging !== undefined) {
    if (s.logging.logGroup.kind === 'literal' || !keep) {
      checkLogGroupArn(optionValue(ctx, s.logging.logGroup), ctx.name);
    }
    logging = {
      Level: s.logging.level,
      IncludeExecutionData: s.logging.includeExecutionData,
      Destinations: [{ CloudWatchLogsLogGroup: { LogGroupArn: value(s.logging.logGroup) } }],
    };
  }
  return {
    settings: s,
    logicalId,
    definition: inline ? { inline: check.asl } : { uri: definitionFile },
    substitutions,
    parameters,
    role,
    logging,
    files,
    check,
  };
}

/**
 * A policy document for a template: a resource that is exactly a placeholder becomes
 * `{"Ref": <parameter>}`, one that contains a placeholder becomes `{"Fn::Sub": …}` with its
 * literal text escaped for `Fn::Sub` (`${!`).
 */
function cloudFormationPolicy(
  document: PolicyDocument,
  ctx: WorkflowContext,
  parameterName: (p: string) => string,
): unknown {
  const { sentinels } = ctx.rendered;
  return {
    Version: document.Version,
    Statement: document.Statement.map((st) => ({
      ...st,
      Resource: st.Resource.map((r) => {
        if (!sentinels.test(r)) return r;
        const whole = sentinels.names.find((p) => sentinels.token(p) === r);
        if (whole !== undefined) return { Ref: parameterName(whole) };
        return {
          'Fn::Sub': sentinels.replace(escapeFnSub(r), (p) => '${' + parameterName(p) + '}'),
        };
      }),
    })),
  };
}

/**
 * Writes a template as JSON and/or YAML (`<dir>/<workflow>.<kind>.json|yaml`). The YAML is read
 * back with a YAML 1.1 and a YAML 1.2 parser and must equal the JSON form, or the build stops
 * with an internal error (it never writes a template that reads differently).
 *
 * @example
 * ```ts
 * templateFiles(ctx, template, { formats: ['yaml'] }, 'sam', 'sam', check);
 * ```
 */
export function templateFiles(
  ctx: WorkflowContext,
  template: Record<string, unknown>,
  options: TemplateTargetOptions,
  target: TemplateTarget,
  kind: 'sam' | 'cfn',
  check: DefinitionCheck | undefined,
): Artifact[] {
  const dir = options.dir ?? target;
  const formats = options.formats ?? ['json', 'yaml'];
  const json = toCanonicalJson(template);
  const out: Artifact[] = [];
  const env = ctx.environment === undefined ? '' : ` for environment "${ctx.environment.name}"`;
  for (const format of ['json', 'yaml'] as const) {
    if (!formats.includes(format)) continue;
    let content = json;
    if (format === 'yaml') {
      content = toYaml(template, [
        `Generated by aslc from workflow "${ctx.name}"${env}. Do not edit: run aslc build.`,
      ]);
      // What deploys is what was validated: the YAML must read back as the template. YAML 1.1
      // (CloudFormation's and PyYAML's reading) here; tests check 1.2 too, for any JSON value.
      if (JSON.stringify(parseYaml(content, { version: '1.1' })) !== JSON.stringify(template)) {
        throw new Error(`internal: the YAML of ${ctx.name} does not read back as written`);
      }
    }
    out.push({
      workflow: ctx.name,
      target,
      path: `${dir}/${ctx.name}.${kind}.${format}`,
      content,
      states: ctx.states,
      ...(check === undefined || out.length > 0 ? {} : { definition: check }),
    });
  }
  return out;
}
