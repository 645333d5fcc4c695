import { jsonataExpressions } from '../model/jsonata-expressions.ts';
import type { Rule } from './rule.ts';

/**
 * Every JSONata expression of a JSONata state parses with jsonata 2.0.6 (AWS's version); a
 * string starting with `{%` must end with `%}` (AWS rejects it otherwise); a `{% … %}` with
 * text outside the delimiters is a plain string, which is reported as a warning.
 */
export const jsonataSyntaxRule: Rule = {
  name: 'jsonata-syntax',
  codes: ['InvalidJsonata', 'JsonataDelimiters'],
  description: 'JSONata expressions parse; {% %} delimiters have nothing outside them',
  check(ctx) {
    for (const e of jsonataExpressions(ctx.index, ctx.options)) {
      const extras = { stateInfo: e.state };
      if (e.kind === 'unterminated') {
        ctx.report(
          'InvalidJsonata',
          e.pointer,
          "The JSONata expression starts with '{%' but does not end with '%}'",
          {
            ...extras,
            hint: 'write the whole value as {% expression %}, with nothing after %}',
          },
        );
      } else if (e.kind === 'stray') {
        ctx.report(
          'JsonataDelimiters',
          e.pointer,
          'This string has text outside its {% %} delimiters, so it is a plain string, not an expression',
          {
            ...extras,
            hint: 'remove the surrounding text or spaces',
          },
        );
      } else if (e.parsed !== undefined && !e.parsed.ok) {
        ctx.report(
          'InvalidJsonata',
          e.pointer,
          `Invalid JSONata expression: ${e.parsed.message}`,
          extras,
        );
      }
    }
  },
};
