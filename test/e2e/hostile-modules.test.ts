// Workflow modules that misbehave, loaded by the real CLI process: one line and exit 1 each,
// never a stack trace, never a hang.
import { describe, expect, test } from 'vitest';
import { cliProcess } from '../support/cli.ts';

const STACK = /\n\s+at .+:\d+:\d+\)?\n/;

function compile(file: string, env: Record<string, string> = {}) {
  return cliProcess(['compile', `fixtures/cli/hostile/${file}`, '--stdout'], { env });
}

describe('hostile workflow modules', () => {
  test.each([
    ['throws-null.ts', /ModuleLoadFailed: cannot load the module: null\./],
    ['throws-number.ts', /ModuleLoadFailed: cannot load the module: 42\./],
    ['proxy-export.ts', /ModuleLoadFailed: the module's exports cannot be read: proxy says no\./],
    [
      'throwing-getter.ts',
      /ModuleLoadFailed: the module's exports cannot be read: TypeError: getter exploded\./,
    ],
  ])('%s: one line, exit 1', (file, message) => {
    const r = compile(file);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(STACK);
  });

  test('a top-level await that never settles is stopped after ASLC_MODULE_TIMEOUT_SECONDS', () => {
    const r = compile('never-settles.ts', { ASLC_MODULE_TIMEOUT_SECONDS: '1' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/ModuleLoadTimeout: the module did not finish loading within 1 s/);
  });

  test('a rejection nobody handles, after loading, fails the command with one line', () => {
    const r = compile('late-rejection.ts');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "aslc: uncaught error, thrown outside the command (by a workflow module's timer or promise?): late failure\n",
    );
  });

  test('a timer left running does not keep the command alive', () => {
    const r = compile('leaves-a-timer.ts');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ StartAt: 'A' });
  });
});
