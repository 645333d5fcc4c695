/** JSONata states: $states, {% %} anywhere, defaults, AWS functions, errors, language rules. */
import { describe, expect, it } from 'vitest';
import { handler, run, single } from './helpers.ts';

const jsonata = { QueryLanguage: 'JSONata' };

describe('JSONata', () => {
  it('evaluates {% %} strings nested inside Output objects and arrays', async () => {
    const r = await run(
      single(
        {
          Type: 'Pass',
          Output: {
            customer: '{% $states.input.customer %}',
            total: '{% $sum($states.input.items.price) %}',
            tags: ['fixed', '{% $uppercase($states.input.customer) %}', { deep: '{% 1 + 1 %}' }],
            notExpr: 'plain {% text',
          },
          End: true,
        },
        jsonata,
      ),
      { customer: 'ann', items: [{ price: 2 }, { price: 3.5 }] },
    );
    expect(r.output).toEqual({
      customer: 'ann',
      total: 5.5,
      tags: ['fixed', 'ANN', { deep: 2 }],
      notExpr: 'plain {% text',
    });
  });

  it('defaults: Pass/Wait/Choice output the input, Task/Parallel/Map the result', async () => {
    const def = {
      QueryLanguage: 'JSONata',
      StartAt: 'P',
      States: {
        P: { Type: 'Pass', Next: 'W' },
        W: { Type: 'Wait', Seconds: 1, Next: 'C' },
        C: { Type: 'Choice', Choices: [{ Condition: true, Next: 'T' }] },
        T: {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke',
          Arguments: { x: '{% $states.input.a %}' },
          Next: 'M',
        },
        M: {
          Type: 'Map',
          ItemProcessor: {
            StartAt: 'I',
            States: { I: { Type: 'Pass', Output: '{% $states.input * 2 %}', End: true } },
          },
          Next: 'Par',
        },
        Par: {
          Type: 'Parallel',
          Branches: [{ StartAt: 'B', States: { B: { Type: 'Pass', End: true } } }],
          End: true,
        },
      },
    };
    const seen: unknown[] = [];
    const r = await run(
      def,
      { a: 1 },
      {
        taskHandler: (inv) => {
          seen.push(inv.input);
          return { kind: 'return', value: [1, 2, 3] };
        },
      },
    );
    expect(seen).toEqual([{ x: 1 }]);
    expect(r.output).toEqual([[2, 4, 6]]);
  });

  it('$states.result in Task Output and Assign; $states.context', async () => {
    const r = await run(
      single(
        {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke',
          Output: {
            payload: '{% $states.result.Payload %}',
            state: '{% $states.context.State.Name %}',
            exec: '{% $states.context.Execution.Name %}',
          },
          End: true,
        },
        jsonata,
      ),
      {},
      {
        taskHandler: handler({ S: { StatusCode: 200, Payload: { ok: true } } }),
        execution: { name: 'exec-1' },
      },
    );
    expect(r.output).toEqual({ payload: { ok: true }, state: 'S', exec: 'exec-1' });
  });

  it('Choice Condition with rule-level Output and Assign', async () => {
    const def = {
      QueryLanguage: 'JSONata',
      StartAt: 'C',
      States: {
        C: {
          Type: 'Choice',
          Choices: [
            {
              Condition: '{% $states.input.n > 3 %}',
              Output: { big: '{% $states.input.n %}' },
              Assign: { size: 'big' },
              Next: 'Done',
            },
          ],
          Default: 'Done',
          Output: { small: true },
          Assign: { size: 'small' },
        },
        Done: {
          Type: 'Pass',
          Output: { out: '{% $states.input %}', size: '{% $size %}' },
          End: true,
        },
      },
    };
    expect((await run(def, { n: 5 })).output).toEqual({ out: { big: 5 }, size: 'big' });
    expect((await run(def, { n: 1 })).output).toEqual({ out: { small: true }, size: 'small' });
  });

  it('AWS extra functions: $partition, $range, $hash, $random, $uuid, $parse', async () => {
    const r = await run(
      single(
        {
          Type: 'Pass',
          Output: {
            partition: '{% $partition([1,2,3,4,5], 2) %}',
            range: '{% $range(0, 10, 5) %}',
            hash: "{% $hash('input data', 'SHA-1') %}",
            random: '{% $random() %}',
            seeded: '{% $random(42) = $random(42) %}',
            uuid: '{% $uuid() %}',
            parse: '{% $parse($states.input.json) %}',
          },
          End: true,
        },
        jsonata,
      ),
      { json: '{"a":[1,{"b":null}]}' },
      { seed: 9 },
    );
    const o = r.output as Record<string, unknown>;
    expect(o.partition).toEqual([[1, 2], [3, 4], [5]]);
    expect(o.range).toEqual([0, 5, 10]);
    expect(o.hash).toBe('aaff4a450a104cd177d28d18d74485e8cae074b7');
    expect(o.random).toBeGreaterThanOrEqual(0);
    expect(o.random).toBeLessThan(1);
    expect(o.seeded).toBe(true);
    expect(o.uuid).toMatch(/^[0-9a-f-]{36}$/);
    expect(o.parse).toEqual({ a: [1, { b: null }] });
    const again = await run(
      single({ Type: 'Pass', Output: '{% [$random(), $uuid()] %}', End: true }, jsonata),
      {},
      { seed: 9 },
    );
    const twice = await run(
      single({ Type: 'Pass', Output: '{% [$random(), $uuid()] %}', End: true }, jsonata),
      {},
      { seed: 9 },
    );
    expect(again.output).toEqual(twice.output);
  });

  it('$eval is unavailable', async () => {
    const r = await run(
      single({ Type: 'Pass', Output: "{% $eval('1 + 1') %}", End: true }, jsonata),
      {},
    );
    expect(r.status).toBe('FAILED');
    expect(r.error).toBe('States.QueryEvaluationError');
    expect(r.cause).toContain('$eval');
  });

  it('an undefined result is a catchable States.QueryEvaluationError', async () => {
    const def = {
      QueryLanguage: 'JSONata',
      StartAt: 'T',
      States: {
        T: {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke',
          Arguments: { x: '{% $states.input.missing %}' },
          Catch: [
            {
              ErrorEquals: ['States.QueryEvaluationError'],
              Output: '{% $states.errorOutput %}',
              Next: 'Done',
            },
          ],
          End: true,
        },
        Done: { Type: 'Succeed' },
      },
    };
    const r = await run(def, {}, { taskHandler: handler({ T: 1 }) });
    expect(r.status).toBe('SUCCEEDED');
    const out = r.output as { Error: string; Cause: string };
    expect(out.Error).toBe('States.QueryEvaluationError');
    expect(out.Cause).toBe(
      "An error occurred while executing the state 'T' (entered at the event id #2). The JSONata expression '$states.input.missing' specified for the field 'Arguments/x' returned nothing (undefined).",
    );
  });

  it('evaluation errors are States.QueryEvaluationError; syntax errors are States.Runtime', async () => {
    const typeError = await run(
      single({ Type: 'Pass', Output: "{% 'a' + 1 %}", End: true }, jsonata),
      {},
    );
    expect(typeError.error).toBe('States.QueryEvaluationError');
    const syntax = await run(single({ Type: 'Pass', Output: '{% 1 + %}', End: true }, jsonata), {});
    expect(syntax.error).toBe('States.Runtime');
  });

  it('a runaway expression fails instead of hanging', async () => {
    const r = await run(
      single(
        { Type: 'Pass', Output: '{% ($f := function($n){ $f($n + 1) }; $f(0)) %}', End: true },
        jsonata,
      ),
      {},
    );
    expect(r.status).toBe('FAILED');
    expect(r.error).toBe('States.QueryEvaluationError');
  });

  it('$now() and $millis() follow the execution clock', async () => {
    const r = await run(
      {
        QueryLanguage: 'JSONata',
        StartAt: 'W',
        States: {
          W: { Type: 'Wait', Seconds: 90, Next: 'P' },
          P: {
            Type: 'Pass',
            Output: {
              now: '{% $now() %}',
              millis: '{% $millis() %}',
              year: "{% $now('[Y0001]') %}",
            },
            End: true,
          },
        },
      },
      {},
      { execution: { startTime: '2030-05-01T10:00:00.000Z' } },
    );
    expect(r.output).toEqual({
      now: '2030-05-01T10:01:30.000Z',
      millis: Date.parse('2030-05-01T10:01:30.000Z'),
      year: '2030',
    });
  });

  it('Wait Seconds / Timestamp, Fail Error / Cause, Map Items / ItemSelector, MaxConcurrency as expressions', async () => {
    const def = {
      QueryLanguage: 'JSONata',
      StartAt: 'W',
      States: {
        W: { Type: 'Wait', Seconds: '{% $states.input.wait %}', Next: 'W2' },
        W2: { Type: 'Wait', Timestamp: '{% $states.input.until %}', Next: 'M' },
        M: {
          Type: 'Map',
          Items: '{% $states.input.things %}',
          MaxConcurrency: '{% 1 %}',
          ItemSelector: {
            v: '{% $states.context.Map.Item.Value %}',
            i: '{% $states.context.Map.Item.Index %}',
            all: '{% $count($states.input.things) %}',
          },
          ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Pass', End: true } } },
          Next: 'F',
        },
        F: {
          Type: 'Fail',
          Error: '{% "Err" & $string($count($states.input)) %}',
          Cause: "{% $states.input[0].v & ' at ' & $now() %}",
        },
      },
    };
    const r = await run(def, { wait: 30, until: '2024-01-01T01:00:00Z', things: ['a', 'b'] });
    expect(r.status).toBe('FAILED');
    expect(r.error).toBe('Err2');
    expect(r.cause).toBe('a at 2024-01-01T01:00:00.000Z');
  });

  it('states inside Parallel branches and Map processors use the machine language, not the parent state one', async () => {
    const r = await run(
      {
        StartAt: 'P',
        States: {
          P: {
            Type: 'Parallel',
            QueryLanguage: 'JSONata',
            Arguments: { a: '{% $states.input.a %}' },
            Branches: [
              {
                StartAt: 'B',
                States: { B: { Type: 'Pass', Parameters: { 'copy.$': '$.a' }, End: true } },
              },
            ],
            End: true,
          },
        },
      },
      { a: 1 },
    );
    expect(r.status).toBe('SUCCEEDED');
    expect(r.output).toEqual([{ copy: 1 }]);
  });

  it('a JSONPath machine may contain JSONata states', async () => {
    const r = await run(
      {
        StartAt: 'A',
        States: {
          A: { Type: 'Pass', Parameters: { 'x.$': '$.x' }, Next: 'B' },
          B: {
            Type: 'Pass',
            QueryLanguage: 'JSONata',
            Output: '{% $states.input.x * 10 %}',
            End: true,
          },
        },
      },
      { x: 4 },
    );
    expect(r.output).toBe(40);
  });
});
