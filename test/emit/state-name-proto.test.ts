import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.ts';
import { chain, parallel, pass, stateMachine } from '../../src/index.ts';

/** A state named like an Object.prototype member is an ordinary state (found by job plans). */
describe('states named __proto__ or constructor', () => {
  it('are emitted as own keys of States, at the top level and in branches', () => {
    const machine = stateMachine({
      definition: chain(
        pass('__proto__'),
        parallel('P', { branches: [chain(pass('constructor'), pass('x'))] }),
      ),
    });
    const { json, diagnostics } = compile(machine);
    expect(diagnostics).toStrictEqual([]);
    const asl = JSON.parse(json) as {
      StartAt: string;
      States: Record<string, { Type: string; Branches?: { States: Record<string, unknown> }[] }>;
    };
    expect(asl.StartAt).toBe('__proto__');
    expect(Object.keys(asl.States)).toStrictEqual(['__proto__', 'P']);
    expect(Object.keys(asl.States['P']?.Branches?.[0]?.States ?? {})).toStrictEqual([
      'constructor',
      'x',
    ]);
  });
});
