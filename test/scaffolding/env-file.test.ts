import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  environmentSize,
  orderEnvVars,
  renderEnvFile,
  shellQuote,
  splitEnvironment,
} from '../../src/scaffolding/scaffold/env-file.ts';

/**
 * An independent reader for the only shell syntax the env file may contain: single-quoted
 * literals, `\\'` and double-quoted `${NAME}` expansions, concatenated. Returns undefined for anything
 * else, so a value that used any other construct (and could execute something) fails the test.
 */
function readShellWord(word: string, vars: ReadonlyMap<string, string>): string | undefined {
  let out = '';
  let i = 0;
  while (i < word.length) {
    if (word.startsWith("\\'", i)) {
      out += "'";
      i += 2;
    } else if (word[i] === "'") {
      const end = word.indexOf("'", i + 1);
      if (end < 0) return undefined;
      out += word.slice(i + 1, end);
      i = end + 1;
    } else {
      const m = /^"\$\{([A-Za-z_][A-Za-z0-9_]*)\}"/.exec(word.slice(i));
      if (m === null) return undefined;
      out += vars.get(m[1] ?? '') ?? '';
      i += m[0].length;
    }
  }
  return out;
}

/** What the value means after expansion of `${NAME}` / `$NAME` POSIX references. */
function expand(value: string, vars: ReadonlyMap<string, string>): string {
  return value.replace(
    /\$\{([^}]*)\}|\$([\p{L}\p{N}_]+)/gu,
    (m, braced?: string, bare?: string) => {
      const name = braced ?? bare ?? '';
      return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? (vars.get(name) ?? '') : m;
    },
  );
}

describe('env file split and order (spec §2.9 step 6)', () => {
  it('moves what the commands reference to the inline environment (EX1)', () => {
    const env = new Map([
      ['EXECUTION_ID', 'id'],
      ['WORKING_DIR', '/w'],
      ['TMPDIR', '/t'],
      ['A', 'a'],
      ['B', 'b'],
      ['C', 'c'],
    ]);
    const tokens = [
      'cmd',
      '${ENV_BASE}',
      '${A}/${B}',
      'mkdir',
      '-p',
      '${WORKING_DIR}',
      'mkdir',
      '-p',
      '${TMPDIR}',
      'cd',
      '${WORKING_DIR}',
    ];
    const { required, file } = splitEnvironment(env, tokens);
    expect([...required.keys()]).toEqual(['A', 'B', 'WORKING_DIR', 'TMPDIR']);
    expect([...file.keys()]).toEqual(['EXECUTION_ID', 'C']);
  });

  it('captures $NAME greedily and ${NAME} up to the brace', () => {
    const env = new Map([
      ['A_B', '1'],
      ['A', '2'],
      ['X', '3'],
    ]);
    expect([...splitEnvironment(env, ['$A_B', '${X}y']).required.keys()]).toEqual(['A_B', 'X']);
  });

  it('orders by dependencies, stable otherwise', () => {
    expect(
      orderEnvVars(
        new Map([
          ['X', '${Y}/A'],
          ['Y', '$Z/B'],
          ['Z', 'C'],
          ['W', 'w'],
        ]),
      ).map(([k]) => k),
    ).toEqual(['Z', 'W', 'Y', 'X']);
  });

  it('rejects cycles, self references included (H9)', () => {
    expect(() =>
      orderEnvVars(
        new Map([
          ['X', '$Y'],
          ['Y', '$X'],
        ]),
      ),
    ).toThrow(/circular dependency/);
    expect(() => orderEnvVars(new Map([['X', '${X}:more']]))).toThrow(/circular dependency/);
  });

  it('renders export lines joined by newlines, no trailing newline', () => {
    expect(
      renderEnvFile(
        new Map([
          ['EXECUTION_ID', 'exec-0001'],
          ['C', "it's"],
        ]),
      ),
    ).toBe("export EXECUTION_ID='exec-0001'\nexport C='it'\\''s'");
  });

  it('measures the environment in UTF-8 bytes', () => {
    expect(
      environmentSize(
        new Map([
          ['A', 'é'],
          ['BB', ''],
        ]),
      ),
    ).toBe('A=é\n'.length + 1 + 'BB=\n'.length);
  });
});

describe('shell-safe quoting (decision (c))', () => {
  it('keeps only plain variable expansions', () => {
    expect(shellQuote('${A}/x')).toBe(`"\${A}"'/x'`);
    expect(shellQuote('$(rm -rf /)`id`$HOME')).toBe(`'$(rm -rf /)\`id\`'"\${HOME}"`);
    expect(shellQuote('${A:-x} $1 $é')).toBe(`'\${A:-x} $1 $é'`);
    expect(shellQuote('')).toBe("''");
  });

  it('property: any value reads back as its expansion, using only quotes and ${NAME}', () => {
    const vars = new Map([
      ['A', 'alpha'],
      ['HOME', '/root'],
    ]);
    const piece = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '$',
        '${',
        '}',
        "'",
        '"',
        '`',
        '\\',
        '$(id)',
        '${A}',
        '$A',
        '$HOME',
        '${A:-x}',
        '\n',
        '$é',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const value = pieces.join('');
        expect(readShellWord(shellQuote(value), vars)).toBe(expand(value, vars));
      }),
    );
  });
});
