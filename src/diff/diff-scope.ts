import { queryLanguageOf, type AslQueryLanguage } from '../asl/query-language.ts';
import { nestedGraphs } from '../asl/walk.ts';
import { isJsonObject, type JsonValue } from '../util/json.ts';
import { appendPointer } from '../util/json-pointer.ts';
import { byCodeUnits, type DiffEntry } from './diff-entry.ts';
import { diffValues, MAX_DIFF_DEPTH, tooDeep } from './diff-values.ts';
import type { Reading } from './expression-text.ts';
import { detectRenames } from './renames.ts';
import { splitTransitions } from './transitions.ts';

/** Where a scope sits: its pointer and the state that owns it (`null` for the machine). */
interface ScopeOwner {
  readonly pointer: string;
  readonly state: string | null;
  /** The path of the scope from the owning state, e.g. `Branches/0`; `''` for the machine. */
  readonly path: string;
  /** The machine's query language on each side, which nested states inherit. */
  readonly languages: readonly [AslQueryLanguage, AslQueryLanguage];
}

/**
 * How the fields of a state present on both sides are read: by its query language when both
 * sides agree, else as text (the `QueryLanguage` change shows itself).
 */
function stateReading(
  a: Readonly<Record<string, unknown>>,
  b: Readonly<Record<string, unknown>>,
  languages: readonly [AslQueryLanguage, AslQueryLanguage],
): Reading {
  const la = queryLanguageOf(a['QueryLanguage'], languages[0]);
  const lb = queryLanguageOf(b['QueryLanguage'], languages[1]);
  if (la !== lb) return 'text';
  return la === 'JSONata' ? 'jsonata-fields' : 'jsonpath-fields';
}

/**
 * Appends the differences between two scopes (the machine, a Parallel branch or a Map
 * processor: `StartAt` + `States` + other fields) to `out`: renames, removed and added states,
 * the `StartAt` transition, the changes of every state present in both, recursively, and the
 * scope's other fields. When either side has no `States` object, the scopes are compared as
 * plain JSON.
 *
 * @example
 * ```ts
 * const out: DiffEntry[] = [];
 * diffScope(
 *   { StartAt: 'A', States: { A: { Type: 'Succeed' } } },
 *   { StartAt: 'B', States: { B: { Type: 'Succeed' } } },
 *   { pointer: '', state: null, path: '', languages: ['JSONPath', 'JSONPath'] },
 *   out,
 * ); // out: [{ kind: 'state-renamed', pointer: '/States/B', … }]
 * ```
 */
export function diffScope(
  a: Readonly<Record<string, unknown>>,
  b: Readonly<Record<string, unknown>>,
  owner: ScopeOwner,
  out: DiffEntry[],
  depth = 0,
): void {
  if (depth > MAX_DIFF_DEPTH) throw tooDeep();
  const statesA = a['States'];
  const statesB = b['States'];
  if (!isJsonObject(statesA) || !isJsonObject(statesB)) {
    diffValues(a, b, owner.pointer, out, depth);
    return;
  }
  const renames = detectRenames(statesA, statesB, (sa, sb) =>
    stateReading(sa, sb, owner.languages),
  );
  const mapName = (name: string): string => renames.get(name) ?? name;
  const restA: Record<string, unknown> = { ...a };
  const restB: Record<string, unknown> = { ...b };
  delete restA['States'];
  delete restB['States'];
  const startA = a['StartAt'];
  const startB = b['StartAt'];
  if (isTarget(startA) && isTarget(startB)) {
    delete restA['StartAt'];
    delete restB['StartAt'];
    if ((startA === undefined ? undefined : mapName(startA)) !== startB) {
      out.push({
        kind: 'transition-changed',
        pointer: appendPointer(owner.pointer, 'StartAt'),
        state: owner.state,
        field: owner.path === '' ? 'StartAt' : `${owner.path}/StartAt`,
        old: startA ?? null,
        new: startB ?? null,
      });
    }
  }
  diffValues(restA, restB, owner.pointer, out, depth + 1, 'text');

  const renamedTo = new Set(renames.values());
  const statesPointer = appendPointer(owner.pointer, 'States');
  const names = [...new Set([...Object.keys(statesA), ...Object.keys(statesB)])].sort(byCodeUnits);
  for (const name of names) {
    const inA = Object.hasOwn(statesA, name);
    const inB = Object.hasOwn(statesB, name);
    const pointer = appendPointer(statesPointer, name);
    if (inA && inB) {
      diffState(statesA[name], statesB[name], name, pointer, mapName, owner, out, depth + 1);
    } else if (inA) {
      const to = renames.get(name);
      if (to === undefined) {
        out.push({ kind: 'state-removed', pointer, state: name, type: typeOf(statesA[name]) });
      } else {
        out.push({
          kind: 'state-renamed',
          pointer: appendPointer(statesPointer, to),
          oldPointer: pointer,
          from: name,
          to,
          type: typeOf(statesA[name]),
        });
      }
    } else if (!renamedTo.has(name)) {
      out.push({ kind: 'state-added', pointer, state: name, type: typeOf(statesB[name]) });
    }
  }
}

/** The differences of one state present (under the same name) on both sides. */
function diffState(
  a: unknown,
  b: unknown,
  name: string,
  pointer: string,
  mapName: (name: string) => string,
  scope: ScopeOwner,
  out: DiffEntry[],
  depth: number,
): void {
  if (!isJsonObject(a) || !isJsonObject(b)) {
    diffValues(a, b, pointer, out, depth);
    return;
  }
  const sa = splitTransitions(a);
  const sb = splitTransitions(b);
  const fields = new Set([...sa.transitions.keys(), ...sb.transitions.keys()]);
  for (const field of fields) {
    const oldTarget = sa.transitions.get(field);
    const newTarget = sb.transitions.get(field);
    if ((oldTarget === undefined ? undefined : mapName(oldTarget)) === newTarget) continue;
    out.push({
      kind: 'transition-changed',
      pointer: `${pointer}/${field}`,
      state: name,
      field,
      old: oldTarget ?? null,
      new: newTarget ?? null,
    });
  }
  const restA = sa.rest;
  const restB = sb.rest;
  // Nested graphs (src/asl/walk.ts) present on both sides are diffed as scopes.
  const graphsA = new Map(nestedGraphs(a).map((g) => [g.path, g]));
  const graphsB = new Map(nestedGraphs(b).map((g) => [g.path, g]));
  const branchesA = restA['Branches'];
  const branchesB = restB['Branches'];
  if (Array.isArray(branchesA) && Array.isArray(branchesB)) {
    delete restA['Branches'];
    delete restB['Branches'];
    const at = appendPointer(pointer, 'Branches');
    for (let i = 0; i < Math.max(branchesA.length, branchesB.length); i++) {
      const ba: unknown = branchesA[i];
      const bb: unknown = branchesB[i];
      const branchPointer = appendPointer(at, i);
      const ga = graphsA.get(`Branches/${i}`);
      const gb = graphsB.get(`Branches/${i}`);
      if (i >= branchesB.length) {
        out.push({ kind: 'field-removed', pointer: branchPointer, old: ba as JsonValue });
      } else if (i >= branchesA.length) {
        out.push({ kind: 'field-added', pointer: branchPointer, new: bb as JsonValue });
      } else if (ga !== undefined && gb !== undefined) {
        const owner = { ...scope, pointer: branchPointer, state: name, path: ga.path };
        diffScope(ga.graph, gb.graph, owner, out, depth + 1);
      } else {
        diffValues(ba, bb, branchPointer, out, depth + 1);
      }
    }
  }
  for (const [path, ga] of graphsA) {
    const gb = graphsB.get(path);
    if (ga.kind !== 'processor' || gb === undefined) continue;
    delete restA[ga.field];
    delete restB[ga.field];
    const owner = { ...scope, pointer: appendPointer(pointer, ga.field), state: name, path };
    diffScope(ga.graph, gb.graph, owner, out, depth + 1);
  }
  diffValues(restA, restB, pointer, out, depth + 1, stateReading(a, b, scope.languages));
}

/** A transition value: a state name, or absent. */
function isTarget(v: unknown): v is string | undefined {
  return v === undefined || typeof v === 'string';
}

/** A state's `Type` when it is a string. */
function typeOf(state: unknown): string | null {
  return isJsonObject(state) && typeof state['Type'] === 'string' ? state['Type'] : null;
}
