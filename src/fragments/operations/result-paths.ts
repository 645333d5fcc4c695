/**
 * The result and output paths of an S3 or Batch operation, as the reference defaults them:
 * `resultPath` and `outputPath` default to `$` (`null` stays `null`), and `rp`, where the
 * operation's prep state writes its request, is `result_path or "$"` (an empty or `null` path
 * counts as unset). @internal
 *
 * @example
 * ```ts
 * resultPaths({ resultPath: null }); // { rp: '$', resultPath: null, outputPath: '$' }
 * ```
 */
export function resultPaths(options: {
  readonly resultPath?: string | null;
  readonly outputPath?: string | null;
}): { rp: string; resultPath: string | null; outputPath: string | null } {
  const resultPath = options.resultPath === undefined ? '$' : options.resultPath;
  const outputPath = options.outputPath === undefined ? '$' : options.outputPath;
  return { rp: resultPath || '$', resultPath, outputPath };
}
