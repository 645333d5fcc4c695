import { INTRINSIC_FUNCTIONS } from '../../asl/intrinsic/functions.ts';
import { setOwn } from '../../util/json.ts';
import { DslError, isExpression, path, type Template } from '../../dsl/index.ts';

/**
 * True for a string the reference's auto-ref turns into a reference: it starts with `$` (a
 * JSONPath) or with `States.` (an intrinsic call).
 *
 * @example
 * ```ts
 * isAutoRefString('$.x'); // true
 * isAutoRefString('States.UUID()'); // true
 * isAutoRefString('x'); // false
 * ```
 */
export function isAutoRefString(value: unknown): value is string {
  return typeof value === 'string' && (value.startsWith('$') || value.startsWith('States.'));
}

/**
 * CDK's `JsonPath.stringAt` check (`validateJsonPath`), which the reference's auto-ref goes
 * through: the text must be `$`, `$$`, or start with `$.`, `$$.`, `$[` or the name of an
 * intrinsic function (`States.Format`, …). Anything else (`$foo`, `States.Bogus(…)`) is refused.
 */
function checkReferenceText(text: string): void {
  if (
    text === '$' ||
    text === '$$' ||
    text.startsWith('$.') ||
    text.startsWith('$$.') ||
    text.startsWith('$[') ||
    INTRINSIC_FUNCTIONS.some((fn) => text.startsWith(fn))
  ) {
    return;
  }
  throw new DslError(
    'InvalidJsonPath',
    `JSONPath must start with '$', '$$', '$[', or an intrinsic function (${INTRINSIC_FUNCTIONS.join(', ')}), got: ${text}`,
    { hint: 'a string starting with $ or States. is converted to a reference; spell a valid path' },
  );
}

function referenceInArray(text: string): never {
  throw new DslError(
    'ReferenceInArray',
    `Cannot use JsonPath fields in an array, they must be used in objects: '${text}'`,
    { hint: 'ASL allows references only as object values; build the array with States.Array(...)' },
  );
}

function convert(value: Template, inArray: boolean): Template {
  if (value === null || value === undefined || isExpression(value)) return value;
  if (typeof value === 'string') {
    if (!isAutoRefString(value)) return value;
    checkReferenceText(value);
    if (inArray) referenceInArray(value);
    return value;
  }
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item: Template) => convert(item, true));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, Template>)) {
    if (typeof item === 'string' && isAutoRefString(item) && !key.endsWith('.$')) {
      // `$…` becomes a path() (validated by the DSL); `States.…` text is kept verbatim under a
      // key spelled with `.$`, as CDK renders an intrinsic token.
      checkReferenceText(item);
      if (item.startsWith('$')) setOwn(out, key, path(item));
      else setOwn(out, `${key}.$`, item);
    } else {
      setOwn(out, key, convert(item, false));
    }
  }
  return out as Record<string, Template>;
}

/**
 * The reference's `convert_reference_paths` (auto-ref): recursively over objects and arrays,
 * every string that starts with `$` or `States.` becomes a reference (emitted as `key.$`);
 * everything else is unchanged. DSL expressions stay as they are; a key already spelled with
 * `.$` is kept verbatim (CDK would write `key.$.$`: DEVIATIONS D17). Like CDK's
 * `JsonPath.stringAt`, a converted string must be `$`, `$$` or start with `$.`, `$$.`, `$[` or an
 * intrinsic name (`InvalidJsonPath` otherwise). A string that would become a reference directly
 * inside an array throws `ReferenceInArray` (CDK: "Cannot use JsonPath fields in an array").
 *
 * @example
 * ```ts
 * convertReferencePaths({ Bucket: 'b', Key: '$.key', Body: { a: '$.x', b: 'lit' } });
 * // { Bucket: 'b', Key: path('$.key'), Body: { a: path('$.x'), b: 'lit' } }
 * ```
 */
export function convertReferencePaths(value: Template): Template {
  if (isAutoRefString(value)) {
    checkReferenceText(value);
    if (value.startsWith('$')) return path(value);
    throw new DslError(
      'InvalidTemplateValue',
      `the intrinsic text '${value}' can only be converted as an object value`,
      { hint: 'put it under a key, or build it with States.* helpers' },
    );
  }
  return convert(value, false);
}

/**
 * The reference's `convert_reference_paths_in_mapping`: auto-ref applied to each value of an
 * object (see {@link convertReferencePaths}).
 *
 * @example
 * ```ts
 * convertReferencePathsInMapping({ Bucket: '$.bucket', Key: 'k' }); // { Bucket: path('$.bucket'), Key: 'k' }
 * ```
 */
export function convertReferencePathsInMapping(
  mapping: Readonly<Record<string, Template>>,
): Record<string, Template> {
  return convert(mapping as Template, false) as Record<string, Template>;
}
