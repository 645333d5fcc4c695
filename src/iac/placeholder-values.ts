import { escapeIntrinsicLiteral, jsonStringContent } from './escape.ts';
import { dollarBrace as emitDollarBrace } from '../emit/placeholder-text.ts';
import type { PlaceholderRenderer } from './placeholders.ts';

/** Concrete placeholder values of one environment: name → value. */
export type PlaceholderValues = Readonly<Record<string, string>>;

/** The value of a placeholder that was checked to have one before rendering. */
export function placeholderValue(values: PlaceholderValues, name: string): string {
  if (!Object.hasOwn(values, name)) {
    throw new Error(`internal: placeholder '${name}' has no value (checked before rendering)`);
  }
  return values[name] as string;
}

/**
 * Renders placeholders as `${Name}`: the form Terraform `templatefile()` and CloudFormation
 * `DefinitionSubstitutions` replace at deploy time (the emitter's own writer).
 *
 * @example
 * ```ts
 * dollarBrace('FnArn', 'string'); // '${FnArn}'
 * ```
 */
export const dollarBrace: PlaceholderRenderer = (name) => emitDollarBrace(name);

/**
 * Renders placeholders as their values inside JSON text, escaped exactly: JSON string escaping,
 * and the intrinsic-literal escaping first when the placeholder is an intrinsic argument.
 *
 * @example
 * ```ts
 * jsonValues({ Stage: "it's" })('Stage', 'intrinsic'); // "it\\\\'s"
 * ```
 */
export function jsonValues(values: PlaceholderValues): PlaceholderRenderer {
  return (name, context) => {
    const value = placeholderValue(values, name);
    return jsonStringContent(context === 'intrinsic' ? escapeIntrinsicLiteral(value) : value);
  };
}

/**
 * Renders placeholders as their values inside a string that is not JSON text (a value of a
 * parsed document): only the intrinsic-literal escaping applies.
 *
 * @example
 * ```ts
 * rawValues({ Fn: 'arn:aws:lambda:…' })('Fn', 'string'); // 'arn:aws:lambda:…'
 * ```
 */
export function rawValues(values: PlaceholderValues): PlaceholderRenderer {
  return (name, context) => {
    const value = placeholderValue(values, name);
    return context === 'intrinsic' ? escapeIntrinsicLiteral(value) : value;
  };
}

/** How a deploy tool inserts a value: raw, without any escaping. */
export interface RawInsertion {
  /** The placeholder is an argument of an intrinsic function (between single quotes). */
  readonly intrinsic: boolean;
  /** CloudFormation `DefinitionSubstitutions`: substitution is repeated, so `${` is unsafe. */
  readonly repeated: boolean;
}

/**
 * Why a value cannot be inserted raw into a JSON string by a deploy tool (Terraform
 * `templatefile()` and CloudFormation `DefinitionSubstitutions` do no escaping), or `undefined`
 * when it can. ARNs, names and URLs are always safe.
 *
 * @example
 * ```ts
 * unsafeValueReason('say "hi"', { intrinsic: false, repeated: false }); // 'contains " …'
 * unsafeValueReason('arn:aws:sqs:us-east-1:1:q', { intrinsic: true, repeated: true }); // undefined
 * ```
 */
export function unsafeValueReason(value: string, how: RawInsertion): string | undefined {
  if (value.includes('"')) return 'contains " (a double quote), which would end the JSON string';
  if (value.includes('\\')) return 'contains a backslash, which JSON would read as an escape';
  if ([...value].some((c) => c.charCodeAt(0) < 0x20)) {
    return 'contains a control character, not allowed in JSON';
  }
  if (how.intrinsic && /['{}]/.test(value)) {
    return "is an intrinsic function argument and contains ' { or }, which would break the call";
  }
  if (how.repeated && value.includes('${')) {
    return 'contains ${, which CloudFormation would substitute again';
  }
  return undefined;
}

/**
 * A regular expression (valid in RE2 and Java) matching exactly the values
 * {@link unsafeValueReason} accepts, for deploy-time checks: a Terraform `validation` block, a
 * CloudFormation parameter's `AllowedPattern`.
 *
 * @example
 * ```ts
 * safeValuePattern({ intrinsic: false, repeated: false }); // '^[^"\\\\\\x00-\\x1f]*$'
 * ```
 */
export function safeValuePattern(how: RawInsertion): string {
  const excluded = '"\\\\\\x00-\\x1f' + (how.intrinsic ? "'{}" : '');
  if (!how.repeated) return `^[^${excluded}]*$`;
  // `$` only when not followed by `{`: runs of `$` must be followed by another allowed character.
  return `^(?:[^${excluded}$]|\\$+[^${excluded}\${])*\\$*$`;
}
