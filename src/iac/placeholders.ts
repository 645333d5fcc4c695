import { emitAsl } from '../emit/asl-emitter.ts';
import { serializeAsl } from '../emit/serialize.ts';
import type { StateMachineNode } from '../ir/state-machine-node.ts';
import { collectPlaceholders } from '../ir/traverse.ts';
import type { AslStateMachine } from '../asl/types.ts';
import { isPlaceholderName, PLACEHOLDER_NAME_PATTERN } from '../asl/placeholder-name.ts';
import type { PlaceholderContext } from '../emit/placeholder-text.ts';
import { AslcError } from '../util/errors.ts';
import { setOwn } from '../util/json.ts';

/**
 * Deploy-time placeholders, rendered through sentinels (iac.md §0.2–0.3). A definition is first
 * emitted with every placeholder written as a unique sentinel token (letters and digits only, so
 * no serializer or escape touches it); the literal text is then serialized and escaped for the
 * target; only then are the sentinels replaced by the target's form of each placeholder
 * (`${Name}`, a value, …). An escape therefore never sees a placeholder, and a placeholder is
 * never confused with literal text that happens to look like one.
 */

/** Where a placeholder sits: in a JSON string, or inside a quoted literal argument of an intrinsic. */
export type { PlaceholderContext };

/** Renders one placeholder occurrence for a target. */
export type PlaceholderRenderer = (name: string, context: PlaceholderContext) => string;

/**
 * Names a placeholder may have: a letter, then letters, digits and underscores; CDK-style dotted
 * names join such segments with dots (src/asl/placeholder-name.ts).
 */
export const PLACEHOLDER_NAME = PLACEHOLDER_NAME_PATTERN;

/** The sentinel tokens of one definition. */
export interface SentinelSet {
  /** The placeholder names, sorted; a sentinel's number is the name's index. */
  readonly names: readonly string[];
  /**
   * The sentinel of a placeholder where it sits: in a JSON string (the default), or inside a
   * quoted literal argument of an intrinsic function. The two differ in their last letter.
   */
  token(name: string, context?: PlaceholderContext): string;
  /** Replaces every sentinel in `text`, telling the renderer where each sits. */
  replace(text: string, render: PlaceholderRenderer): string;
  /** True when `text` holds at least one sentinel. */
  test(text: string): boolean;
}

/**
 * Builds sentinels for `names` whose common prefix occurs in none of `literals`. The prefix
 * `ASLCPH<n>Z` has no proper border (it starts with `A` and ends with `Z`), so an occurrence can
 * never straddle a sentinel and the literal text around it: when no literal holds the prefix,
 * every occurrence in the output is a sentinel, wherever it sits in a string. A sentinel is the
 * prefix, the name's index and `Z` (in a JSON string) or `Q` (inside an intrinsic argument).
 *
 * @example
 * ```ts
 * const s = createSentinels(['FnArn'], ['some literal text']);
 * s.replace(`"${s.token('FnArn')}"`, (name) => '${' + name + '}'); // '"${FnArn}"'
 * ```
 */
export function createSentinels(names: readonly string[], literals: Iterable<string>): SentinelSet {
  const sorted = [...new Set(names)].sort();
  for (const name of sorted) {
    if (!isPlaceholderName(name)) {
      throw new AslcError('InvalidPlaceholderName', `invalid placeholder name '${name}'`, {
        hint: 'use a letter followed by letters, digits or underscores (or dotted segments of them), e.g. ProcessFunctionArn',
      });
    }
  }
  const all = [...literals];
  let n = 0;
  while (all.some((s) => s.includes(`ASLCPH${n}Z`))) n++;
  const prefix = `ASLCPH${n}Z`;
  const index = new Map(sorted.map((name, i) => [name, i]));
  const pattern = new RegExp(`${prefix}(\\d+)([ZQ])`, 'g');
  return {
    names: sorted,
    token(name, context = 'string') {
      const i = index.get(name);
      if (i === undefined) throw new Error(`internal: unknown placeholder '${name}'`);
      return `${prefix}${i}${context === 'intrinsic' ? 'Q' : 'Z'}`;
    },
    replace(text, render) {
      return text.replace(pattern, (match, digits: string, where: string) => {
        const name = sorted[Number(digits)];
        if (name === undefined) throw new Error(`internal: stray sentinel ${match}`);
        return render(name, where === 'Q' ? 'intrinsic' : 'string');
      });
    },
    test(text) {
      return text.includes(prefix);
    },
  };
}

/**
 * Every string of a JSON value, keys included, in document order.
 *
 * @example
 * ```ts
 * jsonStrings({ a: ['x', 1] }); // ['a', 'x']
 * ```
 */
export function jsonStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) jsonStrings(v, out);
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      jsonStrings(v, out);
    }
  }
  return out;
}

/**
 * Maps every string of a JSON value (keys included) through `fn`, keeping key order.
 *
 * @example
 * ```ts
 * mapStrings({ a: ['x'] }, (s) => s.toUpperCase()); // { A: ['X'] }
 * ```
 */
export function mapStrings(value: unknown, fn: (text: string) => string): unknown {
  if (typeof value === 'string') return fn(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, fn));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      setOwn(out, fn(k), mapStrings(v, fn));
    }
    return out;
  }
  return value;
}

/** A state machine emitted with sentinels in place of its placeholders. */
export interface SentinelDefinition {
  readonly sentinels: SentinelSet;
  /** The ASL document; placeholders are sentinel strings. */
  readonly asl: AslStateMachine;
  /** Its canonical text (src/emit/serialize.ts). */
  readonly text: string;
}

/**
 * Emits a machine with a sentinel for each placeholder, choosing sentinels that occur in none of
 * the definition's literal strings.
 *
 * @example
 * ```ts
 * const def = renderSentinels(machine.node);
 * const template = def.sentinels.replace(def.text, (name) => '${' + name + '}');
 * ```
 */
export function renderSentinels(machine: StateMachineNode): SentinelDefinition {
  const literals = jsonStrings(emitAsl(machine, { placeholder: () => '' }));
  const sentinels = createSentinels(collectPlaceholders(machine), literals);
  const asl = emitAsl(machine, { placeholder: (name, context) => sentinels.token(name, context) });
  return { sentinels, asl, text: serializeAsl(asl) };
}
