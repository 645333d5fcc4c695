/**
 * Readable, valid and unique variable names for the states of an imported definition: state
 * names may be any Unicode text of up to 80 characters, collide once reduced to an identifier,
 * or be reserved words.
 */

/** Words a variable cannot be named (reserved in strict mode or by TypeScript, and globals). */
const RESERVED = new Set([
  'break',
  'case',
  'catch',
  'class',
  'const',
  'continue',
  'debugger',
  'default',
  'delete',
  'do',
  'else',
  'enum',
  'export',
  'extends',
  'false',
  'finally',
  'for',
  'function',
  'if',
  'import',
  'in',
  'instanceof',
  'new',
  'null',
  'return',
  'super',
  'switch',
  'this',
  'throw',
  'true',
  'try',
  'typeof',
  'var',
  'void',
  'while',
  'with',
  'yield',
  'let',
  'static',
  'implements',
  'interface',
  'package',
  'private',
  'protected',
  'public',
  'await',
  'arguments',
  'eval',
  'undefined',
  'NaN',
  'Infinity',
  'globalThis',
  'Object',
  'Array',
  'String',
  'Number',
  'Boolean',
  'JSON',
  'Math',
  'Symbol',
  'Promise',
  'Error',
  'async',
  'of',
  'as',
  'type',
  'declare',
  'namespace',
  'module',
  'abstract',
  'any',
  'unknown',
  'never',
  'object',
  'string',
  'number',
  'boolean',
  'symbol',
  'bigint',
  'require',
  'exports',
  'process',
  'console',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
]);

/** How long a generated name may get (state names are at most 80 characters). */
const MAX_IDENTIFIER_LENGTH = 48;

const WORD = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]+/gu;
const START = /^[\p{ID_Start}_$]/u;
const CONTINUE = /^[\p{ID_Continue}$]*$/u;

/** `'charge the card'` → `'chargeTheCard'`; letters of any script are kept. */
function camelWords(text: string): string {
  const words = (text.normalize('NFC').match(WORD) ?? []).flatMap((w) =>
    // Split `ChargeCard`/`chargeCARD` style words no further: keep what the author wrote.
    w.split(/_+/).filter((p) => p !== ''),
  );
  return words
    .map((w, i) => {
      const chars = [...w];
      const first = chars[0] as string;
      const rest = chars.slice(1).join('');
      if (i === 0) {
        // `SUBMIT JOB` → `submitJob`, `Charge` → `charge`, `iPhone` stays.
        const allUpper = w === w.toUpperCase() && w !== w.toLowerCase();
        return allUpper ? w.toLowerCase() : first.toLowerCase() + rest;
      }
      const allUpper = w === w.toUpperCase() && w !== w.toLowerCase() && chars.length > 1;
      return first.toUpperCase() + (allUpper ? rest.toLowerCase() : rest);
    })
    .join('');
}

/**
 * Hands out unique identifiers: the first request for a base name gets it, later ones get `2`,
 * `3`… appended. Names the generated module already uses (imports, helpers) are taken from the
 * start.
 *
 * @example
 * ```ts
 * const names = new IdentifierPool(['task', 'chain']);
 * names.forState('Charge card'); // 'chargeCard'
 * names.forState('Charge card!'); // 'chargeCard2'
 * names.forState('Task'); // 'taskState'
 * names.forState('Task!'); // 'taskState2'
 * ```
 */
export class IdentifierPool {
  readonly #taken = new Set<string>();
  /** Names the module uses besides the states' (its imports). */
  readonly #outside = new Set<string>();

  constructor(taken: Iterable<string> = []) {
    for (const t of taken) {
      this.#taken.add(t);
      this.#outside.add(t);
    }
  }

  /** Marks a name as used. */
  take(name: string): void {
    this.#taken.add(name);
  }

  /** A fresh identifier derived from `base` (already a valid identifier). */
  fresh(base: string): string {
    const free = (n: string): boolean => !this.#taken.has(n) && !RESERVED.has(n);
    let name = base;
    for (let n = 2; !free(name); n++) name = `${base}${n}`;
    this.#taken.add(name);
    return name;
  }

  /**
   * A fresh identifier for a state name: camelCase words, `state` prepended when it would start
   * with a digit or be empty, `State` appended when it is a reserved or imported name,
   * shortened, then made unique.
   */
  forState(stateName: string, suffix = ''): string {
    let base = camelWords(stateName);
    if (base === '' || !START.test(base))
      base = `state${base.charAt(0).toUpperCase()}${base.slice(1)}`;
    if (!CONTINUE.test(base)) base = 'state';
    const chars = [...base];
    if (chars.length > MAX_IDENTIFIER_LENGTH) base = chars.slice(0, MAX_IDENTIFIER_LENGTH).join('');
    base += suffix;
    // `delete` → `deleteState`, `Pass` → `passState` (pass is imported); a second
    // `Charge card` → `chargeCard2`.
    if (RESERVED.has(base) || this.#outside.has(base)) base = `${base}State`;
    return this.fresh(base);
  }
}
