import type { ValidateFunction } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';

/** An ajv instance, as ajv's standalone code generation takes it. */
type Ajv = Parameters<typeof standaloneCode.default>[0];

/** ajv's run-time helpers the generated code may call, as self-contained functions. */
const HELPERS: Readonly<Record<string, readonly [name: string, source: string]>> = {
  'require("ajv/dist/runtime/ucs2length").default': [
    'ucs2length',
    `function ucs2length(str) {
  let length = 0;
  for (let pos = 0; pos < str.length; ) {
    length++;
    const value = str.charCodeAt(pos++);
    if (value >= 0xd800 && value <= 0xdbff && pos < str.length && (str.charCodeAt(pos) & 0xfc00) === 0xdc00) pos++;
  }
  return length;
}
`,
  ],
  'require("ajv/dist/runtime/equal").default': [
    'deepEqual',
    `function deepEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a !== a && b !== b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]));
}
`,
  ],
};

/**
 * The source of an ES module with validators precompiled by ajv's standalone code generation:
 * no ajv at run time and no schema compilation at start-up. ajv's own run-time helpers
 * (`ucs2length`, `equal`) are inlined, so the module has no CommonJS interop; any other helper
 * is refused. `exports` names the validators and the schema references they check (or one
 * compiled validator, exported as default).
 *
 * @example
 * ```ts
 * const source = standaloneModule(ajv, { projectConfig: 'https://…/aslc-config.schema.json#' }, '// GENERATED …\n');
 * ```
 */
export function standaloneModule(
  ajv: Ajv,
  exports: Readonly<Record<string, string>> | ValidateFunction,
  header: string,
): string {
  let code = standaloneCode.default(ajv, exports as Parameters<typeof standaloneCode.default>[1]);
  let helpers = '';
  for (const [call, [name, source]] of Object.entries(HELPERS)) {
    if (!code.includes(call)) continue;
    code = code.split(call).join(name);
    helpers += source;
  }
  const left = /require\([^)]*\)/.exec(code);
  if (left !== null) {
    throw new Error(`the standalone validator needs ${left[0]}: inline it in standalone-schema.ts`);
  }
  return `${header}${helpers}${code.replace(/^"use strict";/, '')}\n`;
}
