// Bundles src/ into dist/ for the published package: one entry per subpath of package.json's
// `exports` (so the entry points stay where `exports` says they are) plus the `aslc`
// executable, sharing chunks, so that a workflow module importing 'aslc' and the CLI that loads
// it use the same module instances. Dependencies stay external (npm installs them). Type
// declarations come from `tsc -p tsconfig.build.json` (declarations only).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { rolldown, type ModuleInfo, type Plugin } from 'rolldown';

interface PackageJson {
  readonly bin: Record<string, string>;
  readonly exports: Record<string, string | Record<string, string>>;
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as PackageJson;

/** `./dist/validate/index.js` → `validate/index`. */
function entryName(distPath: string): string {
  const match = /^\.\/dist\/(.+)\.js$/.exec(distPath);
  if (match === null) throw new Error(`not a dist/ JavaScript path: ${distPath}`);
  return match[1] as string;
}

const input: Record<string, string> = {};
for (const target of Object.values(pkg.exports)) {
  if (typeof target === 'string') continue; // schemas, package.json
  const source = target['aslc-source'];
  const built = target['default'];
  if (source !== undefined && built !== undefined) input[entryName(built)] = source;
}
for (const bin of Object.values(pkg.bin)) input[entryName(bin)] = 'src/cli/main.ts';

/**
 * Start-up chunks. Left to itself the bundler puts every set of modules shared by a different
 * set of entries in a chunk of its own: `aslc compile` loaded 48 files, most under 2 KB, and
 * resolving, reading and linking each one cost more than its code. Four groups of modules are
 * bundled instead, each loaded as a whole by whoever needs any of it:
 * - `common`: what both the command line and the `aslc` entry import (errors, JSON helpers, the
 *   package root);
 * - `run-cli`: the rest of what the command line imports before it runs a command
 *   (src/cli/run-cli.ts);
 * - `compiler`: the rest of what compile() imports (src/compile.ts): the IR, the emitter, the
 *   validator, the ASL grammars;
 * - `dsl`: the rest of what the `aslc` entry imports (src/index.ts): the builders.
 * Each group is its root's static imports, closed, minus the groups before it: a chunk imports
 * only chunks of the groups above it, so they form no cycle. Everything else (command handlers,
 * the other entries) is split as before. The groups are computed once the module graph is known.
 */
const startup = {
  common: new Set<string>(),
  cli: new Set<string>(),
  compiler: new Set<string>(),
  dsl: new Set<string>(),
};

function staticClosure(root: string, info: (id: string) => ModuleInfo | null): Set<string> {
  const seen = new Set<string>();
  const stack = [root];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(info(id)?.importedIds ?? []));
  }
  return seen;
}

const startupGroups: Plugin = {
  name: 'aslc-startup-groups',
  buildEnd() {
    const info = (id: string) => this.getModuleInfo(id);
    const entry = staticClosure(resolve('src/index.ts'), info);
    const cli = staticClosure(resolve('src/cli/run-cli.ts'), info);
    const compiler = staticClosure(resolve('src/compile.ts'), info);
    for (const id of entry) {
      if (cli.has(id)) startup.common.add(id);
      else if (compiler.has(id)) startup.compiler.add(id);
      else startup.dsl.add(id);
    }
    for (const id of cli) if (!entry.has(id)) startup.cli.add(id);
  },
};

const bundle = await rolldown({
  input,
  platform: 'node',
  // Every bare specifier (node:*, dependencies, optional peers) is resolved at run time.
  external: (id) => !id.startsWith('.') && !id.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(id),
  treeshake: true,
  plugins: [startupGroups],
  logLevel: 'warn',
});
await bundle.write({
  dir: 'dist',
  format: 'esm',
  entryFileNames: '[name].js',
  chunkFileNames: 'chunks/[name]-[hash].js',
  sourcemap: false,
  charset: 'ascii',
  comments: { legal: true, annotation: true, jsdoc: false },
  codeSplitting: {
    groups: [
      { name: 'common', test: (id) => startup.common.has(id), priority: 4 },
      { name: 'run-cli', test: (id) => startup.cli.has(id), priority: 3 },
      { name: 'compiler', test: (id) => startup.compiler.has(id), priority: 2 },
      { name: 'dsl', test: (id) => startup.dsl.has(id), priority: 1 },
    ],
  },
});
await bundle.close();
