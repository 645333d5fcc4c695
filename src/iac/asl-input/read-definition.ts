import { GraphNode } from '../../ir/graph-node.ts';
import { StateMachineNode } from '../../ir/state-machine-node.ts';
import { isJsonObject } from '../../util/json.ts';
import { appendPointer } from '../../util/json-pointer.ts';
import { AslFields } from './fields.ts';
import { readState } from './read-state.ts';
import { unsupported } from './read-value.ts';

/** A graph: the top level's `StartAt`/`States`, a Parallel branch, a Map item processor. */
function readGraph(raw: unknown, pointer: string): GraphNode {
  const f = new AslFields(raw, pointer);
  const graph = graphOf(f, f.text('Comment'));
  f.done('a branch or item processor');
  return graph;
}

function graphOf(f: AslFields, comment: string | undefined): GraphNode {
  const states = f.raw('States');
  if (!isJsonObject(states))
    unsupported(f.at('States'), 'States must be an object', 'fix the file');
  return GraphNode.create({
    comment,
    startAt: f.text('StartAt') ?? '',
    states: Object.keys(states).map((name) =>
      readState(name, states[name], appendPointer(f.at('States'), name), readGraph),
    ),
  });
}

/**
 * Reads a plain ASL definition (a validated `.asl.json`) into the IR, so that it goes through
 * every IaC target and the IAM derivation exactly as a compiled workflow module does. Each
 * `${Name}` in a Resource, a payload value or a quoted intrinsic argument becomes a deploy-time
 * placeholder (inside a longer string, a substitution); states keep the order of the file. A
 * placeholder where the IR cannot hold one (a path, a name, a comment, an enum) or a
 * `States.Format` template with an escaped `{}` is an `UnsupportedAslWorkflow` error naming the
 * field.
 *
 * @example
 * ```ts
 * const machine = readAslDefinition({
 *   StartAt: 'Call',
 *   States: { Call: { Type: 'Task', Resource: '${FunctionArn}', End: true } },
 * });
 * collectPlaceholders(machine); // ['FunctionArn']
 * ```
 */
export function readAslDefinition(definition: unknown): StateMachineNode {
  const f = new AslFields(definition, '');
  const machine = StateMachineNode.create({
    comment: f.text('Comment'),
    version: f.text('Version'),
    queryLanguage: f.choice('QueryLanguage', ['JSONPath', 'JSONata']),
    timeoutSeconds: f.number('TimeoutSeconds'),
    graph: graphOf(f, undefined),
  });
  f.done('the state machine');
  return machine;
}
