import { JsonataNode } from '../../ir/expression-node.ts';
import { DslError } from '../dsl-error.ts';
import { brand, type Jsonata } from './expression.ts';

/**
 * A JSONata expression, written without its `{% %}` delimiters (the emitter adds them). Usable
 * in JSONata states wherever ASL accepts an expression: `arguments`, `output`, `assign`, `items`,
 * Choice conditions, `seconds`, `timestamp`, `timeoutSeconds`, Fail `error` / `cause`…
 *
 * @example
 * ```ts
 * pass('Total', { output: { total: jsonata('$sum($states.input.items.price)') } });
 * // "Output": { "total": "{% $sum($states.input.items.price) %}" }
 * ```
 */
export function jsonata(expression: string): Jsonata {
  if (typeof expression !== 'string' || expression.trim() === '') {
    throw new DslError('InvalidJsonataExpression', 'a JSONata expression must not be empty', {
      hint: "write the expression without delimiters, e.g. jsonata('$states.input.id')",
    });
  }
  const expr = expression.trim();
  if (expr.includes('{%') || expr.includes('%}')) {
    throw new DslError(
      'InvalidJsonataExpression',
      `the JSONata expression '${expr}' contains '{%' or '%}'`,
      { hint: 'write the expression without delimiters: the emitter adds {% %}' },
    );
  }
  return brand(JsonataNode.create({ expr })) as Jsonata;
}
