import { JsonPathNode, type JsonataNode } from '../../ir/expression-node.ts';
import type { NumberField } from '../../ir/state-base.ts';
import { isJsonObject, ownValue } from '../../util/json.ts';
import { appendPointer } from '../../util/json-pointer.ts';
import { readJsonata, readPlainText, unsupported } from './read-value.ts';

/**
 * The fields of one object of a validated ASL definition, read by name: each read is typed and
 * remembered, so that {@link AslFields.done} can refuse a field nothing read (the validator
 * refuses unknown fields first; this keeps the reader honest). @internal
 */
export class AslFields {
  readonly object: Readonly<Record<string, unknown>>;
  readonly pointer: string;
  readonly #read = new Set<string>();

  constructor(value: unknown, pointer: string) {
    if (!isJsonObject(value)) unsupported(pointer, 'an object was expected', 'fix the file');
    this.object = value;
    this.pointer = pointer;
  }

  /** The pointer of a field. */
  at(key: string): string {
    return appendPointer(this.pointer, key);
  }

  /** A field's raw value (`undefined` when absent). */
  raw(key: string): unknown {
    this.#read.add(key);
    return ownValue(this.object, key);
  }

  /** A string field without placeholders. */
  text(key: string): string | undefined {
    const v = this.raw(key);
    if (v === undefined) return undefined;
    if (typeof v !== 'string') unsupported(this.at(key), `${key} must be a string`, 'fix the file');
    return readPlainText(v, this.at(key), key);
  }

  /** A string field that must be one of `values`. */
  choice<T extends string>(key: string, values: readonly T[]): T | undefined {
    const v = this.text(key);
    if (v !== undefined && !(values as readonly string[]).includes(v)) {
      unsupported(this.at(key), `${key} must be one of ${values.join(', ')}`, 'fix the file');
    }
    return v as T | undefined;
  }

  /** A number field. */
  number(key: string): number | undefined {
    const v = this.raw(key);
    if (v === undefined) return undefined;
    if (typeof v !== 'number') unsupported(this.at(key), `${key} must be a number`, 'fix the file');
    return v;
  }

  /** A boolean field. */
  boolean(key: string): boolean | undefined {
    const v = this.raw(key);
    if (v === undefined) return undefined;
    if (typeof v !== 'boolean')
      unsupported(this.at(key), `${key} must be true or false`, 'fix the file');
    return v;
  }

  /** A path field (`null` discards). */
  path(key: string): string | null | undefined {
    const v = this.raw(key);
    return v === null ? null : this.text(key);
  }

  /** A list of strings. */
  strings(key: string): string[] | undefined {
    const v = this.raw(key);
    if (v === undefined) return undefined;
    if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) {
      unsupported(this.at(key), `${key} must be a list of strings`, 'fix the file');
    }
    return v.map((s: string, i) => readPlainText(s, appendPointer(this.at(key), i), key));
  }

  /**
   * A number field with its `…Path` twin and the JSONata form: a number, `path` (`XPath`) or an
   * expression (`"X": "{% … %}"`).
   */
  numberField(key: string): NumberField | undefined {
    const path = this.text(`${key}Path`);
    if (path !== undefined) return JsonPathNode.create({ path });
    const v = this.raw(key);
    if (v === undefined) return undefined;
    if (typeof v === 'number') return v;
    const expr: JsonataNode | undefined = readJsonata(v, this.at(key));
    if (expr === undefined) {
      unsupported(this.at(key), `${key} must be a number or a JSONata expression`, 'fix the file');
    }
    return expr;
  }

  /** Refuses a field nothing read. */
  done(what: string): void {
    for (const key of Object.keys(this.object)) {
      if (!this.#read.has(key)) {
        unsupported(
          this.at(key),
          `field '${key}' of ${what} is not one aslc reads`,
          'remove it; the validator reports the fields AWS supports',
        );
      }
    }
  }
}
