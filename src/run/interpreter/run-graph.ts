/**
 * The state loop: runs a state graph (the machine, a Parallel branch, a Map item processor)
 * from `StartAt` until a state ends it, recording StateEntered/StateExited, applying each
 * state's variable assignments once the state is done, guarding against endless loops and
 * oversized outputs, and prefixing the causes of interpreter-raised errors with the state.
 * StateExited names the transition taken (`next`, and `transition`: `Next`, `Choices[i]`,
 * `Default` or `Catch[i]`), which is what coverage is derived from.
 */
import { stateLanguage } from './definition.ts';
import { FatalError, StatesError } from './errors.ts';
import { withStatePrefix } from './retry.ts';
import type { AslStateType } from '../../asl/names.ts';
import type { AslState } from '../../asl/types.ts';
import type { AslStateOf, Fiber, StateGraph, StateOutcome, StateRun } from './runtime.ts';
import { checkPayloadSize } from './size.ts';
import { runChoice } from './states/choice.ts';
import { runFail } from './states/fail.ts';
import { runMap } from './states/map.ts';
import { runParallel } from './states/parallel.ts';
import { runPass } from './states/pass.ts';
import { runSucceed } from './states/succeed.ts';
import { runTask } from './states/task.ts';
import { runWait } from './states/wait.ts';

/** A run of a state of type `T`, when `run` is one. */
function isRunOf<T extends AslStateType>(run: StateRun, type: T): run is StateRun<AslStateOf<T>> {
  return run.def.Type === type;
}

/**
 * Runs one state with its type's handler. The state handlers get the graph runner as an
 * argument (Parallel branches, Map iterations), as the emitter's states get `emitGraph`: no
 * module imports this one back.
 */
function runHandler(run: StateRun): Promise<StateOutcome> | undefined {
  if (isRunOf(run, 'Pass')) return runPass(run);
  if (isRunOf(run, 'Task')) return runTask(run);
  if (isRunOf(run, 'Choice')) return runChoice(run);
  if (isRunOf(run, 'Wait')) return runWait(run);
  if (isRunOf(run, 'Succeed')) return runSucceed(run);
  if (isRunOf(run, 'Fail')) return runFail(run);
  if (isRunOf(run, 'Parallel')) return runParallel(run, runGraph);
  if (isRunOf(run, 'Map')) return runMap(run, runGraph);
  return undefined;
}

/**
 * Runs a graph on a fiber and returns the output of its last state; throws the error that
 * ends it.
 *
 * @example
 * ```ts
 * const output = await runGraph(fiber, { StartAt: 'A', States: { A: { Type: 'Succeed' } } }, {});
 * ```
 */
export async function runGraph(fiber: Fiber, graph: StateGraph, input: unknown): Promise<unknown> {
  let name = graph.StartAt;
  let current = input;
  for (;;) {
    const def = graph.States[name];
    if (def === undefined)
      throw new FatalError('States.Runtime', `The state '${name}' does not exist`);
    const outcome = await runState(fiber, name, def, current);
    if (outcome.next === undefined) return outcome.output;
    name = outcome.next;
    current = outcome.output;
  }
}

async function runState(
  fiber: Fiber,
  name: string,
  def: AslState,
  input: unknown,
): Promise<StateOutcome> {
  const rt = fiber.rt;
  rt.transitions += 1;
  fiber.history.transitions += 1;
  if (fiber.history.transitions > rt.maxTransitions) {
    throw new FatalError(
      'States.Runtime',
      `The execution exceeded ${rt.maxTransitions} state transitions (maxTransitions) when entering the state '${name}'; the definition probably loops forever.`,
    );
  }
  const outer = rt.budget.state;
  rt.budget.state = name;
  await rt.budget.pause();
  fiber.clock.check();
  const type = String(def.Type);
  const enteredTime = fiber.clock.iso();
  const id = rt.events.add('StateEntered', enteredTime, {
    name,
    details: { type, input },
    history: fiber.history,
  });
  rt.statesEntered.push(name);
  const run: StateRun = {
    fiber,
    name,
    def,
    language: stateLanguage(def, rt.machineLanguage),
    input,
    enteredTime,
    enteredEventId: id,
    retryCount: undefined,
  };
  let outcome: StateOutcome;
  try {
    const running = runHandler(run);
    if (running === undefined) {
      throw new FatalError('States.Runtime', `The state '${name}' has an unknown Type '${type}'`);
    }
    outcome = await running;
    checkPayloadSize(outcome.output, `The state/task '${name}' returned a result`);
  } catch (e) {
    if (e instanceof StatesError) {
      rt.budget.state = outer;
      throw withStatePrefix(run, e);
    }
    throw e;
  }
  if (outcome.assigned !== undefined) fiber.scope.assign(outcome.assigned);
  rt.events.add('StateExited', fiber.clock.iso(), {
    name,
    history: fiber.history,
    details: {
      type,
      output: outcome.output,
      ...(outcome.assigned === undefined ? {} : { assignedVariables: outcome.assigned }),
      ...(outcome.next === undefined
        ? {}
        : { next: outcome.next, transition: outcome.via ?? 'Next' }),
    },
  });
  rt.budget.state = outer;
  return outcome;
}
