/**
 * A small writer for the HCL that aslc emits, laid out exactly as `terraform fmt` would: two-space
 * indentation, and the `=` of consecutive single-line attributes aligned (a blank line, a block
 * or a multi-line attribute ends an alignment group).
 */

/** One item of a body. */
export type HclItem =
  | { readonly kind: 'attribute'; readonly name: string; readonly value: string }
  | {
      readonly kind: 'block';
      readonly type: string;
      readonly labels: readonly string[];
      readonly body: readonly HclItem[];
    }
  | { readonly kind: 'blank' };

/**
 * An attribute. `value` is HCL expression text; a multi-line value has its continuation lines
 * indented relative to the attribute (the writer adds the body's indentation).
 *
 * @example
 * ```ts
 * attribute('type', '"STANDARD"');
 * ```
 */
export function attribute(name: string, value: string): HclItem {
  return { kind: 'attribute', name, value };
}

/**
 * A block: `type "label" … { body }`.
 *
 * @example
 * ```ts
 * block('variable', ['fn_arn'], [attribute('type', 'string')]);
 * ```
 */
export function block(type: string, labels: readonly string[], body: readonly HclItem[]): HclItem {
  return { kind: 'block', type, labels, body };
}

/** A blank line. */
export const blank: HclItem = { kind: 'blank' };

/**
 * A multi-line object constructor `{ key = value … }` whose entries are aligned like attributes.
 * Keys must be identifiers.
 *
 * @example
 * ```ts
 * objectExpr([['FnArn', 'var.fn_arn']]); // '{\n  FnArn = var.fn_arn\n}'
 * ```
 */
export function objectExpr(entries: readonly (readonly [string, string])[]): string {
  if (entries.length === 0) return '{}';
  const width = Math.max(...entries.map(([k]) => k.length));
  const lines = entries.map(([k, v]) => `  ${k.padEnd(width)} = ${v}`);
  return ['{', ...lines, '}'].join('\n');
}

/**
 * A list of expressions on one line: `["a", "b"]`.
 *
 * @example
 * ```ts
 * listExpr(['"states.amazonaws.com"']); // '["states.amazonaws.com"]'
 * ```
 */
export function listExpr(items: readonly string[]): string {
  return `[${items.join(', ')}]`;
}

function indentLines(text: string, indent: string): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : indent + line))
    .join('\n');
}

function writeBody(items: readonly HclItem[], indent: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < items.length) {
    const item = items[i] as HclItem;
    if (item.kind === 'attribute' && !item.value.includes('\n')) {
      let j = i;
      const group: { name: string; value: string }[] = [];
      while (j < items.length) {
        const next = items[j] as HclItem;
        if (next.kind !== 'attribute' || next.value.includes('\n')) break;
        group.push(next);
        j++;
      }
      const width = Math.max(...group.map((a) => a.name.length));
      for (const a of group) out.push(`${indent}${a.name.padEnd(width)} = ${a.value}`);
      i = j;
      continue;
    }
    if (item.kind === 'attribute') {
      out.push(`${indent}${item.name} = ${indentLines(item.value, indent)}`);
    } else if (item.kind === 'blank') {
      out.push('');
    } else {
      const head = [item.type, ...item.labels.map((l) => JSON.stringify(l))].join(' ');
      if (item.body.length === 0) out.push(`${indent}${head} {}`);
      else {
        out.push(`${indent}${head} {`);
        out.push(...writeBody(item.body, indent + '  '));
        out.push(`${indent}}`);
      }
    }
    i++;
  }
  return out;
}

/**
 * Writes a file of top-level items (blocks separated by blank lines, comments first), ending with
 * one newline.
 *
 * @example
 * ```ts
 * writeHcl(['# generated'], [block('variable', ['x'], [attribute('type', 'string')])]);
 * // '# generated\n\nvariable "x" {\n  type = string\n}\n'
 * ```
 */
export function writeHcl(comments: readonly string[], blocks: readonly HclItem[]): string {
  const parts: string[] = [];
  if (comments.length > 0) parts.push(comments.map((c) => (c === '' ? '#' : `# ${c}`)).join('\n'));
  for (const b of blocks) parts.push(writeBody([b], '').join('\n'));
  return parts.join('\n\n') + '\n';
}

/**
 * Writes a file of top-level attributes (a `.tfvars` file), aligned like `terraform fmt` does,
 * comments first, ending with one newline.
 *
 * @example
 * ```ts
 * writeAttributes(['values'], [attribute('a', '"x"'), attribute('bcd', '"y"')]);
 * // '# values\n\na   = "x"\nbcd = "y"\n'
 * ```
 */
export function writeAttributes(comments: readonly string[], items: readonly HclItem[]): string {
  const head = comments.length > 0 ? comments.map((c) => `# ${c}`).join('\n') + '\n\n' : '';
  return head + writeBody(items, '').join('\n') + '\n';
}
