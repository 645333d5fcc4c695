import { Chain, chainNodeOf, flattenChain, type Chainable, type ChainNode } from './chain.ts';
import { DslError } from './dsl-error.ts';
import { parallel, type ParallelBuilder, type ParallelOptions } from './states/parallel-builder.ts';
import { pass } from './states/pass-builder.ts';
import type { PendingState } from './pending-state.ts';
import { MAX_STATE_NAME_LENGTH, checkStateName, nameLength } from './state-name.ts';

/** Options of {@link prefixStates}. */
export interface PrefixOptions {
  /**
   * When a prefixed name would exceed 80 characters: `false` (default) throws
   * `StateNameTooLong`; `true` shortens it deterministically to its first 73 characters, `~`
   * and 6 hex digits of a hash of the full name.
   */
  readonly shorten?: boolean;
}

/** FNV-1a, 32 bits: a small deterministic hash for name shortening. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * Shortens a state name to 80 characters, deterministically: the first 73 characters, `~`, and
 * 6 hex digits of the FNV-1a hash of the full name.
 *
 * @example
 * ```ts
 * shortenStateName('x'.repeat(100)).length; // 80
 * ```
 */
export function shortenStateName(name: string): string {
  if (nameLength(name) <= MAX_STATE_NAME_LENGTH) return name;
  const head = [...name].slice(0, MAX_STATE_NAME_LENGTH - 7).join('');
  return `${head}~${fnv1a(name).toString(16).padStart(8, '0').slice(0, 6)}`;
}

/**
 * Prefixes the name of every state of a fragment, nested branches, processors, rule targets and
 * catch handlers included; transitions follow. Prefixing a reused fragment is how one machine
 * holds it twice. Prefixes stack: the outer one comes first.
 *
 * @example
 * ```ts
 * const copy = prefixStates(chain(pass('Start'), pass('Merge')), 'Left: ');
 * copy.startState; // 'Left: Start'
 * ```
 */
export function prefixStates(
  fragment: Chainable,
  prefix: string,
  options: PrefixOptions = {},
): Chain {
  if (typeof prefix !== 'string' || prefix === '') {
    throw new DslError('InvalidFieldValue', 'prefixStates() needs a non-empty prefix', {
      hint: "use e.g. prefixStates(fragment, 'Copy 2: ')",
    });
  }
  const states = new Map<PendingState, PendingState>();
  const chains = new Map<ChainNode, ChainNode>();
  const rename = (name: string): string => {
    const full = prefix + name;
    if (nameLength(full) > MAX_STATE_NAME_LENGTH) {
      if (options.shorten === true) return shortenStateName(full);
      throw new DslError(
        'StateNameTooLong',
        `prefixing '${name}' with '${prefix}' gives ${nameLength(full)} characters; ASL allows at most ${MAX_STATE_NAME_LENGTH}`,
        {
          state: name,
          hint: 'use a shorter prefix, or pass { shorten: true } for a deterministic shortening',
        },
      );
    }
    return checkStateName(full);
  };
  const mapState = (p: PendingState): PendingState => {
    const done = states.get(p);
    if (done !== undefined) return done;
    // Registered before its links are mapped: a link may lead back to this state (goTo).
    const result: { -readonly [K in keyof PendingState]: PendingState[K] } = {
      ...p,
      name: rename(p.name),
    };
    states.set(p, result as PendingState);
    if (p.rules !== undefined) {
      result.rules = p.rules.map((r) => ({ ...r, target: mapChain(r.target) }));
    }
    if (p.defaultTarget !== undefined) result.defaultTarget = mapChain(p.defaultTarget);
    if (p.catchers !== undefined) {
      result.catchers = p.catchers.map((c) => ({ ...c, handler: mapChain(c.handler) }));
    }
    if (p.branches !== undefined) result.branches = p.branches.map(mapChain);
    if (p.processor !== undefined) result.processor = mapChain(p.processor);
    return result as PendingState;
  };
  const mapChain = (node: ChainNode): ChainNode => {
    const done = chains.get(node);
    if (done !== undefined) return done;
    const flat = flattenChain(node);
    const result: ChainNode = {
      start: mapState(node.start),
      ends: node.ends.map(mapState),
      tail: mapState(node.tail),
      graph: {
        states: flat.states.map(mapState),
        edges: flat.edges.map(([a, b]) => [mapState(a), mapState(b)] as const),
      },
    };
    chains.set(node, result);
    return result;
  };
  return new Chain(mapChain(chainNodeOf(fragment)));
}

/**
 * The chain of a fragment wrapped into a Parallel of aslc's own: `toChain()` refuses a
 * `branch()` value (`BranchOutsideParallel`), whose comment is for a Parallel the caller writes;
 * anything that is not chainable is left for `parallel()` to refuse.
 */
function ownChain(fragment: Chainable): Chainable {
  return typeof (fragment as Partial<Chainable> | undefined)?.toChain === 'function'
    ? fragment.toChain()
    : fragment;
}

/** Options of {@link toSingleState}. */
export interface ToSingleStateOptions extends Omit<ParallelOptions, 'branches'>, PrefixOptions {
  /** Prefix every inner state name (e.g. `'Stats: '`); none by default. */
  readonly prefix?: string;
}

/**
 * Wraps a fragment into one Parallel state with a single branch, so that it can be treated as
 * one state (one Retry/Catch, one ResultPath). The Parallel's result is a one-element array.
 *
 * @example
 * ```ts
 * toSingleState('Work', chain(pass('A'), pass('B')), { resultPath: '$.work' });
 * ```
 */
export function toSingleState(
  name: string,
  fragment: Chainable,
  options: ToSingleStateOptions = {},
): ParallelBuilder {
  const { prefix, shorten, ...rest } = options;
  const branch =
    prefix === undefined
      ? ownChain(fragment)
      : prefixStates(fragment, prefix, { shorten: shorten ?? false });
  return parallel(name, { ...rest, branches: [branch] });
}

/** Options of {@link enclose}. */
export interface EncloseOptions {
  /** What the enclosed chain sees (default `$`). */
  readonly inputPath?: string;
  /** Where its output goes (default: the input path); `null` discards it. */
  readonly resultPath?: string | null;
}

/**
 * Encloses a chain in a one-branch Parallel named `<id> Enclosure` and unwraps the result with
 * a Pass `<id> Enclosure Post` (`InputPath: <resultPath>[0]`), so that the chain's output lands
 * at `resultPath` as an object, not a one-element array. With `resultPath: null` the output is
 * discarded and there is no Post state.
 *
 * @example
 * ```ts
 * enclose('Wrap', chain(pass('Inner A'), pass('Inner B')), { inputPath: '$.x', resultPath: '$.y' });
 * // Wrap Enclosure (Parallel, InputPath $.x, ResultPath $.y) → Wrap Enclosure Post (InputPath $.y[0])
 * ```
 */
export function enclose(id: string, fragment: Chainable, options: EncloseOptions = {}): Chain {
  const inputPath = options.inputPath ?? '$';
  const resultPath = options.resultPath === undefined ? inputPath : options.resultPath;
  const enclosure = parallel(`${id} Enclosure`, {
    inputPath,
    resultPath,
    branches: [ownChain(fragment)],
  });
  if (resultPath === null) return enclosure.toChain();
  return enclosure.next(
    pass(`${id} Enclosure Post`, { inputPath: `${resultPath}[0]`, resultPath }),
  );
}
