import { quoteFormatTemplate, quoteIntrinsicString } from '../asl/intrinsic/quote.ts';
import type { IntrinsicArg, IntrinsicNode } from '../ir/expression-node.ts';
import { dollarBrace, substitutionText, type PlaceholderWriter } from './placeholder-text.ts';

/** Renders a number the way JSON would (`2`, `0.5`, `-1`). */
function numberText(n: number): string {
  return JSON.stringify(n);
}

/**
 * Renders an intrinsic call as ASL text, nesting calls and writing paths raw.
 *
 * @example
 * ```ts
 * intrinsicText(call); // "States.Format('{}/{}', $$.Execution.Name, States.UUID())"
 * ```
 */
export function intrinsicText(
  node: IntrinsicNode,
  placeholder: PlaceholderWriter = dollarBrace,
): string {
  const args = node.args.map((a, i) =>
    argText(a, i === 0 && node.name === 'States.Format', placeholder),
  );
  return `${node.name}(${args.join(', ')})`;
}

function argText(
  arg: IntrinsicArg,
  isFormatTemplate: boolean,
  placeholder: PlaceholderWriter,
): string {
  if (arg === null) return 'null';
  if (typeof arg === 'string')
    return isFormatTemplate ? quoteFormatTemplate(arg) : quoteIntrinsicString(arg);
  if (typeof arg === 'number') return numberText(arg);
  if (typeof arg === 'boolean') return arg ? 'true' : 'false';
  switch (arg.kind) {
    case 'JsonPath':
      return arg.path;
    case 'Intrinsic':
      return intrinsicText(arg, placeholder);
    case 'Placeholder':
      return "'" + placeholder(arg.name, 'intrinsic') + "'";
    case 'Substitution': {
      // Literal parts are quoted as a string argument would be, without the quotes.
      const quote = isFormatTemplate ? quoteFormatTemplate : quoteIntrinsicString;
      return (
        "'" + substitutionText(arg, placeholder, 'intrinsic', (t) => quote(t).slice(1, -1)) + "'"
      );
    }
  }
}
