import {
  DslError,
  parallel,
  type Chain,
  type Chainable,
  type ParallelBuilder,
  type ParallelOptions,
  type Template,
} from '../dsl/index.ts';
import { encloseInScope, encloseWith } from './enclosure.ts';
import { createScope, scopeOf, type FragmentScope, type NamingOptions } from './naming-scope.ts';
import { mergePermissions, type FragmentPermissions } from './permissions.ts';
import { checkEnvBase } from './util/env-base.ts';

/** What {@link defineFragment} takes. */
export interface FragmentDefinition extends NamingOptions {
  /** The fragment's id (its single-state name and default prefix). */
  readonly id: string;
  /** The env base (`dev-marmotdev`), used for naming and IAM. */
  readonly envBase: string;
  /** IAM requirements of the fragment's states. */
  readonly permissions?: Partial<FragmentPermissions>;
  /** Builds the fragment's states; every state it owns is named through `scope.name(...)`. */
  readonly build: (scope: FragmentScope) => Chainable;
}

/** Options of {@link Fragment.toSingleState}. */
export interface FragmentSingleStateOptions {
  /**
   * Prefix of every state the fragment owns (default `"<stateId>: "`; an empty string also means
   * the default, as in CDK's `prefixStates || …`).
   */
  readonly prefix?: string;
  /** Id of the Parallel (default, also for `''`: the fragment's id); not prefixed by this call. */
  readonly stateId?: string;
  /** Name of the Parallel instead of `stateId` (CDK's `stateName`); the prefix still uses `stateId`. */
  readonly stateName?: string;
  readonly comment?: string;
  readonly inputPath?: string;
  /**
   * OutputPath of the Parallel. Default `$[0]` (unwraps the one-element result) when the result
   * replaces the state (`resultPath` unset or `$`); omitted otherwise (§16 item 5). `null` omits it.
   */
  readonly outputPath?: string | null;
  readonly resultPath?: string | null;
  readonly resultSelector?: Template;
  /** Parameters of the Parallel (the input of its branch). */
  readonly parameters?: Template;
  /** JSONata: Arguments of the Parallel. */
  readonly arguments?: Template;
  /** The Parallel's own query language. */
  readonly queryLanguage?: ParallelOptions['queryLanguage'];
  /** Variables the Parallel assigns. */
  readonly assign?: Record<string, Template>;
  /** JSONata: the Parallel's Output (CDK's `outputs`). */
  readonly outputs?: Template;
  /** Shorten names over 80 characters instead of throwing. */
  readonly shortenNames?: boolean;
}

/** Options of {@link Fragment.enclose}. */
export interface FragmentEncloseOptions {
  /** Base of the enclosure names (default, also for `''`: the fragment's id). */
  readonly id?: string;
  /**
   * Enclose the fragment's single state (named after the fragment, inner names prefixed
   * `"<fragment id>: "`, no OutputPath) instead of its own states in `<id> Enclosure`: the
   * reference's `enclose_chainable` given a fragment object (§4, §16 item 5). Default false.
   */
  readonly asSingleState?: boolean;
  /** What the fragment sees (default `$`). */
  readonly inputPath?: string;
  /** Where its output lands (default: the input path); `null` discards it. */
  readonly resultPath?: string | null;
}

/**
 * A reusable piece of a state machine with an id and an env base (the reference's
 * `EnvBaseStateMachineFragment`): a chainable whose states are built on demand, so that it can
 * be turned into a single state with prefixed names, enclosed, or used as it is.
 */
export class Fragment implements Chainable {
  /** The fragment's id. */
  readonly id: string;
  /** The env base. */
  readonly envBase: string;
  /** The scope the fragment was created in (its states' prefix). */
  readonly scope: FragmentScope;
  /** IAM requirements. */
  readonly permissions: FragmentPermissions;
  readonly #build: (scope: FragmentScope) => Chainable;
  #chain: Chain | undefined;

  /** @internal use {@link defineFragment}. */
  constructor(definition: FragmentDefinition) {
    if (typeof definition.id !== 'string' || definition.id === '') {
      throw new DslError('InvalidFieldValue', 'a fragment needs a non-empty id', { field: 'id' });
    }
    this.id = definition.id;
    this.envBase = checkEnvBase(definition.envBase);
    this.scope = scopeOf(definition);
    this.permissions = mergePermissions(definition.permissions ?? {});
    this.#build = definition.build;
  }

  /**
   * Builds the fragment's states in a scope (used by fragments that contain fragments).
   *
   * @example
   * ```ts
   * fragment.build(createScope('Outer: ')).startState;
   * ```
   */
  build(scope: FragmentScope): Chain {
    return this.#build(scope).toChain();
  }

  /** The fragment's states, named in its own scope. */
  toChain(): Chain {
    if (this.#chain === undefined) this.#chain = this.build(this.scope);
    return this.#chain;
  }

  /** The name of the first state. */
  get startState(): string {
    return this.toChain().startState;
  }

  /** The names of the open ends (the fragment's end states). */
  get endStates(): string[] {
    return this.toChain().endStates;
  }

  /**
   * The fragment followed by `next`.
   *
   * @example
   * ```ts
   * fragment.next(pass('After'));
   * ```
   */
  next(next: Chainable): Chain {
    return this.toChain().next(next);
  }

  /**
   * The fragment as one Parallel state (the reference's `to_single_state`): every state the
   * fragment owns gets the prefix (default `"<stateId>: "`); the Parallel itself is named
   * `stateId` and is not prefixed by this call.
   *
   * @example
   * ```ts
   * fragment.toSingleState(); // Parallel 'Stats' with 'Stats: …' states, OutputPath $[0]
   * ```
   */
  toSingleState(options: FragmentSingleStateOptions = {}): ParallelBuilder {
    // CDK: `stateId || node.id` and `prefixStates || `${stateId}: `` (an empty string is unset).
    const stateId = options.stateId || this.id;
    const prefix = options.prefix || `${stateId}: `;
    const shorten = options.shortenNames ?? this.scope.shortenNames;
    const inner = createScope(this.scope.prefix + prefix, this.scope.prefix, shorten);
    // A JSONata Parallel has no OutputPath, so no default unwrap there.
    const unwraps =
      options.queryLanguage !== 'JSONata' &&
      (options.resultPath === undefined || options.resultPath === '$');
    const outputPath =
      options.outputPath === undefined ? (unwraps ? '$[0]' : undefined) : options.outputPath;
    const owner = createScope(this.scope.prefix, this.scope.ownerPrefix, shorten);
    return parallel(owner.name(options.stateName || stateId), {
      branches: [this.build(inner)],
      ...(options.comment === undefined ? {} : { comment: options.comment }),
      ...(options.queryLanguage === undefined ? {} : { queryLanguage: options.queryLanguage }),
      ...(options.inputPath === undefined ? {} : { inputPath: options.inputPath }),
      ...(options.parameters === undefined ? {} : { parameters: options.parameters }),
      ...(options.arguments === undefined ? {} : { arguments: options.arguments }),
      ...(outputPath === undefined || outputPath === null ? {} : { outputPath }),
      ...(options.resultPath === undefined ? {} : { resultPath: options.resultPath }),
      ...(options.resultSelector === undefined ? {} : { resultSelector: options.resultSelector }),
      ...(options.assign === undefined ? {} : { assign: options.assign }),
      ...(options.outputs === undefined ? {} : { output: options.outputs }),
    });
  }

  /**
   * The fragment enclosed in a one-branch Parallel `<id> Enclosure` whose result is unwrapped by
   * `<id> Enclosure Post` (the reference's `StateMachineFragment.enclose`); inner names are not
   * prefixed. With `asSingleState`, the enclosure is the fragment's single state instead. A
   * plain chain is enclosed by the DSL's `enclose(id, chain, options)`.
   *
   * @example
   * ```ts
   * fragment.enclose({ inputPath: '$.req', resultPath: '$.resp' });
   * fragment.enclose({ id: 'X', asSingleState: true }); // 'Stats' (Parallel) → 'X Enclosure Post'
   * ```
   */
  enclose(options: FragmentEncloseOptions = {}): Chain {
    // The reference: `id = id or self.node.id` (an empty id is unset).
    const id = options.id || this.id;
    if (options.asSingleState === true) {
      return encloseWith(this.scope, id, options, (paths) =>
        this.toSingleState({ ...paths, outputPath: null }),
      );
    }
    return encloseInScope(this.scope, id, this.toChain(), options);
  }
}

/**
 * Defines a fragment from a build function. Every state the function creates should be named
 * through `scope.name(...)`, so that prefixing (`toSingleState`, the `prefix` option) reaches it.
 *
 * @example
 * ```ts
 * const greet = defineFragment({
 *   id: 'Greet',
 *   envBase: 'dev-marmotdev',
 *   build: (scope) => chain(pass(scope.name('Hello')), pass(scope.name('World'))),
 * });
 * greet.toSingleState(); // Parallel 'Greet' › 'Greet: Hello' → 'Greet: World'
 * ```
 */
export function defineFragment(definition: FragmentDefinition): Fragment {
  return new Fragment(definition);
}

/**
 * True for a {@link Fragment}.
 *
 * @example
 * ```ts
 * isFragment(lambdaFunctionFragment({ id: 'L', envBase: 'dev-x', functionName: 'dev-x-my-fn', region: 'us-west-2', account: '123456789012' })); // true
 * isFragment({ id: 'Hello' }); // false
 * ```
 */
export function isFragment(value: unknown): value is Fragment {
  return value instanceof Fragment;
}
