import type { CommandSpec } from '../command-spec.ts';
import { buildCommand } from './build.ts';
import { compileCommand } from './compile.ts';
import { diffCommand } from './diff.ts';
import { importCommand } from './import.ts';
import { initCommand } from './init.ts';
import { mocksCommand } from './mocks.ts';
import { renderCommand } from './render.ts';
import { runCommand } from './run.ts';
import { scaffoldCommand } from './scaffold.ts';
import { testCommand } from './test.ts';
import { validateCommand } from './validate.ts';

/** Every `aslc` sub-command, in the order `--help` lists them. */
export const commands: readonly CommandSpec[] = [
  initCommand,
  buildCommand,
  compileCommand,
  validateCommand,
  runCommand,
  testCommand,
  mocksCommand,
  renderCommand,
  diffCommand,
  importCommand,
  scaffoldCommand,
];
