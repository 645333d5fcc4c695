/**
 * The source locations of a built state machine's states (see source-site.ts): collected while
 * the machine is lowered, kept beside it (a non-enumerable property, so not in the IR, the ASL
 * or any equality), resolved from the recorded stacks on first use.
 */
import type { SourceLocation, StateSource, StateSources } from '../util/source-location.ts';
import type { PendingState } from './pending-state.ts';
import { resolveSite, retrierSite, type SourceSite } from './source-site.ts';

/** Where the unresolved sites of a machine are kept, for every copy of aslc. */
const SITES = Symbol.for('aslc.sourceSites');

/** The recorded sites of one state. */
interface StateSites {
  readonly state: SourceSite;
  readonly choices: readonly (SourceSite | undefined)[];
  readonly default: SourceSite | undefined;
  readonly catchers: readonly (SourceSite | undefined)[];
  readonly retriers: readonly (SourceSite | undefined)[];
}

/** Collects the sites of the states being lowered. @internal */
export function collectSites(): {
  readonly sites: Map<string, StateSites>;
  readonly onState: (state: PendingState) => void;
} {
  const sites = new Map<string, StateSites>();
  return {
    sites,
    onState: (s) => {
      if (s.origin === undefined) return;
      sites.set(s.name, {
        state: s.origin,
        choices: (s.rules ?? []).map((r) => r.origin),
        default: s.defaultOrigin,
        catchers: (s.catchers ?? []).map((c) => c.origin),
        retriers: (s.retry ?? []).map((r) => retrierSite(r)),
      });
    },
  };
}

/** Keeps the sites beside a machine object (before it is frozen). @internal */
export function attachSites(machine: object, sites: ReadonlyMap<string, StateSites>): void {
  if (sites.size > 0) Object.defineProperty(machine, SITES, { value: sites, enumerable: false });
}

const resolved = new WeakMap<object, StateSources>();

/**
 * Where each state of a machine was defined (file, line, column of the builder call, and of
 * its rules, catchers and retriers), or `undefined` when the machine was built while source
 * locations were not recorded ({@link recordSourceLocations}). Resolved once, on first call.
 *
 * @example
 * ```ts
 * recordSourceLocations(true);
 * const machine = stateMachine({ definition: pass('A') });
 * sourceLocations(machine)?.get('A')?.state.line; // the line of `pass('A')`
 * ```
 */
export function sourceLocations(machine: object): StateSources | undefined {
  const done = resolved.get(machine);
  if (done !== undefined) return done;
  const sites = (machine as { [SITES]?: ReadonlyMap<string, StateSites> })[SITES];
  if (sites === undefined) return undefined;
  const out = new Map<string, StateSource>();
  for (const [name, s] of sites) {
    const state = resolveSite(s.state);
    if (state === undefined) continue;
    const source: StateSource = {
      state,
      ...listOf('choices', s.choices),
      ...(s.default === undefined ? {} : optional('default', resolveSite(s.default))),
      ...listOf('catchers', s.catchers),
      ...listOf('retriers', s.retriers),
    };
    out.set(name, source);
  }
  resolved.set(machine, out);
  return out;
}

function listOf<K extends string>(
  key: K,
  sites: readonly (SourceSite | undefined)[],
): { [k in K]?: (SourceLocation | undefined)[] } {
  if (sites.every((s) => s === undefined)) return {};
  return { [key]: sites.map((s) => (s === undefined ? undefined : resolveSite(s))) } as {
    [k in K]?: (SourceLocation | undefined)[];
  };
}

function optional<K extends string>(
  key: K,
  location: SourceLocation | undefined,
): { [k in K]?: SourceLocation } {
  return (location === undefined ? {} : { [key]: location }) as { [k in K]?: SourceLocation };
}
