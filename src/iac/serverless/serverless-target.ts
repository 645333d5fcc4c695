import { AslcError } from '../../util/errors.ts';
import { setOwn } from '../../util/json.ts';
import { toYaml } from '../cloudformation/yaml-text.ts';
import type { ServerlessTargetOptions } from '../config/project-config.ts';
import {
  checkLogGroupArn,
  optionValue,
  parseOptionRef,
  rolePolicy,
  stateMachineNameFor,
  type OptionRef,
} from '../deploy-settings.ts';
import {
  definitionCheck,
  type Artifact,
  type BuildProblem,
  type DefinitionCheck,
  type Environment,
  type WorkflowContext,
} from '../iac-target.ts';
import { pascalCase } from '../names.ts';
import { mapStrings } from '../placeholders.ts';
import { dollarBrace, jsonValues, rawValues } from '../placeholder-values.ts';
import { serverlessHazards } from './serverless-strings.ts';

/** One workflow of the serverless target. */
export interface ServerlessWorkflow {
  readonly ctx: WorkflowContext;
  readonly options: ServerlessTargetOptions;
}

/**
 * A placeholder as a Serverless Framework variable: a stage parameter, `${param:Name}`.
 *
 * @example
 * ```ts
 * serverlessVariable('ProcessFunctionArn'); // '${param:ProcessFunctionArn}'
 * ```
 */
export function serverlessVariable(name: string): string {
  return '${param:' + name + '}';
}

/** A placeholder as written: its stage parameter, or the ARN of a machine of the same service. */
function serverlessText(ctx: WorkflowContext, name: string): string {
  const bound = ctx.machineArns?.get(name);
  return bound?.kind === 'expression' ? bound.text : serverlessVariable(name);
}

/** The state machine entry of one workflow, or `undefined` after reporting errors. */
function stateMachineEntry(
  { ctx, options }: ServerlessWorkflow,
  problems: BuildProblem[],
): { entry: Record<string, unknown>; check: DefinitionCheck; params: string[] } | undefined {
  const mode = options.placeholders ?? 'substitutions';
  const { sentinels, asl, text } = ctx.rendered;
  const values = ctx.environment?.values ?? {};
  const inline = mode === 'inline';
  // What the Framework and the plugin would rewrite: literal text, and values written in.
  const hazards = [
    ...serverlessHazards(
      mapStrings(asl, (s) => sentinels.replace(s, inline ? rawValues(values) : () => 'P')),
    ),
    // Tags are property values too: the Framework would resolve variables in them.
    ...serverlessHazards(options.tags ?? {}).map((h) => ({
      ...h,
      pointer: `tags${h.pointer}`,
      why: h.why.replace('the definition', 'a tag'),
    })),
  ];
  for (const h of hazards) {
    problems.push({
      severity: 'error',
      code: 'ServerlessRewrite',
      message: `${h.pointer.startsWith('tags') ? 'a tag' : 'the definition'} ${h.why}`,
      workflow: ctx.name,
      target: 'serverless',
      pointer: h.pointer,
      ...(h.state === undefined ? {} : { state: h.state }),
      hint: 'change the text, or build this workflow with the sam or cloudformation target',
    });
  }
  if (hazards.length > 0) return undefined;
  const dotted = inline ? [] : sentinels.names.filter((n) => n.includes('.'));
  for (const name of dotted) {
    problems.push({
      severity: 'error',
      code: 'UnsupportedPlaceholderName',
      message: `placeholder '${name}' has a dotted (CDK-style) name, which a Serverless Framework variable \${param:…} cannot carry`,
      workflow: ctx.name,
      target: 'serverless',
      hint: 'rename the placeholder without dots, or set "placeholders": "inline" on the serverless target to write its value in',
    });
  }
  if (dotted.length > 0) return undefined;
  const render = inline ? rawValues(values) : (name: string) => serverlessText(ctx, name);
  const definition = mapStrings(asl, (s) => {
    if (!inline && sentinels.test(s) && s.includes('\\')) {
      throw new AslcError(
        'ServerlessRewrite',
        `a string of workflow '${ctx.name}' holds a placeholder and a backslash, which the Serverless Framework's variable syntax reads as an escape`,
        { hint: 'set "placeholders": "inline" on the serverless target' },
      );
    }
    return sentinels.replace(s, render);
  });
  const templated = !inline && sentinels.names.length > 0;
  const checked = sentinels.replace(text, templated ? dollarBrace : jsonValues(values));
  const check = definitionCheck(checked, options.type ?? ctx.type, templated, ctx.extraFields);

  const option = (ref: OptionRef): string =>
    ref.kind === 'placeholder' && !inline ? serverlessVariable(ref.name) : optionValue(ctx, ref);
  const entry: Record<string, unknown> = {
    name: stateMachineNameFor(ctx, options.stateMachineName),
    type: options.type ?? ctx.type,
    definition,
  };
  if (options.roleArn !== undefined) entry['role'] = option(parseOptionRef(options.roleArn));
  else {
    const policy = rolePolicy(
      ctx,
      {
        stateMachineName: entry['name'] as string,
        partition: options.partition ?? 'aws',
        logging: options.logging !== undefined && options.logging.level !== 'OFF',
        tracing: options.tracing ?? false,
      },
      inline ? 'values' : 'tokens',
      'serverless',
      problems,
    );
    entry['iamRoleStatements'] = policy.Statement.map((st) => ({
      ...st,
      Resource: st.Resource.map((r) => sentinels.replace(r, (p) => serverlessText(ctx, p))),
    }));
  }
  if (options.logging !== undefined) {
    const arn = options.logging.logGroupArn;
    if (arn === undefined) {
      throw new AslcError(
        'InvalidOption',
        `the serverless target's logging of workflow '${ctx.name}' needs logging.logGroupArn (serverless-step-functions creates no log group)`,
        { hint: 'add a log group to your serverless.yml resources and give its ARN' },
      );
    }
    const ref = parseOptionRef(arn);
    if (ref.kind === 'literal' || mode === 'inline')
      checkLogGroupArn(optionValue(ctx, ref), ctx.name);
    entry['loggingConfig'] = {
      level: options.logging.level ?? 'ERROR',
      includeExecutionData: options.logging.includeExecutionData ?? false,
      destinations: [option(ref)],
    };
  }
  if (options.tracing === true) entry['tracingConfig'] = { enabled: true };
  if (options.tags !== undefined && Object.keys(options.tags).length > 0) {
    const tags: Record<string, string> = {};
    for (const k of Object.keys(options.tags).sort()) setOwn(tags, k, options.tags[k]);
    entry['tags'] = tags;
  }
  const refs = [options.roleArn, options.logging?.logGroupArn]
    .filter((r): r is string => r !== undefined)
    .map(parseOptionRef)
    .flatMap((r) => (r.kind === 'placeholder' ? [r.name] : []));
  const own = sentinels.names.filter((n) => ctx.machineArns?.has(n) !== true);
  const params = mode === 'substitutions' ? [...own, ...refs] : [];
  return { entry, check, params };
}

/**
 * The `serverless` target: the `stepFunctions` section of a serverless.yml for the
 * serverless-step-functions plugin (iac.md §7), every workflow in one file,
 * `<dir>/step-functions.yml` (`stepFunctions: ${file(./<out>/serverless/step-functions.yml)}`),
 * with each state machine's `name`, `type`, `definition` (an object), `role` or the derived
 * policy as `iamRoleStatements`, `loggingConfig`, `tracingConfig` and `tags`. Placeholders are
 * stage parameters, `${param:Name}`, which the Framework resolves before the plugin runs; in
 * `substitutions` mode `<dir>/params.yml` holds the environment's values for the stage named
 * after the environment (`params: ${file(./<out>/serverless/params.yml)}`). Text the Framework or
 * the plugin would rewrite (`${source:…}`, `#{…}`, `Ref`/`Fn::` keys) is refused.
 *
 * @example
 * ```ts
 * declare const ctx: WorkflowContext, env: Environment, problems: BuildProblem[];
 * serverlessArtifacts([{ ctx, options: {} }], env, problems).map((f) => f.path);
 * // ['serverless/params.yml', 'serverless/step-functions.yml']
 * ```
 */
export function serverlessArtifacts(
  workflows: readonly ServerlessWorkflow[],
  environment: Environment | undefined,
  problems: BuildProblem[],
): Artifact[] {
  const byDir = new Map<string, ServerlessWorkflow[]>();
  for (const w of workflows) {
    const dir = w.options.dir ?? 'serverless';
    byDir.set(dir, [...(byDir.get(dir) ?? []), w]);
  }
  const files: Artifact[] = [];
  for (const [dir, members] of [...byDir].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const machines: Record<string, unknown> = {};
    const checks: DefinitionCheck[] = [];
    const params = new Set<string>();
    const keys = new Map<string, string>();
    let states = 0;
    for (const w of [...members].sort((a, b) => (a.ctx.name < b.ctx.name ? -1 : 1))) {
      const key = pascalCase(w.ctx.name) || 'StateMachine';
      const other = keys.get(key);
      if (other !== undefined) {
        throw new AslcError(
          'ServerlessNameCollision',
          `workflows '${other}' and '${w.ctx.name}' both become state machine '${key}'`,
          { hint: 'rename one of the workflows' },
        );
      }
      keys.set(key, w.ctx.name);
      const built = stateMachineEntry(w, problems);
      if (built === undefined) continue;
      setOwn(machines, key, built.entry);
      checks.push(built.check);
      for (const p of built.params) params.add(p);
      states += w.ctx.states;
    }
    const env = environment === undefined ? '' : ` for environment "${environment.name}"`;
    files.push({
      target: 'serverless',
      path: `${dir}/step-functions.yml`,
      content: toYaml({ stateMachines: machines }, [
        `Generated by aslc${env}. Do not edit: run aslc build.`,
        'The stepFunctions section of serverless.yml, for the serverless-step-functions plugin:',
        `  stepFunctions: \${file(./<this folder>/step-functions.yml)}`,
        ...(params.size > 0
          ? [
              'Placeholders are stage parameters, ${param:Name}; params.yml holds their values:',
              `  params: \${file(./<this folder>/params.yml)}`,
            ]
          : []),
      ]),
      states,
      definitions: checks,
    });
    if (params.size > 0 && environment !== undefined) {
      const values: Record<string, string> = {};
      for (const p of [...params].sort()) {
        if (Object.hasOwn(environment.values, p)) setOwn(values, p, environment.values[p]);
      }
      files.push({
        target: 'serverless',
        path: `${dir}/params.yml`,
        content: toYaml({ [environment.name]: values }, [
          `Stage parameters of environment "${environment.name}", generated by aslc build.`,
        ]),
        states: 0,
      });
    }
  }
  return files;
}
