/**
 * What there is to cover in a definition: every state (at any depth), every transition (`Next`,
 * `Choices[i]`, `Default`, `Catch[i]`), every Retry rule, every Parallel branch and Map item
 * processor. Derived from the ASL JSON alone, so it works on any definition.
 */
import { nestedGraphs, statesOf } from '../../asl/walk.ts';
import { isJsonObject } from '../../util/json.ts';

/** A state of the definition. */
export interface ModelState {
  readonly name: string;
  readonly type: string;
}

/** A transition of the definition. */
export interface ModelTransition {
  readonly state: string;
  readonly transition: string;
  readonly target: string;
  readonly errors?: readonly string[];
}

/** A Retry rule of the definition. */
export interface ModelRetry {
  readonly state: string;
  readonly retrier: number;
  readonly errors: readonly string[];
}

/** A Parallel branch or Map item processor, with the state it starts at. */
export interface ModelBranch {
  readonly state: string;
  readonly branch: string;
  readonly startAt: string | undefined;
}

/** Everything to cover, in definition order (depth first, states in key order). */
export interface CoverageModel {
  readonly states: readonly ModelState[];
  readonly transitions: readonly ModelTransition[];
  readonly retries: readonly ModelRetry[];
  readonly branches: readonly ModelBranch[];
}

/** Deepest nesting followed (hostile input). */
const MAX_DEPTH = 64;

/**
 * The coverable items of an ASL definition. Malformed parts are skipped.
 *
 * @example
 * ```ts
 * coverageModel({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Succeed' } } });
 * // states A, B; transitions A Next → B
 * ```
 */
export function coverageModel(definition: unknown): CoverageModel {
  const model = {
    states: [] as ModelState[],
    transitions: [] as ModelTransition[],
    retries: [] as ModelRetry[],
    branches: [] as ModelBranch[],
  };
  const seen = new Set<string>();
  const skipped = new Set<unknown>();
  for (const visit of statesOf(definition)) {
    const { name, state, scope } = visit;
    if (scope.depth > MAX_DEPTH || (scope.owner !== undefined && skipped.has(scope.owner))) {
      skipped.add(visit);
      continue;
    }
    if (seen.has(name)) {
      skipped.add(visit);
      continue;
    }
    seen.add(name);
    const type = typeof state['Type'] === 'string' ? state['Type'] : '?';
    model.states.push({ name, type });
    addTransitions(model.transitions, name, state);
    const retry = Array.isArray(state['Retry']) ? state['Retry'] : [];
    retry.forEach((r, i) => {
      if (isJsonObject(r)) model.retries.push({ state: name, retrier: i, errors: errorsOf(r) });
    });
    if (scope.depth + 1 > MAX_DEPTH) continue;
    for (const nested of nestedGraphs(state)) {
      const branch = nested.index === undefined ? nested.field : `Branches[${nested.index}]`;
      const startAt =
        typeof nested.graph['StartAt'] === 'string' ? nested.graph['StartAt'] : undefined;
      model.branches.push({ state: name, branch, startAt });
    }
  }
  return model;
}

function addTransitions(
  out: ModelTransition[],
  name: string,
  state: Readonly<Record<string, unknown>>,
): void {
  if (state['Type'] === 'Choice') {
    const choices = Array.isArray(state['Choices']) ? state['Choices'] : [];
    choices.forEach((rule, i) => {
      if (isJsonObject(rule) && typeof rule['Next'] === 'string') {
        out.push({ state: name, transition: `Choices[${i}]`, target: rule['Next'] });
      }
    });
    if (typeof state['Default'] === 'string') {
      out.push({ state: name, transition: 'Default', target: state['Default'] });
    }
  } else if (typeof state['Next'] === 'string') {
    out.push({ state: name, transition: 'Next', target: state['Next'] });
  }
  const catchers = Array.isArray(state['Catch']) ? state['Catch'] : [];
  catchers.forEach((c, i) => {
    if (isJsonObject(c) && typeof c['Next'] === 'string') {
      out.push({ state: name, transition: `Catch[${i}]`, target: c['Next'], errors: errorsOf(c) });
    }
  });
}

function errorsOf(entry: Readonly<Record<string, unknown>>): string[] {
  const errors = entry['ErrorEquals'];
  return Array.isArray(errors)
    ? errors.map((e) => (typeof e === 'string' ? e : JSON.stringify(e)))
    : [];
}
