/**
 * Expressions of a definition as DSL calls: JSONPath references (`path()`, `contextPath()`,
 * `variable()`), JSONata (`jsonata()`) and deploy-time placeholders (`placeholder()`). Each
 * helper is used only when the DSL writes back exactly the text of the definition; otherwise
 * the caller keeps the text as it is.
 */
import { readVariableName, isVariableName } from '../asl/variable-name.ts';
import { stringLiteral } from './code-text.ts';
import { use, type GenContext } from './gen-context.ts';

/** The names `placeholder()` accepts. */
const PLACEHOLDER_NAME = /^[A-Za-z][A-Za-z0-9_]{0,127}$/;
const WHOLE_PLACEHOLDER = /^\$\{([^{}]*)\}$/;

/**
 * A JSONPath reference as DSL code: `contextPath('Execution.Name')` for `$$.Execution.Name`,
 * `variable('order', 'id')` for `$order.id`, `path('$.a')` otherwise.
 *
 * @example
 * ```ts
 * pathCode(ctx, '$$.Map.Item.Value'); // "contextPath('Map.Item.Value')"
 * ```
 */
export function pathCode(ctx: GenContext, text: string): string {
  if (text.startsWith('$$')) {
    if (text === '$$') return `${use(ctx, 'contextPath')}()`;
    const field = text.slice(3);
    if (text.startsWith('$$.') && field !== '' && !field.startsWith('$$') && !field.startsWith('[')) {
      return `${use(ctx, 'contextPath')}(${stringLiteral(field)})`;
    }
    if (text.startsWith('$$[')) return `${use(ctx, 'contextPath')}(${stringLiteral(text.slice(2))})`;
  } else if (text.length > 1 && text[1] !== '.' && text[1] !== '[') {
    const name = readVariableName(text, 1);
    if (name !== undefined && isVariableName(name)) {
      const rest = text.slice(1 + name.length);
      if (rest === '') return `${use(ctx, 'variable')}(${stringLiteral(name)})`;
      if (rest.startsWith('.') && rest.length > 1 && rest[1] !== '.' && rest[1] !== '[') {
        return `${use(ctx, 'variable')}(${stringLiteral(name)}, ${stringLiteral(rest.slice(1))})`;
      }
      if (rest.startsWith('[')) {
        return `${use(ctx, 'variable')}(${stringLiteral(name)}, ${stringLiteral(rest)})`;
      }
    }
  }
  return `${use(ctx, 'path')}(${stringLiteral(text)})`;
}

/**
 * The expression of a `{% … %}` string when `jsonata(expression)` writes it back exactly (one
 * space inside each delimiter, nothing else around the expression), or undefined.
 *
 * @example
 * ```ts
 * jsonataExpression('{% $states.input %}'); // '$states.input'
 * jsonataExpression('{%$x%}'); // undefined
 * ```
 */
export function jsonataExpression(text: string): string | undefined {
  if (!text.startsWith('{% ') || !text.endsWith(' %}') || text.length < 7) return undefined;
  const expr = text.slice(3, -3);
  if (expr.trim() !== expr || expr === '' || expr.includes('{%') || expr.includes('%}')) {
    return undefined;
  }
  return expr;
}

/**
 * `jsonata('…')` for a `{% … %}` string {@link jsonataExpression} accepts, or undefined.
 *
 * @example
 * ```ts
 * jsonataCode(ctx, '{% $states.input.id %}'); // "jsonata('$states.input.id')"
 * ```
 */
export function jsonataCode(ctx: GenContext, text: string): string | undefined {
  const expr = jsonataExpression(text);
  return expr === undefined ? undefined : `${use(ctx, 'jsonata')}(${stringLiteral(expr)})`;
}

/**
 * The placeholder a whole string stands for (`${ChargeFunctionArn}`), when it is a name
 * `placeholder()` accepts and the source says it is a substitution, or undefined.
 *
 * @example
 * ```ts
 * placeholderName(ctx, '${ChargeFunctionArn}'); // 'ChargeFunctionArn'
 * ```
 */
export function placeholderName(ctx: GenContext, text: string): string | undefined {
  const m = WHOLE_PLACEHOLDER.exec(text);
  if (m === null) return undefined;
  const name = m[1] as string;
  return PLACEHOLDER_NAME.test(name) && ctx.isPlaceholder(name) ? name : undefined;
}

/**
 * `placeholder('Name')` for a whole `${Name}` string, or undefined.
 *
 * @example
 * ```ts
 * placeholderCode(ctx, '${TableName}'); // "placeholder('TableName')"
 * ```
 */
export function placeholderCode(ctx: GenContext, text: string): string | undefined {
  const name = placeholderName(ctx, text);
  return name === undefined ? undefined : `${use(ctx, 'placeholder')}(${stringLiteral(name)})`;
}

/**
 * A literal string as code: `placeholder('Name')` for a whole `${Name}`, the quoted text
 * otherwise (the DSL writes a literal `${…}` back unchanged, so both forms compile to the same
 * text).
 *
 * @example
 * ```ts
 * literalStringCode(ctx, 'hello'); // "'hello'"
 * ```
 */
export function literalStringCode(ctx: GenContext, text: string): string {
  return placeholderCode(ctx, text) ?? stringLiteral(text);
}
