/** Extensions of workflow modules (TypeScript or JavaScript, ES module or CommonJS). */
export const MODULE_EXTENSIONS: readonly string[] = ['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs'];
