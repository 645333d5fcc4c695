import type { StateMachineNode } from '../../ir/state-machine-node.ts';
import { isAslcError } from '../../util/errors.ts';
import { aslArtifacts } from '../asl/asl-target.ts';
import { cloudFormationArtifacts } from '../cloudformation/cloudformation-target.ts';
import {
  ENVIRONMENT_NAME,
  targetOptionsFor,
  type TargetOptionsMap,
  type WorkflowEntry,
} from '../config/project-config.ts';
import { iamArtifacts } from '../iam/iam-target.ts';
import {
  TARGET_KINDS,
  type Artifact,
  type BuildProblem,
  type Environment,
  type TargetKind,
  type WorkflowContext,
} from '../iac-target.ts';
import { unsafeValueReason } from '../placeholder-values.ts';
import { hasPlaceholderValue, placeholderReference } from '../references.ts';
import { samArtifacts } from '../sam/sam-target.ts';
import { serverlessArtifacts } from '../serverless/serverless-target.ts';
import { terraformModuleArtifacts } from '../terraform/terraform-module.ts';
import { terraformArtifacts } from '../terraform/terraform-target.ts';
import { bindMachineArns, type SiblingMachine } from './machine-arns.ts';
import { placeholderNeeds } from './placeholder-needs.ts';
import { createWorkflowContext } from './workflow-context.ts';

/** Workflow names (they become file names): the rule of the workflow loader. */
const WORKFLOW_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** A target's `dir`: relative, without `..`, of plain segments. */
const DIR = /^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/;

/** Problems with the names and folders a build would use (so no output escapes its folder). */
function checkInputs(
  workflows: readonly BuildWorkflow[],
  options: BuildOptions,
  targets: readonly TargetKind[],
): BuildProblem[] {
  const problems: BuildProblem[] = [];
  const env = options.environment?.name;
  if (env !== undefined && !ENVIRONMENT_NAME.test(env)) {
    problems.push({
      severity: 'error',
      code: 'InvalidEnvironmentName',
      message: `invalid environment name ${JSON.stringify(env)}`,
      hint: 'use 1 to 64 letters, digits, dashes or underscores',
    });
  }
  for (const w of workflows) {
    if (!WORKFLOW_NAME.test(w.name)) {
      problems.push({
        severity: 'error',
        code: 'InvalidWorkflowName',
        message: `invalid workflow name ${JSON.stringify(w.name)}`,
        hint: 'use letters, digits, dots, dashes and underscores, starting with a letter or digit',
      });
    }
    for (const t of targets) {
      const dir = (targetOptionsFor(options.targets, w.entry, t) as { dir?: string }).dir;
      if (dir !== undefined && !DIR.test(dir)) {
        problems.push({
          severity: 'error',
          code: 'InvalidDir',
          message: `the ${t} target's dir ${JSON.stringify(dir)} is not a relative folder inside the output folder`,
          target: t,
          hint: 'use names of letters, digits, dots, dashes and underscores separated by /, without ..',
        });
      }
    }
  }
  return problems.filter(
    (p, i) => problems.findIndex((q) => q.code === p.code && q.message === p.message) === i,
  );
}

/** Orders files by workflow (shared files last), then target, then path. */
function compareArtifacts(a: Artifact, b: Artifact): number {
  const key = (x: Artifact) => [
    x.workflow === undefined ? '\uffff' : x.workflow,
    String(TARGET_KINDS.indexOf(x.target)),
    x.path,
  ];
  const ka = key(a);
  const kb = key(b);
  for (let i = 0; i < ka.length; i++) {
    const x = ka[i] as string;
    const y = kb[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** One workflow to build. */
export interface BuildWorkflow {
  /** Unique in a build: file names and IaC names derive from it. */
  readonly name: string;
  readonly machine: StateMachineNode;
  /** The configuration entry it came from: its `type` and per-target options. */
  readonly entry?: WorkflowEntry;
  /**
   * Placeholders that stand for the ARN of another workflow of the build (placeholder → that
   * workflow's name), as the machines of a job plan split into child machines have: every
   * target that can binds them to that state machine (src/iac/build/machine-arns.ts), so no
   * environment needs a value for them.
   */
  readonly machineArns?: Readonly<Record<string, string>>;
}

/** Options of {@link buildArtifacts}. */
export interface BuildOptions {
  /** The targets to build (each key present is built) with the project's options. */
  readonly targets: TargetOptionsMap;
  /** The chosen environment, if any. */
  readonly environment?: Environment;
  /**
   * Some workflows of the project failed to load (they are not in `workflows`): the values they
   * would use cannot be told from unused ones, so no `UnusedPlaceholderValue` warning is given.
   */
  readonly incomplete?: boolean;
}

/** What {@link buildArtifacts} produces: files to write, or errors (and warnings). */
export interface BuildOutput {
  /** Every file, by workflow, target and path; empty when there is any error. */
  readonly artifacts: readonly Artifact[];
  readonly problems: readonly BuildProblem[];
}

type TargetBuilder = (ctx: WorkflowContext, options: never, problems: BuildProblem[]) => Artifact[];

/** The files of one workflow, per target. */
const BUILDERS: Readonly<Record<TargetKind, TargetBuilder | undefined>> = {
  asl: aslArtifacts as TargetBuilder,
  terraform: terraformArtifacts as TargetBuilder,
  sam: samArtifacts as TargetBuilder,
  cloudformation: cloudFormationArtifacts as TargetBuilder,
  serverless: undefined,
  iam: iamArtifacts as TargetBuilder,
};

/** One workflow as a target that writes shared files sees it. */
interface BuiltWorkflow {
  readonly ctx: WorkflowContext;
  readonly options: never;
}

type SharedBuilder = (
  workflows: readonly BuiltWorkflow[],
  environment: Environment | undefined,
  problems: BuildProblem[],
) => Artifact[];

/** The files a target writes for all workflows together (a Terraform module's, Serverless's). */
const SHARED_BUILDERS: Readonly<Partial<Record<TargetKind, SharedBuilder>>> = {
  terraform: terraformModuleArtifacts as SharedBuilder,
  serverless: serverlessArtifacts as SharedBuilder,
};

function problemOf(e: unknown, workflow: string, target?: TargetKind): BuildProblem {
  if (!isAslcError(e)) throw e;
  return {
    severity: 'error',
    code: e.code,
    message: e.message,
    workflow,
    ...(target === undefined ? {} : { target }),
    ...(e.state === undefined ? {} : { state: e.state }),
    ...(e.hint === undefined ? {} : { hint: e.hint }),
  };
}

/** One warning per target that keeps the ARNs of sibling machines as `${Name}`. */
function keptWarning(
  target: TargetKind,
  list: readonly [string, readonly string[]][],
): BuildProblem {
  const count = list.reduce((n, [, names]) => n + names.length, 0);
  const [workflow, names] = list[0] as [string, readonly string[]];
  const more =
    count > 1
      ? ` (and ${count - 1} more in ${list.length} workflow${list.length === 1 ? '' : 's'})`
      : '';
  return {
    severity: 'warning',
    code: 'MachineArnKept',
    message: `the ${target} target writes \${${names[0]}} of workflow '${workflow}'${more} as it is: it stands for the ARN of a state machine this build also builds, known only once it is deployed`,
    target,
    hint: `the terraform, sam, cloudformation and serverless targets bind it to that machine; to write it here, give it a value in the environment (or set "placeholders": "keep" on the ${target} target to silence this)`,
  };
}

/** A CloudFormation reference given to a placeholder that a target writes as text. */
function referenceProblem(ctx: WorkflowContext, name: string, target: TargetKind): BuildProblem {
  const env = ctx.environment?.name;
  const why =
    target === 'sam' || target === 'cloudformation'
      ? 'with "placeholders": "inline" the value is written into the definition, which a reference cannot be'
      : `the ${target} target writes values as text, and only CloudFormation evaluates a reference`;
  const hint =
    target === 'sam' || target === 'cloudformation'
      ? `use "placeholders": "substitutions" (the default) on the ${target} target, so that the reference goes into DefinitionSubstitutions`
      : target === 'terraform'
        ? 'give the placeholder a string value in this environment (the ARN or name), or set "placeholders": "keep" on the terraform target and pass the value as a variable'
        : `give the placeholder a string value in this environment, or set "placeholders": "keep" on the ${target} target`;
  return {
    severity: 'error',
    code: 'ReferenceNotSupported',
    message: `the value of placeholder '${name}' in environment '${env}' is a CloudFormation reference, and ${why}`,
    workflow: ctx.name,
    target,
    hint,
  };
}

/** Checks that the environment gives every needed placeholder a value that can be inserted. */
function checkValues(
  ctxOf: (t: TargetKind) => WorkflowContext,
  targets: readonly TargetKind[],
  options: (t: TargetKind) => NonNullable<TargetOptionsMap[TargetKind]>,
  problems: BuildProblem[],
  used: Set<string>,
): void {
  const missing = new Map<string, TargetKind[]>();
  const ctx = ctxOf(targets[0] ?? 'asl');
  const values = ctx.environment?.values ?? {};
  for (const target of targets) {
    const needs = placeholderNeeds(ctxOf(target), target, options(target));
    for (const name of needs.values) {
      used.add(name);
      if (!hasPlaceholderValue(ctx.environment, name)) {
        missing.set(name, [...(missing.get(name) ?? []), target]);
        continue;
      }
      if (placeholderReference(ctx.environment, name) !== undefined) {
        if (!needs.references.has(name)) problems.push(referenceProblem(ctx, name, target));
        continue;
      }
      const how = needs.raw.get(name);
      const reason = how === undefined ? undefined : unsafeValueReason(values[name] as string, how);
      if (reason !== undefined) {
        problems.push({
          severity: 'error',
          code: 'UnsafePlaceholderValue',
          message: `the value of placeholder '${name}' in environment '${ctx.environment?.name}' ${reason}`,
          workflow: ctx.name,
          target,
          hint: `the ${target} target inserts it without escaping; use "placeholders": "inline" to let aslc write it escaped`,
        });
      }
    }
  }
  if (missing.size > 0) {
    const env = ctx.environment;
    const names = [...missing.keys()].sort();
    const targetsNeeding = TARGET_KINDS.filter((t) =>
      [...missing.values()].some((ts) => ts.includes(t)),
    );
    const list = names.map((n) => `'${n}'`).join(', ');
    const what = names.length === 1 ? `placeholder ${list} has` : `placeholders ${list} have`;
    problems.push({
      severity: 'error',
      code: 'MissingPlaceholderValue',
      message:
        env === undefined
          ? `${what} no value: no environment was chosen (needed by ${targetsNeeding.join(', ')})`
          : `${what} no value in environment '${env.name}' (needed by ${targetsNeeding.join(', ')})`,
      workflow: ctx.name,
      hint:
        env === undefined
          ? 'choose an environment with --env <name>, or set "placeholders": "keep" on the targets'
          : `add ${names.length === 1 ? 'it' : 'them'} to the placeholders of environment '${env.name}' (environments/${env.name}.json or aslc.config.json)`,
    });
  }
}

/**
 * Builds every target of every workflow in memory (nothing is written): the files (ordered by
 * workflow, target and path), or the errors that stop the build (missing or unsafe placeholder values, literal `${`
 * that `DefinitionSubstitutions` cannot escape, invalid names, colliding outputs). When there is
 * any error, no file is returned, so a caller writes all or nothing. Definitions are not
 * validated here (src/iac does not depend on src/validate): each artifact that holds a
 * definition carries it in `definition` for the caller to validate.
 *
 * @example
 * ```ts
 * declare const orders: StateMachine; // stateMachine({ … })
 * const { artifacts, problems } = buildArtifacts(
 *   [{ name: 'orders', machine: orders.node }],
 *   { targets: { asl: {}, terraform: {} }, environment: { name: 'dev', values: { FnArn: 'arn:…' } } },
 * );
 * ```
 */
export function buildArtifacts(
  workflows: readonly BuildWorkflow[],
  options: BuildOptions,
): BuildOutput {
  const targets = TARGET_KINDS.filter((t) => options.targets[t] !== undefined);
  const invalid = checkInputs(workflows, options, targets);
  if (invalid.length > 0) return { artifacts: [], problems: invalid };
  const problems: BuildProblem[] = [];
  const artifacts: Artifact[] = [];
  const names = new Set<string>();
  const used = new Set<string>();
  const built = new Map<TargetKind, BuiltWorkflow[]>();
  // A workflow skipped before its placeholders were read hides the values it uses.
  let skipped = options.incomplete === true;
  // Workflows by name, for the ARNs of sibling machines (the first of a duplicated name).
  const byName = new Map<string, BuildWorkflow>();
  for (const w of workflows) if (!byName.has(w.name)) byName.set(w.name, w);
  /** Placeholders of sibling ARNs the asl and iam targets keep as `${Name}`, by workflow. */
  const kept = new Map<TargetKind, [string, readonly string[]][]>();
  for (const w of workflows) {
    if (names.has(w.name)) {
      problems.push({
        severity: 'error',
        code: 'DuplicateWorkflowName',
        message: `two workflows are named '${w.name}'`,
        workflow: w.name,
        hint: 'workflow names come from file names and export keys; they must be unique in a project',
      });
      skipped = true;
      continue;
    }
    names.add(w.name);
    let ctx: WorkflowContext;
    try {
      ctx = createWorkflowContext(w.name, w.machine, options.environment, w.entry?.type);
    } catch (e) {
      problems.push(problemOf(e, w.name));
      skipped = true;
      continue;
    }
    const optionsOf = (t: TargetKind) => targetOptionsFor(options.targets, w.entry, t);
    const bound = new Map<TargetKind, WorkflowContext>();
    for (const t of targets) {
      const siblings = new Map<string, SiblingMachine>();
      for (const [placeholder, name] of Object.entries(w.machineArns ?? {})) {
        const sibling = byName.get(name);
        if (sibling === undefined || sibling === w) continue;
        siblings.set(placeholder, {
          workflow: name,
          options: targetOptionsFor(options.targets, sibling.entry, t),
        });
      }
      const b = bindMachineArns(ctx, t, optionsOf(t), siblings);
      bound.set(t, b.ctx);
      if (b.kept.length > 0) kept.set(t, [...(kept.get(t) ?? []), [w.name, b.kept]]);
    }
    const ctxOf = (t: TargetKind) => bound.get(t) ?? ctx;
    const before = problems.filter((p) => p.severity === 'error').length;
    checkValues(ctxOf, targets, optionsOf, problems, used);
    if (problems.filter((p) => p.severity === 'error').length > before) continue;
    for (const target of targets) {
      try {
        const builder = BUILDERS[target];
        if (builder !== undefined) {
          artifacts.push(...builder(ctxOf(target), optionsOf(target) as never, problems));
        }
        built.set(target, [
          ...(built.get(target) ?? []),
          { ctx: ctxOf(target), options: optionsOf(target) as never },
        ]);
      } catch (e) {
        problems.push(problemOf(e, w.name, target));
      }
    }
  }
  for (const target of targets) {
    const shared = SHARED_BUILDERS[target];
    const members = built.get(target) ?? [];
    if (shared === undefined || members.length === 0) continue;
    try {
      artifacts.push(...shared(members, options.environment, problems));
    } catch (e) {
      if (!isAslcError(e)) throw e;
      problems.push({
        severity: 'error',
        code: e.code,
        message: e.message,
        target,
        ...(e.hint === undefined ? {} : { hint: e.hint }),
      });
    }
  }
  for (const [target, list] of kept) problems.push(keptWarning(target, list));
  const env = options.environment;
  if (env !== undefined && !skipped) {
    for (const name of [...Object.keys(env.values), ...Object.keys(env.references ?? {})].sort()) {
      if (!used.has(name)) {
        problems.push({
          severity: 'warning',
          code: 'UnusedPlaceholderValue',
          message: `environment '${env.name}' gives a value to '${name}', which no workflow uses`,
        });
      }
    }
  }
  const byPath = new Map<string, Artifact>();
  for (const a of artifacts) {
    const other = byPath.get(a.path);
    if (other !== undefined) {
      const who = (x: Artifact) => `${x.workflow ?? 'every workflow'} (${x.target})`;
      problems.push({
        severity: 'error',
        code: 'OutputCollision',
        message: `${who(other)} and ${who(a)} both write ${a.path}`,
        hint: 'give the targets different "dir" options, or rename a workflow',
      });
    }
    byPath.set(a.path, a);
  }
  const failed = problems.some((p) => p.severity === 'error');
  return {
    artifacts: failed ? [] : [...artifacts].sort(compareArtifacts),
    problems,
  };
}
