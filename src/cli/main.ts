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
if (
  problem !== undefined &&
  !argv.every((a) => a === '--version' || a === '--help' || a === '-h')
) {
  process.stderr.write(`aslc: ${problem}\n`);
  process.exitCode = 1;
} else {
  const { runCli } = await import('./run-cli.ts');
  process.exitCode = await runCli(argv);
}
