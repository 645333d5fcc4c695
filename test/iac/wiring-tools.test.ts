// The wiring examples of the target pages checked by the tools they are written for: the Terraform
// root module of fixtures/projects/wiring/terraform with the module aslc builds (terraform init
// -plugin-dir <mirror> + terraform validate), and the SAM and CloudFormation templates with the
// nested templates aslc builds, and the templates of fixtures/projects/wired with the stack they
// import from (cfn-lint). Each is skipped, with the reason in its name, without its tool.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/cli.ts';
import {
  cfnLint,
  cfnLintBinary,
  cfnLintSkipReason,
  isPackagingWarning,
} from './support/cfn-lint.ts';
import {
  terraformBinary,
  terraformFmtCheck,
  terraformPluginDir,
  terraformValidate,
  terraformValidateSkipReason,
} from './support/terraform.ts';
import { buildWiringExample } from './support/wiring.ts';

describe.skipIf(terraformBinary === undefined || terraformPluginDir === undefined)(
  `Terraform wiring example${terraformValidateSkipReason}`,
  () => {
    it(
      'fixtures/projects/wiring/terraform/main.tf with build/terraform: formatted and valid',
      { timeout: 120_000 },
      async () => {
        const dir = await buildWiringExample('terraform');
        expect(terraformFmtCheck(dir)).toMatchObject({ code: 0, stdout: '' });
        const r = await terraformValidate(dir);
        expect(r.stderr).toBe('');
        expect(r).toMatchObject({ code: 0 });
        expect(r.stdout).toContain('Success! The configuration is valid.');
      },
    );
  },
);

describe.skipIf(cfnLintBinary === undefined)(`cfn-lint${cfnLintSkipReason}`, () => {
  for (const tool of ['sam', 'cloudformation'] as const) {
    it(`fixtures/projects/wiring/${tool}: template.yaml and the nested template aslc builds`, async () => {
      const dir = await buildWiringExample(tool);
      const nested = readdirSync(join(dir, 'build', tool))
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => join('build', tool, f));
      expect(nested.length).toBeGreaterThan(0);
      const findings = cfnLint(['template.yaml', ...nested], dir);
      expect(findings.filter((m) => !isPackagingWarning(m))).toEqual([]);
    });
  }

  it('fixtures/projects/wired: the golden templates and orders-stack.yaml, which they import from', () => {
    const golden = join(repoRoot, 'golden/projects/wired/dev');
    const templates = ['sam', 'cloudformation'].flatMap((d) =>
      readdirSync(join(golden, d))
        .filter((f) => /\.(sam|cfn)\.(json|yaml)$/.test(f))
        .map((f) => join(golden, d, f)),
    );
    expect(templates.length).toBe(4);
    const findings = cfnLint(
      [...templates, join(repoRoot, 'fixtures/projects/wired/orders-stack.yaml')],
      repoRoot,
    );
    expect(findings.filter((m) => !isPackagingWarning(m))).toEqual([]);
  });
});
