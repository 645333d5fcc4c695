// Bundles src/ into dist/ for the published package: one entry per subpath of package.json's
// `exports` (so the entry points stay where `exports` says they are) plus the `aslc`
// executable, sharing chunks, so that a workflow module importing 'aslc' and the CLI that loads
// it use the same module instances. Dependencies stay external (npm installs them). Type
// declarations come from `tsc -p tsconfig.build.json` (declarations only).
import { readFileSync } from 'node:fs';
import { rolldown } from 'rolldown';

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

const bundle = await rolldown({
  input,
  platform: 'node',
  // Every bare specifier (node:*, dependencies, optional peers) is resolved at run time.
  external: (id) => !id.startsWith('.') && !id.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(id),
  treeshake: true,
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
});
await bundle.close();
