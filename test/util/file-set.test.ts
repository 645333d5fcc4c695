import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkFileSet, writeFileAtomic, writeFileSet } from '../../src/util/file-set.ts';

function temp(): string {
  return mkdtempSync(join(tmpdir(), 'aslc-file-set-'));
}

/** Every file and folder under a folder, relative, sorted. */
function tree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, prefix: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      out.push(prefix + e.name + (e.isDirectory() ? '/' : ''));
      if (e.isDirectory()) walk(join(d, e.name), `${prefix}${e.name}/`);
    }
  };
  walk(dir, '');
  return out.sort();
}

const isRoot = process.getuid?.() === 0;

describe('writeFileSet (all or nothing)', () => {
  test('writes new files and folders, skips unchanged ones, reports what it did', () => {
    const dir = temp();
    writeFileSync(join(dir, 'same.json'), 'same');
    writeFileSync(join(dir, 'old.json'), 'old');
    const statuses = writeFileSet([
      { path: join(dir, 'a', 'b', 'new.json'), content: 'new' },
      { path: join(dir, 'same.json'), content: 'same' },
      { path: join(dir, 'old.json'), content: 'changed' },
    ]);
    expect(statuses).toEqual(['created', 'unchanged', 'updated']);
    expect(tree(dir)).toEqual(['a/', 'a/b/', 'a/b/new.json', 'old.json', 'same.json']);
    expect(readFileSync(join(dir, 'old.json'), 'utf8')).toBe('changed');
    expect(checkFileSet([{ path: join(dir, 'old.json'), content: 'changed' }])).toEqual(['ok']);
    expect(checkFileSet([{ path: join(dir, 'x.json'), content: '' }])).toEqual(['missing']);
  });

  test('a failure leaves nothing new: no file, no temporary file, no folder; old files intact', () => {
    const dir = temp();
    writeFileSync(join(dir, 'keep.json'), 'before');
    mkdirSync(join(dir, 'folder.json'));
    expect(() =>
      writeFileSet([
        { path: join(dir, 'keep.json'), content: 'after' },
        { path: join(dir, 'new', 'deep', 'a.json'), content: 'a' },
        { path: join(dir, 'folder.json'), content: 'x' },
      ]),
    ).toThrow(/^cannot write it: it is a folder$/);
    expect(tree(dir)).toEqual(['folder.json/', 'keep.json']);
    expect(readFileSync(join(dir, 'keep.json'), 'utf8')).toBe('before');
  });

  test('file-system errors are one line with the reason', () => {
    const dir = temp();
    writeFileSync(join(dir, 'file'), 'x');
    const attempt = (path: string) => {
      try {
        writeFileAtomic(path, 'x');
        return 'written';
      } catch (e) {
        return (e as { format(): string }).format();
      }
    };
    expect(attempt(join(dir, 'file', 'below.json'))).toBe(
      `${join(dir, 'file', 'below.json')}: WriteFailed: cannot write it: a part of the path is a file, not a folder.`,
    );
    expect(attempt(join(dir, `${'n'.repeat(300)}.json`))).toMatch(
      /: WriteFailed: cannot write it: the name is too long for the file system\.$/,
    );
    expect(attempt(join(dir, 'out\0x', 'a.json'))).toMatch(
      /: WriteFailed: cannot write it: the path holds a NUL character\.$/,
    );
    expect(() => writeFileSet([{ path: join(dir, 'nul\0', 'b.json'), content: 'x' }])).toThrow(
      /cannot write it: the path holds a NUL character/,
    );
    expect(tree(dir)).toEqual(['file']);
  });

  test.skipIf(isRoot)('permission denied (not as root, which may write anywhere)', () => {
    const dir = temp();
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    expect(() => writeFileAtomic(join(locked, 'a.json'), 'x')).toThrow(/permission denied/);
    chmodSync(locked, 0o700);
  });

  test('removes temporary files a killed aslc process left behind, not those of live ones', () => {
    const dir = temp();
    const dead = join(dir, '.aslc-tmp-999999999-0123abcd');
    const live = join(dir, `.aslc-tmp-${process.pid}-89abcdef`);
    writeFileSync(dead, 'partial');
    writeFileSync(live, 'in progress');
    writeFileSet([{ path: join(dir, 'a.json'), content: 'a' }]);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(live)).toBe(true);
  });

  test('removes them beside unchanged files too (a build killed after its renames)', () => {
    const dir = temp();
    writeFileSet([{ path: join(dir, 'a.json'), content: 'a' }]);
    const dead = join(dir, '.aslc-tmp-999999999-0123abcd');
    writeFileSync(dead, 'partial');
    expect(writeFileSet([{ path: join(dir, 'a.json'), content: 'a' }])).toStrictEqual([
      'unchanged',
    ]);
    expect(existsSync(dead)).toBe(false);
  });
});
