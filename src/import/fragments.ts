/**
 * Repeated sub-graphs of an imported machine: runs of states that are copies of each other
 * except for a name prefix (what `prefixStates` and fragments produce: `First: Merge`,
 * `Second: Merge`). Each is written once as a local function of the prefix
 * (`function merge(prefix: string) { return chain(pass(`${prefix}Merge`), …); }`) and called
 * where each copy runs.
 */
import { isJsonObject } from '../util/json.ts';
import type { MachineModel, StateModel } from './graph-model.ts';
import type { Segment } from './segments.ts';

/** One copy: its prefix and its states in order (the states of its nested graphs excluded). */
export interface FragmentRun {
  readonly prefix: string;
  readonly states: readonly string[];
}

/** Copies of one sub-graph. */
export interface Fragment {
  readonly runs: readonly FragmentRun[];
  /** The name of the first state without the prefix (the function is named after it). */
  readonly firstName: string;
}

/** A prefix ends with one of these (`First: `, `copy-`, `a/`). */
const SEPARATOR = /[\s:\-_/.|>]$/;
/** The longest copy considered, in states. */
const MAX_RUN = 64;

function prefixesOf(name: string): string[] {
  const out: string[] = [];
  const chars = [...name];
  for (let i = 1; i < chars.length && i <= 40; i++) {
    const p = chars.slice(0, i).join('');
    if (SEPARATOR.test(p)) out.push(p);
  }
  return out;
}

/** A value with object keys sorted, names unprefixed, as text: equal for equal copies. */
function canonical(
  value: unknown,
  rename: (name: string) => string,
  ignore: ReadonlySet<string>,
): string {
  if (Array.isArray(value))
    return `[${value.map((v: unknown) => canonical(v, rename, new Set())).join(',')}]`;
  if (!isJsonObject(value)) return JSON.stringify(value) ?? 'null';
  const keys = Object.keys(value)
    .filter((k) => !ignore.has(k))
    .sort();
  return `{${keys
    .map((k) => {
      const v = value[k];
      if ((k === 'Next' || k === 'StartAt') && typeof v === 'string')
        return `${JSON.stringify(k)}:${JSON.stringify(rename(v))}`;
      if (k === 'States' && isJsonObject(v)) {
        const inner = Object.keys(v)
          .map((n) => `${JSON.stringify(rename(n))}:${canonical(v[n], rename, new Set())}`)
          .sort();
        return `"States":{${inner.join(',')}}`;
      }
      return `${JSON.stringify(k)}:${canonical(v, rename, new Set())}`;
    })
    .join(',')}}`;
}

/** The states of a state's nested graphs (all levels), or undefined when one has links. */
function nestedStates(model: MachineModel, state: StateModel): string[] | undefined {
  const out: string[] = [];
  const graphs = [...state.nested];
  while (graphs.length > 0) {
    const g = model.graphs[graphs.pop() as number];
    if (g === undefined) return undefined;
    // A linear graph: from StartAt along Next, every state once, no references.
    let cur: string | undefined = g.startAt;
    const seen = new Set<string>();
    while (cur !== undefined) {
      const s = model.states.get(cur);
      if (s === undefined || seen.has(cur) || s.refs.length > 0) return undefined;
      seen.add(cur);
      out.push(cur);
      graphs.push(...s.nested);
      cur = s.next;
    }
    if (seen.size !== g.states.length) return undefined;
  }
  return out;
}

/**
 * Finds repeated sub-graphs: runs of consecutive states of one segment, without Choice rules or
 * Catch handlers, whose nested graphs are plain chains, that are equal to another run (key order
 * ignored) once a name prefix is taken off every state name, theirs and their nested states'.
 *
 * @example
 * ```ts
 * detectFragments(model, segments); // [{ firstName: 'Merge Req', runs: [{ prefix: 'First: ', … }, { prefix: 'Second: ', … }] }]
 * ```
 */
export function detectFragments(model: MachineModel, segments: readonly Segment[]): Fragment[] {
  // Unprefixed names that occur under two prefixes or more.
  const prefixesByRest = new Map<string, Set<string>>();
  for (const name of model.states.keys()) {
    for (const p of prefixesOf(name)) {
      const rest = name.slice(p.length);
      let set = prefixesByRest.get(rest);
      if (set === undefined) prefixesByRest.set(rest, (set = new Set()));
      set.add(p);
    }
  }
  const shared = (name: string, p: string): boolean =>
    name.startsWith(p) &&
    name.length > p.length &&
    (prefixesByRest.get(name.slice(p.length))?.size ?? 0) > 1;
  const groups = new Map<string, { runs: FragmentRun[]; size: number; firstName: string }>();
  for (const seg of segments) {
    const states = seg.states;
    for (let i = 0; i < states.length; i++) {
      const first = states[i] as string;
      for (const p of prefixesOf(first)) {
        if (!shared(first, p)) continue;
        if (i > 0 && shared(states[i - 1] as string, p)) continue; // not maximal
        const run: string[] = [];
        const all: string[] = [];
        for (let j = i; j < states.length && run.length < MAX_RUN; j++) {
          const s = model.states.get(states[j] as string) as StateModel;
          if (!shared(s.name, p) || s.refs.length > 0) break;
          const nested = nestedStates(model, s);
          if (nested === undefined || !nested.every((n) => n.startsWith(p) && n.length > p.length))
            break;
          run.push(s.name);
          all.push(s.name, ...nested);
        }
        if (run.length === 0 || all.length < 2) continue;
        const rename = (n: string): string => (n.startsWith(p) ? n.slice(p.length) : `\u0000${n}`);
        const key = run
          .map((n, k) =>
            canonical(
              model.states.get(n)?.json,
              rename,
              k === run.length - 1 ? new Set(['Next', 'End']) : new Set(),
            ),
          )
          .join('|');
        let group = groups.get(key);
        if (group === undefined)
          groups.set(
            key,
            (group = { runs: [], size: all.length, firstName: first.slice(p.length) }),
          );
        group.runs.push({ prefix: p, states: run });
      }
    }
  }
  // The largest groups first; a state belongs to one copy at most.
  const taken = new Set<string>();
  const out: Fragment[] = [];
  const ordered = [...groups.values()].sort(
    (a, b) =>
      b.size * b.runs.length - a.size * a.runs.length ||
      (b.runs[0]?.prefix.length ?? 0) - (a.runs[0]?.prefix.length ?? 0),
  );
  for (const g of ordered) {
    const runs = g.runs.filter((r) => !r.states.some((s) => taken.has(s)));
    if (new Set(runs.map((r) => r.prefix)).size < 2 || runs.length < 2) continue;
    for (const r of runs) for (const s of r.states) taken.add(s);
    out.push({ runs, firstName: g.firstName });
  }
  return out;
}
