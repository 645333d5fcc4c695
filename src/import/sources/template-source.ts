/**
 * State machines of CloudFormation and SAM templates: `AWS::StepFunctions::StateMachine`
 * (`Definition`, `DefinitionString`, `DefinitionSubstitutions`) and
 * `AWS::Serverless::StateMachine` (`Definition`, a local `DefinitionUri`,
 * `DefinitionSubstitutions`).
 */
import { AslcError } from '../../util/errors.ts';
import { isJsonObject, parseJson, setOwn } from '../../util/json.ts';
import {
  isPlainDefinition,
  moduleName,
  parseSourceText,
  type ImportSource,
  type ReadRelative,
} from './import-source.ts';
import { definitionStringText, replaceIntrinsics, type ValueSite } from './intrinsic-text.ts';
import { describeValue, PlaceholderNames } from './placeholder-names.ts';

const STATE_MACHINE_TYPES = new Set([
  'AWS::StepFunctions::StateMachine',
  'AWS::Serverless::StateMachine',
]);

/** Rewrites `${old}` to `${new}` in every string of a value. */
function renamePlaceholders(value: unknown, renames: ReadonlyMap<string, string>): unknown {
  if (renames.size === 0) return value;
  if (typeof value === 'string') {
    return value.replace(/\$\{([^{}]*)\}/g, (m, name: string) => {
      const to = renames.get(name);
      return to === undefined ? m : '${' + to + '}';
    });
  }
  if (Array.isArray(value)) return value.map((v: unknown) => renamePlaceholders(v, renames));
  if (isJsonObject(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      setOwn(out, key, renamePlaceholders(value[key], renames));
    }
    return out;
  }
  return value;
}

/** The definition text of a resource, read from wherever its properties say. */
function definitionOf(
  logicalId: string,
  props: Record<string, unknown>,
  file: string,
  names: PlaceholderNames,
  readRelative: ReadRelative,
): { definition: unknown; consumed?: string } {
  const site: ValueSite = { what: `the definition of ${logicalId}` };
  const given = ['Definition', 'DefinitionString', 'DefinitionUri', 'DefinitionS3Location'].filter(
    (k) => Object.hasOwn(props, k),
  );
  if (given.length !== 1) {
    throw new AslcError(
      'UnreadableDefinition',
      given.length === 0
        ? `${logicalId} has no Definition, DefinitionString or DefinitionUri`
        : `${logicalId} sets both ${given[0]} and ${given[1]}`,
      { hint: 'a state machine resource has exactly one definition property' },
    );
  }
  const [kind] = given;
  const value = props[kind as string];
  if (kind === 'Definition') return { definition: replaceIntrinsics(value, names, site) };
  if (kind === 'DefinitionString') {
    const text = definitionStringText(value, names, { what: `DefinitionString of ${logicalId}` });
    const parsed = parseJson(text);
    if (!parsed.ok) {
      throw new AslcError(
        'UnreadableDefinition',
        `DefinitionString of ${logicalId} is not valid JSON (line ${parsed.line}, column ${parsed.column}): ${parsed.message.split('\n')[0] ?? ''}`,
        {
          hint: 'a placeholder written without quotes ("Seconds": ${Wait}) makes the text invalid JSON: quote it',
        },
      );
    }
    return { definition: parsed.value };
  }
  if (kind === 'DefinitionUri' && typeof value === 'string' && !/^s3:\/\//i.test(value)) {
    const read = readRelative(file, value);
    return { definition: parseSourceText(read.text, read.shown), consumed: read.path };
  }
  throw new AslcError(
    'UnreadableDefinition',
    `the definition of ${logicalId} is stored in S3 (${describeValue(value)})`,
    {
      hint: 'download the definition file and import it, or point DefinitionUri at a local file',
    },
  );
}

/**
 * Reads one state machine resource of a template.
 *
 * @example
 * ```ts
 * readStateMachineResource('Orders', resource, 'template.yaml', readRelative);
 * ```
 */
export function readStateMachineResource(
  logicalId: string,
  resource: Record<string, unknown>,
  file: string,
  readRelative: ReadRelative,
): ImportSource {
  const props = isJsonObject(resource['Properties']) ? resource['Properties'] : {};
  const names = new PlaceholderNames();
  // Substitution keys first: their names are kept whenever placeholder() accepts them.
  const renames = new Map<string, string>();
  const substitutions = props['DefinitionSubstitutions'];
  if (isJsonObject(substitutions)) {
    for (const key of Object.keys(substitutions)) {
      const name = names.nameFor(
        `var:${key}`,
        key,
        `DefinitionSubstitutions: ${describeValue(substitutions[key])}`,
      );
      if (name !== key) renames.set(key, name);
    }
  }
  const { definition, consumed } = definitionOf(logicalId, props, file, names, readRelative);
  const renamed = renamePlaceholders(definition, renames);
  if (!isPlainDefinition(renamed)) {
    throw new AslcError(
      'NotAnAslDefinition',
      `the definition of ${logicalId} is not a state machine definition`,
      {
        hint: 'expected an object with "StartAt" and a "States" object',
      },
    );
  }
  return {
    file,
    resource: logicalId,
    name: moduleName(logicalId),
    definition: renamed,
    placeholders: names.entries,
    ...(consumed === undefined ? {} : { consumed: [consumed] }),
  };
}

/**
 * The state machines of a CloudFormation or SAM template, in the template's order.
 *
 * @example
 * ```ts
 * readTemplate(parsedTemplate, 'template.yaml', readRelative); // [{ resource: 'Orders', … }]
 * ```
 */
export function readTemplate(
  template: Record<string, unknown>,
  file: string,
  readRelative: ReadRelative,
): ImportSource[] {
  const resources = template['Resources'];
  if (!isJsonObject(resources)) return [];
  const out: ImportSource[] = [];
  for (const logicalId of Object.keys(resources)) {
    const resource = resources[logicalId];
    if (
      !isJsonObject(resource) ||
      typeof resource['Type'] !== 'string' ||
      !STATE_MACHINE_TYPES.has(resource['Type'])
    )
      continue;
    out.push(readStateMachineResource(logicalId, resource, file, readRelative));
  }
  return out;
}
