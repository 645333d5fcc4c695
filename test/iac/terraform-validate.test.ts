// `terraform validate` on every module aslc writes, with the AWS provider from a local mirror
// (terraform init -plugin-dir; no network). Skipped, with the reason in the test name, when
// terraform or the mirror is missing.
import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArtifacts, type Artifact, type TerraformTargetOptions } from '../../src/iac/index.ts';
import { repoRoot } from '../support/cli.ts';
import { hostileMachine, hostileValues } from './support/machines.ts';
import { splitPlanWorkflows } from './support/split-plan.ts';
import {
  terraformBinary,
  terraformFmtCheck,
  terraformPluginDir,
  terraformValidate,
  terraformValidateSkipReason,
} from './support/terraform.ts';

/** A build of the hostile machine as three workflows with different options, in a new folder. */
function variantModule(): string {
  const values = {
    ...hostileValues,
    RoleArn: 'arn:aws:iam::123456789012:role/r',
    Boundary: 'arn:aws:iam::123456789012:policy/boundary',
  };
  const tags = { team: 'data', 'quote " dollar ${x} percent %{y}': 'new\nline \\ back' };
  const variants: Record<string, TerraformTargetOptions> = {
    orders: {
      logging: { level: 'ALL', includeExecutionData: true, retentionInDays: 14 },
      permissionsBoundary: '${Boundary}',
      alias: 'live',
      tags,
      tracing: true,
    },
    refunds: { placeholders: 'keep', roleArn: '${RoleArn}', type: 'EXPRESS', publish: true },
    reports: { placeholders: 'inline', stateMachineName: '{workflow}-{env}', tags },
  };
  const { artifacts, problems } = buildArtifacts(
    Object.keys(variants).map((name) => ({
      name,
      machine: hostileMachine().node,
      entry: { path: name, targets: { terraform: variants[name] as TerraformTargetOptions } },
    })),
    { targets: { terraform: {} }, environment: { name: 'dev', values } },
  );
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  return writeModule(artifacts);
}

/** Writes a build's files to a new folder; returns its Terraform module. */
function writeModule(artifacts: readonly Artifact[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'aslc-tf-module-'));
  for (const a of artifacts) {
    const file = join(dir, a.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, a.content);
  }
  return join(dir, 'terraform');
}

describe.skipIf(terraformBinary === undefined || terraformPluginDir === undefined)(
  `terraform validate with the local provider mirror${terraformValidateSkipReason}`,
  { concurrent: true },
  () => {
    for (const [project, envs] of [
      ['demand-execution', ['dev', 'prod']],
      ['orders', ['dev', 'prod']],
      ['plain-asl', ['dev']],
    ] as const) {
      for (const env of envs) {
        it(
          `golden/projects/${project}/${env}/terraform is a valid module`,
          { timeout: 120_000 },
          async () => {
            const dir = mkdtempSync(join(tmpdir(), 'aslc-tf-golden-'));
            cpSync(join(repoRoot, 'golden/projects', project, env, 'terraform'), dir, {
              recursive: true,
            });
            const r = await terraformValidate(dir);
            expect(r.stderr).toBe('');
            expect(r).toMatchObject({ code: 0 });
            expect(r.stdout).toContain('Success! The configuration is valid.');
          },
        );
      }
    }

    it(
      'a module of every option (created log group, boundary, alias, keep, inline, hostile tags) is valid and formatted',
      { timeout: 120_000 },
      async () => {
        const dir = variantModule();
        expect(terraformFmtCheck(dir)).toMatchObject({ code: 0, stdout: '' });
        const r = await terraformValidate(dir);
        expect(r.stderr).toBe('');
        expect(r.stdout).toContain('Success! The configuration is valid.');
      },
    );

    it(
      "a plan split into child machines: the parent reads its children's ARNs from their resources",
      { timeout: 120_000 },
      async () => {
        const { artifacts, problems } = buildArtifacts(splitPlanWorkflows(), {
          targets: { terraform: {} },
          environment: { name: 'dev', values: {} },
        });
        expect(problems).toEqual([]);
        const dir = writeModule(artifacts);
        expect(readFileSync(join(dir, 'nightly.tf'), 'utf8')).toContain(
          'NightlyRiskStateMachineArn = aws_sfn_state_machine.nightly_risk.arn',
        );
        expect(terraformFmtCheck(dir)).toMatchObject({ code: 0, stdout: '' });
        const r = await terraformValidate(dir);
        expect(r.stderr).toBe('');
        expect(r.stdout).toContain('Success! The configuration is valid.');
      },
    );
  },
);
