import { TARGET_KINDS } from '../../iac/iac-target.ts';
import { CONFIG_FILE_NAME } from '../../iac/config/project-config.ts';
import type { CommandSpec, LoadedHandler } from '../command-spec.ts';

/** `aslc build`: every workflow of a project, every target, all files or none. */
export const buildCommand = {
  name: 'build',
  describe:
    'Build a project (aslc.config.json): ASL, Terraform, SAM, CloudFormation, Serverless and IAM files',
  positionals: [],
  options: {
    config: {
      type: 'string',
      alias: 'c',
      describe: `Project configuration file (default: ./${CONFIG_FILE_NAME})`,
    },
    env: {
      type: 'string',
      alias: 'e',
      describe: 'Environment giving the placeholders their values',
    },
    target: {
      type: 'string',
      alias: 't',
      array: true,
      choices: TARGET_KINDS,
      describe: 'Build only these targets (default: every configured target)',
    },
    out: {
      type: 'string',
      alias: 'o',
      describe: "Output folder (default: the configuration's outDir)",
    },
    check: {
      type: 'boolean',
      default: false,
      describe: 'Write nothing; exit 1 when a file differs from the one on disk',
    },
    validate: {
      type: 'boolean',
      default: true,
      describe: 'Validate every definition before writing (--no-validate skips it)',
    },
    format: {
      type: 'string',
      choices: ['text', 'json'],
      default: 'text',
      describe: 'Output: text lines, or one JSON document',
    },
  },
  examples: [
    ['aslc build --env dev', 'build every target of ./aslc.config.json for environment dev'],
    [
      'aslc build --config fixtures/projects/demand-execution/aslc.config.json --env prod --target terraform',
      'only the Terraform files, for prod',
    ],
    ['aslc build --env dev --check', 'exit 1 when a file on disk differs from what would be built'],
  ],
  load: async (): Promise<LoadedHandler> => (await import('../handlers/build.ts')).handleBuild,
} as const satisfies CommandSpec;
