import { describe, expect, test } from 'vitest';
import { importOptional, isMissingDependency } from '../../src/util/optional-dependency.ts';

const notFound = (pkg: string) =>
  Object.assign(new Error(`Cannot find package '${pkg}' imported from /x/dist/chunks/a.js`), {
    code: 'ERR_MODULE_NOT_FOUND',
  });

describe('optional dependencies', () => {
  test('a missing package says which feature needs it and how to install it', async () => {
    const e = await importOptional(
      () => Promise.reject(notFound('testcontainers')),
      'testcontainers',
      'Step Functions Local',
    ).catch((err: unknown) => err);
    expect(isMissingDependency(e)).toBe(true);
    expect((e as Error).message).toBe('install testcontainers to use Step Functions Local');
    expect((e as { hint: string }).hint).toBe('npm install --save-dev testcontainers@^12.2.0');
  });

  test('other failures, and a missing package the dependency itself needs, are not hidden', async () => {
    const broken = importOptional(
      () => Promise.reject(notFound('ssh2')),
      'testcontainers',
      'Step Functions Local',
    );
    await expect(broken).rejects.toThrow(/Cannot find package 'ssh2'/);
    await expect(
      importOptional(() => Promise.reject(new SyntaxError('bad')), 'x', 'y'),
    ).rejects.toThrow(SyntaxError);
    expect(await importOptional(() => Promise.resolve(42), 'x', 'y')).toBe(42);
  });
});
