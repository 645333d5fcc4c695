import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { AslcError, UsageError } from '../../util/errors.ts';
import { packageFile, packageManifest } from '../../util/package-root.ts';
import { writeFileSet, type PlannedFile } from '../../util/file-set.ts';
import type { ArgsOf, CommandHandler } from '../command-spec.ts';
import type { initCommand } from '../commands/init.ts';
import { shownPath } from '../shown-path.ts';

type InitArgs = ArgsOf<typeof initCommand>;

/** npm's rules for a package name (lower case, URL-safe, at most 214 characters). */
const PACKAGE_NAME = /^(?:@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;

/** A folder name made into a package name: `My Flows` → `my-flows`. */
function packageNameOf(folder: string): string {
  const name = folder
    .toLowerCase()
    .replace(/[^a-z0-9-._~]+/g, '-')
    .replace(/^[-._]+|-+$/g, '')
    .slice(0, 214);
  return name === '' ? 'my-workflows' : name;
}

/** The template's files, relative to templates/init, sorted. */
function templateFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(relative(root, full).split('\\').join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/** The package.json of a new project. */
function packageJson(name: string): string {
  const { version } = packageManifest();
  const pkg = {
    name,
    version: '0.1.0',
    private: true,
    type: 'module',
    scripts: {
      build: 'aslc build',
      test: 'aslc test',
      render: 'aslc render workflows/greet.ts --out out/greet.svg',
      typecheck: 'tsc -p tsconfig.json',
    },
    devDependencies: { aslc: `^${version}` },
  };
  return JSON.stringify(pkg, null, 2) + '\n';
}

/**
 * `aslc init [dir]`: writes a new project (package.json, aslc.config.json, a workflow module
 * using the DSL and a fragment, one environment, two test cases with mocks, a README) that
 * builds and tests right after `npm install`. It never overwrites: when any of its files
 * exists, nothing is written.
 */
export const handleInit: CommandHandler<InitArgs> = async (args, ctx) => {
  const dir = resolve(ctx.io.cwd, args.dir ?? '.');
  const name = args.name ?? packageNameOf(basename(dir));
  if (name.length > 214 || !PACKAGE_NAME.test(name)) {
    throw new UsageError(
      `'${name}' is not a valid npm package name`,
      'use lower-case letters, digits, - . _ ~ (e.g. --name my-workflows)',
    );
  }
  const root = packageFile('templates/init');
  const files: PlannedFile[] = templateFiles(root).map((file) => ({
    // npm leaves a file named .gitignore out of packages: the template ships it without the dot.
    path: join(dir, file === 'gitignore' ? '.gitignore' : file),
    content: readFileSync(join(root, file), 'utf8').replaceAll('{{name}}', name),
  }));
  files.push({ path: join(dir, 'package.json'), content: packageJson(name) });
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  const existing = files
    .filter((f) => existsSync(f.path))
    .map((f) => shownPath(ctx.io.cwd, f.path));
  if (existing.length > 0) {
    throw new AslcError(
      'WouldOverwrite',
      `${existing.length} of the project's files already exist (${existing.slice(0, 3).join(', ')}${existing.length > 3 ? ', …' : ''}); nothing was written`,
      { hint: 'run aslc init in an empty folder, or name a new one: aslc init my-workflows' },
    );
  }
  writeFileSet(files.map((f) => ({ ...f, shown: shownPath(ctx.io.cwd, f.path) })));
  for (const f of files) ctx.info(`created ${shownPath(ctx.io.cwd, f.path)}`);
  const cd = shownPath(ctx.io.cwd, dir);
  ctx.info('');
  ctx.info(
    `Next: ${dir === ctx.io.cwd ? '' : `cd ${cd} && `}npm install && npx aslc build && npx aslc test`,
  );
  return 0;
};
