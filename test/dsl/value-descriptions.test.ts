// Misused values name what they are (no `[object Object]`) and carry a hint.
import { describe, expect, test } from 'vitest';
import { fail, placeholder, sub } from '../../src/index.ts';
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
});
