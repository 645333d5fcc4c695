/**
 * Intrinsic calls of a definition (`States.Format('{}', $.a)`) as the DSL's typed helpers
 * (`States.Format('{}', path('$.a'))`), when the DSL writes the call back exactly as it is
 * written (its quoting, spacing and number forms are canonical); undefined otherwise, and the
 * caller keeps the text.
 */
import type { IntrinsicArg, IntrinsicCall } from '../asl/intrinsic/ast.ts';
import { HASH_ALGORITHMS, INTRINSIC_ARITY, isIntrinsicName } from '../asl/intrinsic/functions.ts';
import { looksLikeIntrinsic, parseIntrinsic } from '../asl/intrinsic/parse.ts';
import { quoteFormatTemplate, quoteIntrinsicString } from '../asl/intrinsic/quote.ts';
import { numberLiteral, stringLiteral } from './code-text.ts';
import { pathCode, placeholderName, subCode, subParts } from './expression-code.ts';
import { use, type GenContext } from './gen-context.ts';

/**
 * A string argument: the text the emitter writes for it and its code (a placeholder, a `sub`
 * string with placeholders inside, or the literal).
 */
function stringArg(
  ctx: GenContext,
  arg: Extract<IntrinsicArg, { kind: 'string' }>,
  formatTemplate: boolean,
): { text: string; code: string } {
  const quote = formatTemplate ? quoteFormatTemplate : quoteIntrinsicString;
  const whole = arg.raw === arg.value ? placeholderName(ctx, arg.raw) : undefined;
  if (whole !== undefined) {
    return { text: `'${arg.raw}'`, code: `${use(ctx, 'placeholder')}(${stringLiteral(whole)})` };
  }
  const parts = subParts(ctx, arg.value);
  if (parts !== undefined) {
    const text = parts
      .map((p) => (typeof p === 'string' ? quote(p).slice(1, -1) : '${' + p.name + '}'))
      .join('');
    if (`'${text}'` === `'${arg.raw}'`) return { text: `'${text}'`, code: subCode(ctx, parts) };
  }
  return { text: quote(arg.value), code: stringLiteral(arg.value) };
}

/** The text the emitter writes for a parsed argument (null when it cannot be written). */
function canonicalArg(ctx: GenContext, arg: IntrinsicArg, formatTemplate: boolean): string | null {
  switch (arg.kind) {
    case 'string':
      return stringArg(scratch(ctx), arg, formatTemplate).text;
    case 'number':
      return JSON.stringify(arg.value);
    case 'boolean':
      return arg.value ? 'true' : 'false';
    case 'null':
      return 'null';
    case 'path':
      return arg.text;
    case 'call':
      return isIntrinsicName(arg.call.name) ? canonicalCall(ctx, arg.call) : null;
  }
}

/** The text the emitter writes for a parsed call, or null. */
function canonicalCall(ctx: GenContext, call: IntrinsicCall): string | null {
  const args: string[] = [];
  for (let i = 0; i < call.args.length; i++) {
    const a = canonicalArg(
      ctx,
      call.args[i] as IntrinsicArg,
      i === 0 && call.name === 'States.Format',
    );
    if (a === null) return null;
    args.push(a);
  }
  return `${call.name}(${args.join(', ')})`;
}

/** A context that records nothing: for measuring text without importing names. */
function scratch(ctx: GenContext): GenContext {
  return { imports: new Set(), isPlaceholder: ctx.isPlaceholder, unsupported: [] };
}

/** One argument as DSL code. */
function argCode(ctx: GenContext, arg: IntrinsicArg, formatTemplate: boolean): string {
  switch (arg.kind) {
    case 'string':
      return stringArg(ctx, arg, formatTemplate).code;
    case 'number':
      return numberLiteral(arg.value);
    case 'boolean':
      return arg.value ? 'true' : 'false';
    case 'null':
      return 'null';
    case 'path':
      return pathCode(ctx, arg.text);
    case 'call':
      return callCode(ctx, arg.call);
  }
}

/** True when the helper `States.<short>` takes exactly these arguments. */
function fitsHelper(call: IntrinsicCall): boolean {
  const n = call.args.length;
  switch (call.name) {
    case 'States.Format':
      return n >= 1 && call.args[0]?.kind === 'string';
    case 'States.JsonMerge': {
      const third = call.args[2];
      return n === 3 && third?.kind === 'boolean' && !third.value;
    }
    case 'States.Hash': {
      const algorithm = call.args[1];
      return (
        n === 2 &&
        (algorithm?.kind === 'path' ||
          (algorithm?.kind === 'string' &&
            (HASH_ALGORITHMS as readonly string[]).includes(algorithm.value)))
      );
    }
    default: {
      if (!isIntrinsicName(call.name)) return false;
      const [min, max] = INTRINSIC_ARITY[call.name];
      return n >= min && n <= max;
    }
  }
}

/** A call as DSL code: the typed helper, or `intrinsic(name, …)` when no helper fits. */
function callCode(ctx: GenContext, call: IntrinsicCall): string {
  const args = call.args.map((a, i) => argCode(ctx, a, i === 0 && call.name === 'States.Format'));
  if (fitsHelper(call)) {
    const shown = call.name === 'States.JsonMerge' ? args.slice(0, 2) : args;
    return `${use(ctx, 'States')}.${call.name.slice('States.'.length)}(${shown.join(', ')})`;
  }
  return `${use(ctx, 'intrinsic')}(${[stringLiteral(call.name), ...args].join(', ')})`;
}

/**
 * An intrinsic call as DSL code (`States.Format('{}', path('$.a'))`), or undefined when the
 * text is not a call the DSL writes back exactly. With `exact: false`, a call spaced otherwise
 * than the DSL writes it is written too (the same call by content: for a field that has no
 * form keeping the text as it is).
 *
 * @example
 * ```ts
 * intrinsicCode(ctx, 'States.UUID()'); // 'States.UUID()'
 * intrinsicCode(ctx, 'States.UUID( )'); // undefined (the DSL writes no space)
 * intrinsicCode(ctx, 'States.UUID( )', { exact: false }); // 'States.UUID()'
 * ```
 */
export function intrinsicCode(
  ctx: GenContext,
  text: string,
  options: { readonly exact?: boolean } = {},
): string | undefined {
  if (!looksLikeIntrinsic(text)) return undefined;
  const parsed = parseIntrinsic(text);
  if (!parsed.ok || !isIntrinsicName(parsed.call.name)) return undefined;
  const canonical = canonicalCall(ctx, parsed.call);
  if (canonical === null || (options.exact !== false && canonical !== text)) return undefined;
  return callCode(ctx, parsed.call);
}
