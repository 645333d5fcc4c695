import { parse as parseYaml } from 'yaml';
import { toCanonicalJson } from '../../util/json.ts';
import type { TemplateTargetOptions } from '../config/project-config.ts';
import {
  checkLogGroupArn,
  isReferenceOption,
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
import { contextReference } from '../references.ts';
import { findIntrinsicKeys } from './intrinsic-keys.ts';
import { toYaml } from './yaml-text.ts';

/** The two template flavours. */
export type TemplateTarget = 'sam' | 'cloudformation';

/** CloudFormation logical IDs and parameter names: letters and digits. */
const LOGICAL_ID = /^[A-Za-z0-9]{1,255}$/;

/** What both template targets compute for one workflow before writing their resource. */
export interface PreparedTemplate {
  readonly settings: DeploySettings;
  readonly logicalId: string;
  /**
   * `DefinitionUri`/`DefinitionS3Location` (a file name next to the template), `Definition` (an
   * object), or `DefinitionString` (CloudFormation, when an inline definition holds keys that
   * CloudFormation would evaluate).
   */
  readonly definition:
    { readonly uri: string } | { readonly inline: unknown } | { readonly text: string };
  readonly substitutions: Readonly<Record<string, unknown>> | undefined;
  readonly parameters: Readonly<Record<string, unknown>> | undefined;
  /** The role ARN value, or the policy of the role to create. */
  readonly role: { readonly arn: unknown } | { readonly policy: unknown };
  readonly logging: Readonly<Record<string, unknown>> | undefined;
  /** The log group to create (logical ID → resource), when logging has no `logGroupArn`. */
  readonly logGroup: { readonly id: string; readonly resource: unknown } | undefined;
  /** The permissions boundary of a created role. */
  readonly permissionsBoundary: unknown;
  /** Files besides the template (the definition file in `uri` mode). */
  readonly files: readonly Artifact[];
  readonly check: DefinitionCheck;
}

/**
 * Parameter name of a placeholder (CloudFormation allows letters and digits only: underscores and
 * the dots of CDK-style names are dropped).
 */
function parameterName(placeholder: string): string {
  return placeholder.replace(/[^A-Za-z0-9]/g, '');
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
  const logicalId = logicalIdFor(ctx, options);
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
  const check = definitionCheck(definitionText, s.type, substituted, ctx.extraFields);
  // What deploys is what was validated: keys CloudFormation would evaluate keep the definition
  // out of a Definition object (CloudFormation: DefinitionString; SAM: the definition file).
  const evaluated = inline ? findIntrinsicKeys(check.asl) : [];
  for (const k of evaluated.slice(0, 1)) {
    problems.push({
      severity: 'warning',
      code: 'IntrinsicKeyInDefinition',
      message: `the definition holds the key '${k.key}', which CloudFormation would evaluate in a Definition object${evaluated.length > 1 ? ` (and ${evaluated.length - 1} more)` : ''}; it is written as ${target === 'sam' ? 'the file DefinitionUri names' : 'DefinitionString'} instead`,
      workflow: ctx.name,
      target,
      pointer: k.pointer,
      ...(k.state === undefined ? {} : { state: k.state }),
      hint: `rename the key, or set "definition": "uri" on the ${target} target to keep the definition in its own file`,
    });
  }
  const asFile = !inline || (evaluated.length > 0 && target === 'sam');
  const files: Artifact[] = !asFile
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
  const value = (ref: OptionRef): unknown => {
    if (ref.kind === 'placeholder' && keep) return { Ref: parameterName(ref.name) };
    if (ref.kind === 'placeholder') {
      const reference = contextReference(ctx, ref.name);
      if (reference !== undefined) return reference;
    }
    return optionValue(ctx, ref);
  };

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
    role = {
      policy: cloudFormationPolicy(policy, ctx, (p) =>
        keep ? { Ref: parameterName(p) } : contextReference(ctx, p),
      ),
    };
  }

  let logging: Record<string, unknown> | undefined;
  let logGroup: PreparedTemplate['logGroup'];
  if (s.logging !== undefined) {
    const group = s.logging.logGroup;
    if (
      group !== undefined &&
      (group.kind === 'literal' || !keep) &&
      !isReferenceOption(ctx, group)
    ) {
      checkLogGroupArn(optionValue(ctx, group), ctx.name);
    }
    let arn: unknown;
    if (group === undefined) {
      const id = `${logicalId}Logs`;
      const props: Record<string, unknown> = {
        LogGroupName: `/aws/vendedlogs/states/${s.stateMachineName}`,
      };
      if (s.logging.retentionInDays !== undefined)
        props['RetentionInDays'] = s.logging.retentionInDays;
      if (Object.keys(s.tags).length > 0) props['Tags'] = tagList(s.tags);
      logGroup = { id, resource: { Type: 'AWS::Logs::LogGroup', Properties: props } };
      arn = { 'Fn::GetAtt': [id, 'Arn'] };
    } else arn = value(group);
    logging = {
      Level: s.logging.level,
      IncludeExecutionData: s.logging.includeExecutionData,
      Destinations: [{ CloudWatchLogsLogGroup: { LogGroupArn: arn } }],
    };
  }
  let definition: PreparedTemplate['definition'];
  if (asFile) definition = { uri: definitionFile };
  else if (evaluated.length > 0) definition = { text: definitionText };
  else definition = { inline: check.asl };
  return {
    settings: s,
    logicalId,
    definition,
    substitutions,
    parameters,
    role,
    logging,
    logGroup,
    permissionsBoundary:
      s.permissionsBoundary === undefined ? undefined : value(s.permissionsBoundary),
    files,
    check,
  };
}

/**
 * The logical ID of a workflow's state machine: the `logicalId` pattern, or by default the
 * workflow's name in PascalCase followed by `StateMachine` unless it already ends with it
 * (`my-state-machine` → `MyStateMachine`, not `MyStateMachineStateMachine`).
 *
 * @example
 * ```ts
 * logicalIdFor(ctx, {}); // 'OrdersStateMachine'
 * ```
 */
export function logicalIdFor(ctx: WorkflowContext, options: TemplateTargetOptions): string {
  const tokens = { workflow: ctx.name, env: ctx.environment?.name };
  let id: string;
  if (options.logicalId !== undefined) {
    id = expandName(options.logicalId, tokens, pascalCase, 'logicalId');
  } else {
    const base = pascalCase(ctx.name);
    id = base.endsWith('StateMachine') ? base : `${base}StateMachine`;
  }
  return checkName(id, LOGICAL_ID, 'logicalId', ctx.name);
}

/**
 * Tags as CloudFormation's list (`[{Key, Value}]`), sorted by key.
 *
 * @example
 * ```ts
 * tagList({ team: 'data' }); // [{ Key: 'team', Value: 'data' }]
 * ```
 */
export function tagList(tags: Readonly<Record<string, string>>): { Key: string; Value: string }[] {
  return Object.keys(tags)
    .sort()
    .map((k) => ({ Key: k, Value: tags[k] as string }));
}

/**
 * A policy document for a template: a resource that is exactly a placeholder becomes the
 * placeholder's CloudFormation value (`{"Ref": <parameter>}` in `keep` mode, the environment's
 * reference otherwise), one that contains placeholders becomes `{"Fn::Sub": [text, {V0: value,
 * …}]}` with its literal text escaped for `Fn::Sub` (`${!`); in `keep` mode, where every value is
 * a parameter, the short form `{"Fn::Sub": "…${Parameter}…"}`.
 */
function cloudFormationPolicy(
  document: PolicyDocument,
  ctx: WorkflowContext,
  valueOf: (placeholder: string) => unknown,
): unknown {
  const { sentinels } = ctx.rendered;
  return {
    Version: document.Version,
    Statement: document.Statement.map((st) => ({
      ...st,
      Resource: st.Resource.map((r) => {
        if (!sentinels.test(r)) return r;
        const whole = sentinels.names.find((p) => sentinels.token(p) === r);
        if (whole !== undefined) return valueOf(whole);
        const vars: Record<string, unknown> = {};
        let parametersOnly = true;
        const text = sentinels.replace(escapeFnSub(r), (p) => {
          const v = valueOf(p) as Record<string, unknown>;
          if (
            'Ref' in v &&
            Object.keys(v).length === 1 &&
            /^[A-Za-z0-9]+$/.test(String(v['Ref']))
          ) {
            return '${' + String(v['Ref']) + '}';
          }
          parametersOnly = false;
          const name = `V${Object.keys(vars).length}`;
          vars[name] = v;
          return '${' + name + '}';
        });
        return parametersOnly ? { 'Fn::Sub': text } : { 'Fn::Sub': [text, vars] };
      }),
    })),
  };
}

/**
 * The YAML comment lines of a template whose definition is a local file
 * (`DefinitionS3Location`/`DefinitionUri`): which command uploads it, since CloudFormation itself
 * only reads an S3 location.
 *
 * @example
 * ```ts
 * packageNotes('cloudformation', 'orders.cfn.yaml');
 * ```
 */
export function packageNotes(target: TemplateTarget, file: string): string[] {
  if (target === 'sam') {
    return [
      'DefinitionUri is a local file: "sam deploy" (or "sam package") uploads it to S3 and writes',
      'its S3 location; CloudFormation alone (aws cloudformation deploy) cannot read a local file.',
    ];
  }
  return [
    'DefinitionS3Location is a local file name, not yet the {Bucket, Key} CloudFormation needs: run',
    `aws cloudformation package --template-file ${file} --s3-bucket <bucket> --output-template-file packaged.yaml`,
    'and deploy packaged.yaml (it uploads the definition and writes its S3 location).',
  ];
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
  notes: readonly string[] = [],
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
        ...notes,
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

/**
 * A template's outputs: the state machine's ARN, and the ARN of the role the template creates
 * (both targets name it `<logical ID>Role`), when it creates one.
 *
 * @example
 * ```ts
 * templateOutputs('OrdersStateMachine', true);
 * // { OrdersStateMachineArn: { Value: { Ref: … } }, OrdersStateMachineRoleArn: { Value: { 'Fn::GetAtt': … } } }
 * ```
 */
export function templateOutputs(logicalId: string, createsRole: boolean): Record<string, unknown> {
  const outputs: Record<string, unknown> = { [`${logicalId}Arn`]: { Value: { Ref: logicalId } } };
  if (createsRole) {
    outputs[`${logicalId}RoleArn`] = { Value: { 'Fn::GetAtt': [`${logicalId}Role`, 'Arn'] } };
  }
  return outputs;
}
