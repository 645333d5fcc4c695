/**
 * Names of deploy-time placeholders (`${Name}` in a definition): a letter, then letters, digits
 * and underscores; CDK-style dotted names (`inventoryBucket.bucketName`) join such segments with
 * dots. At most {@link MAX_PLACEHOLDER_NAME_LENGTH} characters. The DSL's `placeholder()`, the
 * project configuration and every IaC target read names with this one rule.
 */

/** The longest placeholder name. */
export const MAX_PLACEHOLDER_NAME_LENGTH = 128;

/** The shape of a placeholder name (without the length limit). */
export const PLACEHOLDER_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*$/;

/**
 * `${Name}` in a text, the name captured (group 1), with the name rule of
 * {@link PLACEHOLDER_NAME_PATTERN} (dotted names included; the length limit is not checked).
 * Global: use it with `replace`, `replaceAll` or `matchAll` only (they do not keep its
 * `lastIndex`), or through {@link replacePlaceholderText}. The one copy of this pattern.
 */
export const PLACEHOLDER_IN_TEXT = new RegExp(
  `\\$\\{(${PLACEHOLDER_NAME_PATTERN.source.slice(1, -1)})\\}`,
  'g',
);

/**
 * Every `${Name}` in `text` replaced by `value(name)`.
 *
 * @example
 * ```ts
 * replacePlaceholderText('arn:${P}:s3:::${b.name}', (n) => `<${n}>`); // 'arn:<P>:s3:::<b.name>'
 * ```
 */
export function replacePlaceholderText(text: string, value: (name: string) => string): string {
  return text.replace(PLACEHOLDER_IN_TEXT, (_m, name: string) => value(name));
}

/**
 * True for a valid placeholder name.
 *
 * @example
 * ```ts
 * isPlaceholderName('ProcessFunctionArn'); // true
 * isPlaceholderName('inventoryBucket.bucketName'); // true
 * isPlaceholderName('AWS::Region'); // false
 * ```
 */
export function isPlaceholderName(name: unknown): name is string {
  return (
    typeof name === 'string' &&
    name.length <= MAX_PLACEHOLDER_NAME_LENGTH &&
    PLACEHOLDER_NAME_PATTERN.test(name)
  );
}

/**
 * True for a dotted (CDK-style) name, which some targets write differently or refuse.
 *
 * @example
 * ```ts
 * isDottedPlaceholderName('inventoryBucket.bucketName'); // true
 * ```
 */
export function isDottedPlaceholderName(name: string): boolean {
  return name.includes('.');
}
