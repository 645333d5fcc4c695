// The test cases of fixtures/run/plans/mocks.json: what each job's mocked service answers.
import type { PlanMockCase } from '../../src/plans/index.ts';

/** Scenarios by test case name; Task states not listed succeed. */
export const SCENARIOS: Readonly<Record<string, PlanMockCase>> = {
  Success: {},
  SequentialFailure: {
    states: { 'exposures Execution': 'ExposuresFail' },
    responses: {
      ExposuresFail: {
        '0': {
          Throw: {
            Error: 'States.TaskFailed',
            Cause: 'exposures flow failed: no prices for 2024-01-01',
          },
        },
      },
    },
  },
  ParallelFailure: {
    states: { 'price Invoke': 'PriceFails', 'stress Task': 'StressFails' },
    responses: {
      PriceFails: {
        '0-2': { Throw: { Error: 'Lambda.ServiceException', Cause: 'price service unavailable' } },
      },
      StressFails: {
        '0': { Throw: { Error: 'States.TaskFailed', Cause: 'ECS task stopped: OutOfMemoryError' } },
      },
    },
  },
  RetrySucceeds: {
    states: { 'price Invoke': 'PriceRetried' },
    responses: {
      PriceRetried: {
        '0': { Throw: { Error: 'Lambda.ServiceException', Cause: 'price service unavailable' } },
        '1': { Return: { StatusCode: 200, ExecutedVersion: '$LATEST', Payload: { ok: true } } },
      },
    },
  },
  Timeout: {
    states: { 'publish Invoke': 'PublishTimesOut' },
    responses: {
      PublishTimesOut: {
        '0': { Throw: { Error: 'States.Timeout', Cause: 'publish ran longer than 300 seconds' } },
      },
    },
  },
};
