import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, repoRoot } from '../support/cli.ts';

const fulfilment = join(repoRoot, 'fixtures/projects/orders/workflows/order-fulfilment.ts');
const values = {
  ChargeFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:c',
  OrdersTableArn: 'arn:aws:dynamodb:us-east-1:123456789012:table/o',
  ShippingStateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:s',
};

/** A project in a temporary folder whose workflow is the orders fixture. */
function project(config: Record<string, unknown> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'aslc-build-'));
  writeFileSync(
    join(dir, 'aslc.config.json'),
    JSON.stringify({
      workflows: [relative(dir, fulfilment)],
      outDir: 'build/{env}',
      targets: { asl: {}, terraform: {}, iam: {} },
      environments: { dev: { placeholders: values } },
      ...config,
    }),
  );
  return dir;
}

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

describe('aslc build', () => {
  it('writes every target and prints one line per file', async () => {
    const dir = project();
    const r = await cli(['build', '--env', 'dev'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.slice(0, -1)).toEqual([
      expect.stringMatching(
        /^✓ order-fulfilment +asl +7 states +\d+ bytes {2}build\/dev\/asl\/order-fulfilment\.asl\.json$/,
      ),
      expect.stringMatching(
        /^✓ order-fulfilment +terraform +7 states +\d+ bytes {2}build\/dev\/terraform\/order-fulfilment\.asl\.json$/,
      ),
      expect.stringMatching(/terraform\/order-fulfilment\.policy\.json$/),
      expect.stringMatching(/terraform\/order-fulfilment\.tf$/),
      expect.stringMatching(
        /^✓ order-fulfilment +iam +7 states .* build\/dev\/iam\/order-fulfilment\.iam\.json$/,
      ),
      // The Terraform module's shared files.
      expect.stringMatching(
        /^✓ \(shared\) +terraform +0 states .* build\/dev\/terraform\/dev\.auto\.tfvars$/,
      ),
      expect.stringMatching(/terraform\/outputs\.tf$/),
      expect.stringMatching(/terraform\/variables\.tf$/),
      expect.stringMatching(/terraform\/versions\.tf$/),
    ]);
    expect(lines.at(-1)).toBe('9 files built from 1 workflow for environment dev into build/dev.');
    expect(files(join(dir, 'build/dev'))).toEqual([
      'asl/order-fulfilment.asl.json',
      'iam/order-fulfilment.iam.json',
      'terraform/dev.auto.tfvars',
      'terraform/order-fulfilment.asl.json',
      'terraform/order-fulfilment.policy.json',
      'terraform/order-fulfilment.tf',
      'terraform/outputs.tf',
      'terraform/variables.tf',
      'terraform/versions.tf',
    ]);
    const bytes = Buffer.byteLength(
      readFileSync(join(dir, 'build/dev/asl/order-fulfilment.asl.json')),
    );
    expect(lines[0]).toContain(` ${bytes} bytes`);
    const again = await cli(['build', '--env', 'dev'], { cwd: dir });
    expect(again.stdout).toContain('(unchanged)');
  });

  it('--format json prints data, --quiet prints nothing, --target filters', async () => {
    const dir = project();
    const json = await cli(['build', '--env', 'dev', '--format', 'json', '--target', 'iam'], {
      cwd: dir,
    });
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({
      files: [
        {
          workflow: 'order-fulfilment',
          target: 'iam',
          file: 'build/dev/iam/order-fulfilment.iam.json',
          states: 7,
          bytes: expect.any(Number),
          status: 'created',
        },
      ],
      summary: { files: 1, differing: 0, environment: 'dev' },
    });
    const quiet = await cli(['build', '--env', 'dev', '--quiet', '--out', 'elsewhere'], {
      cwd: dir,
    });
    expect(quiet).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(files(join(dir, 'elsewhere')).length).toBe(9);
  });

  it('--check exits 1 when a file differs or is missing, and writes nothing', async () => {
    const dir = project();
    expect((await cli(['build', '--env', 'dev', '--check'], { cwd: dir })).code).toBe(1);
    expect(files(join(dir, 'build'))).toEqual([]);
    await cli(['build', '--env', 'dev'], { cwd: dir });
    expect(await cli(['build', '--env', 'dev', '--check', '-q'], { cwd: dir })).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
    writeFileSync(join(dir, 'build/dev/iam/order-fulfilment.iam.json'), '{}\n');
    const r = await cli(['build', '--env', 'dev', '--check'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✗ order-fulfilment +iam .* \(differs\)/);
    expect(r.stderr).toBe(
      'aslc: 1 of 9 files differ from the disk; run aslc build without --check to write them.\n',
    );
  });

  it('missing placeholder values: exit 1, naming placeholder, workflow and environment; nothing is written', async () => {
    const dir = project({
      environments: { dev: { placeholders: { ChargeFunctionArn: values.ChargeFunctionArn } } },
    });
    mkdirSync(join(dir, 'build/dev/asl'), { recursive: true });
    writeFileSync(join(dir, 'build/dev/asl/order-fulfilment.asl.json'), 'previous\n');
    const r = await cli(['build', '--env', 'dev'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      [
        "aslc: order-fulfilment: MissingPlaceholderValue: placeholders 'OrdersTableArn', 'ShippingStateMachineArn' have no value in environment 'dev' (needed by asl, terraform, iam). Hint: add them to the placeholders of environment 'dev' (environments/dev.json or aslc.config.json)",
        'aslc: 1 problem; nothing was written.',
        '',
      ].join('\n'),
    );
    expect(files(join(dir, 'build'))).toEqual(['dev/asl/order-fulfilment.asl.json']);
    expect(readFileSync(join(dir, 'build/dev/asl/order-fulfilment.asl.json'), 'utf8')).toBe(
      'previous\n',
    );
  });

  it('validation errors block the write (an EXPRESS machine with .sync tasks)', async () => {
    const dir = project();
    writeFileSync(
      join(dir, 'aslc.config.json'),
      JSON.stringify({
        workflows: [{ path: relative(dir, fulfilment), type: 'EXPRESS' }],
        targets: { asl: {}, terraform: {} },
        environments: { dev: { placeholders: values } },
      }),
    );
    const r = await cli(['build', '--env', 'dev'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /asl\/order-fulfilment\.asl\.json:\/States\/Ship\/Resource: error ExpressIntegrationPattern \(state 'Ship'\)/,
    );
    expect(r.stderr).toMatch(/nothing was written/);
    expect(files(join(dir, 'build'))).toEqual([]);
    expect((await cli(['build', '--env', 'dev', '--no-validate', '-q'], { cwd: dir })).code).toBe(
      0,
    );
  });

  it.each([
    [
      ['build'],
      'no config',
      2,
      /^aslc: UsageError: no configuration file aslc\.config\.json\. Hint: pass --config PATH/,
    ],
    [
      ['build', '--env', 'qa'],
      'unknown env',
      2,
      /^aslc: UsageError: unknown environment 'qa'\. Hint: the project defines dev\n$/,
    ],
    [
      ['build', '--env', 'dev', '--target', 'sam'],
      'unconfigured target',
      2,
      /target 'sam' is not configured\. Hint: the configuration has targets asl, terraform, iam/,
    ],
    [['build'], 'outDir with {env}', 2, /the outDir 'build\/\{env\}' uses \{env\}/],
  ] as const)('usage errors exit 2: %s (%s)', async (args, what, code, message) => {
    const dir = what === 'no config' ? mkdtempSync(join(tmpdir(), 'aslc-empty-')) : project();
    const r = await cli([...args], { cwd: dir });
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
  });

  it('an invalid configuration exits 1 with JSON pointers', async () => {
    const dir = project({ targets: { terraform: { type: 'FAST' }, pulumi: {} } });
    const r = await cli(['build', '--env', 'dev'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      [
        'aslc: aslc.config.json:/targets/pulumi: InvalidConfig: unknown property.',
        'aslc: aslc.config.json:/targets/terraform/type: InvalidConfig: must be one of "STANDARD", "EXPRESS".',
        '',
      ].join('\n'),
    );
  });

  it('a configuration writes only inside its own folder, unless --out says otherwise', async () => {
    const dir = project({ outDir: '../escaped/{env}' });
    const r = await cli(['build', '--env', 'dev'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^aslc: OutDirOutsideProject: the outDir '\.\.\/escaped\/\{env\}' of aslc\.config\.json leads outside its folder/,
    );
    expect(existsSync(join(dir, '..', 'escaped'))).toBe(false);
    const elsewhere = join(dir, '..', `${relative(join(dir, '..'), dir)}-out`);
    const ok = await cli(['build', '--env', 'dev', '--out', elsewhere, '-q'], { cwd: dir });
    expect(ok.code, ok.stderr).toBe(0);
    expect(files(elsewhere).length).toBeGreaterThan(0);
  });
});
