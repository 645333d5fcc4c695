import { INTRINSIC_FUNCTIONS, type IntrinsicName } from '../../asl/intrinsic/functions.ts';
import type { IntrinsicArg as AstArg, IntrinsicCall } from '../../asl/intrinsic/ast.ts';
import { looksLikeIntrinsic, parseIntrinsic } from '../../asl/intrinsic/parse.ts';
import { isPlaceholderName } from '../../asl/placeholder-name.ts';
import {
  IntrinsicNode,
  JsonataNode,
  JsonPathNode,
  PlaceholderNode,
  SubstitutionNode,
  type DeployString,
  type IntrinsicArg,
  type SubstitutionPart,
} from '../../ir/expression-node.ts';
import { ArrayNode, ObjectNode, type ObjectEntry, type ValueNode } from '../../ir/value-node.ts';
import { isJsonObject } from '../../util/json.ts';
import { appendPointer } from '../../util/json-pointer.ts';
import { AslcError } from '../../util/errors.ts';

/**
 * Reading the values of a plain ASL definition into the IR: strings with `${Name}` deploy-time
 * placeholders become placeholder and substitution nodes (so every target writes them its own
 * way), `key.$` entries stay as written, intrinsic calls with placeholders in their quoted
 * arguments become intrinsic nodes. A `${…}` whose inside is not a placeholder name
 * (`${AWS::Region}`) is literal text.
 */

/** `${Name}` in a string. */
const DOLLAR_BRACE = /\$\{([^{}]*)\}/g;

/** Refuses what the IR cannot hold, naming where it is. @internal */
export function unsupported(pointer: string, message: string, hint: string): never {
  throw new AslcError('UnsupportedAslWorkflow', message, { field: pointer || '/', hint });
}

/**
 * A string split into literal text and placeholders, or the string itself when it holds none.
 * @internal
 */
export function readText(text: string, pointer: string): string | SubstitutionNode {
  const parts: SubstitutionPart[] = [];
  let last = 0;
  let literal = '';
  for (const m of text.matchAll(DOLLAR_BRACE)) {
    const name = m[1] as string;
    if (!isPlaceholderName(name)) continue;
    literal += text.slice(last, m.index);
    if (literal.endsWith('$')) {
      unsupported(
        pointer,
        `the text ${JSON.stringify(text.slice(0, 80))} has a "$" right before the placeholder \${${name}}`,
        'a Terraform template reads "$${" as an escaped "${": put another character between them',
      );
    }
    if (literal !== '') parts.push(literal);
    literal = '';
    parts.push(PlaceholderNode.create({ name }));
    last = m.index + m[0].length;
  }
  if (parts.length === 0) return text;
  literal += text.slice(last);
  if (literal !== '') parts.push(literal);
  return SubstitutionNode.create({ parts });
}

/** True when a string holds a `${Name}` placeholder. @internal */
export function hasPlaceholder(text: string): boolean {
  return typeof readText(text, '') !== 'string';
}

/**
 * A string field that may hold placeholders (a `Resource`): a literal, one placeholder, or a
 * substitution. @internal
 */
export function readDeployString(text: string, pointer: string): DeployString {
  const read = readText(text, pointer);
  if (typeof read === 'string') return read;
  const only = read.parts.length === 1 ? read.parts[0] : undefined;
  return only !== undefined && typeof only !== 'string' ? only : read;
}

/** A string field that cannot hold placeholders (names, paths, enums, comments). @internal */
export function readPlainText(text: string, pointer: string, field: string): string {
  if (hasPlaceholder(text)) {
    unsupported(
      pointer,
      `${field} holds a \${Name} placeholder, which aslc substitutes only in Resources, payload values and intrinsic arguments`,
      'write the value itself, or build the workflow with the DSL',
    );
  }
  return text;
}

/** An intrinsic argument of the shared grammar as an IR argument. */
function readArg(arg: AstArg, pointer: string, formatTemplate: boolean): IntrinsicArg {
  switch (arg.kind) {
    case 'string': {
      // A `{}` written escaped (`\{\}`) is literal text, which the IR cannot tell from a
      // placeholder of the template (the emitter writes every `{}` as one).
      if (
        formatTemplate &&
        arg.raw.replace(/\\./g, '').split('{}').length !== arg.value.split('{}').length
      ) {
        unsupported(
          pointer,
          'a States.Format template with an escaped {} (\\{\\}) in an ErrorPath, CausePath or an intrinsic call that holds a placeholder',
          'aslc writes every {} of a template as a placeholder: write the literal braces another way',
        );
      }
      const read = readText(arg.value, pointer);
      if (typeof read === 'string') return read;
      const only = read.parts.length === 1 ? read.parts[0] : undefined;
      return only !== undefined && typeof only !== 'string' ? only : read;
    }
    case 'number':
    case 'boolean':
      return arg.value;
    case 'null':
      return null;
    case 'path':
      if (hasPlaceholder(arg.text)) {
        unsupported(
          pointer,
          `the path ${JSON.stringify(arg.text)} holds a placeholder`,
          'placeholders go inside quoted intrinsic arguments, not in paths',
        );
      }
      return JsonPathNode.create({ path: arg.text });
    case 'call':
      return readCall(arg.call, pointer);
  }
}

function readCall(call: IntrinsicCall, pointer: string): IntrinsicNode {
  if (!(INTRINSIC_FUNCTIONS as readonly string[]).includes(call.name)) {
    unsupported(pointer, `unknown intrinsic function '${call.name}'`, 'the validator refuses it');
  }
  return IntrinsicNode.create({
    name: call.name as IntrinsicName,
    args: call.args.map((a, i) => readArg(a, pointer, i === 0 && call.name === 'States.Format')),
  });
}

/**
 * An intrinsic call as an IR node, read with the shared grammar (src/asl/intrinsic). @internal
 */
export function readIntrinsicText(text: string, pointer: string): IntrinsicNode {
  const parsed = parseIntrinsic(text);
  if (!parsed.ok) unsupported(pointer, `invalid intrinsic call: ${parsed.message}`, 'fix the file');
  return readCall(parsed.call, pointer);
}

/**
 * The value of a `key.$` entry: the text as written when it holds no placeholder; an intrinsic
 * node when its quoted arguments hold some. @internal
 */
export function readDollarText(text: string, pointer: string): string | IntrinsicNode {
  if (!hasPlaceholder(text)) return text;
  if (looksLikeIntrinsic(text)) return readIntrinsicText(text, pointer);
  return unsupported(
    pointer,
    `the path ${JSON.stringify(text.slice(0, 80))} holds a placeholder`,
    'placeholders go inside quoted intrinsic arguments, not in paths',
  );
}

/** A JSONata `{% … %}` string as an expression node, or `undefined` for anything else. @internal */
export function readJsonata(value: unknown, pointer: string): JsonataNode | undefined {
  if (typeof value !== 'string' || !value.startsWith('{%') || !value.endsWith('%}')) {
    return undefined;
  }
  const expr = readPlainText(value.slice(2, -2).trim(), pointer, 'a JSONata expression field');
  return expr === '' ? undefined : JsonataNode.create({ expr });
}

/**
 * A payload value (Parameters, Arguments, Output, Assign, …). `literal`: a fixed value (Pass
 * `Result`), where `key.$` is a plain key. @internal
 */
export function readValue(value: unknown, pointer: string, literal = false): ValueNode {
  if (value === null || typeof value === 'boolean' || typeof value === 'number') return value;
  if (typeof value === 'string') return readText(value, pointer);
  if (Array.isArray(value)) {
    return ArrayNode.create({
      items: value.map((v, i) => readValue(v, appendPointer(pointer, i), literal)),
    });
  }
  if (!isJsonObject(value)) unsupported(pointer, 'a value that is not JSON', 'fix the file');
  const entries: ObjectEntry[] = [];
  for (const key of Object.keys(value)) {
    const at = appendPointer(pointer, key);
    const v = value[key];
    if (!literal && key.length > 2 && key.endsWith('.$') && typeof v === 'string') {
      const read = readDollarText(v, at);
      entries.push(
        typeof read === 'string'
          ? { key, value: read, rawDollarKey: true }
          : { key: key.slice(0, -2), value: read },
      );
    } else {
      entries.push({ key, value: readValue(v, at, literal) });
    }
  }
  return ObjectNode.create({ entries });
}

/** A payload value that must be an object (Assign). @internal */
export function readObject(value: unknown, pointer: string): ObjectNode {
  const node = readValue(value, pointer);
  if (typeof node !== 'object' || node === null || node.kind !== 'Object') {
    unsupported(pointer, 'Assign must be an object', 'fix the file');
  }
  return node;
}
