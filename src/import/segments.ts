/**
 * Segments of an imported machine: runs of `Next` transitions, each from an entry (the first
 * state of a graph, a Choice or Catch target, or a state that several transitions lead to) to
 * the next entry, with the places that use each one.
 */
import type { MachineModel, StateModel } from './graph-model.ts';

/** Where a segment is used. */
export type Site =
  | { readonly kind: 'root'; readonly graph: number }
  | { readonly kind: 'ref'; readonly state: string; readonly index: number }
  | { readonly kind: 'cont'; readonly segment: number };

/** A run of `Next` transitions from an entry. */
export interface Segment {
  readonly id: number;
  readonly graph: number;
  readonly states: readonly string[];
  /** The segment the last state continues to. */
  readonly cont: number | undefined;
  /**
   * The last state is a Choice whose branches all continue to `cont`: the segment is written
   * `chain(…, choice.afterwards(), cont)`.
   */
  readonly afterwards: boolean;
  readonly uses: readonly Site[];
}

interface MutableSegment {
  id: number;
  graph: number;
  states: string[];
  cont: number | undefined;
  afterwards: boolean;
  uses: Site[];
}

/**
 * True when two uses are the same place.
 *
 * @example
 * ```ts
 * sameSite({ kind: 'root', graph: 0 }, { kind: 'root', graph: 0 }); // true
 * ```
 */
export function sameSite(a: Site, b: Site): boolean {
  if (a.kind === 'root') return b.kind === 'root' && a.graph === b.graph;
  if (a.kind === 'ref') return b.kind === 'ref' && a.state === b.state && a.index === b.index;
  return b.kind === 'cont' && a.segment === b.segment;
}

/**
 * The states that no start of a graph leads to (the DSL writes only reachable states).
 *
 * @example
 * ```ts
 * unreachableStates(machineModel(definition)); // [] when StartAt leads everywhere
 * ```
 */
export function unreachableStates(model: MachineModel): string[] {
  const seen = new Set<string>();
  for (const graph of model.graphs) {
    const stack = [graph.startAt];
    while (stack.length > 0) {
      const name = stack.pop() as string;
      if (seen.has(name)) continue;
      const s = model.states.get(name);
      if (s === undefined) continue;
      seen.add(name);
      if (s.next !== undefined) stack.push(s.next);
      stack.push(...s.refs);
    }
  }
  return [...model.states.keys()].filter((n) => !seen.has(n));
}

/** Splits every graph into segments. Every state must be reachable. */
function split(model: MachineModel): {
  segments: MutableSegment[];
  segmentOf: Map<string, number>;
} {
  const incoming = new Map<string, number>();
  const referenced = new Set<string>();
  for (const s of model.states.values()) {
    if (s.next !== undefined) incoming.set(s.next, (incoming.get(s.next) ?? 0) + 1);
    for (const r of s.refs) referenced.add(r);
  }
  const starts = new Set(model.graphs.map((g) => g.startAt));
  const isEntry = (name: string): boolean =>
    referenced.has(name) || starts.has(name) || (incoming.get(name) ?? 0) !== 1;
  const segmentOf = new Map<string, number>();
  const segments: MutableSegment[] = [];
  for (const graph of model.graphs) {
    for (const name of graph.states) {
      if (!isEntry(name) || segmentOf.has(name)) continue;
      const id = segments.length;
      const states = [name];
      segmentOf.set(name, id);
      let cur = model.states.get(name) as StateModel;
      while (cur.next !== undefined && !isEntry(cur.next) && !segmentOf.has(cur.next)) {
        states.push(cur.next);
        segmentOf.set(cur.next, id);
        cur = model.states.get(cur.next) as StateModel;
      }
      segments.push({ id, graph: graph.id, states, cont: undefined, afterwards: false, uses: [] });
    }
  }
  for (const seg of segments) {
    const last = model.states.get(seg.states[seg.states.length - 1] as string) as StateModel;
    seg.cont = last.next === undefined ? undefined : segmentOf.get(last.next);
  }
  for (const graph of model.graphs) {
    const seg = segmentOf.get(graph.startAt);
    if (seg !== undefined) segments[seg]?.uses.push({ kind: 'root', graph: graph.id });
  }
  for (const graph of model.graphs) {
    for (const name of graph.states) {
      const s = model.states.get(name) as StateModel;
      const own = segments[segmentOf.get(name) as number] as MutableSegment;
      if (own.states[own.states.length - 1] === name && own.cont !== undefined) {
        segments[own.cont]?.uses.push({ kind: 'cont', segment: own.id });
      }
      s.refs.forEach((r, index) => {
        segments[segmentOf.get(r) as number]?.uses.push({ kind: 'ref', state: name, index });
      });
    }
  }
  return { segments, segmentOf };
}

/**
 * Rewrites a Choice whose branches meet again (a join, or a loop back) into
 * `choice.afterwards()` followed by the meeting point: every rule and default target must be a
 * segment used only there that continues to one same segment, or end in Succeed or Fail.
 */
function joinChoices(
  model: MachineModel,
  segments: MutableSegment[],
  segmentOf: Map<string, number>,
): void {
  for (const seg of segments) {
    const last = model.states.get(seg.states[seg.states.length - 1] as string) as StateModel;
    if (last.type !== 'Choice' || seg.cont !== undefined) continue;
    const rules =
      last.refs.length - (Array.isArray(last.json['Catch']) ? last.json['Catch'].length : 0);
    let meet: number | undefined;
    const joining: MutableSegment[] = [];
    let ok = true;
    for (let i = 0; i < rules && ok; i++) {
      const target = segments[segmentOf.get(last.refs[i] as string) as number] as MutableSegment;
      const final = model.states.get(
        target.states[target.states.length - 1] as string,
      ) as StateModel;
      if (target.cont === undefined) {
        ok = (final.type === 'Succeed' || final.type === 'Fail') && !target.afterwards;
      } else if (
        target.uses.length === 1 &&
        !target.afterwards &&
        (meet === undefined || meet === target.cont)
      ) {
        meet = target.cont;
        joining.push(target);
      } else ok = false;
    }
    if (!ok || meet === undefined) continue;
    const to = segments[meet] as MutableSegment;
    for (const j of joining) {
      j.cont = undefined;
      to.uses = to.uses.filter((u) => !(u.kind === 'cont' && u.segment === j.id));
    }
    seg.cont = meet;
    seg.afterwards = true;
    to.uses.push({ kind: 'cont', segment: seg.id });
  }
}

/**
 * The segments of a machine and the segment of each state.
 *
 * @example
 * ```ts
 * const { segments } = segmentsOf(machineModel(definition));
 * segments[0].states; // the states from StartAt to the first join, loop target or end
 * ```
 */
export function segmentsOf(model: MachineModel): {
  segments: readonly Segment[];
  segmentOf: ReadonlyMap<string, number>;
} {
  const { segments, segmentOf } = split(model);
  joinChoices(model, segments, segmentOf);
  return { segments, segmentOf };
}
