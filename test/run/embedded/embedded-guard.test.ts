import { describe, expect, it } from 'vitest';
import { embeddedSupport } from '../../../src/run/embedded/embedded-guard.ts';
import { findFeatures } from '../../../src/run/feature-scan.ts';

const machine = (
  states: Record<string, unknown>,
  top: Record<string, unknown> = {},
): Record<string, unknown> => ({
  ...top,
  StartAt: Object.keys(states)[0],
  States: states,
});
const pass = (extra: Record<string, unknown> = {}) => ({ Type: 'Pass', End: true, ...extra });
const refused = (d: unknown) => {
  const r = embeddedSupport(d);
  return typeof r === 'string' ? r.replace('not supported by the embedded engine: ', '') : r;
};

describe('the embedded guard (spec/testing.md §2.4)', () => {
  it('accepts plain JSONPath definitions, intrinsics and context fields it can provide', () => {
    expect(
      embeddedSupport(
        machine({
          A: pass({
            Parameters: {
              'id.$': '$$.Execution.Id',
              'me.$': '$$.State.Name',
              'f.$': "States.Format('{}', $.x)",
              'list.$': '$.items[?(@.keep == true)]',
            },
            Next: 'B',
            End: undefined,
          }),
          B: {
            Type: 'Choice',
            Choices: [{ Variable: '$.x', IsPresent: true, Next: 'C' }],
            Default: 'C',
          },
          C: { Type: 'Fail', Error: 'E', CausePath: '$.why' },
        }),
      ),
    ).toBe(true);
  });

  it('refuses JSONata in every form, naming the state', () => {
    expect(refused(machine({ A: pass() }, { QueryLanguage: 'JSONata' }))).toBe(
      'QueryLanguage JSONata at the top level',
    );
    expect(refused(machine({ A: pass({ QueryLanguage: 'JSONata' }) }))).toBe(
      "QueryLanguage JSONata at state 'A'",
    );
    expect(refused(machine({ A: pass({ Output: { a: 1 } }) }))).toBe(
      "Output (JSONata) at state 'A'",
    );
    expect(refused(machine({ T: { Type: 'Task', Resource: 'r', Arguments: {}, End: true } }))).toBe(
      "Arguments (JSONata) at state 'T'",
    );
    expect(
      refused(
        machine({
          M: { Type: 'Map', Items: [1], ItemProcessor: machine({ P: pass() }), End: true },
        }),
      ),
    ).toBe("Items (JSONata) at state 'M'");
    expect(
      refused(
        machine({ C: { Type: 'Choice', Choices: [{ Condition: '{% true %}', Next: 'C' }] } }),
      ),
    ).toBe("Condition in Choices at state 'C'");
    expect(refused(machine({ A: pass({ Result: { text: '{% 1 + 1 %}' } }) }))).toBe(
      "a JSONata expression ({% %}) at state 'A'",
    );
  });

  it('refuses variables: Assign anywhere and $name references', () => {
    expect(refused(machine({ A: pass({ Assign: { x: 1 } }) }))).toBe(
      "Assign (variables) at state 'A'",
    );
    expect(refused(machine({ A: pass({ Parameters: { 'x.$': '$x' } }) }))).toBe(
      "a variable reference ($x) at state 'A'",
    );
    expect(
      refused(machine({ A: pass({ Parameters: { 'x.$': "States.Format('{}', $count)" } }) })),
    ).toBe("a variable reference (States.Format('{}', $count)) at state 'A'");
    expect(
      refused(
        machine({
          C: { Type: 'Choice', Choices: [{ Variable: '$flag', BooleanEquals: true, Next: 'C' }] },
        }),
      ),
    ).toBe("a variable reference ($flag) at state 'C'");
    const caught = {
      Type: 'Task',
      Resource: 'r',
      Catch: [{ ErrorEquals: ['States.ALL'], Assign: { e: 1 }, Next: 'T' }],
      End: true,
    };
    expect(refused(machine({ T: caught }))).toBe("Assign in Catch at state 'T'");
  });

  it('refuses Distributed Map, HeartbeatSeconds, Credentials and per-state context fields', () => {
    const dmap = {
      Type: 'Map',
      ItemProcessor: { ...machine({ P: pass() }), ProcessorConfig: { Mode: 'DISTRIBUTED' } },
      End: true,
    };
    expect(refused(machine({ M: dmap }))).toBe(
      "Distributed Map (ProcessorConfig.Mode) at state 'M'",
    );
    expect(refused(machine({ M: { ...dmap, ItemReader: { Resource: 'r' } } }))).toBe(
      "Distributed Map ItemReader at state 'M'",
    );
    expect(
      refused(machine({ T: { Type: 'Task', Resource: 'r', HeartbeatSeconds: 5, End: true } })),
    ).toBe("HeartbeatSeconds at state 'T'");
    expect(
      refused(
        machine({ T: { Type: 'Task', Resource: 'r', Credentials: { RoleArn: 'x' }, End: true } }),
      ),
    ).toBe("Credentials at state 'T'");
    expect(refused(machine({ A: pass({ Parameters: { 'r.$': '$$.State.RetryCount' } }) }))).toBe(
      "the context field $$.State.RetryCount at state 'A'",
    );
    expect(
      refused(
        machine({ A: pass({ Parameters: { 'r.$': "States.Format('{}', $$.State.Name)" } }) }),
      ),
    ).toBe("the context field $$.State.Name in an expression at state 'A'");
    expect(refused(machine({ F: { Type: 'Fail', CausePath: "States.Format('{}', $.x)" } }))).toBe(
      "an intrinsic function in CausePath at state 'F'",
    );
  });

  it('finds features inside Parallel branches and Map processors', () => {
    const inner = machine({ Deep: pass({ Assign: { x: 1 } }) });
    expect(
      refused(
        machine({ P: { Type: 'Parallel', Branches: [machine({ Ok: pass() }), inner], End: true } }),
      ),
    ).toBe("Assign (variables) at state 'Deep'");
    expect(refused(machine({ M: { Type: 'Map', Iterator: inner, End: true } }))).toBe(
      "Assign (variables) at state 'Deep'",
    );
  });

  it('does not mistake payload keys for fields', () => {
    expect(
      embeddedSupport(machine({ A: pass({ Parameters: { Output: 1, Assign: 2, Condition: 3 } }) })),
    ).toBe(true);
    expect(embeddedSupport(machine({ A: pass({ Result: { price: '$5', path: '$x' } }) }))).toBe(
      true,
    );
  });

  it('refuses a machine deadline with nested Waits or Retries on the virtual clock only', () => {
    const nestedWait = machine(
      {
        P: {
          Type: 'Parallel',
          Branches: [machine({ W: { Type: 'Wait', Seconds: 5, End: true } })],
          End: true,
        },
      },
      { TimeoutSeconds: 10 },
    );
    expect(refused(nestedWait)).toBe(
      "the machine's TimeoutSeconds on the virtual clock with a Wait inside Parallel/Map at state 'W' (use real time)",
    );
    expect(embeddedSupport(nestedWait, { time: 'real' })).toBe(true);
    const { TimeoutSeconds: _t, ...noDeadline } = nestedWait;
    expect(embeddedSupport(noDeadline)).toBe(true);
    expect(embeddedSupport(noDeadline, { type: 'EXPRESS' })).toMatch(
      /TimeoutSeconds on the virtual clock/,
    );
    expect(
      embeddedSupport(
        machine({ W: { Type: 'Wait', Seconds: 5, End: true } }, { TimeoutSeconds: 1 }),
      ),
    ).toBe(true);
  });

  it('lists every feature with its category', () => {
    const d = machine({
      A: pass({ Assign: { x: 1 }, Output: 1, Next: 'B', End: undefined }),
      B: pass({ Credentials: {} }),
    });
    expect(findFeatures(d)).toStrictEqual([
      { category: 'jsonata', feature: 'Output (JSONata)', state: 'A' },
      { category: 'variables', feature: 'Assign (variables)', state: 'A' },
      { category: 'credentials', feature: 'Credentials', state: 'B' },
    ]);
    expect(findFeatures('not a definition')).toStrictEqual([]);
  });
});
