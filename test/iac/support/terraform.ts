import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The terraform binary on PATH, or `undefined` (tests that need it are skipped). */
export const terraformBinary: string | undefined = (() => {
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, 'terraform');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
})();

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
