/**
 * Expressions of a definition as DSL calls: JSONPath references (`path()`, `contextPath()`,
 * `variable()`), JSONata (`jsonata()`) and deploy-time placeholders (`placeholder()`). Each
 * helper is used only when the DSL writes back exactly the text of the definition; otherwise
 * the caller keeps the text as it is.
 */
import { isPlaceholderName } from '../asl/placeholder-name.ts';
import { readVariableName, isVariableName } from '../asl/variable-name.ts';
import { stringLiteral, templateText } from './code-text.ts';
import { use, type GenContext } from './gen-context.ts';

const WHOLE_PLACEHOLDER = /^\$\{([^{}]*)\}$/;
const ANY_PLACEHOLDER = /\$\{([^{}]*)\}/g;

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
    if (
      text.startsWith('$$.') &&
      field !== '' &&
      !field.startsWith('$$') &&
      !field.startsWith('[')
    ) {
      return `${use(ctx, 'contextPath')}(${stringLiteral(field)})`;
    }
    if (text.startsWith('$$['))
      return `${use(ctx, 'contextPath')}(${stringLiteral(text.slice(2))})`;
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
  return isPlaceholderName(name) && ctx.isPlaceholder(name) ? name : undefined;
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

/** A string with placeholders inside: its literal parts and placeholder names, alternating. */
export type SubParts = readonly (string | { readonly name: string })[];

/**
 * The parts of a string with deploy-time placeholders inside (`arn:${Partition}:states:::…`)
 * when `` sub`…` `` writes it back exactly, or undefined: no placeholder in it, a `${` left in
 * the literal text, or a `$` right before a placeholder (both refused by `sub`).
 *
 * @example
 * ```ts
 * subParts(ctx, 'arn:${Partition}:states'); // ['arn:', { name: 'Partition' }, ':states']
 * ```
 */
export function subParts(ctx: GenContext, text: string): SubParts | undefined {
  const parts: (string | { name: string })[] = [];
  let last = 0;
  let any = false;
  for (const m of text.matchAll(ANY_PLACEHOLDER)) {
    const name = m[1] as string;
    if (!isPlaceholderName(name) || !ctx.isPlaceholder(name)) continue;
    const before = text.slice(last, m.index);
    if (before.endsWith('$')) return undefined;
    if (before !== '') parts.push(before);
    parts.push({ name });
    last = (m.index as number) + m[0].length;
    any = true;
  }
  if (!any) return undefined;
  if (last < text.length) parts.push(text.slice(last));
  if (parts.some((p) => typeof p === 'string' && p.includes('${'))) return undefined;
  return parts;
}

/**
 * `` sub`…${placeholder('Name')}…` `` for parts {@link subParts} gave.
 *
 * @example
 * ```ts
 * subCode(ctx, ['arn:', { name: 'Partition' }]); // "sub`arn:${placeholder('Partition')}`"
 * ```
 */
export function subCode(ctx: GenContext, parts: SubParts): string {
  const body = parts
    .map((p) =>
      typeof p === 'string'
        ? templateText(p)
        : `\${${use(ctx, 'placeholder')}(${stringLiteral(p.name)})}`,
    )
    .join('');
  return `${use(ctx, 'sub')}\`${body}\``;
}

/**
 * A literal string as code: `placeholder('Name')` for a whole `${Name}`, `` sub`…` `` for a
 * string with placeholders inside, the quoted text otherwise (the DSL writes a literal `${…}`
 * back unchanged, so every form compiles to the same text).
 *
 * @example
 * ```ts
 * literalStringCode(ctx, 'hello'); // "'hello'"
 * ```
 */
export function literalStringCode(ctx: GenContext, text: string): string {
  const whole = placeholderCode(ctx, text);
  if (whole !== undefined) return whole;
  const parts = subParts(ctx, text);
  return parts === undefined ? stringLiteral(text) : subCode(ctx, parts);
}
