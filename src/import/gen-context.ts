/**
 * What code generation carries from state to state: the names the module imports from `aslc`,
 * which `${Name}` strings are deploy-time placeholders, and what the DSL cannot write.
 */

/** A construct of the definition that the DSL cannot write as it is. */
export interface Unsupported {
  /** The state involved, when there is one. */
  readonly state?: string;
  /** The field (an ASL field name). */
  readonly field: string;
  /** What is not supported, in words. */
  readonly reason: string;
}

/** The state of one module's generation. */
export interface GenContext {
  /** Names imported from `aslc` (filled as code uses them). */
  readonly imports: Set<string>;
  /** True when `${name}` in the definition is a deploy-time placeholder. */
  readonly isPlaceholder: (name: string) => boolean;
  /** Constructs the DSL cannot write (the import fails, naming the first). */
  readonly unsupported: Unsupported[];
}

/**
 * A new generation context.
 *
 * @example
 * ```ts
 * const ctx = createGenContext(() => true);
 * ```
 */
export function createGenContext(isPlaceholder: (name: string) => boolean): GenContext {
  return { imports: new Set(), isPlaceholder, unsupported: [] };
}

/**
 * Notes that the module imports `name` from `aslc`, and returns it.
 *
 * @example
 * ```ts
 * `${use(ctx, 'path')}('$.a')`; // "path('$.a')"
 * ```
 */
export function use(ctx: GenContext, name: string): string {
  ctx.imports.add(name);
  return name;
}
