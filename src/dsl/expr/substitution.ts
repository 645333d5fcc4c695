import {
  SubstitutionNode,
  type PlaceholderNode,
  type SubstitutionPart,
} from '../../ir/expression-node.ts';
import { DslError } from '../dsl-error.ts';
import { brand, isExpression, type Placeholder, type Substitution } from './expression.ts';

/** The most interpolations one `sub` may hold. */
export const MAX_SUBSTITUTION_VALUES = 1000;

/** What `sub` interpolates: a placeholder, another `sub`, or text and numbers written in. */
export type SubstitutionValue = Placeholder | Substitution | string | number;

function refuse(message: string, hint: string): never {
  throw new DslError('InvalidSubstitution', message, { hint });
}

/**
 * A string with deploy-time placeholders inside it, written as a tagged template:
 * `` sub`arn:${placeholder('Partition')}:states:::batch:submitJob.sync` ``. Interpolations are
 * {@link placeholder}s (or other `sub` strings), or plain strings and numbers, which are folded
 * into the literal text. Usable wherever a placeholder is: a Task `Resource`, an `ItemReader` /
 * `ResultWriter` `Resource`, any value of `parameters`, `arguments`, `result`, `output`,
 * `assign`, `credentials`… and intrinsic arguments. Every target writes it in its own syntax: plain ASL
 * writes `${Name}` inside the string, SAM/CloudFormation use `DefinitionSubstitutions`, Terraform
 * `templatefile()` variables, and an environment with values writes them in.
 *
 * The literal text may not contain `${` (every target would read it as a placeholder): write a
 * placeholder instead. A `Comment` takes a plain string only.
 *
 * @example
 * ```ts
 * task('Submit', { resource: sub`arn:${placeholder('Partition')}:states:::batch:submitJob.sync` });
 * // "Resource": "arn:${Partition}:states:::batch:submitJob.sync"
 * task('Call', {
 *   resource: sub`arn:aws:lambda:us-east-1:123456789012:function:${placeholder('LambdaFunctionName')}:$LATEST`,
 * });
 * ```
 */
export function sub(
  strings: TemplateStringsArray,
  ...values: readonly SubstitutionValue[]
): Substitution {
  if (
    !Array.isArray(strings) ||
    !Array.isArray((strings as { raw?: unknown }).raw) ||
    strings.length !== values.length + 1
  ) {
    refuse(
      'sub is a tagged template: call it as sub`text ${placeholder("Name")} text`',
      "write sub`arn:${placeholder('Partition')}:…`, not sub('…')",
    );
  }
  if (values.length > MAX_SUBSTITUTION_VALUES) {
    refuse(
      `sub holds ${values.length} interpolations; at most ${MAX_SUBSTITUTION_VALUES} are allowed`,
      'build the value in several fields, or compute it at run time (States.Format, JSONata)',
    );
  }
  const parts: SubstitutionPart[] = [];
  let text = '';
  const flush = (): void => {
    if (text !== '') parts.push(text);
    text = '';
  };
  const literal = (piece: unknown, where: string): void => {
    if (typeof piece !== 'string') {
      refuse(`the ${where} of sub is not a string`, 'call sub as a tagged template');
    }
    text += piece;
  };
  for (let i = 0; i < values.length; i++) {
    literal(strings[i], `text before interpolation ${i + 1}`);
    const v: unknown = values[i];
    if (typeof v === 'string') text += v;
    else if (typeof v === 'number') {
      if (!Number.isFinite(v)) {
        refuse(`interpolation ${i + 1} of sub is ${v}`, 'interpolate finite numbers only');
      }
      text += String(v);
    } else if (isExpression(v) && v.kind === 'Placeholder') {
      flush();
      parts.push(v as PlaceholderNode);
    } else if (isExpression(v) && v.kind === 'Substitution') {
      for (const p of v.parts) {
        if (typeof p === 'string') text += p;
        else {
          flush();
          parts.push(p);
        }
      }
    } else {
      const what = isExpression(v)
        ? `a ${v.kind === 'Jsonata' ? 'JSONata expression' : v.kind === 'Intrinsic' ? 'intrinsic call' : 'JSONPath reference'}`
        : v === null
          ? 'null'
          : `a ${typeof v}`;
      refuse(
        `interpolation ${i + 1} of sub is ${what}; sub takes placeholders, strings and numbers`,
        'values known only at run time go in a payload (path(), States.Format, jsonata()), not in a deploy-time string',
      );
    }
  }
  literal(strings[values.length], 'text after the last interpolation');
  flush();
  for (let i = 1; i < parts.length; i++) {
    const before = parts[i - 1];
    if (typeof parts[i] !== 'string' && typeof before === 'string' && before.endsWith('$')) {
      refuse(
        'the literal text of sub has a "$" directly before a placeholder, which reads as an escaped "${" in a Terraform template',
        "put another character between them, or interpolate the '$' with the placeholder's value",
      );
    }
  }
  for (const p of parts) {
    if (typeof p === 'string' && p.includes('${')) {
      refuse(
        `the literal text of sub holds "\${" ("${p.slice(0, 60)}"), which every target would read as a placeholder`,
        "interpolate placeholder('Name') instead of writing ${Name} in the text",
      );
    }
  }
  if (parts.length === 0) parts.push('');
  return brand(SubstitutionNode.create({ parts })) as Substitution;
}
