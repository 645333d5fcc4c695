// What users install: the packed tarball, installed into new projects (an ES module project, the
// CommonJS project `npm init -y` creates, a global install), used through `npx aslc` as users do.
// Run by `npm run test:package` (.ci/run); it needs npm and the npm registry (or npm's cache).
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { repoRoot } from '../support/cli.ts';

const work = mkdtempSync(join(tmpdir(), 'aslc-package-'));
const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
let tarball = '';

/** A command's outcome; fails the test on a stack trace, which users must never see. */
function run(
  command: string,
  args: readonly string[],
  cwd: string,
  options: { input?: string; env?: Record<string, string> } = {},
): { code: number; stdout: string; stderr: string } {
  const r: SpawnSyncReturns<string> = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    input: options.input,
    env: {
      ...process.env,
      NO_COLOR: '1',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      ...options.env,
    },
    maxBuffer: 32 * 1024 * 1024,
  });
  if (r.error !== undefined) throw r.error;
  expect(r.stderr, `${command} ${args.join(' ')}`).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** `npx aslc …` in a project. */
function aslc(cwd: string, ...args: string[]): { code: number; stdout: string; stderr: string } {
  return run('npx', ['--no-install', 'aslc', ...args], cwd);
}

/** A new project folder with a package.json (`npm init -y`'s, or an ES module one). */
function project(name: string, kind: 'esm' | 'cjs'): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  if (kind === 'cjs') {
    expect(run('npm', ['init', '-y'], dir).code).toBe(0);
  } else {
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name, version: '1.0.0', private: true, type: 'module' }, null, 2),
    );
  }
  const install = run('npm', ['install', tarball, '--prefer-offline'], dir);
  expect(install.code, install.stderr).toBe(0);
  expect(install.stderr).not.toMatch(/install-scripts|node-gyp/);
  return dir;
}

/** Bytes under a folder. */
function sizeOf(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) total += sizeOf(full);
    else if (entry.isFile()) total += statSync(full).size;
  }
  return total;
}

const WORKFLOW = `import { Condition, chain, choice, fail, lambdaInvoke, path, stateMachine, succeed, task } from 'aslc';
import { mergeDefaults } from 'aslc/fragments';

const charge = task('Charge', {
  resource: lambdaInvoke(),
  parameters: { FunctionName: 'charge', Payload: { id: path('$.id') } },
  resultSelector: { status: path('$.Payload.status') },
  resultPath: '$.charge',
});
const paid = choice('Paid?')
  .when(Condition.stringEquals('$.charge.status', 'PAID'), succeed('Done'))
  .otherwise(fail('Declined', { error: 'Order.Declined' }));

export default stateMachine({ definition: chain(mergeDefaults('Defaults', { currency: 'EUR' }), charge, paid) });
`;

const MOCKS = {
  StateMachines: { order: { TestCases: { Paid: { Charge: 'PaidResponse' } } } },
  MockedResponses: { PaidResponse: { '0': { Return: { Payload: { status: 'PAID' } } } } },
};

const LIBRARY_USE = `import { compile, pass, stateMachine } from 'aslc';
import { validate } from 'aslc/validate';
import { mergeDefaults } from 'aslc/fragments';
import { renderMermaid } from 'aslc/render';
import { createEngine } from 'aslc/run';
import { diffDefinitions } from 'aslc/diff';
import { prepareDemandScaffolding } from 'aslc/scaffolding';
import { TARGET_KINDS } from 'aslc/iac';

const asl = compile(stateMachine({ definition: pass('A') })).asl;
export const used = [validate(asl), renderMermaid(asl), createEngine, diffDefinitions(asl, asl), prepareDemandScaffolding, TARGET_KINDS, mergeDefaults];
`;

beforeAll(() => {
  const pack = run('npm', ['pack', '--pack-destination', work], repoRoot);
  expect(pack.code, pack.stderr).toBe(0);
  const name = readdirSync(work).find((f) => f.endsWith('.tgz'));
  expect(name).toBeDefined();
  tarball = join(work, name as string);
}, 300_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  test('ships the licence, the module READMEs the README links to, and no sources', () => {
    const list = run('tar', ['tzf', tarball], work).stdout.split('\n');
    expect(list).toContain('package/LICENSE');
    expect(list).toContain('package/README.md');
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    for (const [, link] of readme.matchAll(/\]\(((?:src|schemas)\/[^)#]+)\)/g)) {
      expect(list, `README links to ${link}`).toContain(`package/${link}`);
    }
    expect(list.filter((f) => /^package\/src\/.*\.ts$/.test(f))).toEqual([]);
  });
});

describe('installed in an ES module project', () => {
  let dir = '';
  beforeAll(() => {
    dir = project('esm', 'esm');
    mkdirSync(join(dir, 'flows'));
    writeFileSync(join(dir, 'flows', 'order.ts'), WORKFLOW);
    writeFileSync(join(dir, 'mocks.json'), JSON.stringify(MOCKS));
  }, 300_000);

  test('is light: few packages, no install scripts', () => {
    const packages = run('npm', ['ls', '--all', '--parseable'], dir).stdout.trim().split('\n');
    const bytes = sizeOf(join(dir, 'node_modules'));
    console.log(`installed: ${packages.length - 1} packages, ${(bytes / 1e6).toFixed(1)} MB`);
    expect(packages.length - 1).toBeLessThan(40);
    expect(bytes).toBeLessThan(25e6);
  });

  test('npx aslc --version and --help print', () => {
    const version = aslc(dir, '--version');
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(
      (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string })
        .version,
    );
    const help = aslc(dir, '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/aslc <command> \[options\]/);
    expect(help.stdout).toMatch(/aslc init/);
  });

  test('compiles a TypeScript workflow module, validates, runs it with a mock and renders it', () => {
    const compiled = aslc(dir, 'compile', 'flows/order.ts', '--stdout');
    expect(compiled.code, compiled.stderr).toBe(0);
    writeFileSync(join(dir, 'order.asl.json'), compiled.stdout);
    expect(JSON.parse(compiled.stdout)).toMatchObject({ StartAt: 'Defaults' });
    expect(aslc(dir, 'validate', 'order.asl.json').code).toBe(0);
    const ran = aslc(dir, 'run', 'flows/order.ts', '--input', '{"id":1}', '--mocks', 'mocks.json');
    expect(ran.code, ran.stderr).toBe(0);
    expect(JSON.parse(ran.stdout)).toMatchObject({ status: 'SUCCEEDED' });
    const svg = aslc(dir, 'render', 'order.asl.json', '--out', 'order.svg');
    expect(svg.code, svg.stderr).toBe(0);
    expect(readFileSync(join(dir, 'order.svg'), 'utf8')).toMatch(/<svg/);
  });

  test('the library type-checks under moduleResolution nodenext, bundler and node10', () => {
    writeFileSync(join(dir, 'lib.ts'), LIBRARY_USE);
    for (const [module, resolution] of [
      ['nodenext', 'nodenext'],
      ['esnext', 'bundler'],
      ['commonjs', 'node10'],
    ] as const) {
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            module,
            moduleResolution: resolution,
            strict: true,
            noEmit: true,
            skipLibCheck: false,
            types: [],
            ignoreDeprecations: '6.0',
          },
          files: ['lib.ts', 'flows/order.ts'].slice(0, resolution === 'node10' ? 1 : 2),
        }),
      );
      const checked = run(process.execPath, [tsc, '-p', 'tsconfig.json'], dir);
      expect(checked.stdout + checked.stderr, resolution).toBe('');
      expect(checked.code, resolution).toBe(0);
    }
  });

  test('the engines that need an optional package say how to install it', () => {
    mkdirSync(join(dir, 'cases', 'paid'), { recursive: true });
    writeFileSync(join(dir, 'cases', 'paid', 'case.json'), '{"workflow": "../../flows/order.ts"}');
    writeFileSync(join(dir, 'cases', 'paid', 'input.json'), '{"id": 1}');
    writeFileSync(join(dir, 'cases', 'paid', 'mocks.json'), JSON.stringify(MOCKS));
    writeFileSync(join(dir, 'cases', 'paid', 'expected.json'), '{"status": "SUCCEEDED"}');
    const all = aslc(dir, 'test', 'cases', '--engine', 'all', '--format', 'json');
    expect(all.code, all.stderr).toBe(0);
    const reasons = (
      JSON.parse(all.stdout) as { verdicts: { engine: string; verdict: string; reason?: string }[] }
    ).verdicts.map((v) => [v.engine, v.verdict, v.reason ?? '']);
    expect(reasons).toContainEqual(['native', 'pass', '']);
    expect(reasons).toContainEqual([
      'embedded',
      'skipped',
      expect.stringMatching(
        /install aws-local-stepfunctions .*npm install --save-dev aws-local-stepfunctions@/,
      ),
    ]);
    const remote = aslc(dir, 'validate', 'order.asl.json', '--remote');
    expect(remote.code).toBe(0);
    expect(remote.stderr).toMatch(/install @aws-sdk\/credential-providers/);
  });

  test('the bin works through a symlink, by path, and installed globally', () => {
    const bin = join(dir, 'node_modules', 'aslc', 'dist', 'cli', 'main.js');
    expect(run(process.execPath, [bin, '--version'], dir).stdout).toMatch(/^\d+\.\d+\.\d+/);
    const link = join(work, 'aslc-link');
    symlinkSync(bin, link);
    expect(run(link, ['--version'], dir).stdout).toMatch(/^\d+\.\d+\.\d+/);
    const prefix = join(work, 'global');
    expect(
      run('npm', ['install', '-g', '--prefix', prefix, tarball, '--prefer-offline'], work).code,
    ).toBe(0);
    const global = run(
      join(prefix, 'bin', 'aslc'),
      ['validate', join(dir, 'order.asl.json')],
      work,
    );
    expect(global.code, global.stderr).toBe(0);
  }, 300_000);

  test('shell completion lists commands and options through the npm link', () => {
    const commands = aslc(dir, '--get-yargs-completions', 'aslc', '');
    expect(commands.stdout.split('\n')).toEqual(
      expect.arrayContaining(['validate', 'build', 'init']),
    );
    const options = aslc(dir, '--get-yargs-completions', 'aslc', 'build', '--');
    expect(options.stdout.split('\n')).toContain('--target');
    expect(options.stdout).not.toMatch(/^--.$/m);
  });
});

describe('installed in the CommonJS project npm init -y creates', () => {
  test('compiles a .ts workflow module written with import/export, and the library type-checks', () => {
    const dir = project('cjs', 'cjs');
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))).toMatchObject({
      type: 'commonjs',
    });
    mkdirSync(join(dir, 'flows'));
    writeFileSync(join(dir, 'flows', 'order.ts'), WORKFLOW);
    const compiled = aslc(dir, 'compile', 'flows/order.ts', '--stdout');
    expect(compiled.code, compiled.stderr).toBe(0);
    expect(JSON.parse(compiled.stdout)).toMatchObject({ StartAt: 'Defaults' });
    writeFileSync(join(dir, 'lib.ts'), LIBRARY_USE);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'nodenext',
          moduleResolution: 'nodenext',
          strict: true,
          noEmit: true,
          types: [],
        },
        files: ['lib.ts', 'flows/order.ts'],
      }),
    );
    const checked = run(process.execPath, [tsc, '-p', 'tsconfig.json'], dir);
    expect(checked.stdout + checked.stderr).toBe('');
  }, 300_000);
});

describe('aslc init', () => {
  test('creates a project that builds and tests right after npm install, and never overwrites', () => {
    const parent = join(work, 'init');
    mkdirSync(parent);
    const esm = join(work, 'esm');
    const created = run(join(esm, 'node_modules', '.bin', 'aslc'), ['init', 'my-flows'], parent);
    expect(created.code, created.stderr).toBe(0);
    const dir = join(parent, 'my-flows');
    expect(existsSync(join(dir, '.gitignore'))).toBe(true);
    const readmeLines = readFileSync(join(dir, 'README.md'), 'utf8').split('\n');
    expect(readmeLines.filter((l) => l.trim() !== '')).toHaveLength(5);
    // The tarball stands in for the registry's aslc.
    expect(run('npm', ['install', tarball, '--prefer-offline'], dir).code).toBe(0);
    expect(aslc(dir).code).toBe(2);
    const built = aslc(dir, 'build');
    expect(built.code, built.stderr).toBe(0);
    expect(existsSync(join(dir, 'out', 'dev', 'asl', 'greet.asl.json'))).toBe(true);
    const tested = aslc(dir, 'test');
    expect(tested.code, tested.stdout + tested.stderr).toBe(0);
    expect(tested.stdout).toMatch(/2 passed, 0 failed/);
    const again = aslc(dir, 'init');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/WouldOverwrite/);
  }, 300_000);
});

describe('on a Node.js older than aslc needs', () => {
  const old = ['/usr/bin/node', '/usr/local/bin/node'].find((p) => {
    if (!existsSync(p)) return false;
    const v = spawnSync(p, ['--version'], { encoding: 'utf8' }).stdout.trim();
    const [major = 0, minor = 0] = v.replace(/^v/, '').split('.').map(Number);
    return major < 22 || (major === 22 && minor < 18);
  });
  test.skipIf(old === undefined)(
    'says which version it found, which it needs and how to get it (no older Node.js here to try)',
    () => {
      const bin = join(work, 'esm', 'node_modules', 'aslc', 'dist', 'cli', 'main.js');
      const version = run(old as string, [bin, '--version'], work);
      expect(version.code).toBe(0);
      const r = run(old as string, [bin, 'validate', 'x.asl.json'], work);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(
        /aslc needs Node\.js 22\.18 or later; this is Node\.js \d+\.\d+\.\d+\. Install/,
      );
    },
  );
});
