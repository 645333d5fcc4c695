import { readFileSync } from 'node:fs';
import module from 'node:module';

/** An `import` or `export` statement at the start of a line: the file is an ES module. */
const MODULE_SYNTAX = /^\s*(?:import\s*[\w*{'"]|export\s*[\w*{]|import\s+type\b)/m;

let registered = false;

/**
 * Loads `.ts` workflow modules that use `import`/`export` as ES modules even where package.json
 * says `"type": "commonjs"` (the default of `npm init -y`), instead of failing with "Cannot use
 * import statement outside a module": a module hook (Node's `module.registerHooks`) changes the
 * format Node chose for such a file, the way Node's own syntax detection does in a package
 * without a `type`. Files under node_modules and files without module syntax are left alone.
 * Registered once, on the first workflow module loaded.
 *
 * @example
 * ```ts
 * loadTypeScriptAsNodeWould();
 * await import(pathToFileURL('workflows/flow.ts').href);
 * ```
 */
export function loadTypeScriptAsNodeWould(): void {
  if (registered || typeof module.registerHooks !== 'function') return;
  registered = true;
  module.registerHooks({
    load(url, context, nextLoad) {
      const result = nextLoad(url, context);
      if (
        result.format !== 'commonjs-typescript' ||
        !url.startsWith('file:') ||
        url.includes('/node_modules/')
      ) {
        return result;
      }
      const source = result.source ?? readFileSync(new URL(url));
      if (!MODULE_SYNTAX.test(String(source))) return result;
      return { ...result, format: 'module-typescript', source };
    },
  });
}
