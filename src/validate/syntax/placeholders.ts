/** `${Name}` as SAM, CloudFormation `Fn::Sub` and Terraform `templatefile` write it. */
const PLACEHOLDER = /\$\{[^{}]+\}/g;

/**
 * True when the string contains a deploy-time substitution placeholder `${Name}`.
 *
 * @example
 * ```ts
 * hasPlaceholder('arn:${AWS::Partition}:states:::lambda:invoke'); // true
 * hasPlaceholder('$.x'); // false
 * ```
 */
export function hasPlaceholder(value: string): boolean {
  PLACEHOLDER.lastIndex = 0;
  return PLACEHOLDER.test(value);
}

/**
 * True when the whole string is one placeholder, e.g. `"${ProcessFunctionArn}"`.
 *
 * @example
 * ```ts
 * isWholePlaceholder('${Arn}'); // true
 * ```
 */
function isWholePlaceholder(value: string): boolean {
  return /^\$\{[^{}]+\}$/.test(value);
}

/**
 * Replaces every placeholder with `replacement`, so that the rest of the string can be checked.
 *
 * @example
 * ```ts
 * replacePlaceholders('$.${Field}.x', 'p'); // '$.p.x'
 * ```
 */
export function replacePlaceholders(value: string, replacement: string): string {
  return value.replace(PLACEHOLDER, replacement);
}

/**
 * The part of a path or intrinsic value left to check: with `allowPlaceholders`, `undefined` for
 * a value that is one whole placeholder (nothing to check) and the value with each placeholder
 * replaced by `placeholder` otherwise; without it, the value itself.
 *
 * @example
 * ```ts
 * checkableText('$.${Field}', true); // '$.placeholder'
 * checkableText('${Path}', true); // undefined
 * ```
 */
export function checkableText(value: string, allowPlaceholders: boolean): string | undefined {
  if (!allowPlaceholders || !hasPlaceholder(value)) return value;
  return isWholePlaceholder(value) ? undefined : replacePlaceholders(value, 'placeholder');
}
