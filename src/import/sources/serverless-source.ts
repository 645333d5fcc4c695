/**
 * State machines of a Serverless Framework service (`serverless.yml`) with the
 * serverless-step-functions plugin: `stepFunctions.stateMachines.<key>.definition`, an object
 * (CloudFormation references in it become placeholders) or `${file(…)}` of a local file;
 * Serverless variables (`${self:…}`, `${param:…}`, `${opt:…}`) and pseudo parameters
 * (`#{AWS::Region}`) inside strings become placeholders too. State machines declared as
 * CloudFormation resources under `resources.Resources` are read as a template's are.
 */
import { isPlaceholderName } from '../../asl/placeholder-name.ts';
import { AslcError } from '../../util/errors.ts';
import { isJsonObject, setOwn } from '../../util/json.ts';
import {
  isPlainDefinition,
  moduleName,
  parseSourceText,
  type ImportSource,
  type ReadRelative,
} from './import-source.ts';
import { replaceIntrinsics } from './intrinsic-text.ts';
import { PlaceholderNames } from './placeholder-names.ts';
import { readTemplate } from './template-source.ts';

const FILE_VARIABLE = /^\$\{file\(([^)]+)\)\}$/;

/** Serverless variables and pseudo parameters of every string, as placeholders. */
function variablesToPlaceholders(value: unknown, names: PlaceholderNames): unknown {
  if (typeof value === 'string') {
    return value
      .replace(
        /#\{([^{}]+)\}/g,
        (_m, inner: string) =>
          '${' + names.nameFor(`var:${inner}`, inner, `#{${inner}} (pseudo parameter)`) + '}',
      )
      .replace(/\$\{([^{}]+)\}/g, (m, inner: string) =>
        isPlaceholderName(inner) && !inner.includes('.')
          ? m
          : '${' + names.nameFor(`var:${inner}`, inner, `\${${inner}} (Serverless variable)`) + '}',
      );
  }
  if (Array.isArray(value)) return value.map((v: unknown) => variablesToPlaceholders(v, names));
  if (isJsonObject(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value))
      setOwn(out, key, variablesToPlaceholders(value[key], names));
    return out;
  }
  return value;
}

/** One `stepFunctions.stateMachines` entry. */
function readStateMachine(
  key: string,
  machine: unknown,
  file: string,
  readRelative: ReadRelative,
): ImportSource {
  const resource = `stepFunctions.stateMachines.${key}`;
  const definition = isJsonObject(machine) ? machine['definition'] : undefined;
  const names = new PlaceholderNames();
  let value: unknown = definition;
  let consumed: string | undefined;
  if (typeof definition === 'string') {
    const m = FILE_VARIABLE.exec(definition.trim());
    if (m === null) value = parseSourceText(definition, `${file} (${resource})`);
    else {
      const read = readRelative(file, (m[1] as string).trim());
      value = parseSourceText(read.text, read.shown);
      consumed = read.path;
    }
  }
  value = variablesToPlaceholders(
    replaceIntrinsics(value, names, { what: `the definition of ${resource}` }),
    names,
  );
  if (!isPlainDefinition(value)) {
    throw new AslcError('NotAnAslDefinition', `${resource} has no state machine definition`, {
      hint: 'expected a definition object with "StartAt" and a "States" object, or ${file(path)}',
    });
  }
  return {
    file,
    resource,
    name: moduleName(key),
    definition: value,
    placeholders: names.entries,
    ...(consumed === undefined ? {} : { consumed: [consumed] }),
  };
}

/**
 * The state machines of a Serverless service.
 *
 * @example
 * ```ts
 * readServerless(parsed, 'serverless.yml', readRelative); // [{ resource: 'stepFunctions.stateMachines.orders', … }]
 * ```
 */
export function readServerless(
  service: Record<string, unknown>,
  file: string,
  readRelative: ReadRelative,
): ImportSource[] {
  const out: ImportSource[] = [];
  const stepFunctions = service['stepFunctions'];
  const machines = isJsonObject(stepFunctions) ? stepFunctions['stateMachines'] : undefined;
  if (isJsonObject(machines)) {
    for (const key of Object.keys(machines))
      out.push(readStateMachine(key, machines[key], file, readRelative));
  }
  const resources = service['resources'];
  if (isJsonObject(resources)) out.push(...readTemplate(resources, file, readRelative));
  return out;
}
