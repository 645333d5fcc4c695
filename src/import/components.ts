/** Cycles of a dependency graph. */

/**
 * The strongly connected components of a graph that contain a cycle (Tarjan's algorithm,
 * iterative so that long chains do not exhaust the stack).
 *
 * @example
 * ```ts
 * cyclicComponents(['a', 'b'], new Map([['a', ['b']], ['b', ['a']]])); // [['b', 'a']]
 * ```
 */
export function cyclicComponents(
  nodes: readonly string[],
  deps: ReadonlyMap<string, readonly string[]>,
): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  let counter = 0;
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: { node: string; i: number }[] = [{ node: root, i: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { node: string; i: number };
      const succ = deps.get(frame.node) ?? [];
      if (frame.i < succ.length) {
        const next = succ[frame.i++] as string;
        if (!index.has(next)) {
          index.set(next, counter);
          low.set(next, counter++);
          stack.push(next);
          onStack.add(next);
          work.push({ node: next, i: 0 });
        } else if (onStack.has(next)) {
          low.set(frame.node, Math.min(low.get(frame.node) as number, index.get(next) as number));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) {
        low.set(
          parent.node,
          Math.min(low.get(parent.node) as number, low.get(frame.node) as number),
        );
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        for (;;) {
          const n = stack.pop() as string;
          onStack.delete(n);
          component.push(n);
          if (n === frame.node) break;
        }
        const self = (deps.get(frame.node) ?? []).includes(frame.node);
        if (component.length > 1 || self) out.push(component);
      }
    }
  }
  return out;
}
