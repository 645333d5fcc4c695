import { describe, expect, it } from 'vitest';
import { choiceRuleLabel } from '../../src/render/index.ts';

describe('choiceRuleLabel', () => {
  it.each([
    [{ Variable: '$.x', NumericEquals: 5 }, '$.x == 5'],
    [{ Variable: '$.s', StringEquals: 'on' }, '$.s == "on"'],
    [{ Variable: '$.n', NumericLessThan: 1 }, '$.n < 1'],
    [{ Variable: '$.n', NumericGreaterThanEquals: 1.5 }, '$.n >= 1.5'],
    [
      { Variable: '$.t', TimestampLessThanEquals: '2024-01-01T00:00:00Z' },
      '$.t <= "2024-01-01T00:00:00Z"',
    ],
    [{ Variable: '$.b', BooleanEquals: false }, '$.b == false'],
    [{ Variable: '$.n', NumericGreaterThanPath: '$.limit' }, '$.n > $.limit'],
    [{ Variable: '$.s', StringEqualsPath: '$$.Execution.Name' }, '$.s == $$.Execution.Name'],
    [{ Variable: '$.f', StringMatches: '*.csv' }, '$.f matches "*.csv"'],
    [{ Variable: '$.a', IsPresent: true }, 'IsPresent $.a'],
    [{ Variable: '$.a', IsNull: false }, 'not IsNull $.a'],
    [{ Variable: '$.a', IsTimestamp: true }, 'IsTimestamp $.a'],
    [{ Not: { Variable: '$.x', NumericEquals: 1 } }, 'not ($.x == 1)'],
    [
      {
        And: [
          { Variable: '$.a', NumericGreaterThan: 1 },
          {
            Or: [
              { Variable: '$.b', NumericLessThan: 2 },
              { Variable: '$.c', IsNull: true },
            ],
          },
        ],
      },
      '$.a > 1 and ($.b < 2 or IsNull $.c)',
    ],
    [{ Condition: '{% $states.input.ok %}' }, '$states.input.ok'],
    [{ Condition: '{%$x > 1%}' }, '$x > 1'],
    [{ Condition: true }, 'true'],
    [{ Condition: 'not-delimited' }, 'not-delimited'],
    [{ Next: 'A' }, '?'],
    [{ And: [] }, '?'],
    ['not a rule', '?'],
  ])('%j → %s', (rule, label) => {
    expect(choiceRuleLabel({ ...(typeof rule === 'object' ? rule : {}), Next: 'N' })).toBe(
      typeof rule === 'object' ? label : '?',
    );
    if (typeof rule !== 'object') expect(choiceRuleLabel(rule)).toBe('?');
  });

  it('cuts long rules to 40 code points', () => {
    const label = choiceRuleLabel({
      Condition: `{% ${'$states.input.value and '.repeat(5)}true %}`,
    });
    expect(Array.from(label)).toHaveLength(40);
    expect(label.endsWith('…')).toBe(true);
  });

  it('keeps a multi-line JSONata condition on one line', () => {
    expect(choiceRuleLabel({ Condition: '{%\n  $a\n  and $b\n%}' })).toBe('$a and $b');
  });

  it('survives hostile nesting', () => {
    let rule: unknown = { Variable: '$.x', IsNull: true };
    for (let i = 0; i < 10_000; i++) rule = { Not: rule };
    expect(choiceRuleLabel(rule)).toMatch(/^not \(not \(/);
  });
});
