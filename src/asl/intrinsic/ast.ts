/** The syntax tree of an intrinsic function call (`States.Format('{}', $.a)`). */
import type { ParsedPath } from '../jsonpath/ast.ts';

/** One argument of an intrinsic call. */
export type IntrinsicArg =
  | {
      readonly kind: 'string';
      /** The unescaped value. */
      readonly value: string;
      /** The text between the quotes, escapes intact (States.Format needs to see `\{`). */
      readonly raw: string;
    }
  | { readonly kind: 'number'; readonly value: number; readonly text: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'null' }
  | { readonly kind: 'path'; readonly text: string; readonly path: ParsedPath }
  | { readonly kind: 'call'; readonly call: IntrinsicCall };

/** A parsed intrinsic call. `name` is as written: it may name no intrinsic function. */
export interface IntrinsicCall {
  readonly name: string;
  readonly args: readonly IntrinsicArg[];
  /** Offsets of the call in the text. */
  readonly start: number;
  readonly end: number;
}

/** The result of parsing an intrinsic call: never an exception. */
export type IntrinsicParse =
  | { readonly ok: true; readonly call: IntrinsicCall }
  | { readonly ok: false; readonly message: string; readonly position: number };
