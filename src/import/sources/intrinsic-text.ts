/**
 * CloudFormation values turned into definition text with `${Name}` placeholders: `Fn::Sub`
 * templates (variables become placeholders, `${!Literal}` becomes `${Literal}`), `Fn::Join` of
 * strings and references, and references (`Ref`, `Fn::GetAtt`, `Fn::ImportValue`, …) anywhere
 * in a `Definition` object.
 */
import { AslcError } from '../../util/errors.ts';
import { isJsonObject, setOwn } from '../../util/json.ts';
import {
  describeValue,
  isIntrinsicObject,
  wantedName,
  type PlaceholderNames,
} from './placeholder-names.ts';

/** Where a value was read, for messages. */
export interface ValueSite {
  /** `DefinitionString of OrderMachine`. */
  readonly what: string;
}

function cannotRead(site: ValueSite, detail: string): AslcError {
  return new AslcError('UnreadableDefinition', `${site.what} cannot be read: ${detail}`, {
    hint: 'aslc reads Definition objects, DefinitionString as text, Fn::Sub and Fn::Join of text and references, and DefinitionUri files',
  });
}

/**
 * The text of an `Fn::Sub` value (`'template'` or `['template', { Var: value }]`), with each
 * variable written as a placeholder (a variable whose value is a plain string is written in).
 *
 * @example
 * ```ts
 * subText('arn:${AWS::Partition}:states:::lambda:invoke', names, site); // 'arn:${AWSPartition}:states:::lambda:invoke'
 * ```
 */
export function subText(value: unknown, names: PlaceholderNames, site: ValueSite): string {
  let template: unknown = value;
  let vars: Record<string, unknown> = {};
  if (Array.isArray(value)) {
    if (value.length !== 2 || !isJsonObject(value[1]))
      throw cannotRead(site, 'Fn::Sub takes a template and a map of variables');
    template = value[0];
    vars = value[1];
  }
  if (typeof template !== 'string')
    throw cannotRead(site, 'the template of Fn::Sub is not a string');
  return template.replace(/\$\{([^}]*)\}/g, (_m, inner: string) => {
    if (inner.startsWith('!')) return '${' + inner.slice(1) + '}';
    const name = inner;
    if (Object.hasOwn(vars, name)) {
      const v = vars[name];
      if (typeof v === 'string') return v;
      return (
        '${' +
        names.nameFor(
          `sub:${JSON.stringify(v)}`,
          isIntrinsicObject(v) ? wantedName(v) : name,
          describeValue(v),
        ) +
        '}'
      );
    }
    return '${' + names.nameFor(`var:${name}`, name, `\${${name}} (Fn::Sub)`) + '}';
  });
}

/**
 * The text of an `Fn::Join` value (`[delimiter, [parts…]]`): strings as they are, `Fn::Sub`
 * parts as {@link subText}, other references as placeholders.
 *
 * @example
 * ```ts
 * joinText(['', ['arn:', { Ref: 'AWS::Partition' }, ':states:::lambda:invoke']], names, site);
 * ```
 */
export function joinText(value: unknown, names: PlaceholderNames, site: ValueSite): string {
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    typeof value[0] !== 'string' ||
    !Array.isArray(value[1])
  ) {
    throw cannotRead(site, 'Fn::Join takes a delimiter and a list');
  }
  const delimiter = value[0];
  return (value[1] as unknown[])
    .map((part) => {
      if (typeof part === 'string') return part;
      if (typeof part === 'number' || typeof part === 'boolean') return String(part);
      const text = intrinsicText(part, names, site);
      if (text === undefined)
        throw cannotRead(site, `a part of Fn::Join is ${describeValue(part)}`);
      return text;
    })
    .join(delimiter);
}

/** The text an intrinsic stands for (`${Name}` for a reference), or undefined if not one. */
function intrinsicText(
  value: unknown,
  names: PlaceholderNames,
  site: ValueSite,
): string | undefined {
  if (!isIntrinsicObject(value)) return undefined;
  const [key] = Object.keys(value);
  if (key === 'Fn::Sub') return subText(value[key], names, site);
  if (key === 'Fn::Join') return joinText(value[key], names, site);
  return (
    '${' +
    names.nameFor(`ref:${JSON.stringify(value)}`, wantedName(value), describeValue(value)) +
    '}'
  );
}

/**
 * A copy of a `Definition` object with every CloudFormation intrinsic replaced by its text (as
 * SAM does, which moves them into substitutions).
 *
 * @example
 * ```ts
 * replaceIntrinsics({ Resource: { 'Fn::GetAtt': ['Fn', 'Arn'] } }, names, site); // { Resource: '${FnArn}' }
 * ```
 */
export function replaceIntrinsics(
  value: unknown,
  names: PlaceholderNames,
  site: ValueSite,
): unknown {
  const text = intrinsicText(value, names, site);
  if (text !== undefined) return text;
  if (Array.isArray(value)) return value.map((v: unknown) => replaceIntrinsics(v, names, site));
  if (isJsonObject(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value))
      setOwn(out, key, replaceIntrinsics(value[key], names, site));
    return out;
  }
  return value;
}

/**
 * The text of a `DefinitionString`: a string, or `Fn::Sub` / `Fn::Join` of one.
 *
 * @example
 * ```ts
 * definitionStringText({ 'Fn::Sub': '{"StartAt": …}' }, names, site);
 * ```
 */
export function definitionStringText(
  value: unknown,
  names: PlaceholderNames,
  site: ValueSite,
): string {
  if (typeof value === 'string') return value;
  const text = intrinsicText(value, names, site);
  if (
    text === undefined ||
    (isIntrinsicObject(value) && !['Fn::Sub', 'Fn::Join'].includes(Object.keys(value)[0] as string))
  ) {
    throw cannotRead(site, `it is ${describeValue(value)}`);
  }
  return text;
}
