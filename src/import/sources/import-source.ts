/**
 * What the source readers give: one definition per state machine, with where it came from and
 * its deploy-time placeholders.
 */
import { isJsonObject, parseJson, jsonError } from '../../util/json.ts';
import { parseCloudFormationYaml } from './cfn-yaml.ts';

/** One state machine read from a source file. */
export interface ImportSource {
  /** The source file, as shown to the user. */
  readonly file: string;
  /** The template resource or Serverless state machine, when the file holds several. */
  readonly resource?: string;
  /** The module's base name (a safe file name). */
  readonly name: string;
  /** The definition, with `${Name}` placeholders. */
  readonly definition: Record<string, unknown>;
  /** Placeholders and what each stands for; `any` for a plain ASL file. */
  readonly placeholders: ReadonlyMap<string, string> | 'any';
  /** Local files the definition was read from (a template's `DefinitionUri`). */
  readonly consumed?: readonly string[];
}

/** Reads a file named by a source (`DefinitionUri`, `${file(…)}`), relative to that source. */
export type ReadRelative = (
  from: string,
  relative: string,
) => { readonly text: string; readonly path: string; readonly shown: string };

/**
 * A module base name from a resource or file name: `OrderStateMachine` → `order-state-machine`,
 * `orders.asl.json` → `orders`; only letters, digits, dots, dashes and underscores.
 *
 * @example
 * ```ts
 * moduleName('OrderStateMachine'); // 'order-state-machine'
 * ```
 */
export function moduleName(text: string): string {
  const kebab = text
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .replace(/-+$/, '')
    .slice(0, 100);
  return kebab === '' ? 'workflow' : kebab;
}

/**
 * True for a plain ASL definition: an object with `StartAt` and a `States` object.
 *
 * @example
 * ```ts
 * isPlainDefinition({ StartAt: 'A', States: {} }); // true
 * ```
 */
export function isPlainDefinition(value: unknown): value is Record<string, unknown> {
  return (
    isJsonObject(value) && typeof value['StartAt'] === 'string' && isJsonObject(value['States'])
  );
}

/**
 * Parses definition text: JSON for `.json` files, CloudFormation YAML otherwise (JSON is YAML
 * too). One-line errors: `InvalidJson`, `JsonTooDeep`, `InvalidYaml`, `YamlTooDeep`, `YamlTooLarge`.
 *
 * @example
 * ```ts
 * parseSourceText('{"StartAt": "A", "States": {}}', 'a.asl.json');
 * ```
 */
export function parseSourceText(text: string, shown: string): unknown {
  if (/\.json$/i.test(shown)) {
    const parsed = parseJson(text.replace(/^\uFEFF/, ''));
    if (!parsed.ok) throw jsonError(parsed).withFile(shown);
    return parsed.value;
  }
  return parseCloudFormationYaml(text, shown);
}
