import {
  DslError,
  chain,
  contextPath,
  pass,
  path,
  placeholder,
  stateMachine,
  type Chainable,
  type StateMachine,
} from '../dsl/index.ts';
import {
  inlineGroupUnit,
  jobUnit,
  keyOf,
  outlinedUnit,
  type CompileContext,
  type OutlinedGroup,
  type UnitMode,
} from './compile-units.ts';
import { assertPlan } from './parse-plan.ts';
import { PlanError, problem } from './plan-error.ts';
import { planLayout, type DefinitionSize, type LayoutLimits } from './plan-layout.ts';
import { walkPlan, type GroupNode, type PlanNode, type PlanTree } from './plan-tree.ts';
import { resolveSink } from './status-sink.ts';
import { assignStateKeys, childMachineName, machineBaseName, nameHash } from './state-names.ts';

/** One state machine of a compiled plan. */
export interface PlanMachine {
  /** Output name: the plan's (or `options.name`) for the root, `<name>-<group>` for a child. */
  readonly name: string;
  readonly machine: StateMachine;
  /** True for the machine that runs the plan; children run groups too large to stay inline. */
  readonly root: boolean;
  /** The group a child machine runs. */
  readonly group?: string;
  /**
   * The deploy-time placeholders of this machine that stand for the ARN of another machine of the
   * plan (placeholder name → machine name), present when it starts child machines whose ARNs the
   * plan does not give (`childMachines.arnPattern`). `aslc build` binds them to the machines it
   * builds with this one.
   */
  readonly machineArns?: Readonly<Record<string, string>>;
}

/** Options of {@link planToStateMachines}. */
export interface PlanCompileOptions extends LayoutLimits {
  /** Name of the root machine (default: the plan's name, made file-safe). */
  readonly name?: string;
  /**
   * Size of a machine's definition as it will be deployed (bytes and lines of its ASL text).
   * The CLI passes the compiled size; the default, {@link estimateDefinitionSize}, is an upper
   * bound taken from the IR (it splits plans into child machines a little earlier).
   */
  readonly measure?: (machine: StateMachine) => DefinitionSize;
}

/**
 * An upper bound of a machine's ASL text size, from its IR printed the same way (2-space indent):
 * the IR holds everything the ASL does, in more nodes and lines.
 *
 * @example
 * ```ts
 * estimateDefinitionSize(stateMachine({ definition: pass('A') })); // { bytes: …, lines: … }
 * ```
 */
export function estimateDefinitionSize(machine: StateMachine): DefinitionSize {
  const text = JSON.stringify(machine.node, null, 2);
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  return { bytes: Buffer.byteLength(text, 'utf8'), lines };
}

/** A placeholder name for a child machine's ARN: `<PascalCase name>StateMachineArn`. */
function arnPlaceholderName(machine: string): string {
  const pascal = machine
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '')
    .map((w) => (w[0] as string).toUpperCase() + w.slice(1))
    .join('');
  return `${/^[A-Za-z]/.test(pascal) ? '' : 'P'}${pascal}StateMachineArn`;
}

/** The ARN of each child machine: the plan's pattern, or a deploy-time placeholder (named). */
function childArn(
  name: string,
  pattern: string | undefined,
  used: Set<string>,
): { readonly arn: OutlinedGroup['arn']; readonly placeholder?: string } {
  if (pattern !== undefined) return { arn: pattern.split('{name}').join(name) };
  let ph = arnPlaceholderName(name);
  if (used.has(ph)) ph = `${ph}${nameHash(name).slice(0, 6)}`;
  used.add(ph);
  return { arn: placeholder(ph), placeholder: ph };
}

/**
 * The state-name key of every node of a plan (jobs and groups, in plan order), as the compiled
 * machines use them; `taken` receives the keys.
 *
 * @example
 * ```ts
 * declare const tree: PlanTree;
 * nodeKeys(tree).get(tree.root); // the plan's key
 * ```
 */
export function nodeKeys(tree: PlanTree, taken: Set<string> = new Set()): Map<PlanNode, string> {
  const nodes = [...walkPlan(tree.root)];
  const keyByName = assignStateKeys(
    nodes.map((n) => n.name),
    taken,
  );
  return new Map<PlanNode, string>(nodes.map((n) => [n, keyByName.get(n.name) as string]));
}

/** A DSL error while building a node, as a plan problem at the node. */
function asPlanError(e: unknown, node: PlanNode): never {
  if (e instanceof DslError) {
    throw new PlanError([
      problem(
        'InvalidPlan',
        node.path,
        `cannot compile ${node.kind === 'job' ? 'job' : 'group'} ${JSON.stringify(node.name)}: ${e.message}`,
        e.hint,
      ),
    ]);
  }
  throw e;
}

/**
 * Compiles a plan into state machines. The root machine runs the plan's own jobs as a
 * sequential group; every job is wrapped with the status fragment and reports its statuses;
 * sequential groups stop at the first failure, parallel groups let every job run to its end and
 * then fail with the failed job's error (or `JobGroupFailed` listing them all; `failFast` stops
 * them at the first). Groups too large for one machine (ASL's 1 MB definition quota, AWS's
 * history quota of 25,000 events, with margins) become child machines, started with
 * `states:startExecution.sync:2`, listed after the root. Any value is checked first (JSON data,
 * or a plan built with the builders); a problem throws a {@link PlanError} naming the job by its
 * path in the plan.
 *
 * @example
 * ```ts
 * declare const plan: Plan;
 * const [root, ...children] = planToStateMachines(plan); // the root first, then its children
 * if (root) compile(root.machine).json;
 * ```
 */
export function planToStateMachines(
  value: unknown,
  options: PlanCompileOptions = {},
): readonly PlanMachine[] {
  const { plan, tree } = assertPlan(value);
  const base = options.name ?? machineBaseName(plan.name);
  const taken = new Set<string>();
  const keys = nodeKeys(tree, taken);
  const outlined = new Map<GroupNode, OutlinedGroup>();
  const parts = new Map<GroupNode, readonly GroupNode[]>();
  const ctx: CompileContext = {
    plan: plan.name,
    envBase: plan.envBase ?? 'dev',
    tree,
    sink: resolveSink(plan.statusSink),
    keys,
    outlined,
    membersOf: (group) => parts.get(group) ?? group.members,
  };
  const jobUnits = new Map<string, Chainable>();
  /** The child machines each machine (by its root group) starts. */
  const starts = new Map<GroupNode, GroupNode[]>();
  /** The unit of a node in the machine whose root is `machineRoot` (job units are reused). */
  const unit = (node: PlanNode, mode: UnitMode, machineRoot: GroupNode): Chainable => {
    const cacheKey = `${mode}\u0000${node.path}`;
    const cached = node.kind === 'job' ? jobUnits.get(cacheKey) : undefined;
    if (cached !== undefined) return cached;
    try {
      if (node.kind === 'job') {
        const built = jobUnit(ctx, node, mode);
        jobUnits.set(cacheKey, built);
        return built;
      }
      if (node !== machineRoot && outlined.has(node)) {
        starts.set(machineRoot, [...(starts.get(machineRoot) ?? []), node]);
        return outlinedUnit(ctx, node, mode);
      }
      return inlineGroupUnit(ctx, node, mode, (m, md) => unit(m, md, machineRoot));
    } catch (e) {
      return asPlanError(e, node);
    }
  };
  const layout = planLayout(tree, {
    ...options,
    measure: (definition) =>
      (options.measure ?? estimateDefinitionSize)(stateMachine({ definition })),
    jobUnit: (job, mode) => unit(job, mode, tree.root),
    groupShell: (group, mode, stub) => {
      try {
        return inlineGroupUnit(ctx, group, mode, stub);
      } catch (e) {
        return asPlanError(e, group);
      }
    },
    outlinedShell: (group, mode) => {
      outlined.set(group, { machineName: 'child', arn: placeholder('ChildStateMachineArn') });
      try {
        return outlinedUnit(ctx, group, mode);
      } finally {
        outlined.delete(group);
      }
    },
  });
  for (const [group, list] of layout.parts) {
    parts.set(group, list);
    const partKeys = assignStateKeys(
      list.map((p) => p.name),
      taken,
    );
    for (const p of list) keys.set(p, partKeys.get(p.name) as string);
  }
  const machineNames = new Set<string>([base]);
  const placeholders = new Set<string>();
  const children: [GroupNode, string][] = [];
  const arnPlaceholders = new Map<GroupNode, string>();
  for (const group of layout.children) {
    let name = childMachineName(base, group.name);
    for (let n = 1; machineNames.has(name); n++)
      name = childMachineName(base, `${group.name}#${n}`);
    machineNames.add(name);
    const arn = childArn(name, plan.childMachines?.arnPattern, placeholders);
    outlined.set(group, { machineName: name, arn: arn.arn });
    if (arn.placeholder !== undefined) arnPlaceholders.set(group, arn.placeholder);
    children.push([group, name]);
  }
  /** The ARN placeholders of the children a machine starts (placeholder → machine name). */
  const machineArns = (root: GroupNode): { machineArns?: Readonly<Record<string, string>> } => {
    const out: Record<string, string> = {};
    for (const child of starts.get(root) ?? []) {
      const ph = arnPlaceholders.get(child);
      if (ph !== undefined) out[ph] = (outlined.get(child) as OutlinedGroup).machineName;
    }
    return Object.keys(out).length === 0 ? {} : { machineArns: Object.freeze(out) };
  };
  const rootKey = keyOf(ctx, tree.root);
  const rootMachine = stateMachine({
    comment: plan.comment ?? `Plan ${plan.name} (aslc)`,
    ...(plan.timeoutSeconds === undefined ? {} : { timeoutSeconds: plan.timeoutSeconds }),
    definition: chain(
      pass(`${rootKey} Start`, {
        parameters: {
          run: { id: contextPath('Execution.Id'), plan: plan.name },
          input: path('$'),
        },
      }),
      unit(tree.root, 'raise', tree.root),
    ),
  });
  const machines: PlanMachine[] = [
    { name: base, root: true, machine: rootMachine, ...machineArns(tree.root) },
  ];
  for (const [group, name] of children) {
    const machine = stateMachine({
      comment: `Plan ${plan.name}, group ${group.name} (aslc child machine)`,
      definition: unit(group, 'record', group),
    });
    machines.push({ name, root: false, group: group.name, machine, ...machineArns(group) });
  }
  return Object.freeze(machines.map((m) => Object.freeze(m)));
}
