import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/run-cli.ts';
import { captureIo } from '../../src/cli/io.ts';

/** The repository root. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Runs the CLI in-process and returns its exit code and captured output. */
export async function cli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string | undefined>; stdin?: string } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = captureIo({
    cwd: options.cwd ?? repoRoot,
    env: options.env ?? {},
    stdin: options.stdin,
  });
  const code = await runCli(args, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

/**
 * How a test starts the CLI as a child process: the bundle (dist/cli/main.js, built by the
 * e2e and hostile projects' globalSetup, test/support/bundle-setup.ts), or the sources when a
 * test runs outside those projects.
 */
export const CLI_COMMAND: readonly string[] =
  process.env['ASLC_E2E_BUNDLE'] === '1'
    ? [`${repoRoot}dist/cli/main.js`]
    : [
        '--conditions=aslc-source',
        '--disable-warning=ExperimentalWarning',
        `${repoRoot}src/cli/main.ts`,
      ];

/**
 * Runs the CLI as a real child process on the pinned Node (end-to-end: exit codes, stdout
 * flushing, no stack traces).
 */
export function cliProcess(
  args: string[],
  options: { cwd?: string; env?: Record<string, string | undefined>; input?: string } = {},
): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [...CLI_COMMAND, ...args], {
    cwd: options.cwd ?? repoRoot,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    input: options.input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
