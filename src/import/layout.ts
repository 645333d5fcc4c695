/**
 * How an imported machine is written with immutable builders: which states become constants,
 * where each segment (a run of `Next` transitions, see segments.ts) is written as a
 * `chain(…)`, and in which order the constants are declared.
 *
 * A segment used once is written where it is used (`.catch(chain(notify, fail(…)))`); one used
 * several times (a join, a shared handler) is a constant (`const shipSteps = chain(pack, ship)`)
 * that every use names. A builder cannot name a state built after it, so a loop is written with
 * its states as constants and its segment at a use outside the loop (`chain(start, pause,
 * check, decide)` with `decide.otherwise(pause)`), or with `choice.afterwards()` when the
 * branches of a Choice come back to it. A loop no placement can order (a Catch handler that
 * continues back to the state that catches) is closed with `goTo(() => state)` at the use that
 * goes back to the loop's head.
 */
import { cyclicComponents } from './components.ts';
import { declKey, declarationOrder } from './declaration-order.ts';
import type { MachineModel, StateModel } from './graph-model.ts';
import { sameSite, segmentsOf, type Segment, type Site } from './segments.ts';

export type { Segment, Site } from './segments.ts';

/** Where a segment's `chain(…)` is written. */
export type Home =
  /** A constant of its own. */
  | { readonly kind: 'const' }
  /** At one of its uses; the others name its first state. */
  | { readonly kind: 'site'; readonly use: number }
  /** Nowhere: a lone state without transition, named by every use. */
  | { readonly kind: 'none' };

/** A declaration of the module. */
export type Decl =
  | { readonly kind: 'state'; readonly state: string }
  | { readonly kind: 'chain'; readonly segment: number }
  | { readonly kind: 'top' };

/** An expression of the module, before it is written. */
export type Expr =
  /** A declaration named; `lazy`: through `goTo(() => name)`, read when the machine is built. */
  | { readonly kind: 'ref'; readonly decl: Decl; readonly lazy?: boolean }
  | { readonly kind: 'state'; readonly state: string }
  | { readonly kind: 'afterwards'; readonly choice: Expr }
  | { readonly kind: 'chain'; readonly items: readonly Expr[] };

/** The layout of a machine. */
export interface Layout {
  readonly segments: readonly Segment[];
  /** States declared as constants. */
  readonly consts: ReadonlySet<string>;
  /** Declarations in order (the machine itself last); empty when `unresolved` is set. */
  readonly order: readonly Decl[];
  /** The expression written at a use. */
  exprAt(site: Site): Expr;
  /** A segment's `chain(…)` (or its one state). */
  segmentExpr(segment: number): Expr;
  /** When the machine cannot be ordered: the states of a loop the builders cannot close. */
  readonly unresolved: readonly string[] | undefined;
}

/** Where segments are written, and what follows from it. */
class Placement {
  readonly model: MachineModel;
  readonly segments: readonly Segment[];
  readonly segmentOf: ReadonlyMap<string, number>;
  readonly homes: Home[];
  readonly inlinable: (state: StateModel) => boolean;
  readonly parentOf = new Map<number, string>();
  consts = new Set<string>();
  /** Uses written as `goTo(() => name)`, by {@link siteKey}: they close loops nothing else can. */
  readonly lazy = new Set<string>();

  constructor(model: MachineModel, inlinable: (state: StateModel) => boolean) {
    this.model = model;
    this.inlinable = inlinable;
    const { segments, segmentOf } = segmentsOf(model);
    this.segments = segments;
    this.segmentOf = segmentOf;
    // A segment used once is written there; a lone state without transition is named; a
    // segment that leads back to itself (a loop) is written at its first use, depth first from
    // the start (a constant chain would name itself); any other is a constant chain.
    const { looping, firstUse } = loopsOf(model, segments, segmentOf);
    this.homes = segments.map((s): Home =>
      s.uses.length <= 1
        ? { kind: 'site', use: 0 }
        : s.states.length === 1 && s.cont === undefined
          ? { kind: 'none' }
          : looping.has(s.id)
            ? { kind: 'site', use: firstUse.get(s.id) ?? 0 }
            : { kind: 'const' },
    );
    for (const st of model.states.values())
      for (const g of st.nested) this.parentOf.set(g, st.name);
    this.computeConsts();
  }

  /** States that need a name: those named at several places, and those too big to inline. */
  computeConsts(): void {
    this.consts = new Set();
    this.segments.forEach((seg, i) => {
      const home = this.homes[i] as Home;
      const named = home.kind === 'none' || (home.kind === 'site' && seg.uses.length > 1);
      seg.states.forEach((name, k) => {
        if ((k === 0 && named) || !this.inlinable(this.state(name))) this.consts.add(name);
      });
    });
  }

  state(name: string): StateModel {
    return this.model.states.get(name) as StateModel;
  }

  segmentAt(site: Site): number {
    if (site.kind === 'root')
      return this.segmentOf.get(this.model.graphs[site.graph]?.startAt as string) as number;
    if (site.kind === 'ref')
      return this.segmentOf.get(this.state(site.state).refs[site.index] as string) as number;
    return (this.segments[site.segment] as Segment).cont as number;
  }

  exprAt(site: Site): Expr {
    const id = this.segmentAt(site);
    const seg = this.segments[id] as Segment;
    const home = this.homes[id] as Home;
    const lazy = this.lazy.has(siteKey(site));
    if (home.kind === 'const') return { kind: 'ref', decl: { kind: 'chain', segment: id }, lazy };
    if (home.kind === 'site' && sameSite(seg.uses[home.use] as Site, site)) {
      // A segment written here may be one named state: a jump names it the same way.
      const e = this.segmentExpr(id);
      return lazy && e.kind === 'ref' ? { ...e, lazy } : e;
    }
    return { kind: 'ref', decl: { kind: 'state', state: seg.states[0] as string }, lazy };
  }

  /** The first state of a declaration, by its key (none for the machine). */
  firstState(key: string): string | undefined {
    if (key.startsWith('s:')) return key.slice(2);
    if (key.startsWith('c:')) return this.segments[Number(key.slice(2))]?.states[0];
    return undefined;
  }

  /** Every use in the machine: the graphs' starts, the states' targets, the continuations. */
  sites(): Site[] {
    const out: Site[] = [];
    for (let graph = 1; graph < this.model.graphs.length; graph++)
      out.push({ kind: 'root', graph });
    for (const s of this.model.states.values())
      s.refs.forEach((_, index) => out.push({ kind: 'ref', state: s.name, index }));
    for (const seg of this.segments)
      if (seg.cont !== undefined) out.push({ kind: 'cont', segment: seg.id });
    return out;
  }

  /**
   * Closes the loops that moving segments cannot break with jumps (`goTo`): in each loop, of the
   * uses inside it that name a declaration of the same loop, the one going back to the state the
   * machine reaches first (the loop's head), written last. Every loop of a round at once, in one
   * pass over the uses, so that a definition with thousands of loops stays linear. Returns a
   * loop that has no such use, or one of them when the placement leaves a declaration unreached
   * (jumps are followed like any reference, so no choice of jumps would change that).
   */
  breakWithJumps(
    cycles: readonly (readonly string[])[],
    rank: ReadonlyMap<string, number>,
  ): readonly string[] | undefined {
    const loopOf = new Map<string, number>();
    cycles.forEach((c, i) => {
      for (const k of c) loopOf.set(k, i);
    });
    const best: ({ key: string; target: number; from: number } | undefined)[] = cycles.map(
      () => undefined,
    );
    for (const site of this.sites()) {
      const key = siteKey(site);
      if (this.lazy.has(key)) continue;
      const e = this.exprAt(site);
      if (e.kind !== 'ref') continue;
      const loop = loopOf.get(declKey(e.decl));
      if (loop === undefined) continue;
      const holder = this.holderOfSite(site);
      if (holder === undefined || loopOf.get(holder) !== loop) continue;
      const target = rank.get(this.firstState(declKey(e.decl)) ?? '') ?? Number.MAX_SAFE_INTEGER;
      const from = rank.get(this.firstState(holder) ?? '') ?? -1;
      const b = best[loop];
      if (b === undefined || target < b.target || (target === b.target && from > b.from))
        best[loop] = { key, target, from };
    }
    const open = best.findIndex((b) => b === undefined);
    if (open >= 0) return cycles[open];
    if (!this.allReached()) return cycles[0];
    for (const b of best) this.lazy.add((b as { key: string }).key);
    return undefined;
  }

  /**
   * True when every declaration is reached from the machine through what the code names,
   * jumps included: the builders find a segment's transitions only in the declaration that
   * writes its chain, so one that only a jump inside itself leads to would be lost.
   */
  allReached(): boolean {
    const decls = this.decls();
    const seen = new Set<string>(['top']);
    const stack = ['top'];
    const byKey = new Map(decls.map((d) => [declKey(d), d]));
    while (stack.length > 0) {
      const d = byKey.get(stack.pop() as string) as Decl;
      const exprs =
        d.kind === 'top'
          ? [this.exprAt({ kind: 'root', graph: 0 })]
          : d.kind === 'chain'
            ? [this.segmentExpr(d.segment)]
            : this.stateParts(d.state);
      for (const named of this.named(exprs, true)) {
        const key = declKey(named);
        if (!seen.has(key)) {
          seen.add(key);
          stack.push(key);
        }
      }
    }
    return decls.every((d) => seen.has(declKey(d)));
  }

  segmentExpr(id: number): Expr {
    const seg = this.segments[id] as Segment;
    const items: Expr[] = seg.states.map((name) =>
      this.consts.has(name)
        ? { kind: 'ref', decl: { kind: 'state', state: name } }
        : { kind: 'state', state: name },
    );
    if (seg.afterwards) items.push({ kind: 'afterwards', choice: items.pop() as Expr });
    if (seg.cont !== undefined) items.push(this.exprAt({ kind: 'cont', segment: id }));
    return items.length === 1 ? (items[0] as Expr) : { kind: 'chain', items };
  }

  /** The expressions inside a state's builder call: targets and nested graphs. */
  stateParts(name: string): Expr[] {
    const s = this.state(name);
    return [
      ...s.refs.map((_, index) => this.exprAt({ kind: 'ref', state: name, index })),
      ...s.nested.map((graph) => this.exprAt({ kind: 'root', graph })),
    ];
  }

  /** The declarations an expression names (without looking inside them); jumps with `lazy`. */
  named(exprs: readonly Expr[], withJumps = false): Decl[] {
    const out: Decl[] = [];
    const stack = [...exprs];
    while (stack.length > 0) {
      const e = stack.pop() as Expr;
      if (e.kind === 'ref') {
        if (withJumps || e.lazy !== true) out.push(e.decl);
      } else if (e.kind === 'chain') stack.push(...e.items);
      else if (e.kind === 'afterwards') stack.push(e.choice);
      else stack.push(...this.stateParts(e.state));
    }
    return out;
  }

  decls(): Decl[] {
    return [
      ...[...this.consts].map((state): Decl => ({ kind: 'state', state })),
      ...this.segments.flatMap((s, i): Decl[] =>
        (this.homes[i] as Home).kind === 'const' ? [{ kind: 'chain', segment: s.id }] : [],
      ),
      { kind: 'top' },
    ];
  }

  dependencies(decls: readonly Decl[]): Map<string, Decl[]> {
    return new Map(
      decls.map((d) => [
        declKey(d),
        this.named(
          d.kind === 'top'
            ? [this.exprAt({ kind: 'root', graph: 0 })]
            : d.kind === 'chain'
              ? [this.segmentExpr(d.segment)]
              : this.stateParts(d.state),
        ),
      ]),
    );
  }

  /**
   * The declaration whose code holds a state (its own constant, or the one its segment is
   * written in); undefined when segments are written inside each other in a circle.
   */
  holderOfState(name: string, seen = new Set<number>()): string | undefined {
    return this.consts.has(name)
      ? `s:${name}`
      : this.holderOfSegment(this.segmentOf.get(name) as number, seen);
  }

  holderOfSegment(id: number, seen: Set<number>): string | undefined {
    const home = this.homes[id] as Home;
    if (home.kind === 'const') return `c:${id}`;
    const seg = this.segments[id] as Segment;
    if (home.kind === 'none') return `s:${seg.states[0] as string}`;
    if (seen.has(id)) return undefined;
    seen.add(id);
    return this.holderOfSite(seg.uses[home.use] as Site, seen);
  }

  holderOfSite(site: Site, seen = new Set<number>()): string | undefined {
    if (site.kind === 'root') {
      const parent = this.parentOf.get(site.graph);
      return parent === undefined ? 'top' : this.holderOfState(parent, seen);
    }
    if (site.kind === 'ref') return this.holderOfState(site.state, seen);
    return this.holderOfSegment(site.segment, seen);
  }

  /** Recomputes which states of one segment need a name, after its home moved. */
  updateConsts(id: number): void {
    const seg = this.segments[id] as Segment;
    const home = this.homes[id] as Home;
    const named = home.kind === 'none' || (home.kind === 'site' && seg.uses.length > 1);
    seg.states.forEach((name, k) => {
      if ((k === 0 && named) || !this.inlinable(this.state(name))) this.consts.add(name);
      else this.consts.delete(name);
    });
  }

  /** Moves the home of a segment of a cycle to a use outside it; false when none can move. */
  breakCycle(cycle: ReadonlySet<string>, tried: Set<string>): boolean {
    for (const seg of this.segments) {
      if (seg.uses.length < 2 || (this.homes[seg.id] as Home).kind === 'none') continue;
      const involved =
        cycle.has(`c:${seg.id}`) ||
        seg.states.some((n) => cycle.has(this.holderOfState(n) ?? '') || cycle.has(`s:${n}`));
      if (!involved) continue;
      for (let use = 0; use < seg.uses.length; use++) {
        const key = `${seg.id}@${use}`;
        const before = this.homes[seg.id] as Home;
        if (tried.has(key) || (before.kind === 'site' && before.use === use)) continue;
        tried.add(key);
        const holder = this.holderOfSite(seg.uses[use] as Site);
        if (holder === undefined || cycle.has(holder)) continue;
        this.homes[seg.id] = { kind: 'site', use };
        this.updateConsts(seg.id);
        if (this.holderOfSegment(seg.id, new Set()) !== undefined) return true;
        this.homes[seg.id] = before;
        this.updateConsts(seg.id);
      }
    }
    return false;
  }
}

/** A key per use. */
function siteKey(site: Site): string {
  if (site.kind === 'root') return `r:${site.graph}`;
  if (site.kind === 'ref') return `t:${site.index}:${site.state}`;
  return `n:${site.segment}`;
}

/** The order in which the machine reaches its states: depth first from the start. */
function reachOrder(model: MachineModel): Map<string, number> {
  const rank = new Map<string, number>();
  const stack: string[] = [model.graphs[0]?.startAt as string];
  while (stack.length > 0) {
    const name = stack.pop() as string;
    const s = model.states.get(name);
    if (s === undefined || rank.has(name)) continue;
    rank.set(name, rank.size);
    const next: string[] = [
      ...(s.next === undefined ? [] : [s.next]),
      ...s.refs,
      ...s.nested.map((g) => model.graphs[g]?.startAt as string),
    ];
    for (let i = next.length - 1; i >= 0; i--) stack.push(next[i] as string);
  }
  return rank;
}

/** How many times loops that the first layout leaves are re-laid out before giving up. */
const MAX_ROUNDS = 64;

/**
 * The segments that lead back to themselves (through continuations, targets and nested graphs),
 * and the first use of each segment, depth first from the start of the machine in the order the
 * code reads.
 */
function loopsOf(
  model: MachineModel,
  segments: readonly Segment[],
  segmentOf: ReadonlyMap<string, number>,
): { looping: Set<number>; firstUse: Map<number, number> } {
  const usesOf = (seg: Segment): Site[] => {
    const out: Site[] = [];
    for (const name of seg.states) {
      const s = model.states.get(name) as StateModel;
      s.refs.forEach((_, index) => out.push({ kind: 'ref', state: name, index }));
      for (const graph of s.nested) out.push({ kind: 'root', graph });
    }
    if (seg.cont !== undefined) out.push({ kind: 'cont', segment: seg.id });
    return out;
  };
  const target = (site: Site): number =>
    site.kind === 'root'
      ? (segmentOf.get(model.graphs[site.graph]?.startAt as string) as number)
      : site.kind === 'ref'
        ? (segmentOf.get(
            (model.states.get(site.state) as StateModel).refs[site.index] as string,
          ) as number)
        : ((segments[site.segment] as Segment).cont as number);
  const edges = new Map<string, string[]>();
  for (const seg of segments)
    edges.set(
      String(seg.id),
      usesOf(seg).map((u) => String(target(u))),
    );
  const looping = new Set<number>();
  for (const c of cyclicComponents(
    segments.map((s) => String(s.id)),
    edges,
  )) {
    for (const id of c) looping.add(Number(id));
  }
  // First uses: depth first from the machine's start, each segment entered once.
  const firstUse = new Map<number, number>();
  const root = segmentOf.get(model.graphs[0]?.startAt as string) as number;
  // The machine's first segment is written where the machine starts, not inside a loop.
  const start = (segments[root] as Segment).uses.findIndex((u) => u.kind === 'root');
  if (start >= 0) firstUse.set(root, start);
  const seen = new Set<number>([root]);
  const stack: number[] = [root];
  while (stack.length > 0) {
    const seg = segments[stack.pop() as number] as Segment;
    const next: number[] = [];
    for (const site of usesOf(seg)) {
      const t = target(site);
      const to = segments[t] as Segment;
      if (!firstUse.has(t)) {
        const index = to.uses.findIndex((u) => sameSite(u, site));
        if (index >= 0) firstUse.set(t, index);
      }
      if (!seen.has(t)) {
        seen.add(t);
        next.push(t);
      }
    }
    for (let i = next.length - 1; i >= 0; i--) stack.push(next[i] as number);
  }
  return { looping, firstUse };
}

/**
 * Lays out a machine: segments, their homes, the constants and their order.
 * `inlinable(state)` says whether a state used in one place may be written there instead of
 * being a constant (small states without links).
 *
 * @example
 * ```ts
 * const layout = layoutMachine(machineModel(definition), (s) => s.type === 'Succeed');
 * layout.order; // [{ kind: 'state', state: 'Start' }, …, { kind: 'top' }]
 * ```
 */
export function layoutMachine(
  model: MachineModel,
  inlinable: (state: StateModel) => boolean,
): Layout {
  // Loops are first ordered by moving where segments are written, which needs no goTo; a loop
  // that cannot be ordered so (a Catch handler leading back to the state that catches) is laid
  // out afresh and closed with jumps.
  const moved = settle(new Placement(model, inlinable), (p, cycles, tried) =>
    cycles.find((c) => !p.breakCycle(new Set(c), tried)),
  );
  if (moved.unresolved === undefined) return moved;
  const rank = reachOrder(model);
  const jumped = settle(new Placement(model, inlinable), (p, cycles) =>
    p.breakWithJumps(cycles, rank),
  );
  return jumped.unresolved === undefined ? jumped : moved;
}

/** Breaks the declaration cycles of a placement with `breaker`, round by round. */
function settle(
  p: Placement,
  breaker: (
    p: Placement,
    cycles: readonly (readonly string[])[],
    tried: Set<string>,
  ) => readonly string[] | undefined,
): Layout {
  let unresolved: string[] | undefined;
  let decls: Decl[] = [];
  let deps = new Map<string, Decl[]>();
  const tried = new Set<string>();
  for (let round = 0; round <= MAX_ROUNDS; round++) {
    decls = p.decls();
    deps = p.dependencies(decls);
    const succ = new Map([...deps].map(([k, v]) => [k, v.map(declKey)]));
    const cycles = cyclicComponents(decls.map(declKey), succ);
    if (cycles.length === 0) {
      unresolved = undefined;
      break;
    }
    // Every remaining loop at once (they are independent); one nothing can break is reported.
    const stuck = breaker(p, cycles, tried);
    const shown = stuck ?? cycles[0] ?? [];
    unresolved = shown.filter((k) => k.startsWith('s:')).map((k) => k.slice(2));
    if (stuck !== undefined) break;
  }
  return {
    segments: p.segments,
    consts: p.consts,
    order: unresolved === undefined ? declarationOrder(p.model, p.segments, decls, deps) : [],
    exprAt: (site) => p.exprAt(site),
    segmentExpr: (segment) => p.segmentExpr(segment),
    unresolved,
  };
}
