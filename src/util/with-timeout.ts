/**
 * A promise that settles like `promise`, or rejects with `onTimeout()` after `ms`: for work
 * aslc does not control and that may never settle (a workflow module's top-level await). The
 * timer keeps the process alive while it waits, so a promise that can never settle ends in the
 * error instead of Node's exit code 13; it is cleared as soon as the promise settles.
 *
 * @example
 * ```ts
 * await withTimeout(import(url), 30_000, () => new Error('the module did not finish loading'));
 * ```
 */
export function withTimeout<T>(
  promise: Promise<T>,
  ms: number,
  onTimeout: () => unknown,
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
