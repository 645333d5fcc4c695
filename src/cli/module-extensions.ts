import { extname } from 'node:path';
import { isPlanFile } from '../plans/plan-identity.ts';

/** Extensions of workflow modules (TypeScript or JavaScript, ES module or CommonJS). */
export const MODULE_EXTENSIONS: readonly string[] = ['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs'];

/**
 * True for a path every command reads as a workflow module or a plan (compiled on load), as
 * opposed to ASL JSON: one of {@link MODULE_EXTENSIONS} (any case) or a plan file. The one rule
 * of src/cli/module-loader.ts, kept in this small file so that a command given ASL JSON loads no
 * compiler to decide.
 *
 * @example
 * ```ts
 * isWorkflowModulePath('flows/orders.TS'); // true
 * isWorkflowModulePath('orders.asl.json'); // false
 * ```
 */
export function isWorkflowModulePath(file: string): boolean {
  return MODULE_EXTENSIONS.includes(extname(file).toLowerCase()) || isPlanFile(file);
}
