/**
 * The one place that turns ASL objects into text: 2-space indentation, keys in the order the
 * emitter built them, `\n` line ends and one trailing newline. The same object gives the same
 * bytes on every run and machine.
 *
 * @example
 * ```ts
 * serializeAsl({ StartAt: 'A', States: { A: { Type: 'Succeed' } } });
 * ```
 */
export function serializeAsl(asl: unknown): string {
  return JSON.stringify(asl, null, 2) + '\n';
}
