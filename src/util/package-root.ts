import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;
/** What aslc reads of its own package.json. */
export interface PackageManifest {
  readonly name: string;
  readonly version: string;
  readonly peerDependencies?: Readonly<Record<string, string>>;
}

let manifest: PackageManifest | undefined;

/**
 * The folder of aslc's own package.json: the repository in development, the installed package
 * otherwise. Found by walking up from this module, so that it is right wherever the code sits
 * (the sources, or a bundled chunk of `dist/`). Files the package ships (`schemas/`,
 * `templates/`) are read relative to it.
 *
 * @example
 * ```ts
 * readFileSync(join(packageRoot(), 'schemas', 'asl.schema.json'), 'utf8');
 * ```
 */
export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: unknown };
      if (pkg.name === 'aslc') {
        root = dir;
        return dir;
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('aslc: cannot find its own package.json');
    dir = parent;
  }
}

/**
 * A file of the package, by its path inside it.
 *
 * @example
 * ```ts
 * packageFile('schemas/mock-config.schema.json');
 * ```
 */
export function packageFile(path: string): string {
  return join(packageRoot(), ...path.split('/'));
}

/**
 * aslc's name and version, from its package.json.
 *
 * @example
 * ```ts
 * packageManifest().version; // '0.1.0'
 * ```
 */
export function packageManifest(): PackageManifest {
  manifest ??= JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as PackageManifest;
  return manifest;
}
