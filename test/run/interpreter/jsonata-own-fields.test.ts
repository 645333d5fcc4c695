/**
 * JSONata reads JSON, not JavaScript: path steps and $lookup see a value's own fields only, so an
 * expression cannot reach Object.prototype or Function through inherited members (a definition
 * once changed Object.prototype for every later execution of the process).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ownField } from '../../../src/run/interpreter/jsonata-own-names.ts';
import { run, single } from './helpers.ts';

const jsonata = { QueryLanguage: 'JSONata' };

function output(expr: string): unknown {
  return single({ Type: 'Pass', Output: `{% ${expr} %}`, End: true }, jsonata);
}

afterEach(() => {
  delete (Object.prototype as Record<string, unknown>)['polluted'];
});

describe('JSONata own fields', () => {
  it('cannot install a getter on Object.prototype through __proto__.__defineGetter__', async () => {
    const r = await run(
      output("$states.input.__proto__.__defineGetter__('polluted', $states.input.constructor)"),
      { a: 1 },
    );
    expect(r.status).toBe('FAILED');
    expect(r.error).toBe('States.QueryEvaluationError');
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
    // The next execution of the same process is unaffected.
    expect((await run(output('$states.input'), { a: 1 })).output).toEqual({ a: 1 });
  });

  it('cannot reach Function through constructor.constructor, from the input or a literal', async () => {
    for (const expr of [
      "$states.input.constructor.constructor('return 1')()",
      "{}.constructor.constructor('return 1')()",
      "$lookup($lookup({}, 'constructor'), 'constructor')('return 1')()",
    ]) {
      const r = await run(output(expr), {});
      expect(r.status, expr).toBe('FAILED');
      expect(r.error, expr).toBe('States.QueryEvaluationError');
    }
  });

  it('inherited names read nothing unless the JSON has the field', async () => {
    const r = await run(
      output(
        '{"own": $states.input.constructor, "lookup": $lookup($states.input, "toString"), "missing": $exists($states.input.x.toString), "each": $states.input.items.constructor}',
      ),
      {
        constructor: 'mine',
        toString: 7,
        x: {},
        items: [{ constructor: 1 }, {}, { constructor: [2, 3] }],
      },
    );
    expect(r.output).toEqual({ own: 'mine', lookup: 7, missing: false, each: [1, 2, 3] });
  });

  it('ownField mirrors jsonata lookup on arrays (a sequence, flattened)', () => {
    expect(ownField({ a: 1 }, 'constructor')).toBeUndefined();
    expect(ownField({ constructor: 1 }, 'constructor')).toBe(1);
    expect([
      ...(ownField([{ toString: 1 }, 'x', { toString: [2, 3] }], 'toString') as unknown[]),
    ]).toEqual([1, 2, 3]);
  });
});
