import { pathFields, type PathField } from '../model/fields.ts';
import { checkIntrinsic, FAIL_PATH_INTRINSIC_SET } from '../../asl/intrinsic/check.ts';
import { looksLikeIntrinsic, parseIntrinsic } from '../../asl/intrinsic/parse.ts';
import { parseJsonPath } from '../../asl/jsonpath/parse.ts';
import { checkableText } from '../syntax/placeholders.ts';
import type { Rule, RuleContext } from './rule.ts';

function checkFailIntrinsic(ctx: RuleContext, f: PathField, text: string): void {
  const parsed = parseIntrinsic(text);
  if (!parsed.ok) {
    ctx.report(
      'InvalidIntrinsic',
      f.pointer,
      `Invalid intrinsic function call in ${f.field}: ${parsed.message}`,
      {
        stateInfo: f.state,
      },
    );
    return;
  }
  for (const p of checkIntrinsic(parsed.call, FAIL_PATH_INTRINSIC_SET)) {
    ctx.report(p.code, f.pointer, `${f.field}: ${p.message}`, { stateInfo: f.state });
  }
}

function checkField(ctx: RuleContext, f: PathField): void {
  if (f.value === null && (f.kind === 'general' || f.kind === 'result')) return;
  if (typeof f.value !== 'string') return; // wrong types are the schema's job
  const text = checkableText(f.value, ctx.options.allowPlaceholders);
  if (text === undefined) return;
  if (looksLikeIntrinsic(text)) {
    if (f.kind === 'fail') return checkFailIntrinsic(ctx, f, text);
    if (f.kind === 'general') {
      ctx.report(
        'UnexpectedIntrinsic',
        f.pointer,
        `${f.field} holds an intrinsic function call; intrinsics are documented only in payload templates`,
        {
          stateInfo: f.state,
        },
      );
      return;
    }
    ctx.report(
      'IntrinsicNotAllowed',
      f.pointer,
      `${f.field} does not accept intrinsic functions; it must be a Reference Path`,
      {
        stateInfo: f.state,
      },
    );
    return;
  }
  const parsed = parseJsonPath(text);
  if (!parsed.ok) {
    const code = f.kind === 'general' ? 'InvalidJsonPath' : 'InvalidReferencePath';
    const what = f.kind === 'general' ? 'a valid JSONPath' : 'a valid Reference Path';
    ctx.report(code, f.pointer, `${f.field} must be ${what}: '${f.value}' ${parsed.message}`, {
      stateInfo: f.state,
    });
    return;
  }
  if (f.kind !== 'general' && !parsed.reference) {
    ctx.report(
      'InvalidReferencePath',
      f.pointer,
      `${f.field} must be a Reference Path (a single node), but '${f.value}' is not: ${parsed.notReferenceBecause ?? ''}`,
      {
        stateInfo: f.state,
      },
    );
    return;
  }
  if ((f.kind === 'result' || f.kind === 'input-reference') && parsed.root === 'context') {
    ctx.report(
      'InvalidReferencePath',
      f.pointer,
      `${f.field} cannot use the Context Object ($$); only ItemsPath, InputPath, OutputPath, Parameters and Choice rules can`,
      {
        stateInfo: f.state,
      },
    );
  } else if (f.kind === 'result' && parsed.root === 'variable') {
    ctx.report(
      'InvalidReferencePath',
      f.pointer,
      `${f.field} cannot write to a variable; use Assign to set variables`,
      {
        stateInfo: f.state,
      },
    );
  }
}

/**
 * The syntax of every path field of the JSONPath states: InputPath, OutputPath and ItemsPath
 * may be any JSONPath (filters, wildcards, slices, `..`, bracket notation, `$$`, `$var`);
 * ResultPath, Choice Variable and `…Path` fields must be Reference Paths; ResultPath and the
 * Map number `…Path` fields cannot read the Context Object; Fail ErrorPath/CausePath may also
 * be an intrinsic from the allowed subset.
 */
export const pathSyntaxRule: Rule = {
  name: 'path-syntax',
  codes: [
    'InvalidJsonPath',
    'InvalidReferencePath',
    'IntrinsicNotAllowed',
    'UnexpectedIntrinsic',
    'InvalidIntrinsic',
    'IntrinsicFormatArguments',
  ],
  description:
    'paths are valid JSONPath; ResultPath, Variable and …Path fields are Reference Paths',
  check(ctx) {
    for (const f of pathFields(ctx.index)) checkField(ctx, f);
  },
};
