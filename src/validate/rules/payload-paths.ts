import { payloadEntries, type PayloadField } from '../model/fields.ts';
import type { PayloadEntry } from '../model/payload.ts';
import { checkIntrinsic } from '../../asl/intrinsic/check.ts';
import { looksLikeIntrinsic, parseIntrinsic } from '../../asl/intrinsic/parse.ts';
import { parseJsonPath } from '../../asl/jsonpath/parse.ts';
import { checkableText } from '../syntax/placeholders.ts';
import type { Rule, RuleContext } from './rule.ts';

function checkEntry(ctx: RuleContext, e: PayloadEntry<PayloadField>): void {
  const field = e.field;
  if (!e.key.endsWith('.$')) return;
  const extras = { stateInfo: field.state };
  if (typeof e.value !== 'string') {
    ctx.report(
      'InvalidPayloadPath',
      e.pointer,
      `The value for the field '${e.key}' must be a valid JSONPath or a valid intrinsic function call, not ${e.value === null ? 'null' : typeof e.value}`,
      extras,
    );
    return;
  }
  const text = checkableText(e.value, ctx.options.allowPlaceholders);
  if (text === undefined) return;
  if (looksLikeIntrinsic(text)) {
    const parsed = parseIntrinsic(text);
    if (!parsed.ok) {
      ctx.report(
        'InvalidIntrinsic',
        e.pointer,
        `Invalid intrinsic function call for '${e.key}': ${parsed.message}`,
        extras,
      );
      return;
    }
    for (const p of checkIntrinsic(parsed.call)) {
      ctx.report(p.code, e.pointer, `'${e.key}': ${p.message}`, extras);
    }
    return;
  }
  if (text.startsWith('$')) {
    const parsed = parseJsonPath(text);
    if (!parsed.ok) {
      ctx.report(
        'InvalidJsonPath',
        e.pointer,
        `The value for the field '${e.key}' must be a valid JSONPath: '${e.value}' ${parsed.message}`,
        extras,
      );
    }
    return;
  }
  ctx.report(
    'InvalidPayloadPath',
    e.pointer,
    `The value for the field '${e.key}' must be a valid JSONPath or a valid intrinsic function call, not '${e.value}'`,
    {
      ...extras,
      hint: /^States\./i.test(text.trim())
        ? 'intrinsic names are case-sensitive (States.Format, …)'
        : `to pass the literal string, name the key '${e.key.slice(0, -2)}'`,
    },
  );
}

/**
 * In JSONPath payload templates, the value of every key ending in `.$` is a valid JSONPath
 * (`$`, `$$` or `$var`) or a valid intrinsic function call: known name (case-sensitive),
 * arity, literals, nesting ≤ 10.
 */
export const payloadPathsRule: Rule = {
  name: 'payload-paths',
  codes: ['InvalidPayloadPath', 'InvalidJsonPath', 'InvalidIntrinsic', 'IntrinsicFormatArguments'],
  description: "values of '.$' keys are valid paths or intrinsic function calls",
  check(ctx) {
    for (const e of payloadEntries(ctx.index)) checkEntry(ctx, e);
  },
};
