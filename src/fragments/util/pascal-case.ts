import { setOwn } from '../../util/json.ts';
import { isExpression, type Template } from '../../dsl/index.ts';

/**
 * PascalCases one key exactly as `stringcase.pascalcase` 1.2.0 (the reference's key function):
 * a leading `-`, `_` or `.` is removed, the first character lower-cased, every `-`, `_`, `.` or
 * whitespace character followed by a lower-case ASCII letter removed and that letter
 * upper-cased (other separators are kept), and the first character upper-cased.
 *
 * @example
 * ```ts
 * pascalCase('jobDefinitionName'); // 'JobDefinitionName'
 * pascalCase('my_key'); // 'MyKey'
 * pascalCase('AWS_REGION'); // 'AWS_REGION'
 * pascalCase('x_1'); // 'X_1'
 * ```
 */
export function pascalCase(key: string): string {
  const stripped = key.replace(/^[-_.]/, '');
  if (stripped === '') return stripped;
  const first = stripped.charAt(0).toLowerCase();
  const rest = stripped.slice(1).replace(/[-_.\s]([a-z])/g, (_match, c: string) => c.toUpperCase());
  const camel = first + rest;
  return camel.charAt(0).toUpperCase() + camel.slice(1);
}

/**
 * Renames the keys (only the keys) of every object in a template to PascalCase, objects inside
 * arrays included; values, and DSL expressions, are left untouched. This is the reference's
 * `convert_to_sfn_api_action_case`, applied to whole AWS Batch requests (user keys of the Batch
 * `Parameters` map included).
 *
 * @example
 * ```ts
 * toPascalCaseKeys({ jobQueue: 'q', parameters: { my_key: 'v' } });
 * // { JobQueue: 'q', Parameters: { MyKey: 'v' } }
 * ```
 */
export function toPascalCaseKeys(value: Template): Template {
  if (value === null || typeof value !== 'object' || isExpression(value)) return value;
  if (Array.isArray(value)) return value.map((item: Template) => toPascalCaseKeys(item));
  const out: Record<string, Template> = {};
  for (const [key, item] of Object.entries(value as Record<string, Template>)) {
    setOwn(out, pascalCase(key), toPascalCaseKeys(item));
  }
  return out;
}
