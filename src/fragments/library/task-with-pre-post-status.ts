import {
  chain,
  fail,
  parallel,
  pass,
  path,
  type Chainable,
  type ParallelOptions,
  type Template,
} from '../../dsl/index.ts';
import { defineFragment, type Fragment } from '../fragment.ts';
import type { FragmentScope, NamingOptions } from '../naming-scope.ts';
import type { FragmentPermissions } from '../permissions.ts';

/**
 * A hook or task of {@link taskWithPrePostStatus}: a chain built elsewhere (its names are its own,
 * never prefixed), or a function that builds it in the fragment's scope (owned by the fragment:
 * name its states with `scope.name(...)` and they are prefixed with the fragment).
 */
export type FragmentHook = Chainable | ((scope: FragmentScope) => Chainable);

/** Options of {@link taskWithPrePostStatus}. */
export interface TaskWithPrePostStatusOptions extends NamingOptions {
  /** The fragment id, also the task name in every state name. */
  readonly id: string;
  readonly envBase: string;
  /** The task, run on `$.input`; its result lands at `$.result`. */
  readonly task: FragmentHook;
  /** `context` of the envelope (default `{}`). */
  readonly taskContext?: Template;
  /** Runs first; its output REPLACES the envelope (it must re-emit `{input, context}`). */
  readonly augmentInput?: FragmentHook;
  /** Runs before the pre-run hook; output discarded. */
  readonly statusStarted?: FragmentHook;
  /** Runs right before the task; output discarded. */
  readonly preRun?: FragmentHook;
  /** Runs right after the task; output discarded. */
  readonly postRun?: FragmentHook;
  /** Runs after the post-run hook; output discarded. */
  readonly statusCompleted?: FragmentHook;
  /** Runs when the task fails (sees the envelope plus `error`), before the Fail state. */
  readonly statusFailed?: FragmentHook;
  /** IAM requirements of the task and hooks (the fragment itself needs none). */
  readonly permissions?: Partial<FragmentPermissions>;
}

/** A hook's chain and the prefix of the Parallel that wraps it (owned by its first state). */
function resolve(hook: FragmentHook, scope: FragmentScope): { chain: Chainable; owner: string } {
  if (typeof hook === 'function') return { chain: hook(scope), owner: scope.prefix };
  return { chain: hook, owner: '' };
}

function wrap(
  hook: FragmentHook,
  scope: FragmentScope,
  name: string,
  options: Omit<ParallelOptions, 'branches'>,
) {
  const { chain: branch, owner } = resolve(hook, scope);
  const named = owner === '' ? name : scope.name(name);
  return parallel(named, { ...options, branches: [branch] });
}

/**
 * Wraps a task with status hooks (the reference's `TaskWithPrePostStatus`): `<id> Start` wraps
 * the input into `{input, context}`; optional hooks run as one-branch Parallels (`<id> Augment
 * Input`, `<id> Status Started`, `<id> Pre Run`, `<id> Post Run`, `<id> Status Complete`); the
 * task runs in `<id> Run` on `$.input` with its result at `$.result` (unwrapped by `<id> Run
 * (Restructure)`); `<id> End` outputs the result only. With a failed hook, `<id> Run` catches
 * every error into `$.error` and goes to `<id> Status Failed` then the Fail state `<id> Fail
 * State`. The fragment ends at `<id> End`, so it can be followed by `.next()` (§16 item 4).
 *
 * @example
 * ```ts
 * taskWithPrePostStatus({ id: 'MyTask', envBase: 'dev-marmotdev', task: pass('Do Work'), statusFailed: pass('Failed') });
 * ```
 */
export function taskWithPrePostStatus(options: TaskWithPrePostStatusOptions): Fragment {
  const id = options.id;
  return defineFragment({
    id,
    envBase: options.envBase,
    ...(options.prefix === undefined ? {} : { prefix: options.prefix }),
    ...(options.shortenNames === undefined ? {} : { shortenNames: options.shortenNames }),
    ...(options.permissions === undefined ? {} : { permissions: options.permissions }),
    build: (scope) => {
      const states: Chainable[] = [
        pass(scope.name(`${id} Start`), {
          parameters: { input: path('$'), context: options.taskContext ?? {} },
        }),
      ];
      if (options.augmentInput !== undefined) {
        states.push(
          wrap(options.augmentInput, scope, `${id} Augment Input`, {
            resultPath: '$.input',
            outputPath: '$.input[0]',
          }),
        );
      }
      if (options.statusStarted !== undefined) {
        states.push(
          wrap(options.statusStarted, scope, `${id} Status Started`, { resultPath: null }),
        );
      }
      if (options.preRun !== undefined) {
        states.push(wrap(options.preRun, scope, `${id} Pre Run`, { resultPath: null }));
      }
      let run = wrap(options.task, scope, `${id} Run`, {
        inputPath: '$.input',
        resultPath: '$.result',
      });
      if (options.statusFailed !== undefined) {
        run = run.catch(
          chain(
            wrap(options.statusFailed, scope, `${id} Status Failed`, { resultPath: null }),
            fail(scope.name(`${id} Fail State`), { cause: `Task ${id} failed during execution.` }),
          ),
          { errors: ['States.ALL'], resultPath: '$.error' },
        );
      }
      states.push(
        run,
        pass(scope.name(`${id} Run (Restructure)`), {
          inputPath: '$.result[0]',
          resultPath: '$.result',
        }),
      );
      if (options.postRun !== undefined) {
        states.push(wrap(options.postRun, scope, `${id} Post Run`, { resultPath: null }));
      }
      if (options.statusCompleted !== undefined) {
        states.push(
          wrap(options.statusCompleted, scope, `${id} Status Complete`, { resultPath: null }),
        );
      }
      states.push(pass(scope.name(`${id} End`), { inputPath: '$.result' }));
      return chain(...(states as [Chainable, ...Chainable[]]));
    },
  });
}
