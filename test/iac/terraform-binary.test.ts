import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  aslArtifacts,
  createWorkflowContext,
  hclString,
  safeValuePattern,
  terraformArtifacts,
  unsafeValueReason,
  type Artifact,
  type TerraformTargetOptions,
} from '../../src/iac/index.ts';
import { repoRoot } from '../support/cli.ts';
import { attribute, blank, block, objectExpr, writeHcl } from '../../src/iac/terraform/hcl.ts';
import { hostileMachine, hostileValues } from './support/machines.ts';
import {
  consoleBase64,
  terraformBinary,
  terraformConsole,
  terraformFmtCheck,
  terraformSkipReason,
} from './support/terraform.ts';

const values = {
  ...hostileValues,
  RoleArn: 'arn:aws:iam::123456789012:role/r',
  Logs: 'arn:aws:logs:us-east-1:123456789012:log-group:l:*',
};

function files(options: TerraformTargetOptions): Artifact[] {
  const ctx = createWorkflowContext('orders', hostileMachine().node, { name: 'dev', values });
  return terraformArtifacts(ctx, options, []);
}

function scratch(list: readonly Artifact[], only?: (a: Artifact) => boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'aslc-tf-'));
  for (const a of list)
    if (only === undefined || only(a))
      writeFileSync(join(dir, a.path.split('/').pop() as string), a.content);
  return dir;
}

/** `{ A = "…", … }` binding the placeholders to their values. */
function varsMap(v: Record<string, string>): string {
  return `{ ${Object.entries(v)
    .map(([k, x]) => `${k} = ${hclString(x)}`)
    .join(', ')} }`;
}

describe.skipIf(terraformBinary === undefined)(
  `terraform binary checks${terraformSkipReason}`,
  () => {
    it('terraform fmt -check accepts every .tf the target writes', () => {
      const variants: TerraformTargetOptions[] = [
        {},
        { placeholders: 'keep' },
        { placeholders: 'inline' },
        {
          roleArn: '${RoleArn}',
          tracing: true,
          logging: { logGroupArn: '${Logs}', level: 'ALL', includeExecutionData: true },
        },
        {
          roleArn: 'arn:aws:iam::123456789012:role/literal',
          placeholders: 'keep',
          logging: { logGroupArn: '${Logs}' },
        },
      ];
      for (const options of variants) {
        const dir = scratch(files(options), (a) => a.path.endsWith('.tf'));
        const r = terraformFmtCheck(dir);
        expect(r, JSON.stringify(options)).toMatchObject({ code: 0, stdout: '' });
      }
    });

    it('templatefile() of the template gives back the compiled JSON byte for byte', () => {
      const tf = files({});
      const dir = scratch(tf, (a) => a.path.endsWith('.json'));
      const ctx = createWorkflowContext('orders', hostileMachine().node, { name: 'dev', values });
      const expected = aslArtifacts(ctx, {}, [])[0]?.content;
      const vars = varsMap(hostileValues);
      expect(consoleBase64(dir, `templatefile("orders.asl.json", ${vars})`)).toBe(expected);
      expect(
        terraformConsole(
          dir,
          `jsondecode(templatefile("orders.asl.json", ${vars})).States.Charge.Parameters.Command`,
        ),
      ).toBe('<<EOT\nmkdir -p ${WORKING_DIR} && echo "done" \\ \n\t Straße ✓ 😀\nEOT');
    });

    it('the policy template renders to the policy with the values', () => {
      const tf = files({});
      const dir = scratch(tf, (a) => a.path.endsWith('.json'));
      const template = tf.find((a) => a.path.endsWith('.policy.json'))?.content ?? '';
      // The reference reading: ${Name} → value, $${ → ${, %%{ → %{.
      const expected = template
        .replace(
          /(?<![$])\$\{(\w+)\}/g,
          (_m, n: string) => hostileValues[n as keyof typeof hostileValues],
        )
        .replace(/([$%])\1\{/g, '$1{');
      expect(template).toContain('"${ChargeFnArn}:*"');
      expect(
        consoleBase64(dir, `templatefile("orders.policy.json", ${varsMap(hostileValues)})`),
      ).toBe(expected);
    });

    it('the unescaped definition is refused by templatefile() (the harness can fail)', () => {
      const dir = scratch(files({ placeholders: 'inline' }), (a) => a.path.endsWith('.asl.json'));
      expect(() => terraformConsole(dir, 'templatefile("orders.asl.json", {})')).toThrow(
        /terraform console failed/,
      );
    });

    it('hclString literals read back exactly', () => {
      const dir = mkdtempSync(join(tmpdir(), 'aslc-tf-'));
      const samples = [
        'say "hi"',
        'back\\slash \\n',
        'line\nbreak\ttab',
        '${x} %{y} $${z} %%{w}',
        'Straße ✓ 😀',
        '\u0001\u007f',
        '$',
        '%',
      ];
      const printed = terraformConsole(
        dir,
        `join(",", [for s in [${samples.map(hclString).join(', ')}] : base64encode(s)])`,
      );
      const decoded = (JSON.parse(printed) as string)
        .split(',')
        .map((b) => Buffer.from(b, 'base64').toString('utf8'));
      expect(decoded).toEqual(samples);
    });

    it('the variables validation regex agrees with unsafeValueReason', () => {
      const dir = mkdtempSync(join(tmpdir(), 'aslc-tf-'));
      const samples = [
        'arn:aws:lambda:us-east-1:123456789012:function:f',
        'say "hi"',
        'a\\b',
        'a\nb',
        "it's",
        '{x}',
        '${x}',
        'Straße',
        '',
      ];
      for (const intrinsic of [false, true]) {
        const how = { intrinsic, repeated: false };
        const printed = terraformConsole(
          dir,
          `jsonencode([for s in [${samples.map(hclString).join(', ')}] : can(regex(${hclString(safeValuePattern(how))}, s))])`,
        );
        expect(JSON.parse(JSON.parse(printed) as string)).toEqual(
          samples.map((s) => unsafeValueReason(s, how) === undefined),
        );
      }
    });

    it('terraform fmt -check accepts the HCL writer layout and the golden .tf files', () => {
      const dir = mkdtempSync(join(tmpdir(), 'aslc-tf-'));
      writeFileSync(
        join(dir, 'writer.tf'),
        writeHcl(
          ['layout'],
          [
            block(
              'resource',
              ['aws_sfn_state_machine', 'x'],
              [
                attribute('name', '"x"'),
                attribute('role_arn', 'var.r'),
                attribute(
                  'definition',
                  `templatefile("t", ${objectExpr([
                    ['A', 'var.a'],
                    ['Longer', 'var.b'],
                  ])})`,
                ),
                attribute('type', '"STANDARD"'),
                blank,
                block('tracing_configuration', [], [attribute('enabled', 'true')]),
              ],
            ),
          ],
        ),
      );
      expect(terraformFmtCheck(dir)).toMatchObject({ code: 0, stdout: '' });
      for (const project of ['demand-execution', 'orders']) {
        for (const env of ['dev', 'prod']) {
          const golden = join(repoRoot, 'golden/projects', project, env, 'terraform');
          expect(terraformFmtCheck(golden), golden).toMatchObject({ code: 0, stdout: '' });
        }
      }
    });

    it("the golden templates render to the golden .asl.json files with the environment's values", () => {
      for (const project of ['demand-execution', 'orders']) {
        for (const env of ['dev', 'prod']) {
          const golden = join(repoRoot, 'golden/projects', project, env);
          const envFile = join(
            repoRoot,
            'fixtures/projects',
            project,
            'environments',
            `${env}.json`,
          );
          const envValues = (
            JSON.parse(readFileSync(envFile, 'utf8')) as { placeholders: Record<string, string> }
          ).placeholders;
          const templates = readdirSync(join(golden, 'terraform')).filter((f) =>
            f.endsWith('.asl.json'),
          );
          expect(templates.length).toBeGreaterThan(0);
          // The console cannot run next to the .tf files (they need the AWS provider).
          const dir = mkdtempSync(join(tmpdir(), 'aslc-tf-'));
          for (const t of templates) copyFileSync(join(golden, 'terraform', t), join(dir, t));
          const rendered = templates.map((t) => base64Part(t, envValues));
          const printed = terraformConsole(dir, `join(",", [${rendered.join(', ')}])`);
          const decoded = (JSON.parse(printed) as string)
            .split(',')
            .map((b) => Buffer.from(b, 'base64').toString('utf8'));
          expect(decoded).toEqual(
            templates.map((t) => readFileSync(join(golden, 'asl', t), 'utf8')),
          );
        }
      }
    });
  },
);

/** `base64encode(templatefile("<file>", { … }))`. */
function base64Part(file: string, v: Record<string, string>): string {
  return `base64encode(templatefile(${hclString(file)}, ${varsMap(v)}))`;
}
