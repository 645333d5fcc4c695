#!/usr/bin/env node
// The `aslc` executable. It imports nothing but Node's own modules before it has checked the
// Node version, so that an old Node gets a sentence instead of a syntax error; the command line
// itself is handled by run-cli.ts, loaded afterwards.
import module from 'node:module';
import { nodeVersionProblem } from './node-version.ts';

// Cache compiled code on disk (as npm and tsc do): later starts skip most of the parsing.
module.enableCompileCache?.();

const argv = process.argv.slice(2);
const problem = nodeVersionProblem(process.versions.node);
const onlyAsksForHelp =
  argv.length > 0 && argv.every((a) => a === '--version' || a === '--help' || a === '-h');
if (problem !== undefined && !onlyAsksForHelp) {
  process.stderr.write(`aslc: ${problem}\n`);
  process.exitCode = 1;
} else {
  // Code aslc does not control (a workflow module's timer or promise) may fail after it has
  // loaded: one line and exit 1, never Node's stack trace.
  // Imported by name: the bundler kept no export of a module used only as a namespace here, and
  // the handler itself failed (Node's exit 7) in the published CLI (test/e2e runs the bundle).
  const { describeThrown } = await import('../util/errors.ts');
  const late = (e: unknown): void => {
    process.stderr.write(
      `aslc: uncaught error, thrown outside the command (by a workflow module's timer or promise?): ${describeThrown(e)}\n`,
    );
    process.exit(1);
  };
  process.on('uncaughtException', late);
  process.on('unhandledRejection', late);
  const { runCli } = await import('./run-cli.ts');
  const code = await runCli(argv);
  process.exitCode = code;
  // One turn of the event loop lets a rejection nobody handled surface (and fail the command);
  // then, once all output is written, exit: a timer a workflow module left behind must not keep
  // the command running.
  await new Promise((done) => setImmediate(done));
  await new Promise<void>((done) =>
    process.stdout.write('', () => process.stderr.write('', () => done())),
  );
  process.exit(code);
}
