// The hostile-input harness (issue 11, point 10), shared by test/e2e/hostile-suite.test.ts,
// test/hostile/*.test.ts and scripts/fuzz.ts: the CLI as a child process with a kill timeout and
// its peak memory, and the properties every command must keep whatever it is given.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, lstatSync, openSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Each child process is killed after this long: a run that takes longer is a failure (a hang). */
export const KILL_AFTER_MS = 30_000;

/** The most memory one command may use (peak resident set size), in KiB. */
export const PEAK_RSS_LIMIT_KB = 700 * 1024;

/** A stack trace in the output (`    at fn (file.ts:12:5)`). */
export const STACK_TRACE = /\n\s+at .+:\d+:\d+/;

/**
 * A control character a terminal acts on, in human-readable output: C0 but tab and newline, DEL,
 * C1, and the bidirectional overrides and isolates.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** aslc's one line for its own bugs. */
export const INTERNAL_ERROR = /aslc: internal error|InterpreterError/;

const TIME = '/usr/bin/time';
const PEAK_LINE =
  /(?:Command (?:exited with non-zero status|terminated by signal) (\d+)\n)?aslc-peak-rss-kb=(\d+)\n?$/;

/** The source CLI, or the built one (`dist/cli/main.js`, from `npm run build`). */
export type CliBuild = 'sources' | 'dist';

/** How to run one command. */
export interface ProcessOptions {
  readonly cwd: string;
  /** Standard input: text, or `{ file }` (e.g. `/dev/zero`); default: empty. */
  readonly stdin?: string | { readonly file: string };
  readonly env?: Readonly<Record<string, string>>;
  /** Default {@link KILL_AFTER_MS}. */
  readonly killAfterMs?: number;
  readonly build?: CliBuild;
}

/** What one command did. */
export interface ProcessRun {
  readonly args: readonly string[];
  /** The exit code; 128 + n when signal n ended it. */
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Peak resident set size in KiB, when /usr/bin/time is there. */
  readonly peakKb: number | undefined;
  /** Killed after `killAfterMs`. */
  readonly timedOut: boolean;
  readonly ms: number;
}

let running = 0;
const waiting: (() => void)[] = [];

/** At most two child processes at once: the machine has two cores, shared. */
async function slot<T>(fn: () => Promise<T>): Promise<T> {
  if (running >= 2) await new Promise<void>((go) => waiting.push(go));
  running++;
  try {
    return await fn();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** Node's arguments that start aslc: the sources, or the built CLI. */
export function cliArguments(build: CliBuild = 'sources'): string[] {
  return build === 'dist'
    ? [`${repoRoot}dist/cli/main.js`]
    : [
        '--conditions=aslc-source',
        '--disable-warning=ExperimentalWarning',
        `${repoRoot}src/cli/main.ts`,
      ];
}

/** The command line of `aslc <args>` on the pinned Node. */
function commandLine(args: readonly string[], build: CliBuild): string[] {
  const node = [process.execPath, ...cliArguments(build), ...args];
  return existsSync(TIME) ? [TIME, '-f', 'aslc-peak-rss-kb=%M', ...node] : node;
}

/**
 * Runs `aslc <args>` as a child process (the pinned Node, the sources by default), killed with
 * its whole process group after `killAfterMs`; reads its peak memory with /usr/bin/time -f %M
 * when it exists.
 *
 * @example
 * ```ts
 * const run = await aslcProcess(['validate', '/dev/zero'], { cwd: dir });
 * expect(processProblems(run)).toStrictEqual([]);
 * ```
 */
export function aslcProcess(args: readonly string[], options: ProcessOptions): Promise<ProcessRun> {
  return slot(
    () =>
      new Promise<ProcessRun>((done, fail) => {
        const [command, ...rest] = commandLine(args, options.build ?? 'sources');
        const stdinFd =
          typeof options.stdin === 'object' ? openSync(options.stdin.file, 'r') : undefined;
        const started = Date.now();
        const child = spawn(command as string, rest, {
          cwd: options.cwd,
          env: { ...process.env, NO_COLOR: '1', ASLC_DEBUG: '', ...options.env },
          stdio: [stdinFd ?? 'pipe', 'pipe', 'pipe'],
          detached: true,
        });
        if (stdinFd !== undefined) closeSync(stdinFd);
        const out: Buffer[] = [];
        const err: Buffer[] = [];
        let outBytes = 0;
        child.stdout?.on('data', (b: Buffer) => {
          // Keep the first 64 MiB: a command that prints without end is a failure anyway.
          if ((outBytes += b.length) <= 64 * 1024 * 1024) out.push(b);
        });
        child.stderr?.on('data', (b: Buffer) => err.push(b));
        if (child.stdin !== null) {
          child.stdin.on('error', () => {});
          child.stdin.end(typeof options.stdin === 'string' ? options.stdin : '');
        }
        let timedOut = false;
        const timer = setTimeout(() => {
          timedOut = true;
          try {
            process.kill(-(child.pid as number), 'SIGKILL');
          } catch {
            // already gone
          }
        }, options.killAfterMs ?? KILL_AFTER_MS);
        child.on('error', (e) => {
          clearTimeout(timer);
          fail(e);
        });
        child.on('close', (status, signal) => {
          clearTimeout(timer);
          let stderr = Buffer.concat(err).toString('utf8');
          let code = status ?? 128 + (signal === null ? 0 : signalNumber(signal));
          let peakKb: number | undefined;
          const m = PEAK_LINE.exec(stderr);
          if (m !== null) {
            peakKb = Number(m[2]);
            stderr = stderr.slice(0, m.index);
            if (m[0].startsWith('Command terminated by signal')) code = 128 + Number(m[1]);
          }
          done({
            args,
            code,
            stdout: Buffer.concat(out).toString('utf8'),
            stderr,
            peakKb,
            timedOut,
            ms: Date.now() - started,
          });
        });
      }),
  );
}

function signalNumber(signal: NodeJS.Signals): number {
  const numbers: Partial<Record<NodeJS.Signals, number>> = {
    SIGINT: 2,
    SIGABRT: 6,
    SIGKILL: 9,
    SIGSEGV: 11,
    SIGTERM: 15,
  };
  return numbers[signal] ?? 0;
}

/** What a check may relax for one command. */
export interface Expectations {
  /** Exit codes that are fine (default 0, 1 and 2). */
  readonly codes?: readonly number[];
  /**
   * The command prints its result on stdout only when it succeeds (`scaffold`, `compile
   * --stdout`): on a failure stdout must be empty.
   */
  readonly stdoutOnlyOnSuccess?: boolean;
}

/**
 * The properties a command broke, in words (empty when it behaved): it ended in time, with exit
 * code 0, 1 or 2, without a stack trace or an internal error, within {@link PEAK_RSS_LIMIT_KB},
 * and printed no raw control character.
 *
 * @example
 * ```ts
 * expect(processProblems(await aslcProcess(['validate', 'x.json'], { cwd }))).toStrictEqual([]);
 * ```
 */
export function processProblems(run: ProcessRun, expect: Expectations = {}): string[] {
  const problems: string[] = [];
  if (run.timedOut) problems.push(`still running after ${run.ms} ms (killed)`);
  else if (!(expect.codes ?? [0, 1, 2]).includes(run.code)) {
    problems.push(`exit code ${run.code}`);
  }
  problems.push(...outputProblems(run.stdout, run.stderr));
  if (run.peakKb !== undefined && run.peakKb > PEAK_RSS_LIMIT_KB) {
    problems.push(`peak memory ${Math.round(run.peakKb / 1024)} MiB`);
  }
  if (expect.stdoutOnlyOnSuccess === true && run.code !== 0 && run.stdout !== '') {
    problems.push('printed on stdout although it failed');
  }
  return problems;
}

/** The output properties alone (for the CLI run in-process, too). */
export function outputProblems(stdout: string, stderr: string): string[] {
  const problems: string[] = [];
  const both = `${stdout}\n${stderr}`;
  if (STACK_TRACE.test(both)) problems.push(`stack trace: ${excerpt(both, STACK_TRACE)}`);
  if (INTERNAL_ERROR.test(stderr))
    problems.push(`internal error: ${excerpt(stderr, INTERNAL_ERROR)}`);
  if (RAW_CONTROL.test(both)) problems.push(`raw control character: ${excerpt(both, RAW_CONTROL)}`);
  return problems;
}

/** The line around the first match, for messages. */
function excerpt(text: string, pattern: RegExp): string {
  const at = text.search(pattern);
  const start = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
  const end = text.indexOf('\n', at + 1);
  return JSON.stringify(text.slice(start, end === -1 ? undefined : end).slice(0, 300));
}

/** The entries of a folder tree, relative, folders ending in `/`. */
export function snapshot(root: string): Set<string> {
  const out = new Set<string>();
  const walk = (dir: string): void => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      const abs = join(dir, name);
      const rel = relative(root, abs).split(sep).join('/');
      let isDir: boolean;
      try {
        isDir = lstatSync(abs).isDirectory();
      } catch {
        continue;
      }
      if (isDir && name === 'node_modules') continue;
      out.add(isDir ? `${rel}/` : rel);
      if (isDir) walk(abs);
    }
  };
  walk(root);
  return out;
}

/**
 * What a command left behind in a folder that it should not have: aslc's temporary files
 * anywhere, new empty folders, and new entries that `allowed` does not accept (by default none:
 * a failed command writes nothing).
 *
 * @example
 * ```ts
 * const before = snapshot(dir);
 * // … run a command that writes into out/
 * leftovers(dir, before, (rel) => rel.startsWith('out/'));
 * ```
 */
export function leftovers(
  root: string,
  before: ReadonlySet<string>,
  allowed: (rel: string) => boolean = () => false,
): string[] {
  const after = snapshot(root);
  const problems: string[] = [];
  for (const rel of after) {
    if (/(^|\/)\.aslc-tmp-/.test(rel)) problems.push(`temporary file left: ${rel}`);
    else if (!before.has(rel) && !allowed(rel)) problems.push(`new entry: ${rel}`);
    else if (
      rel.endsWith('/') &&
      !before.has(rel) &&
      ![...after].some((o) => o !== rel && o.startsWith(rel))
    ) {
      problems.push(`new empty folder: ${rel}`);
    }
  }
  return problems;
}
