/**
 * The shape of an imported definition that layout decisions need: its graphs (the machine,
 * Parallel branches, Map processors), each state's `Next` and its references (Choice rule
 * targets, `Default`, Catch handlers) and nested graphs, in the order they appear.
 */
import { isJsonObject } from '../util/json.ts';

/** One graph: the machine's top level, a Parallel branch or a Map item processor. */
export interface GraphModel {
  /** Index in {@link MachineModel.graphs}. */
  readonly id: number;
  readonly startAt: string;
  /** The states in the order of the definition. */
  readonly states: readonly string[];
}

/** A state's links. */
export interface StateModel {
  readonly name: string;
  readonly graph: number;
  readonly type: string;
  /** The ASL object. */
  readonly json: Record<string, unknown>;
  readonly next: string | undefined;
  /** Targets of Choice rules (in order), then `Default`, then Catch handlers (in order). */
  readonly refs: readonly string[];
  /** Nested graphs: Parallel branches in order, or the Map processor. */
  readonly nested: readonly number[];
}

/** Every graph and state of a machine. */
export interface MachineModel {
  readonly graphs: readonly GraphModel[];
  /** By state name (names are unique across the machine in a valid definition). */
  readonly states: ReadonlyMap<string, StateModel>;
}

function referencesOf(state: Record<string, unknown>): string[] {
  const refs: string[] = [];
  const choices = state['Choices'];
  if (Array.isArray(choices)) {
    for (const r of choices)
      if (isJsonObject(r) && typeof r['Next'] === 'string') refs.push(r['Next']);
  }
  if (typeof state['Default'] === 'string') refs.push(state['Default']);
  const catchers = state['Catch'];
  if (Array.isArray(catchers)) {
    for (const c of catchers)
      if (isJsonObject(c) && typeof c['Next'] === 'string') refs.push(c['Next']);
  }
  return refs;
}

/**
 * Reads the graphs of a valid definition.
 *
 * @example
 * ```ts
 * const model = machineModel({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } });
 * model.graphs[0].startAt; // 'A'
 * ```
 */
export function machineModel(definition: Record<string, unknown>): MachineModel {
  const graphs: GraphModel[] = [];
  const states = new Map<string, StateModel>();
  const queue: Record<string, unknown>[] = [definition];
  for (let id = 0; id < queue.length; id++) {
    const graph = queue[id] as Record<string, unknown>;
    const body = graph['States'] as Record<string, unknown>;
    const names = Object.keys(body);
    graphs.push({ id, startAt: graph['StartAt'] as string, states: names });
    for (const name of names) {
      const json = body[name] as Record<string, unknown>;
      const nested: number[] = [];
      const branches = json['Branches'];
      if (Array.isArray(branches)) {
        for (const b of branches) {
          nested.push(queue.length);
          queue.push(b as Record<string, unknown>);
        }
      }
      const processor = json['ItemProcessor'] ?? json['Iterator'];
      if (isJsonObject(processor)) {
        nested.push(queue.length);
        queue.push(processor);
      }
      states.set(name, {
        name,
        graph: id,
        type: String(json['Type']),
        json,
        next: typeof json['Next'] === 'string' ? json['Next'] : undefined,
        refs: referencesOf(json),
        nested,
      });
    }
  }
  return { graphs, states };
}
