/**
 * An imported definition as a TypeScript workflow module: a header naming where it came from,
 * one `import … from 'aslc'`, a constant per state that needs a name (in an order builders can
 * be called in), and `export default stateMachine({ … })`. The code is plain and regular; the
 * caller formats it.
 */
import { isJsonObject } from '../util/json.ts';
import { commentText } from './code-text.ts';
import type { Lang } from './field-code.ts';
import { detectFragments, type Fragment } from './fragments.ts';
import { createGenContext, type Unsupported } from './gen-context.ts';
import { machineModel, type MachineModel, type StateModel } from './graph-model.ts';
import { layoutMachine, type Layout } from './layout.ts';
import { langOf, ModuleWriter } from './module-writer.ts';
import { plainPlaceholders } from './plain-placeholders.ts';
import { segmentsOf, unreachableStates } from './segments.ts';
import { stateCode } from './state-code.ts';

/** A definition to turn into a module, and where it came from. */
export interface ModuleSource {
  /** The source file, as shown to the user. */
  readonly file: string;
  /** The template resource or Serverless state machine it was read from, if any. */
  readonly resource?: string;
  /** The ASL definition (valid). */
  readonly definition: Record<string, unknown>;
  /**
   * Deploy-time placeholders: `${Name}` strings that are substitutions, with what each stands
   * for in the source (a `DefinitionSubstitutions` value, a CloudFormation reference…), shown in
   * the header. `any`: a plain ASL file, whose placeholders are read from the way it uses them.
   */
  readonly placeholders: ReadonlyMap<string, string> | 'any';
}

/** A generated module, or what keeps the definition from being one. */
export interface GeneratedModule {
  /** The module's code (not yet formatted). */
  readonly code: string;
  /** Constructs the DSL cannot write (empty when the module is complete). */
  readonly unsupported: readonly Unsupported[];
}

/**
 * Succeed and Fail states, and small Pass and Wait states, used in one place are written there
 * instead of being named (a Task is always named: it is what a reader looks for).
 */
const INLINE_LIMIT = 48;

/** The module's header comment lines. */
function header(source: ModuleSource): string[] {
  const from =
    source.resource === undefined
      ? commentText(source.file)
      : `${commentText(source.file)} (${commentText(source.resource)})`;
  const lines = [`// Imported by aslc from ${from}.`];
  if (source.placeholders !== 'any' && source.placeholders.size > 0) {
    lines.push('// Deploy-time placeholders:');
    for (const [name, what] of source.placeholders) {
      lines.push(`//   ${commentText(name)}: ${commentText(what)}`);
    }
  }
  return lines;
}

const BRANCH_FIELDS = new Set(['StartAt', 'States', 'Comment']);

/** Fields of branches the DSL has no option for. */
function graphProblems(model: MachineModel): Unsupported[] {
  const out: Unsupported[] = [];
  for (const s of model.states.values()) {
    const branches = s.json['Branches'];
    if (!Array.isArray(branches)) continue;
    branches.forEach((b: unknown, i) => {
      if (!isJsonObject(b)) return;
      for (const key of Object.keys(b)) {
        if (!BRANCH_FIELDS.has(key)) {
          out.push({
            state: s.name,
            field: `Branches/${i}/${key}`,
            reason: `branch field '${key}' is not supported by the DSL`,
          });
        }
      }
    });
  }
  return out;
}

/**
 * Generates the workflow module of a valid definition.
 *
 * @example
 * ```ts
 * const { code } = generateModule({ file: 'hello.asl.json', definition, placeholders: 'any' });
 * ```
 */
export function generateModule(source: ModuleSource): GeneratedModule {
  const { definition, placeholders } = source;
  const known = placeholders === 'any' ? plainPlaceholders(definition) : placeholders;
  const ctx = createGenContext((name) => known.has(name));
  const model = machineModel(definition);
  const machineLang: Lang = definition['QueryLanguage'] === 'JSONata' ? 'JSONata' : 'JSONPath';
  ctx.unsupported.push(...graphProblems(model));
  const unreachable = unreachableStates(model);
  if (unreachable.length > 0) {
    ctx.unsupported.push({
      state: unreachable[0] as string,
      field: 'Next',
      reason: `state '${unreachable[0] as string}' cannot be reached from StartAt, and the DSL writes only the states a machine reaches`,
    });
    return { code: '', unsupported: ctx.unsupported };
  }
  const leafCode = new Map<string, string>();
  const inlineMemo = new Map<string, boolean>();
  const inlinable = (s: StateModel): boolean => {
    const known = inlineMemo.get(s.name);
    if (known !== undefined) return known;
    const answer = isInlinable(s);
    inlineMemo.set(s.name, answer);
    return answer;
  };
  const isInlinable = (s: StateModel): boolean => {
    if (s.refs.length > 0 || s.nested.length > 0) return false;
    const code = stateCode({
      ctx,
      state: s,
      lang: langOf(s, machineLang),
      refCode: () => 'undefined',
      graphCode: () => 'undefined',
    });
    leafCode.set(s.name, code);
    if (s.type === 'Succeed' || s.type === 'Fail') return true;
    return (s.type === 'Pass' || s.type === 'Wait') && code.length <= INLINE_LIMIT;
  };
  // Repeated sub-graphs become local functions: their states are written inside them, never
  // named; a copy whose first state must be named (a join or loop target) is left out.
  let fragments = detectFragments(model, segmentsOf(model).segments);
  let layout: Layout = layoutMachine(model, inlinable);
  for (let pass = 0; pass < 2 && fragments.length > 0; pass++) {
    const inFragments = fragmentStates(model, fragments);
    layout = layoutMachine(model, (s) => inFragments.has(s.name) || inlinable(s));
    const named = fragments.filter((f) =>
      f.runs.some((r) => r.states.some((n) => layout.consts.has(n))),
    );
    if (named.length === 0) break;
    fragments = fragments.filter((f) => !named.includes(f));
    if (fragments.length === 0) layout = layoutMachine(model, inlinable);
  }
  if (layout.unresolved !== undefined) {
    const [first] = layout.unresolved;
    ctx.unsupported.push({
      ...(first === undefined ? {} : { state: first }),
      field: 'Next',
      reason: `the loop through ${layout.unresolved.map((n) => `'${n}'`).join(', ')} goes back to a state from its own Catch handler or Choice rule, which the DSL's builders cannot refer to before it is built`,
    });
    return { code: '', unsupported: ctx.unsupported };
  }
  const writer = new ModuleWriter(ctx, layout, model, machineLang, leafCode, fragments);
  const functions = writer.fragmentDeclarations();
  const body = layout.order.map((d) => writer.declaration(d, definition));
  const imports = [...ctx.imports].sort();
  const code = [
    ...header(source),
    `import { ${imports.join(', ')} } from 'aslc';`,
    '',
    ...functions.flatMap((f) => [f, '']),
    ...body.flatMap((line, i) => (i === body.length - 1 ? ['', line] : [line])),
    '',
  ].join('\n');
  return { code, unsupported: ctx.unsupported };
}

/** Every state of the fragments' copies, their nested states included. */
function fragmentStates(model: MachineModel, fragments: readonly Fragment[]): Set<string> {
  const out = new Set<string>();
  const add = (name: string): void => {
    if (out.has(name)) return;
    out.add(name);
    const s = model.states.get(name);
    for (const g of s?.nested ?? []) for (const n of model.graphs[g]?.states ?? []) add(n);
  };
  for (const f of fragments) for (const r of f.runs) for (const n of r.states) add(n);
  return out;
}
