import { spawnSync } from 'node:child_process';
import { findBinary } from '../../support/find-binary.ts';

/** The cfn-lint binary on PATH, or `undefined` (tests that need it are skipped). */
export const cfnLintBinary: string | undefined = findBinary('cfn-lint');

/** Why cfn-lint tests are skipped, for the test names. */
export const cfnLintSkipReason =
  cfnLintBinary === undefined ? ' (skipped: cfn-lint is not installed on PATH)' : '';

/** One finding of cfn-lint (`--format json`). */
export interface CfnLintMatch {
  readonly Filename: string;
  readonly Level: 'Error' | 'Warning' | 'Informational';
  readonly Message: string;
  readonly Rule: { readonly Id: string };
  readonly Location: { readonly Path: readonly (string | number)[] | null };
}

/** cfn-lint on templates (run in `cwd`); its findings. Throws when it cannot run. */
export function cfnLint(files: readonly string[], cwd: string): CfnLintMatch[] {
  const r = spawnSync(cfnLintBinary as string, ['--format', 'json', ...files], {
    cwd,
    encoding: 'utf8',
  });
  if (r.error !== undefined || r.stdout.trim() === '') {
    throw new Error(`cfn-lint failed (${r.status}): ${r.error?.message ?? r.stderr}`);
  }
  return JSON.parse(r.stdout) as CfnLintMatch[];
}

/**
 * W3002 (a local file that only `aws cloudformation package` or `sam deploy` can upload) on the
 * properties that name one: the templates say so, and the READMEs tell how they are deployed.
 */
export function isPackagingWarning(m: CfnLintMatch): boolean {
  const last = m.Location.Path?.at(-1);
  return (
    m.Rule.Id === 'W3002' &&
    typeof last === 'string' &&
    ['TemplateURL', 'Location', 'DefinitionS3Location', 'DefinitionUri'].includes(last)
  );
}
