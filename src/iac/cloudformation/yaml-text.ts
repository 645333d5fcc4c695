/**
 * A deterministic YAML writer for CloudFormation and SAM templates. Strings are written plain only
 * when they cannot be misread by any YAML 1.1 or 1.2 parser (CloudFormation's and PyYAML's
 * included); every other string is written double-quoted with JSON escapes (a JSON string
 * literal is a valid YAML double-quoted scalar with the same value), with the characters YAML
 * treats as line breaks or byte-order marks escaped too. So JSONata `{% … %}`, `${Name}`,
 * `yes`/`on`/`null`, numbers in strings and `=` are always quoted (iac.md §0.4, §6).
 */

/** Characters a plain scalar may hold; the first may not be a digit, `-`, `.`, `*` or `@`. */
const PLAIN = /^[A-Za-z_/$][A-Za-z0-9_./:$*@+-]*$/;
/** Words YAML 1.1 reads as booleans or null. */
const RESERVED = /^(y|n|yes|no|on|off|true|false|null)$/i;
/** Anything a lax float pattern could read as a number (`E0`, `_`, `e5`). */
const NUMBERISH = /^[-+]?[0-9._]*([eE][-+]?[0-9_]*)?$/;

/**
 * A YAML scalar for a string: plain when safe, else double-quoted with JSON escapes.
 *
 * @example
 * ```ts
 * yamlString('arn:aws:lambda:us-east-1:123456789012:function:f'); // unquoted
 * yamlString('{% $states.input %}'); // '"{% $states.input %}"'
 * ```
 */
export function yamlString(text: string): string {
  if (
    PLAIN.test(text) &&
    !RESERVED.test(text) &&
    !NUMBERISH.test(text) &&
    !text.includes('${') &&
    !text.endsWith(':')
  ) {
    return text;
  }
  return JSON.stringify(text).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (c) => '\\u' + (c.codePointAt(0) as number).toString(16).padStart(4, '0'),
  );
}

/** A number as YAML 1.1 and 1.2 both read it (exponents get a decimal point). */
function yamlNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`internal: cannot write ${n} in a template`);
  const text = JSON.stringify(n);
  if (!text.includes('e')) return text;
  return text.includes('.') ? text : text.replace('e', '.0e');
}

function scalar(value: unknown): string | undefined {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return yamlNumber(value);
  if (typeof value === 'string') return yamlString(value);
  if (Array.isArray(value) && value.length === 0) return '[]';
  if (typeof value === 'object' && Object.keys(value).length === 0) return '{}';
  return undefined;
}

function writeNode(value: unknown, indent: string, out: string[]): void {
  if (Array.isArray(value)) {
    for (const item of value) {
      const s = scalar(item);
      if (s !== undefined) {
        out.push(`${indent}- ${s}`);
        continue;
      }
      const nested: string[] = [];
      writeNode(item, indent + '  ', nested);
      const first = nested[0] as string;
      // A mapping or sequence item starts on the dash line.
      out.push(`${indent}- ${first.slice(indent.length + 2)}`, ...nested.slice(1));
    }
    return;
  }
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const s = scalar(v);
    if (s !== undefined) out.push(`${indent}${yamlString(key)}: ${s}`);
    else {
      out.push(`${indent}${yamlString(key)}:`);
      writeNode(v, indent + '  ', out);
    }
  }
}

/**
 * Writes a JSON value (a template) as block-style YAML, with optional leading comment lines, and
 * one trailing newline.
 *
 * @example
 * ```ts
 * toYaml({ Resources: { Fn: { Type: 'AWS::StepFunctions::StateMachine' } } });
 * // 'Resources:\n  Fn:\n    Type: AWS::StepFunctions::StateMachine\n'
 * ```
 */
export function toYaml(value: unknown, comments: readonly string[] = []): string {
  const out = comments.map((c) => `# ${c}`);
  const s = scalar(value);
  if (s !== undefined) out.push(s);
  else writeNode(value, '', out);
  return out.join('\n') + '\n';
}
