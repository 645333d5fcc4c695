/**
 * Reads the state machines of one source file, whatever it is: a plain ASL definition (JSON, or
 * YAML), a CloudFormation or SAM template (JSON or YAML), or a Serverless service.
 */
import { AslcError, isAslcError } from '../../util/errors.ts';
import { isJsonObject } from '../../util/json.ts';
import {
  isPlainDefinition,
  moduleName,
  parseSourceText,
  type ImportSource,
  type ReadRelative,
} from './import-source.ts';
import { readServerless } from './serverless-source.ts';
import { readTemplate } from './template-source.ts';

/** What a source file holds. */
export type SourceKind = 'definition' | 'template' | 'serverless' | 'other';

/**
 * What a parsed document is.
 *
 * @example
 * ```ts
 * sourceKind({ Resources: {} }); // 'template'
 * ```
 */
export function sourceKind(value: unknown): SourceKind {
  if (isPlainDefinition(value)) return 'definition';
  if (!isJsonObject(value)) return 'other';
  if (isJsonObject(value['stepFunctions'])) return 'serverless';
  if (isJsonObject(value['Resources'])) return 'template';
  return 'other';
}

/** `orders.asl.json` → `orders`. */
function baseName(shown: string): string {
  const file = shown.split(/[\\/]/).pop() ?? shown;
  return moduleName(file.replace(/\.(asl\.)?(json|ya?ml)$/i, ''));
}

/**
 * The state machines of a source file's text. Throws one-line {@link AslcError}s: the parse
 * errors of {@link parseSourceText}, `NotAnImportSource`, `UnreadableDefinition`,
 * `NotAnAslDefinition`.
 *
 * @example
 * ```ts
 * readImportSources(text, 'template.yaml', readRelative); // one source per state machine
 * ```
 */
export function readImportSources(
  text: string,
  shown: string,
  readRelative: ReadRelative,
): ImportSource[] {
  try {
    return readSources(text, shown, readRelative);
  } catch (e) {
    if (isAslcError(e) && e.file === undefined) throw e.withFile(shown);
    throw e;
  }
}

function readSources(text: string, shown: string, readRelative: ReadRelative): ImportSource[] {
  const value = parseSourceText(text, shown);
  switch (sourceKind(value)) {
    case 'definition':
      return [
        {
          file: shown,
          name: baseName(shown),
          definition: value as Record<string, unknown>,
          placeholders: 'any',
        },
      ];
    case 'template': {
      const found = readTemplate(value as Record<string, unknown>, shown, readRelative);
      if (found.length > 0) return found;
      throw new AslcError('NotAnImportSource', 'a template without state machines', {
        hint: 'aslc imports AWS::StepFunctions::StateMachine and AWS::Serverless::StateMachine resources',
      });
    }
    case 'serverless': {
      const found = readServerless(value as Record<string, unknown>, shown, readRelative);
      if (found.length > 0) return found;
      throw new AslcError('NotAnImportSource', 'no state machines declared', {
        hint: 'aslc imports stepFunctions.stateMachines of serverless-step-functions',
      });
    }
    case 'other':
      throw new AslcError(
        'NotAnImportSource',
        'not a state machine definition, a template or a Serverless service',
        {
          hint: 'give an ASL JSON file, a SAM/CloudFormation template, a serverless.yml, or a folder of them',
        },
      );
  }
}
