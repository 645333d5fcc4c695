/**
 * Which `${Name}` of a plain ASL file are deploy-time placeholders. A file meant for
 * `DefinitionSubstitutions` or Terraform's `templatefile()` says so by the way it uses them: a
 * whole string (`"Resource": "${FunctionArn}"`), or inside an ARN or an S3 URI. A `${NAME}` in
 * other text (a shell command of a Batch job) is read as the literal it is to Step Functions;
 * both forms compile to the same text.
 */
import { isPlaceholderName } from '../asl/placeholder-name.ts';

const ANY = /\$\{([^{}]*)\}/g;
const WHOLE = /^\$\{([^{}]*)\}$/;
const LOCATOR = /^(?:arn:|s3:\/\/|https?:\/\/|\$\{)/;

/**
 * The placeholder names of a plain definition.
 *
 * @example
 * ```ts
 * plainPlaceholders({ States: { A: { Resource: '${FnArn}', Parameters: { cmd: 'echo ${HOME}' } } } });
 * // Set { 'FnArn' }
 * ```
 */
export function plainPlaceholders(definition: unknown): Set<string> {
  const names = new Set<string>();
  const stack: unknown[] = [definition];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') {
      const whole = WHOLE.exec(v);
      if (whole !== null) {
        if (isPlaceholderName(whole[1])) names.add(whole[1] as string);
      } else if (LOCATOR.test(v)) {
        for (const m of v.matchAll(ANY)) if (isPlaceholderName(m[1])) names.add(m[1] as string);
      }
    } else if (Array.isArray(v)) {
      stack.push(...(v as unknown[]));
    } else if (typeof v === 'object' && v !== null) {
      for (const key of Object.keys(v)) stack.push((v as Record<string, unknown>)[key]);
    }
  }
  return names;
}
