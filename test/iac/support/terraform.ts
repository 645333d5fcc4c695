import { execFile, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { join } from 'node:path';
import { findBinary } from '../../support/find-binary.ts';

/** The terraform binary on PATH, or `undefined` (tests that need it are skipped). */
export const terraformBinary: string | undefined = findBinary('terraform');

/** Why terraform tests are skipped, for the test names. */
export const terraformSkipReason =
  terraformBinary === undefined ? ' (skipped: terraform is not installed on PATH)' : '';

function run(
  args: string[],
  cwd: string,
  input?: string,
): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(terraformBinary as string, args, {
    cwd,
    input,
    encoding: 'utf8',
    // No user CLI configuration, no colours, no network use (iac.md §3).
    env: {
      ...process.env,
      TF_CLI_CONFIG_FILE: '/dev/null',
      TF_IN_AUTOMATION: '1',
      CHECKPOINT_DISABLE: '1',
    },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Evaluates one expression with `terraform console` in `dir` (offline: the directory must hold
 * no configuration that needs a provider). Returns the printed value; throws on failure.
 * `terraform console` reading stdin prints only the last expression, so callers combine what they
 * need into one expression.
 */
export function terraformConsole(dir: string, expression: string): string {
  const r = run(['console', '-no-color'], dir, expression + '\n');
  if (r.code !== 0) throw new Error(`terraform console failed (${r.code}): ${r.stderr}`);
  return r.stdout.trim();
}

/** A string value printed by the console (`"…"`), decoded from base64 when it was encoded. */
export function consoleBase64(dir: string, expression: string): string {
  const printed = terraformConsole(dir, `base64encode(${expression})`);
  return Buffer.from(JSON.parse(printed) as string, 'base64').toString('utf8');
}

/** `terraform fmt -check -diff` on a folder. */
export function terraformFmtCheck(dir: string): { code: number; stdout: string; stderr: string } {
  return run(['fmt', '-check', '-diff', '-no-color'], dir);
}

/**
 * The local provider mirror for `terraform init -plugin-dir`: `$ASLC_TF_PLUGIN_DIR`, else
 * /opt/tf-plugins, when it holds registry.terraform.io/hashicorp/aws; `undefined` otherwise.
 */
export const terraformPluginDir: string | undefined = (() => {
  for (const dir of [process.env['ASLC_TF_PLUGIN_DIR'], '/opt/tf-plugins']) {
    if (dir === undefined || dir === '') continue;
    try {
      accessSync(join(dir, 'registry.terraform.io', 'hashicorp', 'aws'), constants.R_OK);
      return dir;
    } catch {
      // not here
    }
  }
  return undefined;
})();

/** Why `terraform validate` tests are skipped, for the test names. */
export const terraformValidateSkipReason =
  terraformBinary === undefined
    ? ' (skipped: terraform is not installed on PATH)'
    : terraformPluginDir === undefined
      ? ' (skipped: no provider mirror holding registry.terraform.io/hashicorp/aws at $ASLC_TF_PLUGIN_DIR or /opt/tf-plugins)'
      : '';

/** {@link run}, without blocking (so that several modules are validated at once). */
function runAsync(
  args: string[],
  cwd: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      terraformBinary as string,
      args,
      {
        cwd,
        encoding: 'utf8',
        env: {
          ...process.env,
          TF_CLI_CONFIG_FILE: '/dev/null',
          TF_IN_AUTOMATION: '1',
          CHECKPOINT_DISABLE: '1',
        },
      },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/**
 * `terraform init -backend=false -plugin-dir <mirror>` then `terraform validate` in `dir`
 * (offline: the AWS provider comes from the mirror). Returns validate's outcome; throws when init
 * fails.
 */
export async function terraformValidate(
  dir: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const init = await runAsync(
    ['init', '-backend=false', '-input=false', '-no-color', `-plugin-dir=${terraformPluginDir}`],
    dir,
  );
  if (init.code !== 0) throw new Error(`terraform init failed (${init.code}): ${init.stderr}`);
  return runAsync(['validate', '-no-color'], dir);
}
