/** The order of a generated module's declarations. */
import type { MachineModel, StateModel } from './graph-model.ts';
import type { Decl } from './layout.ts';
import type { Segment } from './segments.ts';

/** A key per declaration. */
export const declKey = (d: Decl): string =>
  d.kind === 'top' ? 'top' : d.kind === 'state' ? `s:${d.state}` : `c:${d.segment}`;

/**
 * Declarations with every dependency first, otherwise in the order the machine runs them
 * (depth first from the start: `Next`, then references, then nested graphs).
 *
 * @example
 * ```ts
 * declarationOrder(model, segments, decls, deps); // [..., { kind: 'top' }]
 * ```
 */
export function declarationOrder(
  model: MachineModel,
  segments: readonly Segment[],
  decls: readonly Decl[],
  deps: ReadonlyMap<string, readonly Decl[]>,
): Decl[] {
  const rank = new Map<string, number>();
  const visit: string[] = [model.graphs[0]?.startAt as string];
  while (visit.length > 0) {
    const name = visit.pop() as string;
    if (rank.has(name)) continue;
    rank.set(name, rank.size);
    const s = model.states.get(name) as StateModel;
    const nestedStarts = s.nested.map((g) => model.graphs[g]?.startAt as string);
    const successors = [...(s.next === undefined ? [] : [s.next]), ...s.refs, ...nestedStarts];
    for (let i = successors.length - 1; i >= 0; i--) visit.push(successors[i] as string);
  }
  const rankOf = (d: Decl): number =>
    d.kind === 'top'
      ? Number.MAX_SAFE_INTEGER
      : d.kind === 'state'
        ? (rank.get(d.state) ?? 0)
        : (rank.get(segments[d.segment]?.states[0] as string) ?? 0) + 0.5;
  const byKey = new Map(decls.map((d) => [declKey(d), d]));
  const sorted = [...decls].sort((a, b) => rankOf(a) - rankOf(b));
  const done = new Set<string>();
  const out: Decl[] = [];
  for (const root of sorted) {
    const stack: { decl: Decl; i: number; deps: Decl[] }[] = [];
    const push = (d: Decl): void => {
      const key = declKey(d);
      if (done.has(key)) return;
      done.add(key);
      const list = [...(deps.get(key) ?? [])]
        .map((x) => byKey.get(declKey(x)) ?? x)
        .sort((a, b) => rankOf(a) - rankOf(b));
      stack.push({ decl: d, i: 0, deps: list });
    };
    push(root);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as { decl: Decl; i: number; deps: Decl[] };
      if (frame.i < frame.deps.length) {
        push(frame.deps[frame.i++] as Decl);
        continue;
      }
      stack.pop();
      out.push(frame.decl);
    }
  }
  return out;
}
