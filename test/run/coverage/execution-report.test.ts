import { describe, expect, it } from 'vitest';
import { interpret } from '../../../src/run/interpreter/index.ts';
import {
  PRICING,
  checkPricingRegion,
  estimateCost,
  executionReport,
} from '../../../src/run/index.ts';
import { isAslcError } from '../../../src/util/errors.ts';

const MB = 1024 * 1024;

describe('the pricing table', () => {
  it('is data with its date and source', () => {
    expect(PRICING.source).toBe('https://aws.amazon.com/step-functions/pricing/');
    expect(PRICING.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(PRICING.standard.pricePer1000Transitions['us-east-1']).toBe(0.025);
    expect(PRICING.express.regions['us-east-1']?.pricePerMillionRequests).toBe(1);
  });

  it('Standard: $0.025 per 1,000 transitions in us-east-1, other regions from the table', () => {
    const usage = { transitions: 10, durationMs: 0, memoryBytes: 50 * MB };
    expect(estimateCost(usage).standard?.perExecution).toBeCloseTo(0.00025, 12);
    expect(estimateCost(usage).standard?.perMillionExecutions).toBeCloseTo(250, 9);
    expect(estimateCost(usage, 'eu-west-3').standard?.perExecution).toBeCloseTo(0.000297, 12);
  });

  it("Express: AWS's worked example (64 MB, 10 s: $1.00 + $382.97 per 100 million)", () => {
    // The same GB-hours in a million executions of 1,000 s: 17,361.11 GB-hours over the tiers.
    const cost = estimateCost({ transitions: 0, durationMs: 1_000_000, memoryBytes: 62.85 * MB });
    expect(cost.express?.billedMemoryMb).toBe(64);
    expect(cost.express?.perMillionExecutions).toBeCloseTo(1 + 60 + 120 + 202.97, 1);
    // one execution: a request plus 64 MB × 100 ms at the first tier ($0.06 per GB-hour)
    const one = estimateCost({ transitions: 3, durationMs: 20, memoryBytes: 50 * MB });
    expect(one.express?.billedDurationMs).toBe(100);
    expect(one.express?.perExecution).toBeCloseTo(0.000001 + (0.0625 * 0.1 * 0.06) / 3600, 15);
  });

  it('has no Express prices outside us-east-1, and refuses unknown regions', () => {
    const cost = estimateCost({ transitions: 1, durationMs: 0, memoryBytes: 0 }, 'eu-west-1');
    expect(cost.express).toBeNull();
    expect(cost.notes).toContain('no Express prices for eu-west-1 in the table');
    expect(() => checkPricingRegion('eu-west-1')).not.toThrow();
    try {
      checkPricingRegion('mars-1');
      expect.unreachable();
    } catch (e) {
      expect(isAslcError(e) && e.code).toBe('UnknownPricingRegion');
    }
  });
});

describe('executionReport', () => {
  const big = (n: number) => 'x'.repeat(n);

  it('counts transitions (retries included) and history events; sizes per state', async () => {
    const definition = {
      StartAt: 'T',
      States: {
        T: {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke',
          Retry: [{ ErrorEquals: ['Boom'], IntervalSeconds: 2 }],
          Next: 'P',
        },
        P: { Type: 'Pass', Assign: { note: 'hello' }, End: true },
      },
    };
    let calls = 0;
    const result = await interpret(definition, {
      input: { a: 1 },
      taskHandler: () =>
        calls++ === 0 ? { kind: 'throw', error: 'Boom' } : { kind: 'return', value: 'ok' },
    });
    const report = executionReport(
      { ...result, statesEntered: [...result.statesEntered] },
      {
        definition,
        engine: 'native',
      },
    );
    expect(report.stateTransitions).toBe(3); // T, P, and the retry of T
    expect(report.historyEvents?.value).toBe(Math.max(...result.events.map((e) => e.id ?? 0)));
    expect(report.durationMs).toBe(2000);
    expect(report.payloads.states).toStrictEqual([
      { state: 'T', maxInputBytes: 7, maxOutputBytes: 4 },
      {
        state: 'P',
        maxInputBytes: 4,
        maxOutputBytes: 4,
        maxVariableBytes: 7,
        largestVariable: 'note',
      },
    ]);
    expect(report.payloads.largestVariable).toMatchObject({
      state: 'P',
      variable: 'note',
      value: 7,
    });
    expect(report.warnings).toStrictEqual([]);
    expect(report.cost.standard?.perExecution).toBeCloseTo(0.000075, 12);
  });

  it('warns from 80% of the 256 KiB quota (inputs, outputs, variables), not below', async () => {
    const run = async (size: number) => {
      const definition = {
        StartAt: 'Big',
        States: { Big: { Type: 'Pass', Result: big(size), Assign: { v: big(size) }, End: true } },
      };
      const r = await interpret(definition, { input: {} });
      return executionReport(r, { definition });
    };
    expect((await run(200_000)).warnings).toStrictEqual([]);
    const report = await run(220_000);
    expect(report.warnings).toStrictEqual([
      'state "Big": output of 220002 bytes is 83.9% of the 256 KiB quota',
      'state "Big": variable "v" of 220002 bytes is 83.9% of the 256 KiB quota',
    ]);
    expect(report.payloads.largestOutput?.percent).toBeCloseTo((220_002 / 262_144) * 100, 9);
  });

  it("warns from 80% of AWS's 25,000 history events, not below", async () => {
    // A loop of a Pass and a Choice: each round adds 4 events (entered and exited, twice).
    const loop = async (rounds: number) => {
      const definition = {
        StartAt: 'Count',
        States: {
          Count: {
            Type: 'Pass',
            Parameters: { 'n.$': 'States.MathAdd($.n, 1)' },
            Next: 'More?',
          },
          'More?': {
            Type: 'Choice',
            Choices: [{ Variable: '$.n', NumericLessThan: rounds, Next: 'Count' }],
            Default: 'Done',
          },
          Done: { Type: 'Succeed' },
        },
      };
      const r = await interpret(definition, { input: { n: 0 } });
      expect(r.status).toBe('SUCCEEDED');
      return executionReport(r, { definition });
    };
    const below = await loop(4_900);
    expect(below.historyEvents?.value).toBeLessThan(20_000);
    expect(below.warnings).toStrictEqual([]);
    const above = await loop(5_100);
    const events = above.historyEvents?.value as number;
    expect(events).toBeGreaterThanOrEqual(20_000);
    expect(above.warnings).toStrictEqual([
      `${events} history events: ${((events / 25_000) * 100).toFixed(1)}% of AWS's 25,000-event quota`,
    ]);
  });

  it('escapes names in warnings, keeps them exact in the data', async () => {
    const name = 'Big\u001b[31m';
    const definition = {
      StartAt: name,
      States: { [name]: { Type: 'Pass', Result: big(230_000), End: true } },
    };
    const report = executionReport(await interpret(definition, { input: {} }), { definition });
    expect(report.payloads.largestOutput?.state).toBe(name);
    expect(report.warnings[0]).toContain('"Big\\u001b[31m"');
    expect(report.warnings[0]).not.toContain('\u001b');
  });
});
