import { describe, expect, it } from 'vitest';
import { interpret } from '../../../src/run/interpreter/index.ts';
import {
  coverageModel,
  createCoverageCollector,
  formatCoverageTable,
  toLcov,
  traceOverlay,
  uncoveredItems,
} from '../../../src/run/index.ts';

const evil = 'Evil\u001b[31m\nname';
const definition = {
  StartAt: 'Start',
  States: {
    Start: {
      Type: 'Choice',
      Choices: [
        { Variable: '$.n', NumericEquals: 1, Next: 'One' },
        { Variable: '$.n', NumericEquals: 2, Next: evil },
      ],
      Default: 'M',
    },
    One: { Type: 'Succeed' },
    [evil]: { Type: 'Pass', End: true },
    M: {
      Type: 'Map',
      ItemsPath: '$.items',
      Iterator: { StartAt: 'Item', States: { Item: { Type: 'Pass', End: true } } },
      Retry: [{ ErrorEquals: ['States.ALL'] }],
      End: true,
    },
  },
};

describe('coverageModel', () => {
  it('lists states at any depth, transitions, retriers and processors', () => {
    const model = coverageModel(definition);
    expect(model.states.map((s) => `${s.name}:${s.type}`)).toStrictEqual([
      'Start:Choice',
      'One:Succeed',
      `${evil}:Pass`,
      'M:Map',
      'Item:Pass',
    ]);
    expect(model.transitions.map((t) => `${t.state} ${t.transition} ${t.target}`)).toStrictEqual([
      'Start Choices[0] One',
      `Start Choices[1] ${evil}`,
      'Start Default M',
    ]);
    expect(model.retries).toStrictEqual([{ state: 'M', retrier: 0, errors: ['States.ALL'] }]);
    expect(model.branches).toStrictEqual([{ state: 'M', branch: 'Iterator', startAt: 'Item' }]);
  });

  it('skips what is malformed', () => {
    expect(coverageModel(null).states).toStrictEqual([]);
    expect(coverageModel({ States: { A: 'x', B: { Next: 3 } } }).states).toStrictEqual([
      { name: 'B', type: '?' },
    ]);
  });
});

describe('the coverage collector', () => {
  it('merges runs; names stay exact in the data and are escaped in the table', async () => {
    const coverage = createCoverageCollector();
    for (const input of [{ n: 1 }, { n: 3, items: [1, 2, 3] }]) {
      const result = await interpret(definition, { input });
      coverage.record(
        { workflow: 'wf.asl.json', definition },
        { case: `n${input.n}`, engine: 'native', result },
      );
    }
    const report = coverage.report();
    const w = report.workflows[0];
    expect(w?.states.map((s) => s.hits)).toStrictEqual([2, 1, 0, 1, 3]);
    expect(w?.branches[0]?.hits).toBe(3);
    expect(w?.summary.total).toMatchObject({ covered: 7, total: 10 });
    expect(w?.states[2]?.name).toBe(evil);
    const items = uncoveredItems(w as NonNullable<typeof w>);
    expect(items).toStrictEqual([
      "State 'Evil\\u001b[31m\\u000aname' never entered",
      "Choice 'Start' rule 2 → 'Evil\\u001b[31m\\u000aname' never taken",
      "'M' Retry 1 (States.ALL) never fired",
    ]);
    for (const line of formatCoverageTable(report)) {
      expect(line).not.toContain('\u001b');
      expect(line).not.toContain('\n');
    }
    expect(toLcov(report)).toBe(''); // no source locations: nothing to map
  });
});

describe('traceOverlay', () => {
  it('counts states and transitions of one run and marks the failing state', async () => {
    const result = await interpret(
      {
        StartAt: 'P',
        States: {
          P: {
            Type: 'Parallel',
            Branches: [{ StartAt: 'F', States: { F: { Type: 'Fail', Error: 'E' } } }],
            End: true,
          },
        },
      },
      { input: {} },
    );
    expect(traceOverlay(result)).toStrictEqual({
      mode: 'trace',
      states: [
        { name: 'P', count: 1, failed: true },
        { name: 'F', count: 1, failed: true },
      ],
      transitions: [],
      title: "FAILED: E after 2 states (failed in 'F')",
    });
  });
});
