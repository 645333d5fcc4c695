import type { OptionSpec } from '../command-spec.ts';

/** The options `aslc run` and `aslc test` share: real timing, the Step Functions Local image, the AWS opt-in. */
export const ENGINE_OPTIONS = {
  'real-time': {
    type: 'boolean',
    default: false,
    describe: 'Really wait for Wait states and retry intervals (default: virtual time)',
  },
  'sfn-local-image': {
    type: 'string',
    describe:
      'Step Functions Local image (default: SFN_LOCAL_IMAGE or amazon/aws-stepfunctions-local:2.0.0)',
  },
  aws: {
    type: 'boolean',
    default: false,
    describe: 'Allow the aws engine to call AWS (same as SFN_E2E_AWS=1)',
  },
} as const satisfies Readonly<Record<string, OptionSpec>>;
