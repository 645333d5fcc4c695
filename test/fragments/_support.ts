// Helpers of the fragment tests: compiling fixture machines, projecting ASL onto the fields the
// spec's text trees show, and parsing those trees.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compile } from '../../src/compile.ts';
import { stateMachine, type Chainable, type StateMachine } from '../../src/index.ts';

/** The ASL document of a machine, as plain JSON. */
export function asl(machine: StateMachine): AslGraph {
  return JSON.parse(compile(machine).json) as AslGraph;
}

/** A copy of the spec's rendering (test/fragments/spec-renderings/<name>). */
export function specRendering(name: string): string {
  return readFileSync(fileURLToPath(new URL(`./spec-renderings/${name}`, import.meta.url)), 'utf8');
}

/** The spec's JSON rendering `<name>.json`. */
export function specJson<T = AslGraph>(name: string): T {
  return JSON.parse(specRendering(`${name}.json`)) as T;
}

export interface AslGraph {
  StartAt: string;
  States: Record<string, AslState>;
}

export type AslState = Record<string, unknown> & { Type: string };

/** What the spec's text trees show of a state. */
export interface TreeState {
  type: string;
  fields: Record<string, string | null>;
  catch: string[];
  next?: string;
  end?: true;
  graphs: TreeGraph[];
}

export interface TreeGraph {
  startAt: string;
  states: Record<string, TreeState>;
}

const TREE_FIELDS = ['InputPath', 'ResultPath', 'OutputPath', 'ItemsPath'];

/** Projects an ASL graph onto the fields of the spec's text trees. */
export function project(graph: AslGraph): TreeGraph {
  const states: Record<string, TreeState> = {};
  for (const [name, s] of Object.entries(graph.States)) {
    const fields: Record<string, string | null> = {};
    for (const f of TREE_FIELDS) if (f in s) fields[f] = s[f] as string | null;
    const catchers = (s['Catch'] as { Next: string }[] | undefined) ?? [];
    const graphs = [
      ...((s['Branches'] as AslGraph[] | undefined) ?? []),
      ...(s['Iterator'] !== undefined ? [s['Iterator'] as AslGraph] : []),
      ...(s['ItemProcessor'] !== undefined ? [s['ItemProcessor'] as AslGraph] : []),
    ];
    states[name] = {
      type: s.Type,
      fields,
      catch: catchers.map((c) => c.Next),
      ...(typeof s['Next'] === 'string' ? { next: s['Next'] } : {}),
      ...(s['End'] === true ? { end: true as const } : {}),
      graphs: graphs.map(project),
    };
  }
  return { startAt: graph.StartAt, states };
}

const STATE_LINE = /^( *)\[(\w+)\] "([^"]+)" {2}(.*)$/;
const GRAPH_LINE = /^( *)(?:branch \d+|Iterator): StartAt "([^"]+)"$/;

/** Parses one of the spec's text trees (§12.1, §12.2, §14.1) into the same shape. */
export function parseTree(text: string): TreeGraph {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const first = /^StartAt "([^"]+)"$/.exec(lines[0] ?? '');
  if (first === null) throw new Error(`not a tree: ${lines[0]}`);
  const root: TreeGraph = { startAt: first[1] as string, states: {} };
  // Stack of [indent of the graph's states, graph].
  const stack: [number, TreeGraph][] = [[0, root]];
  let last: TreeState | undefined;
  let lastIndent = 0;
  for (const line of lines.slice(1)) {
    const g = GRAPH_LINE.exec(line);
    if (g !== null) {
      const indent = (g[1] as string).length;
      if (last === undefined || indent !== lastIndent + 2) throw new Error(`orphan graph: ${line}`);
      const graph: TreeGraph = { startAt: g[2] as string, states: {} };
      last.graphs.push(graph);
      stack.push([indent + 2, graph]);
      continue;
    }
    const m = STATE_LINE.exec(line);
    if (m === null) throw new Error(`unparsed tree line: ${line}`);
    const indent = (m[1] as string).length;
    while (stack.length > 0 && (stack[stack.length - 1] as [number, TreeGraph])[0] > indent) {
      stack.pop();
    }
    const top = stack[stack.length - 1];
    if (top === undefined || top[0] !== indent) throw new Error(`bad indentation: ${line}`);
    let rest = m[4] as string;
    const state: TreeState = { type: m[2] as string, fields: {}, catch: [], graphs: [] };
    for (;;) {
      const f = /^(\w+)=(?:"([^"]*)"|null) ?/.exec(rest);
      if (f === null) break;
      state.fields[f[1] as string] = f[2] === undefined ? null : f[2];
      rest = rest.slice(f[0].length);
    }
    const c = /^Catch→(.+?)(?= → |$)/.exec(rest);
    if (c !== null) {
      state.catch.push(c[1] as string);
      rest = rest.slice(c[0].length).trimStart();
    }
    if (rest === 'END') state.end = true;
    else if (rest.startsWith('→ ')) state.next = rest.slice(2);
    else if (rest.trim() !== '') throw new Error(`unparsed tail '${rest}' in: ${line}`);
    top[1].states[m[3] as string] = state;
    last = state;
    lastIndent = indent;
  }
  return root;
}

/** The state named `name` anywhere in a graph (branches and iterators included). */
export function findState(graph: AslGraph, name: string): AslState | undefined {
  for (const [n, s] of Object.entries(graph.States)) {
    if (n === name) return s;
    const nested = [
      ...((s['Branches'] as AslGraph[] | undefined) ?? []),
      ...(s['Iterator'] !== undefined ? [s['Iterator'] as AslGraph] : []),
    ];
    for (const g of nested) {
      const found = findState(g, name);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** Every state name of a graph, nested ones included. */
export function allStateNames(graph: AslGraph): string[] {
  const out: string[] = [];
  for (const [n, s] of Object.entries(graph.States)) {
    out.push(n);
    for (const g of [
      ...((s['Branches'] as AslGraph[] | undefined) ?? []),
      ...(s['Iterator'] !== undefined ? [s['Iterator'] as AslGraph] : []),
    ]) {
      out.push(...allStateNames(g));
    }
  }
  return out;
}

/** Compiles a chain as a whole machine and returns the parsed ASL. */
export const machine = (definition: Chainable): AslGraph => asl(stateMachine({ definition }));

/** The `Parameters` of a state. */
export const params = (s: AslState | undefined): Record<string, unknown> =>
  (s as AslState)['Parameters'] as Record<string, unknown>;
