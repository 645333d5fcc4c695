/**
 * YAML as CloudFormation, SAM and the Serverless Framework write it: the short-form intrinsic
 * tags (`!Ref`, `!GetAtt`, `!Sub`, `!Join`, …) are read as their long forms (`{ Ref: … }`,
 * `{ 'Fn::GetAtt': [...] }`), so that the rest of the importer sees one shape.
 */
import { parseDocument, YAMLMap, type Tags } from 'yaml';
import { AslcError } from '../../util/errors.ts';
import {
  describeShapeProblem,
  MAX_JSON_DEPTH,
  MAX_JSON_VALUES,
  shapeProblem,
} from '../../util/json-depth.ts';

/** The short-form tags of CloudFormation (`!Ref`, `!Condition`, then `!<Name>` for `Fn::<Name>`). */
const FUNCTIONS = [
  'And',
  'Base64',
  'Cidr',
  'Equals',
  'FindInMap',
  'ForEach',
  'GetAZs',
  'GetAtt',
  'If',
  'ImportValue',
  'Join',
  'Length',
  'Not',
  'Or',
  'Select',
  'Split',
  'Sub',
  'ToJsonString',
  'Transform',
];

/** The most aliases one document may expand (a "billion laughs" document is refused). */
const MAX_ALIASES = 100;

function longForm(name: string): string {
  return name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
}

/** Scalar, sequence and mapping forms of every short-form tag. */
function cloudFormationTags(): Tags {
  const tags: Tags = [];
  for (const name of ['Ref', 'Condition', ...FUNCTIONS]) {
    const key = longForm(name);
    tags.push({
      tag: `!${name}`,
      resolve: (value: string) => {
        if (name === 'GetAtt') {
          const dot = value.indexOf('.');
          return { [key]: dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
        }
        return { [key]: value };
      },
    });
    for (const collection of ['seq', 'map'] as const) {
      tags.push({
        tag: `!${name}`,
        collection,
        resolve: (node) => {
          const wrapper = new YAMLMap();
          wrapper.set(key, node);
          return wrapper;
        },
      });
    }
  }
  return tags;
}

let tagsOnce: Tags | undefined;

/**
 * Parses YAML text with CloudFormation's short-form tags. Errors are one {@link AslcError}:
 * `InvalidYaml` (with line and column; duplicate keys are errors), `YamlTooDeep` (nested deeper
 * than {@link MAX_JSON_DEPTH} levels, or too deep for the parser), `YamlTooLarge` (aliases
 * expanding to more than {@link MAX_JSON_VALUES} values).
 *
 * @example
 * ```ts
 * parseCloudFormationYaml('Arn: !GetAtt Fn.Arn\n', 'template.yaml'); // { Arn: { 'Fn::GetAtt': ['Fn', 'Arn'] } }
 * ```
 */
export function parseCloudFormationYaml(text: string, shown: string): unknown {
  tagsOnce ??= cloudFormationTags();
  let value: unknown;
  try {
    const doc = parseDocument(text.replace(/^\uFEFF/, ''), {
      uniqueKeys: true,
      prettyErrors: true,
      merge: true,
      customTags: tagsOnce,
    });
    const error = doc.errors[0];
    if (error !== undefined) {
      const pos = error.linePos?.[0];
      const where = pos === undefined ? '' : ` (line ${pos.line}, column ${pos.col})`;
      if (error.message.includes('Maximum call stack size exceeded')) {
        throw new AslcError('YamlTooDeep', `nested too deeply to parse${where}`, { file: shown });
      }
      const first = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
      throw new AslcError('InvalidYaml', `not valid YAML${where}: ${first}`, {
        file: shown,
        hint: 'fix the syntax at that place (keys must be unique)',
      });
    }
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    if (e instanceof AslcError) throw e;
    if (e instanceof RangeError) {
      throw new AslcError('YamlTooDeep', 'nested too deeply to parse', { file: shown });
    }
    const message = String((e as Error).message).split('\n')[0] ?? '';
    throw new AslcError('InvalidYaml', `not valid YAML: ${message}`, { file: shown });
  }
  const problem = shapeProblem(value, { maxDepth: MAX_JSON_DEPTH, maxNodes: MAX_JSON_VALUES });
  if (problem !== undefined) {
    throw new AslcError(
      problem.reason === 'size' ? 'YamlTooLarge' : 'YamlTooDeep',
      `the document is ${describeShapeProblem(problem, { maxDepth: MAX_JSON_DEPTH, maxNodes: MAX_JSON_VALUES })}`,
      { file: shown },
    );
  }
  return value;
}
