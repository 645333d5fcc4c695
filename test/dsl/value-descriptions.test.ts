// Misused values name what they are (no `[object Object]`) and carry a hint.
import { describe, expect, test } from 'vitest';
import {
  Condition,
  distributedMap,
  fail,
  jsonata,
  lambdaInvoke,
  pass,
  placeholder,
  sub,
  task,
} from '../../src/index.ts';
import { dslError } from '../support/dsl-error.ts';

describe('values the DSL refuses are described, with a hint', () => {
  test('a Fail error or cause that is a placeholder or sub is refused, not written as {% undefined %}', () => {
    for (const value of [sub`a-${placeholder('X')}`, placeholder('X'), 42, {}]) {
      for (const key of ['error', 'cause'] as const) {
        const e = dslError(() => fail('F', { [key]: value as never }));
        expect(e.code).toBe('InvalidFieldValue');
        expect(e.state).toBe('F');
        expect(e.hint).toBeDefined();
        expect(e.message).not.toContain('[object Object]');
      }
    }
    expect(dslError(() => fail('F', { error: placeholder('X') as never })).message).toContain(
      "placeholder('X')",
    );
  });

  test('a Map label that is not a string or a placeholder, a retry error name that is not a string', () => {
    const label = dslError(() =>
      distributedMap('M', { processor: pass('P'), label: jsonata('$x') as never }),
    );
    expect(label.code).toBe('InvalidLabel');
    expect(label.message).toContain('not a jsonata() expression');
    expect(label.hint).toBeDefined();
    const t = () => task('T', { resource: lambdaInvoke() });
    const retry = dslError(() => t().retry({ errors: [sub`a${placeholder('E')}` as never] }));
    expect(retry.code).toBe('InvalidFieldValue');
    expect(retry.message).not.toMatch(/non-empty|\[object Object\]/);
    expect(retry.message).toContain('sub`…`');
    expect(retry.hint).toMatch(/fixed strings/);
    const cond = dslError(() => Condition.stringEquals('$.x', placeholder('V') as never));
    expect(cond.message).toContain("placeholder('V')");
    expect(cond.hint).toBeDefined();
  });
});
