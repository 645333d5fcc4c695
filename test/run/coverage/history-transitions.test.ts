import { describe, expect, it } from 'vitest';
import { interpret } from '../../../src/run/interpreter/index.ts';

/** `state → transition → next` for every StateExited of a run. */
function exits(
  events: readonly { type: string; name?: string; details?: Record<string, unknown> }[],
) {
  return events
    .filter((e) => e.type === 'StateExited')
    .map((e) => `${e.name} ${String(e.details?.['transition'])} ${String(e.details?.['next'])}`);
}

describe('StateExited names the transition taken (what coverage is derived from)', () => {
  it('Next, a Choice rule by index, Default, and the end of a graph', async () => {
    const definition = {
      StartAt: 'A',
      States: {
        A: { Type: 'Pass', Next: 'C' },
        C: {
          Type: 'Choice',
          Choices: [
            { Variable: '$.n', NumericEquals: 1, Next: 'One' },
            { Variable: '$.n', NumericEquals: 2, Next: 'One' },
          ],
          Default: 'Other',
        },
        One: { Type: 'Pass', End: true },
        Other: { Type: 'Succeed' },
      },
    };
    const two = await interpret(definition, { input: { n: 2 } });
    expect(exits(two.events)).toStrictEqual([
      'A Next C',
      'C Choices[1] One',
      'One undefined undefined',
    ]);
    const three = await interpret(definition, { input: { n: 3 } });
    expect(exits(three.events)).toStrictEqual([
      'A Next C',
      'C Default Other',
      'Other undefined undefined',
    ]);
  });

  it('a catcher by index, after the retries (StateRetried carries the retrier index)', async () => {
    const result = await interpret(
      {
        StartAt: 'T',
        States: {
          T: {
            Type: 'Task',
            Resource: 'arn:aws:states:::lambda:invoke',
            Retry: [{ ErrorEquals: ['Other'] }, { ErrorEquals: ['Boom'], MaxAttempts: 2 }],
            Catch: [
              { ErrorEquals: ['Other'], Next: 'Handled' },
              { ErrorEquals: ['States.ALL'], Next: 'Handled' },
            ],
            End: true,
          },
          Handled: { Type: 'Pass', End: true },
        },
      },
      { input: {}, taskHandler: () => ({ kind: 'throw', error: 'Boom' }) },
    );
    expect(result.status).toBe('SUCCEEDED');
    expect(exits(result.events)).toStrictEqual([
      'T Catch[1] Handled',
      'Handled undefined undefined',
    ]);
    expect(
      result.events.filter((e) => e.type === 'StateRetried').map((e) => e.details?.['retrier']),
    ).toStrictEqual([1, 1]);
  });
});
