import { pass, type Chainable } from '../dsl/index.ts';
import { PlanError, problem } from './plan-error.ts';
import type { GroupNode, JobNode, PlanNode, PlanTree } from './plan-tree.ts';
import type { UnitMode } from './compile-units.ts';

/** ASL's definition quota (bytes). */
export const DEFINITION_QUOTA = 1_048_576;

/** AWS's history quota of a Standard execution (events). */
export const HISTORY_QUOTA = 25_000;

/** Limits a machine of a plan must stay within. */
export interface LayoutLimits {
  /** Definition size a machine may reach (default 90% of the 1 MB quota). */
  readonly maxDefinitionBytes?: number;
  /** History events an execution may reach (default 80% of the 25,000 quota). */
  readonly maxHistoryEvents?: number;
}

/** Size of a definition's text: bytes, and lines (each level of nesting indents every line). */
export interface DefinitionSize {
  readonly bytes: number;
  readonly lines: number;
}

/** How the layout measures units (given by the compiler, so that sizes are the real ones). */
export interface LayoutHooks extends LayoutLimits {
  /** Size of a definition whose states are `definition` (an upper bound of its ASL text). */
  readonly measure: (definition: Chainable) => DefinitionSize;
  readonly jobUnit: (job: JobNode, mode: UnitMode) => Chainable;
  /** A group's unit with its members replaced by `stub`'s states. */
  readonly groupShell: (
    group: GroupNode,
    mode: UnitMode,
    stub: (member: PlanNode, mode: UnitMode) => Chainable,
  ) => Chainable;
  /** A child-machine group as its parent runs it. */
  readonly outlinedShell: (group: GroupNode, mode: UnitMode) => Chainable;
}

/** Where each group runs. */
export interface PlanLayout {
  /** Groups that run as child machines (parts included), parents before children. */
  readonly children: readonly GroupNode[];
  /** Groups too large for one machine, cut into parts (synthetic groups, each a child machine). */
  readonly parts: ReadonlyMap<GroupNode, readonly GroupNode[]>;
}

/** Events of one status report (DynamoDB and EventBridge Tasks, 5 each). */
const REPORT_EVENTS = 10;

/** A conservative count of the history events of a job's success path (retries included). */
function jobEvents(job: JobNode): number {
  const attempts = 1 + (job.retry === undefined ? 0 : (job.retry.maxAttempts ?? 2));
  const run = job.executor?.kind === 'batch' ? 60 : 5;
  return 40 + 6 * REPORT_EVENTS + attempts * run;
}

/** Events of a group's own states (its members apart). */
const GROUP_EVENTS = 20 + 3 * REPORT_EVENTS;

/** Events of a child execution as its parent sees it. */
const OUTLINED_EVENTS = 12;

/**
 * Decides which groups run as child machines: while a machine would exceed the definition or
 * history limit, its largest inline group becomes a child machine; a group whose own members
 * are too many for one machine is cut into parts (synthetic groups of consecutive members, each
 * a child machine). Sizes come from `hooks.measure` on the units themselves, each placed at its
 * depth (every level of nesting indents every line of the pretty-printed definition by two more
 * spaces); events are counted conservatively. Deterministic: the same plan gives the same layout.
 *
 * @example
 * ```ts
 * const { children } = planLayout(tree, hooks); // [] for a plan that fits in one machine
 * ```
 */
export function planLayout(tree: PlanTree, hooks: LayoutHooks): PlanLayout {
  const maxBytes = hooks.maxDefinitionBytes ?? Math.floor(DEFINITION_QUOTA * 0.9);
  const maxEvents = hooks.maxHistoryEvents ?? Math.floor(HISTORY_QUOTA * 0.8);
  const parentOf = new Map<PlanNode, GroupNode>();
  for (const [node, up] of tree.parentOf) parentOf.set(node, up.group);
  const members = new Map<GroupNode, readonly PlanNode[]>();
  const membersOf = (g: GroupNode): readonly PlanNode[] => members.get(g) ?? g.members;
  const modeOf = (node: PlanNode): UnitMode => {
    const parent = parentOf.get(node);
    return parent === undefined || parent.mode === 'sequential' || parent.failFast
      ? 'raise'
      : 'record';
  };
  /** Levels of nesting between a group's unit and its members' units (4 per Parallel). */
  const levels = (g: GroupNode): number => (g.mode === 'parallel' ? 8 : 4);

  /** Size of a node inline: `bytes` at its own depth, `lines` to add indentation deeper. */
  const size = new Map<PlanNode, DefinitionSize>();
  const events = new Map<PlanNode, number>();
  const shellSize = new Map<GroupNode, DefinitionSize>();
  const outlinedSize = new Map<GroupNode, DefinitionSize>();
  const outlined = new Set<GroupNode>();

  for (const node of walkAll(tree.root)) {
    if (node.kind === 'job') {
      const measured = hooks.measure(hooks.jobUnit(node, modeOf(node)));
      if (measured.bytes > maxBytes) {
        throw new PlanError([
          problem(
            'PlanTooLarge',
            node.path,
            `job ${JSON.stringify(node.name)} alone compiles to about ${measured.bytes} bytes, more than a machine may hold (${maxBytes})`,
            'make its parameters and selectors smaller (pass large data by reference)',
          ),
        ]);
      }
      size.set(node, measured);
      events.set(node, jobEvents(node));
    }
  }
  const measureShell = (group: GroupNode): void => {
    let n = 0;
    const stub = (): Chainable => pass(`stub ${++n}`);
    shellSize.set(group, hooks.measure(hooks.groupShell(group, modeOf(group), stub)));
    outlinedSize.set(group, hooks.measure(hooks.outlinedShell(group, modeOf(group))));
  };
  /** Size of a node as it sits in its parent's machine. */
  const sizeIn = (node: PlanNode): DefinitionSize =>
    node.kind === 'group' && outlined.has(node)
      ? (outlinedSize.get(node) as DefinitionSize)
      : (size.get(node) as DefinitionSize);
  const eventsIn = (node: PlanNode): number =>
    node.kind === 'group' && outlined.has(node) ? OUTLINED_EVENTS : (events.get(node) as number);
  const total = (group: GroupNode): void => {
    const shell = shellSize.get(group) as DefinitionSize;
    let bytes = shell.bytes;
    let lines = shell.lines;
    let e = GROUP_EVENTS;
    const deeper = levels(group);
    for (const m of membersOf(group)) {
      const s = sizeIn(m);
      bytes += s.bytes + 2 * deeper * s.lines;
      lines += s.lines;
      e += eventsIn(m);
    }
    size.set(group, { bytes, lines });
    events.set(group, e);
  };
  const groups = [...walkAll(tree.root)].filter((n): n is GroupNode => n.kind === 'group');
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i] as GroupNode;
    measureShell(g);
    total(g);
  }
  /** Re-totals the ancestors of `node` up to (and including) the machine root. */
  const retotal = (node: PlanNode, machineRoot: GroupNode): void => {
    for (let g = parentOf.get(node); g !== undefined; g = parentOf.get(g)) {
      total(g);
      if (g === machineRoot) break;
    }
  };
  /** Inline groups of a machine (below its root, not behind a child machine), breadth first. */
  const inlineGroups = (machineRoot: GroupNode): GroupNode[] => {
    const out: GroupNode[] = [];
    const todo: PlanNode[] = [...membersOf(machineRoot)];
    for (let i = 0; i < todo.length; i++) {
      const n = todo[i] as PlanNode;
      if (n.kind !== 'group' || outlined.has(n)) continue;
      out.push(n);
      todo.push(...membersOf(n));
    }
    return out;
  };
  const parts = new Map<GroupNode, GroupNode[]>();
  const children: GroupNode[] = [];
  /** A group's members in runs that each fit one machine with the group's shell (a dry run). */
  const partition = (group: GroupNode): PlanNode[][] => {
    const out: PlanNode[][] = [];
    let current: PlanNode[] = [];
    let b = 0;
    let e = 0;
    // each part is a machine of its own: its shell, then as many members as fit
    const roomBytes = maxBytes - (shellSize.get(group) as DefinitionSize).bytes;
    const roomEvents = maxEvents - GROUP_EVENTS;
    for (const m of membersOf(group)) {
      const s = sizeIn(m);
      const mb = s.bytes + 2 * levels(group) * s.lines;
      const me = eventsIn(m);
      if (current.length > 0 && (b + mb > roomBytes || e + me > roomEvents)) {
        out.push(current);
        current = [];
        b = 0;
        e = 0;
      }
      current.push(m);
      b += mb;
      e += me;
    }
    if (current.length > 0) out.push(current);
    return out;
  };
  /** Cuts a group into parts (synthetic groups, each a child machine) in the machine of `machineRoot`. */
  const cut = (
    group: GroupNode,
    runs: readonly PlanNode[][],
    machineRoot: GroupNode,
  ): GroupNode[] => {
    const pieces = runs.map((run, i): GroupNode => {
      const part: GroupNode = {
        kind: 'group',
        name: `${group.name} (part ${i + 1})`,
        path: group.path,
        mode: group.mode,
        failFast: group.failFast,
        members: run,
        depth: group.depth + 1,
        root: false,
        synthetic: true,
      };
      for (const m of run) parentOf.set(m, part);
      parentOf.set(part, group);
      return part;
    });
    parts.set(group, pieces);
    members.set(group, pieces);
    for (const p of pieces) {
      shellSize.set(p, shellSize.get(group) as DefinitionSize);
      outlinedSize.set(p, outlinedSize.get(group) as DefinitionSize);
      total(p);
      outlined.add(p);
    }
    total(group);
    if (group !== machineRoot) retotal(group, machineRoot);
    return pieces;
  };
  /**
   * The groups that are all a machine holds: its only member when that is an inline group, that
   * group's only member when it is one, and so on. Outlining one would leave a machine that only
   * starts another.
   */
  const soleChain = (machineRoot: GroupNode): GroupNode[] => {
    const out: GroupNode[] = [];
    for (let g = machineRoot; ;) {
      const only = membersOf(g);
      const m = only[0];
      if (only.length !== 1 || m === undefined || m.kind !== 'group' || outlined.has(m)) break;
      out.push(m);
      g = m;
    }
    return out;
  };
  /** True when none of a group's members is an inline group. */
  const flat = (g: GroupNode): boolean =>
    membersOf(g).every((m) => m.kind === 'job' || outlined.has(m));
  /**
   * Fits a machine within the limits: while it is too large, its largest inline group becomes a
   * child machine. A group that would be a machine that only starts others stays inline and is
   * cut into parts where it is instead: one too large for any machine whose members are all jobs
   * or children already, or the innermost of the groups that are all the machine holds. A machine
   * with nothing left to outline is cut into parts.
   */
  const fit = (machineRoot: GroupNode): void => {
    const mine: GroupNode[] = [];
    const outline = (g: GroupNode): void => {
      outlined.add(g);
      // parts it was cut into here become its machine's children, listed after it
      const own = parts.get(g) ?? [];
      const kept = mine.filter((m) => !own.includes(m));
      mine.splice(0, mine.length, ...kept, g, ...own);
      retotal(g, machineRoot);
    };
    for (;;) {
      const b = (size.get(machineRoot) as DefinitionSize).bytes;
      const e = events.get(machineRoot) as number;
      if (b <= maxBytes && e <= maxEvents) break;
      const overBytes = b > maxBytes;
      const score = (g: GroupNode): number =>
        overBytes ? (size.get(g) as DefinitionSize).bytes : (events.get(g) as number);
      const chain = soleChain(machineRoot);
      const candidates = inlineGroups(machineRoot).filter((g) => !chain.includes(g));
      let target = chain.at(-1) ?? machineRoot;
      if (candidates.length > 0) {
        let best = candidates[0] as GroupNode;
        for (const c of candidates) if (score(c) > score(best)) best = c;
        if (!flat(best) || partition(best).length <= 1) {
          outline(best);
          continue;
        }
        target = best;
      } else if (target !== machineRoot && partition(target).length <= 1) {
        // its members fit one machine with its shell alone: a machine of its own, then
        outline(target);
        continue;
      }
      const runs = partition(target);
      if (runs.length <= 1) {
        throw new PlanError([
          problem(
            'PlanTooLarge',
            target.path,
            `group ${JSON.stringify(target.name)} cannot be laid out within the limits of one machine`,
            'split it into nested groups',
          ),
        ]);
      }
      mine.push(...cut(target, runs, machineRoot));
    }
    for (const g of mine) {
      children.push(g);
      fit(g);
    }
  };
  fit(tree.root);
  return { children, parts };
}

/** Every node under a group, the group first, depth first. */
function* walkAll(group: GroupNode): Generator<PlanNode> {
  const stack: PlanNode[] = [group];
  while (stack.length > 0) {
    const node = stack.pop() as PlanNode;
    yield node;
    if (node.kind === 'group') stack.push(...node.members);
  }
}
